"""Merging claims into stored edges: the rules that keep the graph truthful over time.

Pure functions, no store: :mod:`orgraph.graph.ingest` reads the edges in scope, calls these,
and writes back what changed. The rules:

* A claim that agrees with a stored edge (same type and endpoints, bounds equal at the
  coarser of their precisions, compatible role) adds its citation to that edge and may
  sharpen a bound ("2025-07" + "2025-07-07" gives the day). Two reports stating the same
  fact give one edge with two citations; the same report twice changes nothing.
* A claim that overlaps a stored edge in time but disagrees on a bound is kept as its own
  edge with status ``conflict``: never a silent overwrite.
* A claim that does not overlap is a separate interval (a second stint, a boomerang).
* Supersession is scoped: a person's later REPORTS_TO closes their earlier open one; a
  team's later LEADS closes the previous lead's open one. Nothing else closes implicitly.
  Implicit closings are recomputed from scratch each time (``closed_by`` marks them), so
  loading out of order or retracting a report gives the same graph as never loading it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from orgraph.graph.model import Citation, Claim, Edge, EdgeType, Interval, Precision, floor_date

_ORDER: dict[Precision, int] = {"year": 0, "month": 1, "day": 2}

#: Edge types whose later start closes an earlier open edge, and which end groups them.
SUPERSEDING: dict[EdgeType, str] = {"REPORTS_TO": "src", "LEADS": "dst"}


@dataclass
class Plan:
    """What to write after merging: edges to upsert and delete, and counts for the user."""

    upserts: list[Edge] = field(default_factory=list)
    deletes: list[Edge] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def _coarser(a: Precision | None, b: Precision | None) -> Precision:
    return min(a or "day", b or "day", key=_ORDER.__getitem__)


def bounds_agree(a: date | None, ap: Precision | None, b: date | None, bp: Precision | None) -> bool:
    """Whether two bounds can name the same moment: unknown agrees with anything."""
    if a is None or b is None:
        return True
    coarse = _coarser(ap, bp)
    return floor_date(a, coarse) == floor_date(b, coarse)


def _sharper(
    a: date | None, ap: Precision | None, b: date | None, bp: Precision | None
) -> tuple[date | None, Precision | None]:
    """The more precise of two agreeing bounds (a known bound beats an unknown one)."""
    if a is None:
        return b, bp
    if b is None or _ORDER[ap or "day"] >= _ORDER[bp or "day"]:
        return a, ap
    return b, bp


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two closed-open intervals share a day (unknown bounds are unbounded)."""
    a_starts_before_b_ends = a.valid_from is None or b.valid_to is None or a.valid_from < b.valid_to
    b_starts_before_a_ends = b.valid_from is None or a.valid_to is None or b.valid_from < a.valid_to
    return a_starts_before_b_ends and b_starts_before_a_ends


def _stated_end(edge: Edge) -> tuple[date | None, Precision | None]:
    """An edge's end as stated by a report; an end set by supersession does not count."""
    return (None, None) if edge.closed_by else (edge.valid_to, edge.valid_to_precision)


def agrees(edge: Edge, claim: Claim) -> bool:
    """Whether ``claim`` states the same fact as ``edge`` (so it only adds a citation)."""
    if (edge.type, edge.src, edge.dst) != (claim.type, claim.src, claim.dst):
        return False
    if not _roles_agree(edge.role, claim.role):
        return False
    end, end_precision = _stated_end(edge)
    return bounds_agree(
        edge.valid_from, edge.valid_from_precision, claim.valid_from, claim.valid_from_precision
    ) and bounds_agree(end, end_precision, claim.valid_to, claim.valid_to_precision)


def edge_id(claim: Claim) -> str:
    """A stable id for the edge a claim creates: same claim from the same report, same id."""
    key = "|".join(
        str(part)
        for part in (
            claim.type,
            claim.src,
            claim.dst,
            claim.valid_from,
            claim.valid_to,
            claim.role,
            claim.citation.source_id,
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def absorb(edge: Edge, claim: Claim) -> None:
    """Fold an agreeing claim into ``edge``: add its citation, sharpen bounds, fill gaps."""
    if claim.citation not in edge.citations:
        edge.citations.append(claim.citation)
    edge.valid_from, edge.valid_from_precision = _sharper(
        edge.valid_from, edge.valid_from_precision, claim.valid_from, claim.valid_from_precision
    )
    if claim.valid_to is not None:
        end, end_precision = _stated_end(edge)
        edge.valid_to, edge.valid_to_precision = _sharper(end, end_precision, claim.valid_to, claim.valid_to_precision)
        edge.closed_by = None
    for name in ("announced_at", "role", "from_org", "to_org", "headcount"):
        if getattr(edge, name) is None and getattr(claim, name) is not None:
            setattr(edge, name, getattr(claim, name))


def new_edge(claim: Claim, now: datetime, conflict: bool) -> Edge:
    """The stored edge for a claim nothing agreed with."""
    return Edge(
        id=edge_id(claim),
        recorded_at=now,
        status="conflict" if conflict else "accepted",
        citations=[claim.citation],
        **claim.model_dump(exclude={"citation"}),
    )


def known_since(edge: Edge) -> date | None:
    """When an edge is known to hold from: its start, else the earliest report stating it.

    An undated "X runs the team" in a June report still predates "Y now runs the team"
    starting in July, so the publication date orders it when no start was stated.
    """
    return edge.valid_from or min((c.published for c in edge.citations if c.published), default=None)


def _can_supersede(edge: Edge, since: date) -> bool:
    """Only a stated start closes another edge: "X ran the team" (seen in a report) does not
    end whoever a later report says took over before that report was published."""
    return edge.valid_from is not None and edge.valid_from > since


def settle_supersession(edges: list[Edge]) -> None:
    """Recompute every implicit closing among ``edges`` (in place).

    Only accepted edges that can be placed in time take part (see :func:`known_since`).
    """
    for edge in edges:
        if edge.closed_by:
            edge.valid_to, edge.valid_to_precision, edge.closed_by = None, None, None
    groups: dict[tuple[str, str], list[tuple[date, Edge]]] = {}
    for edge in edges:
        side, since = SUPERSEDING.get(edge.type), known_since(edge)
        if side and edge.status == "accepted" and since is not None:
            groups.setdefault((edge.type, getattr(edge, side)), []).append((since, edge))
    for members in groups.values():
        members.sort(key=lambda pair: (pair[0], pair[1].id))
        for i, (since, edge) in enumerate(members):
            if edge.valid_to is not None:
                continue
            other = "dst" if edge.type == "REPORTS_TO" else "src"
            later = next(
                (
                    m
                    for s, m in members[i + 1 :]
                    if _can_supersede(m, since) and getattr(m, other) != getattr(edge, other)
                ),
                None,
            )
            if later is not None:
                edge.valid_to, edge.valid_to_precision, edge.closed_by = (
                    later.valid_from,
                    later.valid_from_precision,
                    later.id,
                )


def merge_claims(claims: list[Claim], existing: list[Edge], now: datetime) -> Plan:
    """Merge a report's claims into the stored edges in scope and say what to write."""
    before = {e.id: e.model_dump() for e in existing}
    edges = [e.model_copy(deep=True) for e in existing]
    # Claims only ever meet edges with the same type and ends: index by that, so a report
    # with thousands of claims stays linear rather than comparing every pair.
    same_ends: dict[tuple[str, str, str], list[Edge]] = {}
    for edge in edges:
        same_ends.setdefault((edge.type, edge.src, edge.dst), []).append(edge)
    created: set[str] = set()
    for claim in claims:
        peers = same_ends.setdefault((claim.type, claim.src, claim.dst), [])
        # An edge already carrying this very citation is where this claim went when the report
        # was first loaded: choosing it first keeps a reload a no-op even when the report's own
        # claims changed which other edges they agree with.
        match = next((e for e in peers if claim.citation in e.citations and agrees(e, claim)), None)
        match = match or next((e for e in peers if e.status == "accepted" and agrees(e, claim)), None)
        match = match or next((e for e in peers if agrees(e, claim)), None)
        if match is not None:
            absorb(match, claim)
            continue
        clash = any(e.status == "accepted" and _roles_agree(e.role, claim.role) and overlaps(e, claim) for e in peers)
        edge = new_edge(claim, now, conflict=clash)
        edges.append(edge)
        peers.append(edge)
        created.add(edge.id)
    settle_supersession(edges)
    return _plan(edges, before, created)


def _roles_agree(a: str | None, b: str | None) -> bool:
    """Unknown agrees with anything; two stated roles must be the same words."""
    return a is None or b is None or a.casefold() == b.casefold()


def strip_citations(gone: Callable[[Citation], bool], existing: list[Edge]) -> Plan:
    """Remove the citations ``gone`` selects; delete edges left with none; re-settle the rest."""
    before = {e.id: e.model_dump() for e in existing}
    edges = [e.model_copy(deep=True) for e in existing]
    for edge in edges:
        edge.citations = [c for c in edge.citations if not gone(c)]
    kept = [e for e in edges if e.citations]
    settle_supersession(kept)
    plan = _plan(kept, before, set())
    plan.deletes = [e for e in edges if not e.citations]
    return plan


def retract_source(source_id: str, existing: list[Edge]) -> Plan:
    """Remove one report's citations; delete the edges no other report supports."""
    return strip_citations(lambda c: c.source_id == source_id, existing)


def as_claims(edge: Edge, src: str, dst: str) -> list[Claim]:
    """The claims that built ``edge``, one per citation, re-pointed to ``src`` → ``dst``.

    An end set by supersession is left out: it is recomputed where the claims land.
    """
    end, end_precision = _stated_end(edge)
    fields = edge.model_dump(
        include={
            "type",
            "valid_from",
            "valid_from_precision",
            "announced_at",
            "role",
            "from_org",
            "to_org",
            "headcount",
        }
    )
    return [
        Claim(src=src, dst=dst, valid_to=end, valid_to_precision=end_precision, citation=c, **fields)
        for c in edge.citations
    ]


def _plan(edges: list[Edge], before: Mapping[str, object], created: set[str]) -> Plan:
    plan = Plan()
    for edge in edges:
        if edge.id in created:
            plan.upserts.append(edge)
            plan.added += 1
        elif edge.model_dump() != before.get(edge.id):
            plan.upserts.append(edge)
            plan.updated += 1
        else:
            plan.unchanged += 1
    return plan
