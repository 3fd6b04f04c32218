"""Validation and deduplication of facts before they leave the extractor.

Facts about something that is not a person-like name, moves with no company, and
leaderships with no team are dropped; facts stating the same thing are merged, keeping the
most specific values and the best confidence.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.models import ExtractedFact
from orgraph.loaders.news.names import PARTICLES, UPPER
from orgraph.loaders.news.titles import title_key

_WORD = rf"[{UPPER}][\w'\u2019.-]*"
_NAME = re.compile(rf"^{_WORD}(?:\s+(?:{PARTICLES}\s+){{0,2}}{_WORD}){{1,4}}$")
_NEEDS = {
    "JOINED": ("org",),
    "LEFT": ("org",),
    "LEADS": ("team",),
    "REPORTS_TO": ("manager",),
    "ROLE": ("title",),
    "PART_OF": ("team", "org"),
}
_MERGE_FIELDS = ("team", "date", "since", "until", "from_org", "to_org", "date_precision", "team_size")


def is_person_name(name: str | None, companies: set[str]) -> bool:
    """Tell whether ``name`` looks like a person's full name and not a company."""
    return bool(name and _NAME.match(name) and name not in companies)


def validate(facts: list[ExtractedFact], companies: set[str]) -> list[ExtractedFact]:
    """Drop malformed facts and merge duplicates, keeping document order."""
    kept = [f for f in facts if _complete(f, companies)]
    merged: list[ExtractedFact] = []
    for fact in kept:
        twin = next((m for m in merged if _same(m, fact)), None)
        if twin is None:
            merged.append(fact)
        else:
            _absorb(twin, fact)
    return merged


def _complete(fact: ExtractedFact, companies: set[str]) -> bool:
    """Tell whether a fact has the values its type needs and a person-like subject."""
    if any(getattr(fact, name) in (None, "") for name in _NEEDS[fact.type]):
        return False
    if fact.type == "PART_OF":
        return fact.team != fact.org
    if not is_person_name(fact.person, companies):
        return False
    if fact.type == "REPORTS_TO" and fact.manager == fact.person:
        return False
    return not (fact.from_org and fact.from_org == fact.org)


def _same(a: ExtractedFact, b: ExtractedFact) -> bool:
    """Tell whether two facts state the same thing (compatible where both give values)."""
    if (a.type, a.person, a.org, a.manager, title_key(a.title)) != (
        b.type, b.person, b.org, b.manager, title_key(b.title)
    ):  # fmt: skip
        return False
    # A move to a company and a move to one of its teams are the same move.
    if a.team != b.team and not (a.type in ("JOINED", "LEFT") and None in (a.team, b.team)):
        return False
    return all(
        getattr(a, f) is None or getattr(b, f) is None or getattr(a, f) == getattr(b, f)
        for f in ("date", "since", "until", "from_org", "to_org")
    ) or (a.type in ("JOINED", "LEFT") and bool(a.date) and bool(b.date))


def _absorb(kept: ExtractedFact, other: ExtractedFact) -> None:
    """Merge ``other`` into ``kept``: fill gaps, prefer the more confident date."""
    if other.date and kept.date and other.date != kept.date:
        if other.confidence > kept.confidence:
            kept.date, kept.date_precision = other.date, other.date_precision
            kept.evidence = other.evidence
        return
    for name in _MERGE_FIELDS:
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    kept.confidence = max(kept.confidence, other.confidence)
