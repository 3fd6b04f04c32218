"""Mention analysis of a whole document: every finder run in order, with masking between.

Order matters: companies and dates first (so they are never read as names), then titles
and teams, then people, then anaphora that point back at them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from orgraph.loaders.news.coref import (
    resolve_company_phrases,
    resolve_pronouns,
    resolve_team_phrases,
)
from orgraph.loaders.news.dates import find_dates, find_durations
from orgraph.loaders.news.gazetteer import Gazetteer
from orgraph.loaders.news.mentions import Mention, drop_overlapping, mask
from orgraph.loaders.news.models import NewsDocument
from orgraph.loaders.news.narrator import resolve_first_person
from orgraph.loaders.news.orgs import find_orgs
from orgraph.loaders.news.people import find_name_parts, find_people
from orgraph.loaders.news.segment import Sentence, split_sentences
from orgraph.loaders.news.spacy_ner import EntityFinder, model_people
from orgraph.loaders.news.teams import find_teams
from orgraph.loaders.news.titles import find_titles
from orgraph.loaders.news.zero_subject import resolve_dropped_subjects


@dataclass
class Analysis:
    """A document's sentences and mentions, with team ownership worked out."""

    doc: NewsDocument
    sentences: list[Sentence]
    mentions: list[Mention]
    focus_org: str | None
    team_orgs: dict[str, str] = field(default_factory=dict)

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        """Mentions inside ``sentence``, in order."""
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end]


def analyze(doc: NewsDocument, gazetteer: Gazetteer, entities: EntityFinder | None = None) -> Analysis:
    """Find every mention in ``doc`` and decide which company each team belongs to; people an
    optional name model (``entities``) finds are added where the rules found none."""
    text = doc.text
    sentences = split_sentences(text)
    orgs = find_orgs(text, gazetteer)
    orgs += resolve_company_phrases(text, orgs)
    dates = [m for s in sentences for m in _sentence_dates(s, doc)]
    dates += _same_day(text, dates)
    masked = mask(text, orgs + dates)
    titles = find_titles(masked)
    teams = [t for t in find_teams(text, masked) if not any(t.overlaps(r.start, r.end) for r in titles)]
    teams += resolve_team_phrases(masked, sorted(teams, key=lambda m: m.start))
    masked = mask(masked, titles + teams)
    full = find_people(masked)
    if entities is not None:
        full = sorted(full + model_people(masked, entities.find(text), full), key=lambda m: m.start)
    people = sorted(full + find_name_parts(masked, full), key=lambda m: m.start)
    taken = orgs + dates + titles + teams + people
    people += resolve_pronouns(text, sentences, sorted(people, key=lambda m: m.start), taken)
    people += resolve_first_person(text, people, taken + people, doc.author)
    people += resolve_dropped_subjects(text, people, taken + people)
    mentions = drop_overlapping(orgs + dates + titles + teams + people)
    focus = _focus_org(text, orgs)
    analysis = Analysis(doc, sentences, mentions, focus)
    _assign_team_orgs(analysis)
    return analysis


def _sentence_dates(sentence: Sentence, doc: NewsDocument) -> list[Mention]:
    """Date and duration mentions of one sentence, with document offsets."""
    out = [
        Mention("DATE", sentence.start + d.start, sentence.start + d.end, d.value, precision=d.precision)
        for d in find_dates(sentence.text, doc.published)
    ]
    for dur in find_durations(sentence.text):
        start, end = sentence.start + dur.start, sentence.start + dur.end
        out = [m for m in out if not m.overlaps(start, end)]
        out.append(Mention("DUR", start, end, str(dur.years), size=dur.years))
    return out


_SAME_DAY = re.compile(r"\b(?:on\s+)?(?:the\s+same\s+(?:day|date)|that\s+(?:day|date))\b", re.I)


def _same_day(text: str, dates: list[Mention]) -> list[Mention]:
    """Dates for "on the same day" / "on that date": the latest date named before them."""
    out = []
    for match in _SAME_DAY.finditer(text):
        earlier = [d for d in dates if d.kind == "DATE" and d.end <= match.start()]
        if earlier:
            last = max(earlier, key=lambda d: d.end)
            out.append(Mention("DATE", match.start(), match.end(), last.value, precision=last.precision))
    return out


# A company named as where someone came from is not what the report is about.
_PAST_PLACE = re.compile(
    r"\b(?:from|former|formerly|ex-|veteran\s+of|left|leaving|leaves|quit|quits|alumn\w+\s+of)\s*(?:the\s+)?$", re.I
)


def _focus_org(text: str, orgs: list[Mention]) -> str | None:
    """The company the report is mostly about: the most often named one, not counting
    mentions as someone's past employer; ties go to the one named first."""
    counts = Counter(m.value for m in orgs if m.value and not _PAST_PLACE.search(text[max(0, m.start - 25) : m.start]))
    return counts.most_common(1)[0][0] if counts else None


_OWNER_GAP = re.compile(r"^(?:['\u2019]s)?\s+(?:(?:the|new|entire|whole|own|core|secretive|[\w-]+)\s+){0,2}$")
# "... for Apple, where she is put at the helm of the cellular firmware team".
_WHERE_GAP = re.compile(r"^\s*,?\s+where\s+[^.;⟨]{0,60}$")
# "the Photos team at Google", "the Photos team, which is part of Google,".
_AFTER_OWNER = re.compile(
    r"^(?:\s+(?:at|of|within|inside)|\s*,?\s+(?:which|that)\s+(?:is|was|sits|belongs)\s+"
    r"(?:(?:a\s+)?part\s+of|(?:with)?in|inside|under|to))\s+(?:the\s+)?$"
)
_DESTINATION = re.compile(r"\b(?:to|for|join(?:s|ed|ing)?)\s+$")


def _assign_team_orgs(analysis: Analysis) -> None:
    """Give each team mention its company: explicit owner, earlier owner, or context."""
    text = analysis.doc.text
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        for index, team in enumerate(mentions):
            if team.kind not in ("TEAM", "ROLE") or team.org:
                continue
            owner = _explicit_owner(text, mentions, index)
            if owner and team.value and team.kind == "TEAM":
                analysis.team_orgs.setdefault(team.value, owner)
            team.org = owner
    previous: list[Mention] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        recent = _last_org(previous, text)
        previous = mentions or previous
        for team in mentions:
            if team.kind == "TEAM" and not team.org and team.extra.get("needs_owner"):
                # A generic area ("the research group") is a team only of a company the
                # sentence names alone, or of the writer's own company ("our robotics group").
                ours = analysis.focus_org if _OUR.search(text[max(0, team.start - 30) : team.start]) else None
                team.org = ours or _context_owner(text, mentions)
                if team.org is None:
                    team.value = None if team.size is None else team.value
                    team.extra["unowned"] = "1"
                continue
            if team.kind == "TEAM" and not team.org:
                known = analysis.team_orgs.get(team.value or "")
                # A bare area ("runs hardware") or "our X" is not an anaphor for the last company.
                our_team = _OUR.search(text[max(0, team.start - 30) : team.start])
                near = None if team.extra.get("area") or our_team else recent
                # "our display team" in a memo is the writer's company, not one the sentence
                # names as someone's past employer ("came over from Apple").
                ours = analysis.focus_org if our_team else None
                team.org = known or ours or _context_owner(text, mentions) or near or analysis.focus_org
                if team.value:
                    analysis.team_orgs.setdefault(team.value, team.org or "")


_PAST_TIE = re.compile(r"\b(?:former|ex-|from|formerly\s+of)\s*$", re.I)
_WHERE_ITS = re.compile(r"^\s*,?\s+where\s+[^.;,]{0,50}\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
_ITS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


_OUR = re.compile(r"\bour\s+(?:[\w-]+\s+){0,3}$", re.I)


def _last_org(mentions: list[Mention], text: str) -> str | None:
    """The company named last in a sentence, other than as a past employer ("joined X
    from Y"): what "the team" in the next sentence most likely belongs to."""
    orgs = [
        m.value
        for m in mentions
        if m.kind == "ORG" and m.value and not _PAST_TIE.search(text[max(0, m.start - 12) : m.start])
    ]
    return orgs[-1] if orgs else None


def _explicit_owner(text: str, mentions: list[Mention], index: int) -> str | None:
    """Company named right before ("Apple's AFM team") or after ("team at Apple") a team,
    or the company "its" points back to ("Nvidia hired her to lead its speech AI team")."""
    team = mentions[index]
    if _ITS.search(text[max(0, team.start - 40) : team.start]):
        # "its" points at the sentence's subject company, which news names first.
        earlier = [
            m
            for m in mentions[:index]
            if m.kind == "ORG" and not _PAST_TIE.search(text[max(0, m.start - 12) : m.start])
        ]
        # "... at Baidu, where he co-led its speech group": "its" is the company "where" follows.
        named_before = [m for m in mentions[:index] if m.kind == "ORG"]
        hosts = [m for m in named_before if _WHERE_ITS.match(text[m.end : team.start])]
        if hosts:
            return hosts[-1].value
        if earlier:
            return earlier[0].value
    if index > 0 and mentions[index - 1].kind == "ORG":
        before = mentions[index - 1]
        if _OWNER_GAP.match(text[before.end : team.start]) or _WHERE_GAP.match(text[before.end : team.start]):
            return before.value
    if index + 1 < len(mentions) and mentions[index + 1].kind == "ORG":
        after = mentions[index + 1]
        if _AFTER_OWNER.match(text[team.end : after.start]):
            return after.value
    return None


def _context_owner(text: str, mentions: list[Mention]) -> str | None:
    """The one company a sentence names other than as a destination ("to Meta")."""
    owners = {
        m.value for m in mentions if m.kind == "ORG" and not _DESTINATION.search(text[max(0, m.start - 12) : m.start])
    }
    return owners.pop() if len(owners) == 1 else None
