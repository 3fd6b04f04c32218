"""The org graph on a date, as a networkx graph: what drawings and notebooks work from.

:func:`to_networkx` asks the ``snapshot`` query pack for the edges that held on a date in a
scope (a company, a team, or the people around someone) plus the ties that ended recently,
and returns a :class:`networkx.MultiDiGraph` (a ``DiGraph`` that allows a person to both lead
and belong to one team). Nodes carry ``kind``, ``name`` and ``company``; people also carry
what the edges say about them (``role``, ``teams``, ``manager``, and ``left``/``left_on``/
``destination`` when they left a company). Edges carry the stored facts: ``type``, valid time
with precisions, ``role``, ``headcount``, ``status``, ``citations`` (list of dicts), ``src``/``dst`` and
``current`` (False for a tie that ended in the window). :func:`diff` compares two snapshots;
:func:`write_graphml` saves one for Gephi, yEd or Cytoscape.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

import networkx as nx

from orgraph.errors import QueryError
from orgraph.graph.citations import decode_dicts
from orgraph.graph.store import Row, Store
from orgraph.params import find_id

#: How far back a drawing looks for ties that ended (people who left, former leads).
DEFAULT_WINDOW = timedelta(days=365)

#: Node-level changes between two dates, in the order one wins over another.
CHANGES = ("left", "joined", "new lead", "moved")


class HasStore(Protocol):
    """Anything holding a store, such as :class:`orgraph.api.OrgGraph`."""

    @property
    def store(self) -> Store:
        """The store to read from."""
        ...


def to_networkx(
    source: Store | HasStore,
    as_of: date | str,
    *,
    company: str | None = None,
    team: str | None = None,
    around: str | None = None,
    depth: int = 1,
    since: date | str | None = None,
) -> nx.MultiDiGraph:
    """The org graph as it stood on ``as_of``, in at most one scope.

    Args:
        source: a store, or an object with a ``store`` (an ``OrgGraph``).
        as_of: the day to draw (a date or ``YYYY-MM-DD`` text).
        company: id, name or alias of a company: it, its teams, its people and recent leavers.
        team: id, name or alias of a team: it, its leads and members (current and recent).
        around: id, name or alias of a person: everything within ``depth`` hops of them.
            Companies are not walked through (everyone at a company is two hops apart).
        depth: hops for ``around``.
        since: ties that ended after this day (and on or before ``as_of``) are included as
            ``current=False`` edges; default one year before ``as_of``.

    Returns:
        A MultiDiGraph keyed by edge id (with no scope, the whole graph); ``graph.graph`` holds
        ``as_of``, ``since`` and ``scope`` (``kind``, ``id``, ``depth``).

    Raises:
        QueryError: more than one scope, or a depth below 1.
        NotFoundError: the company, team or person is unknown or ambiguous.
    """
    store = source if isinstance(source, Store) else source.store
    as_of, since = _day(as_of), _day(since) if since is not None else None
    if sum(x is not None for x in (company, team, around)) > 1:
        raise QueryError("draw one scope at a time: company, team or around")
    if depth < 1:
        raise QueryError(f"depth must be 1 or more, not {depth}")
    since = since or as_of - DEFAULT_WINDOW
    window = {"as_of": as_of, "since": since}
    scope: dict[str, Any] = {"kind": None, "id": None, "depth": None}
    if company is not None:
        scope.update(kind="Company", id=find_id(store, "company", company))
        ids = _ids(store.read("snapshot.company_scope", company=scope["id"], **window))
        current, ended = _edges_of(store, ids, as_of, since)
    elif team is not None:
        scope.update(kind="Team", id=find_id(store, "team", team))
        ids = _ids(store.read("snapshot.team_scope", team=scope["id"], **window))
        current, ended = _edges_of(store, ids, as_of, since)
    elif around is not None:
        scope.update(kind="Person", id=find_id(store, "person", around), depth=depth)
        ids, current, ended = _walk(store, scope["id"], depth, as_of, since)
    else:
        current = store.read("snapshot.edges", ids=[], everyone=True, as_of=as_of)
        ended = store.read("snapshot.ended", ids=[], everyone=True, as_of=as_of, since=since)
        ids = set()
    graph = _build(store, ids, current, ended, as_of)
    graph.graph.update(since=since, scope=scope)
    return graph


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write a snapshot as GraphML, which holds only text, numbers and booleans.

    Why not ``nx.write_graphml`` directly: our attributes include dates, lists (a person's
    teams) and citations (list of dicts), which GraphML cannot type. Dates become ISO text,
    lists and dicts become JSON text, and unknown (None) values are left out.

    Args:
        graph: what :func:`to_networkx` (or :func:`diff`) returned.
        path: the ``.graphml`` file to write.

    Returns:
        The path written.
    """
    flat = nx.MultiDiGraph(**{k: _graphml_value(v) for k, v in graph.graph.items() if v is not None})
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_graphml_attrs(attrs))
    for src, dst, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(src, dst, key=key, **_graphml_attrs(attrs))
    out = Path(path)
    nx.write_graphml(flat, out)
    return out


def _graphml_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: _graphml_value(v) for k, v in attrs.items() if v is not None}


def _graphml_value(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(value, default=str, ensure_ascii=False)


def _day(value: date | str) -> date:
    """A date given as a date or ISO text (notebooks often pass text).

    Raises:
        QueryError: the text is not a ``YYYY-MM-DD`` date.
    """
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{value!r} is not a date YYYY-MM-DD") from None


def _ids(rows: Iterable[Row]) -> set[str]:
    return {str(r["id"]) for r in rows}


def _edges_of(store: Store, ids: set[str], as_of: date, since: date) -> tuple[list[Row], list[Row]]:
    """Current edges touching ``ids`` and recently ended edges of the people among them."""
    # edges_of/ended_of look each id up by key: testing every stored edge against the list
    # (snapshot.edges with everyone=False) costs ten times more on a large history.
    current = store.read("snapshot.edges_of", ids=sorted(ids), as_of=as_of)
    ended = store.read("snapshot.ended_of", ids=sorted(ids), as_of=as_of, since=since)
    return current, ended


def _walk(store: Store, start: str, depth: int, as_of: date, since: date) -> tuple[set[str], list[Row], list[Row]]:
    """Breadth-first from ``start`` over current and recently ended ties, not through companies."""
    seen, frontier = {start}, {start}
    current: dict[str, Row] = {}
    ended: dict[str, Row] = {}
    kinds: dict[str, str] = {start: "Person"}
    for _ in range(depth):
        now, before = _edges_of(store, frontier, as_of, since)
        current.update((r["id"], r) for r in now)
        ended.update((r["id"], r) for r in before)
        for row in now + before:
            kinds.setdefault(row["src"], "Team" if row["type"] == "PART_OF" else "Person")
            kinds.setdefault(row["dst"], _DST_KIND[row["type"]])
        reached = {n for r in now + before for n in (r["src"], r["dst"])} - seen
        seen |= reached
        frontier = {n for n in reached if kinds.get(n) != "Company"}
        if not frontier:
            break
    if frontier:  # ties among the outermost ring, so the edge of the picture is not torn
        now, before = _edges_of(store, frontier, as_of, since)
        for row in now:
            if row["src"] in seen and row["dst"] in seen:
                current[row["id"]] = row
        for row in before:
            if row["src"] in seen and row["dst"] in seen:
                ended[row["id"]] = row
    return seen, list(current.values()), list(ended.values())


_DST_KIND = {"REPORTS_TO": "Person", "LEADS": "Team", "MEMBER_OF": "Team", "WORKED_AT": "Company", "PART_OF": "Company"}


def _edge_attrs(row: Row, current: bool) -> dict[str, Any]:
    citations = decode_dicts(row["citations"])
    return {
        "id": row["id"],
        "type": row["type"],
        "src": row["src"],
        "dst": row["dst"],
        "valid_from": row["valid_from"],
        "valid_from_precision": row["valid_from_precision"],
        "valid_to": row["valid_to"],
        "valid_to_precision": row["valid_to_precision"],
        "role": row["role"],
        "from_org": row["from_org"],
        "to_org": row["to_org"],
        "headcount": row["headcount"],
        "status": row["status"],
        "citations": citations,
        "current": current,
    }


def _build(store: Store, ids: set[str], current: list[Row], ended: list[Row], as_of: date) -> nx.MultiDiGraph:
    """Assemble nodes and edges, then derive each person's company, teams and departure."""
    graph = nx.MultiDiGraph(as_of=as_of)
    wanted = set(ids) | {n for r in current + ended for n in (r["src"], r["dst"])}
    wanted |= {r["to_org"] for r in ended if r["type"] == "WORKED_AT" and r["to_org"]}
    for row in store.read("snapshot.nodes", ids=sorted(wanted)):
        graph.add_node(row["id"], kind=row["kind"], name=row["name"], company=row["company"] or None)
    for rows, is_current in ((current, True), (ended, False)):
        for row in rows:
            if row["src"] in graph and row["dst"] in graph:
                graph.add_edge(row["src"], row["dst"], key=row["id"], **_edge_attrs(row, is_current))
    for node_id, data in graph.nodes(data=True):
        if data["kind"] == "Company":
            data["company"] = node_id
        elif data["kind"] == "Person":
            data.update(_person_facts(graph, node_id))
    return graph


def _person_facts(graph: nx.MultiDiGraph, person: str) -> dict[str, Any]:
    """What a person's edges say: where they work, their teams, manager, and any departure."""
    out = [d for _, _, d in graph.out_edges(person, data=True)]
    jobs = [d for d in out if d["type"] == "WORKED_AT"]
    teams = [d for d in out if d["type"] in ("LEADS", "MEMBER_OF")]
    now_jobs = [d for d in jobs if d["current"]]
    team_of = {d["dst"]: d for d in teams if d["current"]}
    company = next((d["dst"] for d in now_jobs), None)
    if company is None:  # a team membership implies the team's company
        company = next((graph.nodes[t].get("company") for t in team_of), None)
    role = next((d["role"] for d in now_jobs + list(team_of.values()) if d["role"]), None)
    facts: dict[str, Any] = {
        "company": company,
        "role": role,
        "joined": next((d["valid_from"] for d in now_jobs), None),
        "joined_precision": next((d["valid_from_precision"] for d in now_jobs), None),
        "teams": sorted(
            (graph.nodes[t]["name"], "leads" if d["type"] == "LEADS" else "member") for t, d in team_of.items()
        ),
        "leads": sorted(t for t, d in team_of.items() if d["type"] == "LEADS"),
        "manager": next((d["dst"] for d in out if d["type"] == "REPORTS_TO" and d["current"]), None),
        "left": None,
        "left_on": None,
        "left_precision": None,
        "destination": None,
    }
    working_at = {d["dst"] for d in now_jobs}
    gone = [d for d in jobs if not d["current"] and d["dst"] not in working_at]
    if gone:
        last = max(gone, key=lambda d: d["valid_to"])
        destination = last["to_org"] if last["to_org"] in graph else company
        facts.update(
            left=last["dst"],
            left_on=last["valid_to"],
            left_precision=last["valid_to_precision"],
            destination=destination,
        )
    return facts


def diff(before: nx.MultiDiGraph, after: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The union of two snapshots of one scope, with what changed between their dates marked.

    Edges get ``change``: ``"added"`` (holds on the later date, not the earlier), ``"ended"``
    (held on the earlier date, or ended between the two) or None. People get ``change``: one of
    :data:`CHANGES` (left a company, joined one, newly lead a team, moved team or manager) or
    None, and ``was``: their facts on the earlier date (None if not drawn then).

    Args:
        before: the snapshot on the earlier date.
        after: the snapshot on the later date (its attributes win where both have a node).
    """
    start = before.graph["as_of"]
    union = nx.MultiDiGraph(as_of=after.graph["as_of"], since=start, scope=after.graph.get("scope"))
    for graph in (before, after):
        for node, data in graph.nodes(data=True):
            union.add_node(node, **data)
    for src, dst, key, data in after.edges(keys=True, data=True):
        held = before.has_edge(src, dst, key) and before.edges[src, dst, key]["current"]
        if data["current"]:
            change = None if held else "added"
        else:
            change = "ended" if held or data["valid_to"] > start else None
        union.add_edge(src, dst, key=key, **data, change=change)
    for src, dst, key, data in before.edges(keys=True, data=True):
        if not union.has_edge(src, dst, key):
            union.add_edge(src, dst, key=key, **data, change="ended" if data["current"] else None)
    for node, data in union.nodes(data=True):
        if data["kind"] == "Person":
            was = dict(before.nodes[node]) if node in before else None
            now = dict(after.nodes[node]) if node in after else None
            data["was"] = was
            data["change"] = _person_change(was, now)
        else:
            data["change"] = None
    return union


def _person_change(was: dict[str, Any] | None, now: dict[str, Any] | None) -> str | None:
    """Which of :data:`CHANGES` happened to a person between two snapshots, if any."""
    old = was["company"] if was else None
    new = now["company"] if now else None
    if old and old != new:
        return "left"
    if new and new != old:
        return "joined"
    if was is None or now is None:
        return None
    if set(now["leads"]) - set(was["leads"]):
        return "new lead"
    if now["teams"] != was["teams"] or now["manager"] != was["manager"]:
        return "moved"
    return None
