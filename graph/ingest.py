"""Writing reports into a store, and taking them out again.

Each report is applied in one write transaction: the edges it could merge with are read,
:mod:`orgraph.graph.merge` decides what changes, and only changed rows are written. A
failure anywhere rolls the whole report back, so a report loads whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from orgraph.errors import NotFoundError
from orgraph.graph.citations import decode as decode_citations
from orgraph.graph.citations import encode as encode_citations
from orgraph.graph.merge import Plan, merge_claims, retract_source
from orgraph.graph.model import EDGE_TYPES, Edge, Node, NodeKind, Report, Source, slugify
from orgraph.graph.store import Row, Store, Tx

NODE_PACKS: dict[NodeKind, str] = {"Person": "persons", "Team": "teams", "Company": "companies"}


@dataclass(frozen=True)
class LoadResult:
    """What loading one report changed."""

    source_id: str
    path: str | None
    nodes_added: int
    edges_added: int
    edges_updated: int
    edges_unchanged: int

    @property
    def status(self) -> str:
        """``added``, ``updated`` or ``unchanged``, for the user."""
        if self.edges_added or self.nodes_added:
            return "added"
        return "updated" if self.edges_updated else "unchanged"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def edge_to_row(edge: Edge) -> Row:
    """An edge as the flat row the write packs expect (dates as ISO text)."""
    return {
        "id": edge.id,
        "src": edge.src,
        "dst": edge.dst,
        "valid_from": _iso(edge.valid_from),
        "valid_from_precision": edge.valid_from_precision,
        "valid_to": _iso(edge.valid_to),
        "valid_to_precision": edge.valid_to_precision,
        "announced_at": _iso(edge.announced_at),
        "recorded_at": edge.recorded_at.isoformat(),
        "role": edge.role,
        "from_org": edge.from_org,
        "to_org": edge.to_org,
        "status": edge.status,
        "closed_by": edge.closed_by,
        "confidence": edge.confidence,
        "source_ids": edge.source_ids,
        "citations": encode_citations(edge.citations),
    }


def row_to_edge(row: Row) -> Edge:
    """The inverse of :func:`edge_to_row`, from a read pack's row."""
    fields = {k: v for k, v in row.items() if k not in ("citations", "source_ids", "confidence")}
    return Edge(citations=decode_citations(row["citations"]), **fields)


def node_keys(name: str, aliases: list[str]) -> list[str]:
    """The look-up keys of a node: slugs of its name and aliases (case- and accent-blind)."""
    return list(dict.fromkeys(slugify(n) for n in (name, *aliases)))


def _node_row(node: Node, source_ids: list[str]) -> Row:
    row: Row = {
        "id": node.id,
        "name": node.name,
        "aliases": node.aliases,
        "keys": node_keys(node.name, node.aliases),
        "source_ids": source_ids,
    }
    if node.kind == "Team":
        row["company"] = node.company
    return row


def _merge_nodes(tx: Tx, nodes: list[Node], source_id: str) -> tuple[dict[NodeKind, list[Row]], int]:
    """Node rows that need writing (new, new alias, or new source) and how many are new."""
    changed: dict[NodeKind, list[Row]] = {}
    added = 0
    for kind, pack_name in NODE_PACKS.items():
        mine = {n.id: n for n in nodes if n.kind == kind}
        if not mine:
            continue
        stored = {r["id"]: r for r in tx.run(f"_read.{pack_name}_by_id", ids=sorted(mine))}
        for node_id, node in mine.items():
            old = stored.get(node_id)
            if old is None:
                changed.setdefault(kind, []).append(_node_row(node, [source_id]))
                added += 1
                continue
            aliases = list(
                dict.fromkeys([*old["aliases"], *node.aliases, *([node.name] if node.name != old["name"] else [])])
            )
            sources = list(dict.fromkeys([*old["source_ids"], source_id]))
            if (
                aliases != old["aliases"]
                or sources != old["source_ids"]
                or (kind == "Team" and not old.get("company") and node.company)
            ):
                kept = node.model_copy(
                    update={"name": old["name"], "aliases": aliases, "company": old.get("company") or node.company}
                )
                changed.setdefault(kind, []).append(_node_row(kept, sources))
    return changed, added


def write_plan(tx: Tx, plan: Plan) -> None:
    """Upsert and delete edges, grouped by type (one UNWIND per type, never a row at a time)."""
    for edge_type in EDGE_TYPES:
        suffix = edge_type.lower()
        upserts = [e for e in plan.upserts if e.type == edge_type]
        if upserts:
            tx.run(f"_write.upsert_{suffix}", rows=[edge_to_row(e) for e in upserts])
            sized = [{"id": e.id, "headcount": e.headcount} for e in upserts if e.headcount is not None]
            if sized:
                tx.run(f"_write.set_headcount_{suffix}", rows=sized)
        deletes = [e.id for e in plan.deletes if e.type == edge_type]
        if deletes:
            tx.run(f"_write.delete_{suffix}", ids=deletes)


def _source_row(source: Source, now: datetime) -> Row:
    row = source.model_dump(mode="json")
    row["loaded_at"] = now.isoformat()
    return row


def apply_report(tx: Tx, report: Report, now: datetime) -> LoadResult:
    """Merge one report inside an already open write transaction (what :func:`load_report` runs)."""
    from orgraph.graph.resolve import redirect  # resolve builds on this module

    source_id = report.source.id
    resolved = redirect(report, tx.run("_read.merges"))
    node_rows, nodes_added = _merge_nodes(tx, resolved.nodes, source_id)
    for kind, rows in node_rows.items():
        tx.run(f"_write.upsert_{NODE_PACKS[kind]}", rows=rows)
    if not tx.run("_read.source", id=source_id):
        tx.run("_write.upsert_source", rows=[_source_row(report.source, now)])
    existing = [row_to_edge(r) for r in tx.run("_read.edges_touching", ids=sorted({n.id for n in resolved.nodes}))]
    plan = merge_claims(resolved.claims, existing, now)
    write_plan(tx, plan)
    return LoadResult(source_id, report.source.path, nodes_added, plan.added, plan.updated, plan.unchanged)


def load_report(store: Store, report: Report, now: datetime | None = None) -> LoadResult:
    """Merge one report into the store atomically; loading it again changes nothing."""
    at = now or datetime.now(UTC)
    return store.write(lambda tx: apply_report(tx, report, at))


def retract(store: Store, source_id: str) -> Plan:
    """Remove exactly the claims only ``source_id`` supported; keep everything else.

    Raises:
        NotFoundError: no report with that id was ever loaded.
    """

    def work(tx: Tx) -> Plan:
        if not tx.run("_read.source", id=source_id):
            raise NotFoundError(f"no loaded report has source id {source_id!r}; see 'orgraph sources'")
        citing = [row_to_edge(r) for r in tx.run("_read.edges_citing", source_id=source_id)]
        scope_ids = sorted({e.src for e in citing} | {e.dst for e in citing})
        existing = [row_to_edge(r) for r in tx.run("_read.edges_touching", ids=scope_ids)]
        plan = retract_source(source_id, existing)
        write_plan(tx, plan)
        _drop_source_from_nodes(tx, source_id)
        tx.run("_write.delete_sources", ids=[source_id])
        return plan

    return store.write(work)


def _drop_source_from_nodes(tx: Tx, source_id: str) -> None:
    """Forget the source on its nodes; delete nodes no report and no edge supports any more."""
    cited = [row for name in NODE_PACKS.values() for row in tx.run(f"_read.{name}_citing", source_id=source_id)]
    orphans = {(r["kind"], r["id"]) for r in tx.run("_read.orphan_nodes", ids=[r["id"] for r in cited])}
    for kind, pack_name in NODE_PACKS.items():
        keep: list[Row] = []
        gone: list[str] = []
        for row in (r for r in cited if r["kind"] == kind):
            sources = [s for s in row["source_ids"] if s != source_id]
            if not sources and (kind, row["id"]) in orphans:
                gone.append(row["id"])
            else:
                keep.append({**{k: v for k, v in row.items() if k != "kind"}, "source_ids": sources})
        if keep:
            tx.run(f"_write.upsert_{pack_name}", rows=keep)
        if gone:
            tx.run(f"_write.delete_{pack_name}", ids=gone)
