"""Entity resolution beyond exact names: recorded, reversible merges, and fuzzy candidates.

Exact resolution happens at load time (slug ids of canonical names and aliases). What that
misses ("Zhifeng Chen" vs "Z. Chen") a person decides: :func:`candidates` only *proposes*
pairs by fuzzy score — "Apple"/"AppleInsider" and "Meta"/"Metal" score high, so a score
never merges anything on its own. :func:`merge_nodes` then folds one node into another:
its edges are re-pointed through the normal merge rules (agreeing facts meet on one edge),
its names become aliases, and a Merge record keeps everything needed to undo it and to send
later reports that name the merged node to the kept one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha1

from rapidfuzz import fuzz

from orgraph.errors import NotFoundError, OrgraphError
from orgraph.graph.ingest import NODE_PACKS, node_keys, row_to_edge, write_plan
from orgraph.graph.merge import as_claims, merge_claims, strip_citations
from orgraph.graph.model import Citation, Claim, Edge, NodeKind, Report
from orgraph.graph.store import Row, Store, Tx


@dataclass(frozen=True)
class Candidate:
    """Two nodes whose names look alike, for a person to judge."""

    kind: str
    a: str
    b: str
    a_name: str
    b_name: str
    score: float


def candidates(store: Store, threshold: float = 85.0) -> list[Candidate]:
    """Pairs of same-kind nodes whose names score at least ``threshold`` (0-100), best first."""
    rows = store.read("_read.names")
    found = []
    for i, one in enumerate(rows):
        for other in rows[i + 1 :]:
            if one["kind"] != other["kind"]:
                continue
            score = similarity(str(one["kind"]), str(one["name"]), str(other["name"]))
            if score >= threshold:
                found.append(
                    Candidate(
                        str(one["kind"]), str(one["id"]), str(other["id"]), str(one["name"]), str(other["name"]), score
                    )
                )
    return sorted(found, key=lambda c: -c.score)


def similarity(kind: str, a: str, b: str) -> float:
    """Name similarity 0-100; for people, "Z. Chen" and "Zhifeng Chen" (same surname, same
    initial) count as close, which plain edit distance misses."""
    score = float(fuzz.token_sort_ratio(a.casefold(), b.casefold()))
    if kind == "Person":
        x, y = a.replace(".", " ").casefold().split(), b.replace(".", " ").casefold().split()
        if len(x) > 1 and len(y) > 1 and x[-1] == y[-1] and x[0][0] == y[0][0]:
            score = max(score, 90.0)
    return score


def _one(tx: Tx, kind: NodeKind, node_id: str) -> Row:
    rows = tx.run(f"_read.{NODE_PACKS[kind]}_by_id", ids=[node_id])
    if not rows:
        raise NotFoundError(f"no {kind.lower()} with id {node_id!r}")
    return {k: v for k, v in rows[0].items() if k != "kind"}


def _repointed(edge: Edge, drop: str, keep: str) -> list[Claim]:
    return as_claims(edge, keep if edge.src == drop else edge.src, keep if edge.dst == drop else edge.dst)


def _scope(tx: Tx, ids: set[str], exclude: set[str]) -> list[Edge]:
    return [row_to_edge(r) for r in tx.run("_read.edges_touching", ids=sorted(ids)) if r["id"] not in exclude]


def merge_nodes(store: Store, kind: NodeKind, keep: str, drop: str, now: datetime | None = None) -> str:
    """Fold node ``drop`` into ``keep`` (same kind); return the merge id for ``unmerge``."""
    if keep == drop:
        raise OrgraphError(f"cannot merge {keep!r} into itself")
    now = now or datetime.now(UTC)

    def work(tx: Tx) -> str:
        keep_row, drop_row = _one(tx, kind, keep), _one(tx, kind, drop)
        moved = [e for e in _scope(tx, {drop}, set()) if drop in (e.src, e.dst)]
        claims = [c for e in moved for c in _repointed(e, drop, keep)]
        ends = {keep} | {x for c in claims for x in (c.src, c.dst)}
        plan = merge_claims(claims, _scope(tx, ends, {e.id for e in moved}), now)
        plan.deletes = moved
        write_plan(tx, plan)
        added = [
            n
            for n in [drop_row["name"], *drop_row["aliases"]]
            if n not in keep_row["aliases"] and n != keep_row["name"]
        ]
        aliases = [*keep_row["aliases"], *added]
        keep_row.update(
            aliases=aliases,
            keys=node_keys(keep_row["name"], aliases),
            source_ids=list(dict.fromkeys([*keep_row["source_ids"], *drop_row["source_ids"]])),
        )
        tx.run(f"_write.upsert_{NODE_PACKS[kind]}", rows=[keep_row])
        tx.run(f"_write.delete_{NODE_PACKS[kind]}", ids=[drop])
        merge_id = sha1(f"{kind}|{keep}|{drop}|{now.isoformat()}".encode()).hexdigest()[:12]
        payload = {"node": drop_row, "aliases_added": added, "edges": [e.model_dump(mode="json") for e in moved]}
        tx.run(
            "_write.upsert_merge",
            rows=[
                {
                    "id": merge_id,
                    "kind": kind,
                    "kept": keep,
                    "merged": drop,
                    "payload": json.dumps(payload, default=str),
                    "recorded_at": now.isoformat(),
                }
            ],
        )
        return merge_id

    return store.write(work)


def unmerge(store: Store, merge_id: str) -> Row:
    """Undo a merge: restore the merged node and its edges, and take them back out of the kept node.

    Citations that later reports added to the kept node stay with it.
    """

    def work(tx: Tx) -> Row:
        record = next((m for m in tx.run("_read.merges") if m["id"] == merge_id), None)
        if record is None:
            raise NotFoundError(f"no merge with id {merge_id!r}; see 'orgraph merges'")
        kind: NodeKind = record["kind"]
        payload = json.loads(record["payload"])
        restored = [Edge.model_validate(e) for e in payload["edges"]]
        tx.run(f"_write.upsert_{NODE_PACKS[kind]}", rows=[payload["node"]])
        cited = {_cite_key(c) for e in restored for c in e.citations}
        ends = {record["kept"]} | {x for e in restored for x in (e.src, e.dst) if x != record["merged"]}
        plan = strip_citations(lambda c: _cite_key(c) in cited, _scope(tx, ends, set()))
        plan.upserts += restored
        write_plan(tx, plan)
        kept = _one(tx, kind, record["kept"])
        kept["aliases"] = [a for a in kept["aliases"] if a not in payload["aliases_added"]]
        kept["keys"] = node_keys(kept["name"], kept["aliases"])
        tx.run(f"_write.upsert_{NODE_PACKS[kind]}", rows=[kept])
        tx.run("_write.delete_merge", id=merge_id)
        return record

    return store.write(work)


def _cite_key(citation: Citation) -> tuple[str, str, int | None]:
    return (citation.source_id, citation.quote, citation.start)


def redirect(report: Report, merges: list[Row]) -> Report:
    """Send a report's mentions of merged nodes to the nodes they were merged into."""
    target = {(m["kind"], m["merged"]): m["kept"] for m in merges}
    if not target:
        return report

    def final(kind: str, node_id: str) -> str:
        seen = set()
        while (kind, node_id) in target and node_id not in seen:  # follow chains, never loop
            seen.add(node_id)
            node_id = target[(kind, node_id)]
        return node_id

    nodes = [n.model_copy(update={"id": final(n.kind, n.id)}) for n in report.nodes]
    kinds = {n.id: n.kind for n in report.nodes}
    claims = [
        c.model_copy(
            update={
                "src": final(kinds.get(c.src, ""), c.src),
                "dst": final(kinds.get(c.dst, ""), c.dst),
                "from_org": c.from_org and final("Company", c.from_org),
                "to_org": c.to_org and final("Company", c.to_org),
            }
        )
        for c in report.claims
    ]
    unique = list({(n.kind, n.id): n for n in nodes}.values())
    return Report(source=report.source, nodes=unique, claims=claims)
