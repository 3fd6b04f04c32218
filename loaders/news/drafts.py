"""Draft facts and the per-sentence context the relation handlers share.

A draft holds what one sentence says; :mod:`infer` later fills what needs the whole
report. :mod:`relations` (moves, teams, reporting lines) and :mod:`roles` (titles) both
build drafts with the helpers here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.clauses import index_of, placeholders
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.models import FactType
from orgraph.loaders.news.rules import Rule
from orgraph.loaders.news.segment import Sentence


@dataclass
class Draft:
    """A fact as one sentence states it, before document-level inference."""

    type: FactType
    person: str
    sentence: Sentence
    method: str
    confidence: float
    org: str | None = None
    team: str | None = None
    manager: str | None = None
    title: str | None = None
    date: str | None = None
    precision: str | None = None
    since: str | None = None
    until: str | None = None
    from_org: str | None = None
    to_org: str | None = None
    team_size: int | None = None
    needs_org: bool = False
    default_date: bool = False
    succession: bool = False
    years_before: int | None = None
    context_org: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    """What a handler needs about the sentence it works on."""

    analysis: Analysis
    sentence: Sentence
    mentions: list[Mention]

    def get(self, placeholder: str | None) -> Mention | None:
        """The mention a placeholder stands for."""
        return self.mentions[index_of(placeholder)] if placeholder else None

    def people(self, subject: str) -> list[str]:
        """Person names in a subject group such as "⟨P0⟩ and ⟨P3⟩"."""
        found = [self.mentions[index_of(p)].value for p in placeholders(subject, "P")]
        return [name for name in found if name]


def make_draft(ctx: Ctx, rule: Rule, type_: FactType, person: str, **values: object) -> Draft:
    """A draft of ``type_`` for ``person`` from the current sentence."""
    draft = Draft(type_, person, ctx.sentence, rule.name, rule.confidence)
    for key, value in values.items():
        setattr(draft, key, value)
    return draft


# "the company said on Tuesday" dates the statement, not the event it reports.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|told|reported|wrote|disclosed|"
    r"declined\s+to\s+comment|commented)(?:\s+(?!⟨)[\w'-]+){0,3}\s+(?:on\s+|in\s+)?$",
    re.I,
)


# "... to join Microsoft AI, the division that Microsoft set up last month": a date
# inside a relative clause dates that clause's verb.
_RELATIVE_WORD = re.compile(
    r"\b(?:that(?!\s+(?:role|post|job|position|title|team|group|unit|division|company|firm)\b)|which|who|whose|where)\b"
)


def _in_other_clause(clause: str, pos: int, date_pos: int) -> bool:
    """Tell whether a relative pronoun stands between the verb at ``pos`` and a date."""
    return date_pos > pos and bool(_RELATIVE_WORD.search(clause[pos:date_pos]))


def date_near(ctx: Ctx, clause: str, pos: int) -> Mention | None:
    """The date mention of a clause closest to character ``pos``, ignoring the dates of
    reporting verbs ("..., the firm confirmed on Thursday")."""
    dates = [
        (abs(m.start() - pos), m.group(0))
        for m in re.finditer(r"⟨D\d+⟩", clause)
        if not _SAID_BEFORE.search(clause[: m.start()]) and not _in_other_clause(clause, pos, m.start())
    ]
    return ctx.get(min(dates)[1]) if dates else None


def target(mention: Mention | None) -> tuple[str | None, str | None, int | None]:
    """(org, team, size) named by a company or team mention."""
    if mention is None:
        return None, None, None
    if mention.kind == "TEAM":
        return mention.org, mention.value, mention.size
    return mention.value, mention.team, None


def group(match: re.Match[str], name: str) -> str | None:
    """A named group of a match, or None when the pattern lacks it or it did not match."""
    return match.groupdict().get(name)
