"""Move-level inference: a move from X to Y is two facts with one date.

Reports rarely spell out both halves of a move. "Meta hired Okafor from Apple" states the
JOINED; the LEFT of Apple is implied. "Okafor started at Meta on Monday" dates a move the
previous sentence announced. These steps complete and date moves across a whole report.
"""

from __future__ import annotations

import dataclasses

from orgraph.loaders.news.relations import Draft

_MOVES = ("JOINED", "LEFT")


def complete_moves(drafts: list[Draft]) -> list[Draft]:
    """Share dates within a move, then add the missing half of every two-sided move."""
    _link_halves(drafts)
    _link_sequence(drafts)
    _date_from_new_post(drafts)
    _share_dates(drafts)
    drafts = drafts + _missing_halves(drafts)
    _share_dates(drafts)
    return drafts


def _link_halves(drafts: list[Draft]) -> None:
    """Fill a half's missing other company from the opposite half of the same move."""
    for left in drafts:
        if left.type != "LEFT" or left.to_org:
            continue
        targets = {d.org for d in drafts if d.type == "JOINED" and d.person == left.person
                   and d.from_org == left.org and d.org}  # fmt: skip
        if len(targets) == 1:
            left.to_org = targets.pop()
    for joined in drafts:
        if joined.type != "JOINED" or joined.from_org:
            continue
        sources = {d.org for d in drafts if d.type == "LEFT" and d.person == joined.person
                   and d.to_org == joined.org and d.org}  # fmt: skip
        if len(sources) == 1:
            joined.from_org = sources.pop()


def _link_sequence(drafts: list[Draft]) -> None:
    """Join a person's one open departure and one open arrival into a single move.

    "Friday was my last day at Stripe ... next month I'm joining Anthropic": a LEFT with
    no destination and a later JOINED with no origin, at another company, are one move
    (each keeps its own date).
    """
    people = {d.person for d in drafts}
    for person in people:
        lefts = [d for d in drafts if d.type == "LEFT" and d.person == person and d.org and not d.to_org]
        joins = [d for d in drafts if d.type == "JOINED" and d.person == person and d.org
                 and not d.from_org and not d.method.startswith("duration")]  # fmt: skip
        if len({d.org for d in lefts}) != 1 or len({d.org for d in joins}) != 1:
            continue
        left, joined = lefts[0], joins[0]
        if left.org == joined.org or (left.date and joined.date and joined.date[:4] < left.date[:4]):
            continue
        for d in lefts:
            d.to_org = joined.org
        for d in joins:
            d.from_org = left.org


def _date_from_new_post(drafts: list[Draft]) -> None:
    """An undated arrival starts when the title or team it brings starts ("joins from
    Microsoft" + "will become CEO on September 16": the move is on September 16)."""
    for joined in drafts:
        if joined.type != "JOINED" or joined.date or not joined.org:
            continue
        # Another statement of the same arrival that carries its own date wins.
        if any(d.date for d in drafts if d.type == "JOINED" and _move_key(d) == _move_key(joined)):
            continue
        starts = sorted(
            {d.since for d in drafts if d.person == joined.person and d.org == joined.org
             and d.type in ("ROLE", "LEADS") and d.since and d.method != "succession"}
        )  # fmt: skip
        if starts:
            joined.date, joined.precision = starts[0], _precision(starts[0])


def _precision(value: str) -> str:
    """Precision of an ISO value from its length."""
    return {4: "year", 7: "month"}.get(len(value), "day")


def _move_key(draft: Draft) -> tuple[str, str, str | None]:
    """Identity of one half of a move: type, person and company."""
    return draft.type, draft.person, draft.org


def _share_dates(drafts: list[Draft]) -> None:
    """Give every undated statement of a move the date another statement of it gives.

    The two halves of a move also share a date when only one is dated ("left Stripe for
    Anthropic last month": both halves happened then), unless each has its own.
    """
    dated: dict[tuple[str, str, str | None], Draft] = {}
    for draft in drafts:
        if draft.type in _MOVES and draft.date:
            dated.setdefault(_move_key(draft), draft)
    for draft in drafts:
        if draft.type not in _MOVES or draft.date or not draft.org:
            continue
        source = dated.get(_move_key(draft)) or _other_half(dated, draft)
        if source is not None:
            draft.date, draft.precision = source.date, source.precision


def _other_half(dated: dict[tuple[str, str, str | None], Draft], draft: Draft) -> Draft | None:
    """The dated opposite half of ``draft``'s move, when the draft names the other company."""
    if draft.type == "JOINED" and draft.from_org:
        half = dated.get(("LEFT", draft.person, draft.from_org))
        return half if half and half.to_org in (None, draft.org) else None
    if draft.type == "LEFT" and draft.to_org:
        half = dated.get(("JOINED", draft.person, draft.to_org))
        return half if half and half.from_org in (None, draft.org) else None
    return None


def _missing_halves(drafts: list[Draft]) -> list[Draft]:
    """LEFT(X, to Y) for each JOINED(Y, from X) and the reverse, when not already stated."""
    have = {_move_key(d) for d in drafts if d.type in _MOVES}
    out: list[Draft] = []
    for draft in drafts:
        twin = _opposite(draft)
        if twin is None or _move_key(twin) in have:
            continue
        have.add(_move_key(twin))
        out.append(twin)
    return out


def _opposite(draft: Draft) -> Draft | None:
    """The other half of a two-sided move, or None when the draft names only one company."""
    if not (draft.org and draft.type in _MOVES):
        return None
    other = draft.from_org if draft.type == "JOINED" else draft.to_org
    if not other:
        return None
    twin = dataclasses.replace(draft, team=None, method=f"{draft.method}+pair", years_before=None,
                               confidence=draft.confidence - 0.05, extra={})  # fmt: skip
    if draft.type == "JOINED":
        twin.type, twin.org, twin.to_org, twin.from_org = "LEFT", other, draft.org, None
    else:
        twin.type, twin.org, twin.from_org, twin.to_org = "JOINED", other, draft.org, None
    return twin
