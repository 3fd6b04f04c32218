"""Coreference: pronouns and "the company"-style phrases resolved to earlier mentions.

Surnames are handled in :mod:`people`; here "he"/"she"/"him" take the most recent person,
"they" as a subject takes the one person of the previous sentence when no plural group of
people was mentioned there, and "the company" takes the most recent company.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.segment import Sentence

# Possessives only before "last/final day": "Her last day is Friday" dates a departure, while
# "her team" or "his successor" would put the person where the team or successor stands.
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|(?:[Hh]is|[Hh]er)(?=\s+(?:last|final)\s+day\b))\b")
# "The Alexa speech veteran was hired by ...": a sentence opening with a description of a
# person instead of a name continues about the person last spoken of.
_NOMINAL = re.compile(
    r"^[\"'*_ ]*The\s+(?:[\w-]+\s+){0,3}?(?:veteran|executive|engineer|researcher|scientist|"
    r"newcomer|hire|recruit|manager|designer|founder|co-founder|chief|leader|insider|alum)\b(?!\s+(?:who|that|of)\b)"
)
_THEY = re.compile(r"(?:^|[,;]\s+|\band\s+)([Tt]hey)\s+(?!are\b|were\b)")
_PLURAL_PEOPLE = re.compile(
    r"\b(?:engineers|researchers|employees|executives|people|staff|members|colleagues|"
    r"workers|scientists|leaders|managers|teams|others|both|two|three)\b"
)
_KIND = (
    r"company|firm|startup|start-up|lender|bank|carmaker|automaker|drugmaker|chipmaker|retailer|"
    r"insurer|agency|university|institution|credit\s+union|conglomerate|exchange\s+operator"
)
_COMPANY_PHRASE = re.compile(
    rf"\b[Tt]he\s+(?:{_KIND}|Company|Agency|University|Bank|tech\s+giant|iPhone\s+maker|"
    r"search\s+giant|social\s+media\s+giant|(?:[A-Z][\w-]+\s+)?(?:maker|giant)|"
    rf"[A-Z][a-z]+-based\s+(?:{_KIND}|giant))\b(?!\s+(?:of|that|which|who)\b)"
)


_ORIGIN = re.compile(r"\b(?:from|ex-|former|formerly\s+of)\s*(?:the\s+)?$", re.I)
# "the company said": the speaker of a report is the company the report is about.
_SAID = re.compile(r"\s+(?:said|says|announced|confirmed|stated|disclosed|added|wrote)\b")
_TEAM_PHRASE = re.compile(
    r"\b[Tt]he\s+(?:(?:roughly|about|around|approximately|some|nearly|almost)\s+)?"
    r"(?:\d[\d,]*[- ](?:person|people|member|strong)\s+)?"
    r"(?:group|team|unit|division|lab)\b(?!\s+(?:of|behind|that|which|at)\b)"
)


def resolve_team_phrases(text: str, teams: list[Mention]) -> list[Mention]:
    """Mentions for "the group"/"the team" as the latest named team before them."""
    out = []
    for match in _TEAM_PHRASE.finditer(text):
        inside = [t for t in teams if t.overlaps(match.start(), match.end())]
        earlier = [t for t in teams if t.end <= match.start() and t.value]
        if inside:
            # "the 400-person team" after a named team is that team, with its head count.
            sized = inside[0]
            if len(inside) == 1 and sized.value is None and sized.size and earlier:
                sized.value, sized.org, sized.anaphor = earlier[-1].value, earlier[-1].org, True
            continue
        if earlier:
            latest = earlier[-1]
            out.append(Mention("TEAM", match.start(), match.end(), latest.value,
                               org=latest.org, anaphor=True))  # fmt: skip
    return out


def resolve_company_phrases(text: str, orgs: list[Mention]) -> list[Mention]:
    """Mentions for "the company"/"the firm"/"the iPhone maker" as the latest company."""
    out = []
    for match in _COMPANY_PHRASE.finditer(text):
        earlier = [m for m in orgs if m.end <= match.start() and m.value]
        # "the company" is a host, never a company only named as where someone came from.
        hosts = [m for m in earlier if not _ORIGIN.search(text[max(0, m.start - 12) : m.start])]
        # "the Agency", "the bank": a company whose own name holds that word comes first.
        kind = match.group(0).split()[-1].lower()
        named = [m for m in earlier if kind in (m.value or "").lower().split()]
        if named or hosts or earlier:
            pool = named or hosts or earlier
            said = _SAID.match(text, match.end())
            value = _most_named(pool) if said else pool[-1].value
            out.append(Mention("ORG", match.start(), match.end(), value, anaphor=True))
    return out


def _most_named(mentions: list[Mention]) -> str | None:
    """The company named most often (the first named of equals): who "the company said" is."""
    counts: dict[str | None, int] = {}
    for mention in mentions:
        counts[mention.value] = counts.get(mention.value, 0) + 1
    best = max(counts.values())
    return next(m.value for m in mentions if counts[m.value] == best)


def resolve_pronouns(
    text: str, sentences: list[Sentence], people: list[Mention], taken: list[Mention]
) -> list[Mention]:
    """Mentions for person pronouns, resolved to the subject of the discourse.

    A pronoun takes the first person named earlier in its own sentence, else the first
    person of the latest earlier sentence that names one: news keeps its protagonist as
    the subject, so this beats plain recency ("At Meta he reports to the CTO, Priya").
    """
    out: list[Mention] = []
    subject: str | None = None
    genders = _honorific_genders(text, people)
    previous: list[Mention] = []
    for index, sentence in enumerate(sentences):
        inside = [m for m in people if sentence.start <= m.start < sentence.end]
        found: list[Mention] = []
        for match in _PRONOUN.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(m.overlaps(start, end) for m in taken):
                continue
            before = sorted([m for m in inside + found if m.end <= start], key=lambda m: m.start)
            target = before[0].value if before else subject
            gender = "f" if match.group(0).lower() in ("she", "her") else "m"
            if target and genders.get(target, gender) != gender:
                # The subject is known to be of the other gender: take the nearest person
                # named just before whose gender agrees (or is unknown).
                target = _agreeing(before[::-1] + previous[::-1], genders, gender) or target
            if target:
                genders.setdefault(target, gender)
                found.append(Mention("PER", start, end, target, anaphor=True))
        if index:
            found.extend(_they(sentence, sentences[index - 1], people))
        nominal = _NOMINAL.match(sentence.text)
        if (
            nominal
            and subject
            and not any(m.start < sentence.start + nominal.end() for m in inside + taken if m.start >= sentence.start)
        ):
            found.append(Mention("PER", sentence.start + nominal.start(), sentence.start + nominal.end(),
                                 subject, anaphor=True))  # fmt: skip
        out.extend(found)
        ordered = sorted(inside + found, key=lambda m: m.start)
        if ordered:
            subject = ordered[0].value
            previous = ordered
    return out


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mister|Madam|Sir|Dame)\.?\s*$")
_HONORIFIC_GENDER = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
}


def _honorific_genders(text: str, people: list[Mention]) -> dict[str, str]:
    """Genders the report states with an honorific ("Ms. Park", "Mr. Lee")."""
    genders: dict[str, str] = {}
    for person in people:
        found = _HONORIFIC.search(text[max(0, person.start - 10) : person.start])
        if found and person.value:
            genders.setdefault(person.value, _HONORIFIC_GENDER[found.group(1).lower()])
    return genders


def _agreeing(candidates: list[Mention], genders: dict[str, str], gender: str) -> str | None:
    """The first candidate whose known gender is ``gender``, else the first of unknown gender."""
    known = [m.value for m in candidates if m.value and genders.get(m.value) == gender]
    unknown = [m.value for m in candidates if m.value and m.value not in genders]
    pool = known or unknown
    return pool[0] if pool else None


def _they(sentence: Sentence, previous: Sentence, people: list[Mention]) -> list[Mention]:
    """Resolve subject "they" when the previous sentence spoke of exactly one person."""
    names = {m.value for m in people if previous.start <= m.start < previous.end}
    if len(names) != 1 or _PLURAL_PEOPLE.search(previous.text):
        return []
    out = []
    for match in _THEY.finditer(sentence.text):
        start = sentence.start + match.start(1)
        out.append(Mention("PER", start, start + 4, next(iter(names)), anaphor=True))
    return out
