"""Mentions: spans of the document that name a person, company, team, title or date.

Every finder returns :class:`Mention` objects with offsets into the document text. Later
stages replace mentions by placeholders so relation patterns can be written once per
phrasing instead of once per name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MentionKind = Literal["PER", "ORG", "TEAM", "ROLE", "DATE", "DUR"]


@dataclass
class Mention:
    """A typed span of the document with its resolved value.

    Attributes:
        kind: What the span names.
        start: Offset of the first character in the document text.
        end: Offset just past the last character.
        value: Canonical value: full name, company short name, team short name, title, or
            ISO date; None for an unnamed team ("a 100-person team").
        org: Company a team or title belongs to, when the span itself says so.
        team: Team a title is about ("head of software engineering") or a unit company
            names ("Google DeepMind").
        size: Head count of a team, or years of a duration.
        precision: Precision of a date.
        former: The span says "former" (a title held in the past).
        anaphor: The span is a surname, pronoun or "the company" resolved from context.
    """

    kind: MentionKind
    start: int
    end: int
    value: str | None
    org: str | None = None
    team: str | None = None
    size: int | None = None
    precision: str | None = None
    former: bool = False
    anaphor: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether this mention shares a character with ``[start, end)``."""
        return self.start < end and start < self.end


def mask(text: str, spans: list[Mention], char: str = "#") -> str:
    """Return ``text`` with each mention's span overwritten by ``char`` (offsets kept)."""
    chars = list(text)
    for mention in spans:
        for i in range(mention.start, mention.end):
            if chars[i] != "\n":
                chars[i] = char
    return "".join(chars)


def drop_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Keep the earliest, then longest, of any overlapping mentions."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(k.overlaps(mention.start, mention.end) for k in kept):
            kept.append(mention)
    return kept
