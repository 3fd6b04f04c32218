"""Tenures: "spent nine years at X", "after 31 years with X", "a 17-year veteran of X".

A tenure at a company the person is reported to have left on a known date dates the join
nobody reported: joined = left year - N (year precision). The company of a tenure is the
one named right after it ("at", "with", "for", "of"), else the one a "where" clause points
back to ("joins from X, where she spent nine years"), else the company the person left in
the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.relations import Draft
from orgraph.loaders.news.segment import Sentence

_AFTER = re.compile(r"^\s*(?:at|with|for|of|in)\s+(?:the\s+)?$")
_AT_BEFORE = re.compile(r"\b(?:at|with|for|in)\s+(?:the\s+)?$")
_VETERAN = re.compile(r"^\s+(?:veteran|stint|career|tenure|run)\b")
_NOUN_AT = re.compile(r"^\s+(?:veteran|stint|career|tenure|run)\s+(?:at|with|of|in)\s+(?:the\s+)?$")
_WHERE = re.compile(r"^\s*,?\s*where\b[^,;]*$")
# "after leading the group for six years" and "has run X for eight years" time a
# leadership, not a stay at the company.
_LEADING = re.compile(r"\b(?:lead|leading|led|run|running|ran|head|heading|headed)\b[^,;]*$")


@dataclass(frozen=True)
class Tenure:
    """Years a person spent at a company (org None when the sentence does not say)."""

    person: str
    org: str | None
    years: int
    sentence: Sentence


def find_tenures(analysis: Analysis) -> list[Tenure]:
    """Every tenure the report states, with its person and (if named) company."""
    text = analysis.doc.text
    out: list[Tenure] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        for index, dur in enumerate(mentions):
            if dur.kind != "DUR" or not dur.size:
                continue
            if _LEADING.search(text[sentence.start : dur.start]) and "where" not in text[sentence.start : dur.start]:
                continue
            person = _person_before(mentions, index)
            if person:
                out.append(Tenure(person, _org_of(text, mentions, index), dur.size, sentence))
    return out


def _person_before(mentions: list[Mention], index: int) -> str | None:
    """The person nearest before a duration, else the first one after it."""
    before = [m for m in mentions[:index] if m.kind == "PER" and m.value]
    if before:
        return before[-1].value
    after = [m for m in mentions[index:] if m.kind == "PER" and m.value]
    return after[0].value if after else None


def _org_of(text: str, mentions: list[Mention], index: int) -> str | None:
    """The company a tenure is at: named after it, or pointed back to by "where"."""
    dur = mentions[index]
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    if nxt and nxt.kind == "ORG" and _AFTER.match(text[dur.end : nxt.start]):
        return nxt.value
    if nxt and nxt.kind == "ORG" and _NOUN_AT.match(text[dur.end : nxt.start]):
        return nxt.value  # "a 12-year veteran of Zenith", "a 15-year run at Intel"
    if nxt and nxt.kind == "ORG" and not text[dur.end : nxt.start].strip() and _VETERAN.match(text[nxt.end :]):
        return nxt.value  # "a 10-year Alphabet veteran"
    orgs = [m for m in mentions[:index] if m.kind == "ORG"]
    if orgs and _WHERE.match(text[orgs[-1].end : dur.start]):
        return orgs[-1].value
    prev = mentions[index - 1] if index else None
    at_prev = prev is not None and bool(_AT_BEFORE.search(text[max(0, prev.start - 10) : prev.start]))
    if prev and prev.kind == "ORG" and at_prev and not text[prev.end : dur.start].strip():
        return prev.value  # "had been at Ubisoft for ten years"
    return None


def date_leaderships(drafts: list[Draft], analysis: Analysis) -> None:
    """Start leaderships timed by a duration.

    "retired after leading the group for six years" starts it six years before it ended;
    "has run X for eight years" (present perfect) eight years before publication.
    """
    text = analysis.doc.text
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        for index, dur in enumerate(mentions):
            lead = _LEADING.search(text[sentence.start : dur.start]) if dur.kind == "DUR" and dur.size else None
            person = _person_before(mentions, index) if lead else None
            if lead is None or person is None or dur.size is None:
                continue
            prefix = text[sentence.start : dur.start]
            perfect = re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:led|run|headed)\b[^,;]*$", prefix)
            for draft in drafts:
                if draft.type != "LEADS" or draft.person != person or draft.since:
                    continue
                if perfect and draft.sentence == sentence:
                    draft.since = str(analysis.doc.published.year - dur.size)
                elif not perfect and draft.until:
                    draft.since = str(int(draft.until[:4]) - dur.size)


def derived_joins(drafts: list[Draft], analysis: Analysis) -> list[Draft]:
    """JOINED at year (left - N) for each dated departure with a matching tenure."""
    tenures = find_tenures(analysis)
    out: list[Draft] = []
    done: set[tuple[str, str]] = set()
    for left in drafts:
        if left.type != "LEFT" or not left.org or not left.date or (left.person, left.org) in done:
            continue
        years = _years_for(left, tenures)
        if years is None:
            continue
        done.add((left.person, left.org))
        year = int(left.date[:4]) - years
        out.append(Draft("JOINED", left.person, left.sentence, "duration_before_leaving", 0.6,
                         org=left.org, date=str(year), precision="year"))  # fmt: skip
    return out


def _years_for(left: Draft, tenures: list[Tenure]) -> int | None:
    """Years of the tenure that a departure ends, if the report states one."""
    for tenure in tenures:
        if tenure.person == left.person and tenure.org == left.org:
            return tenure.years
    for tenure in tenures:
        if tenure.person == left.person and tenure.org is None and tenure.sentence == left.sentence:
            return tenure.years
    return left.years_before
