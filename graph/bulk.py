"""Loading HR exports: the bulk path, and when to use it instead of the merge path.

An HR export states hundreds of thousands of timed facts about people no news report has
named (HR ids are not name slugs). Merging each claim against the graph
(:func:`orgraph.graph.ingest.load_report`) would take hours for that, so:

* **Reload**: the file's content hash is its source id; when the store has that source, the
  file is not even parsed.
* **Bulk path** (used whenever the store holds none of the file's people, whatever the size):
  the teams, companies and PART_OF facts (a few hundred) go through the normal merge rules,
  so they meet news facts about the same teams and companies; the people and their
  WORKED_AT/REPORTS_TO/MEMBER_OF edges (new by definition) are written as whole tables with
  the engine's bulk import (:meth:`~orgraph.graph.store.Store.bulk_load`: Kuzu ``COPY`` in one
  transaction; Neo4j batched ``UNWIND``). The rows written are exactly those the merge path
  would write for the same file: same ids, properties and citations (tested).
* **Merge path**: a file naming people the store already has (say a second export that
  overlaps the first) merges claim by claim, which is only practical for small files; a large
  one is refused with a message saying so.

On Neo4j the bulk path commits in batches; a failure deletes what it wrote, but a process
killed half way leaves a partial load behind (``orgraph retract <source id>`` removes it).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from orgraph.errors import InputError
from orgraph.graph.ingest import LoadResult, apply_report, load_report, retract
from orgraph.graph.model import Node, Report
from orgraph.graph.store import BulkStep, Row, Store, Tx
from orgraph.loaders.hr import ColumnMap, HRTable, read_hr, slug_column, source_id_of

#: Files naming people the store already has merge claim by claim, which is quadratic: this many rows at most.
MERGE_MAX_ROWS = 2000

#: Edge types the bulk path writes as tables, and the pack query that writes each.
BULK_EDGES = {"WORKED_AT": "_bulk.worked_at", "REPORTS_TO": "_bulk.reports_to", "MEMBER_OF": "_bulk.member_of"}


def load_hr(store: Store, path: Path, mapping: ColumnMap | None = None, now: datetime | None = None) -> LoadResult:
    """Load one HR export; a file already loaded is recognised by its hash before it is parsed.

    Raises:
        InputError: the file is invalid (nothing written), or too large to merge with people
            the store already has.
    """
    source_id = source_id_of(path)
    if store.read("_read.source", id=source_id):
        return LoadResult(source_id, str(path), 0, 0, 0, 0)
    return load_hr_table(store, read_hr(path, mapping), now)


def load_hr_table(store: Store, table: HRTable, now: datetime | None = None, *, bulk: bool | None = None) -> LoadResult:
    """Write a validated HR table, choosing the bulk or merge path (``bulk`` forces one).

    Raises:
        InputError: the bulk path was asked for (or the file is large) but the store already
            has some of the file's people.
    """
    now = now or datetime.now(UTC)
    source = table.source
    if store.read("_read.source", id=source.id):
        return LoadResult(source.id, source.path, 0, 0, 0, 0)
    merges = store.read("_read.merges")
    known = _known_people(store, table, merges)
    if bulk is None:
        bulk = known == 0
    if not bulk:
        if known and table.rows > MERGE_MAX_ROWS:
            raise InputError(
                source.path or source.id,
                f"{known} of its people are already in the store; an HR export of more than "
                f"{MERGE_MAX_ROWS} rows loads only into a store that does not know its people yet "
                "(load it first, or into a new --store)",
            )
        return load_report(store, table.to_report(), now)
    if known:
        raise InputError(source.path or source.id, f"{known} of its people are already in the store; cannot bulk load")
    return _bulk(store, table, now, merges)


def _known_people(store: Store, table: HRTable, merges: list[Row]) -> int:
    """How many of the file's people the store has, or has merged into someone else."""
    ids = table.persons["id"].tolist()
    merged = {m["merged"] for m in merges if m["kind"] == "Person"}
    present = store.read("_bulk.persons_present", ids=ids)
    return int(present[0]["n"] if present else 0) + len(merged.intersection(ids))


def _bulk(store: Store, table: HRTable, now: datetime, merges: list[Row]) -> LoadResult:
    # Every new person goes in with the bulk import (the engine must not mix imported and
    # merged nodes of one table in a transaction); the rare renamed ones then get their
    # aliases through the merge rules, with the teams, companies and PART_OF facts.
    aliased = table.persons["aliases"].str.len() > 0
    renamed = [
        Node(kind="Person", id=i, name=n, aliases=list(a))
        for i, n, a in table.persons[aliased][["id", "name", "aliases"]].itertuples(index=False)
    ]
    small = Report(source=table.source, nodes=[*table.companies, *table.teams, *renamed], claims=table.part_of_claims())
    redirect = _redirects(merges)
    edges: list[BulkStep] = []
    for edge_type, pack in BULK_EDGES.items():
        rows = table.edges[table.edges["type"] == edge_type]
        if redirect:
            rows = rows.assign(dst=rows["dst"].map(lambda d: redirect.get(d, d)))
        edges.append((pack, edge_rows(table, rows, now)))

    def first(tx: Tx) -> LoadResult:
        return apply_report(tx, small, now)

    steps: list[BulkStep] = [("_bulk.persons", person_rows(table.persons, table.source.id)), first, *edges]
    try:
        done = store.bulk_load(steps)[0]
    except BaseException:
        if not store.bulk_atomic:
            _undo(store, table.source.id, table.persons["id"].tolist())
        raise
    assert isinstance(done, LoadResult)
    written = sum(len(step[1]) for step in edges if not callable(step))
    return LoadResult(
        table.source.id,
        table.source.path,
        done.nodes_added + len(table.persons),
        done.edges_added + written,
        done.edges_updated,
        done.edges_unchanged,
    )


def _redirects(merges: list[Row]) -> dict[str, str]:
    """Team and company ids merged into others → the ids they live on as (chains followed)."""
    target = {m["merged"]: m["kept"] for m in merges if m["kind"] in ("Team", "Company")}
    final = {}
    for start in target:
        node_id, seen = start, set()
        while node_id in target and node_id not in seen:
            seen.add(node_id)
            node_id = target[node_id]
        final[start] = node_id
    return final


def _undo(store: Store, source_id: str, person_ids: list[str]) -> None:
    """Take back a failed non-atomic bulk load: its new people (and their edges), then the rest."""
    for start in range(0, len(person_ids), 5000):
        batch = person_ids[start : start + 5000]
        store.write(lambda tx, ids=batch: tx.run("_write.delete_persons", ids=ids))  # type: ignore[misc]
    if store.read("_read.source", id=source_id):
        retract(store, source_id)


def person_rows(persons: pd.DataFrame, source_id: str) -> pd.DataFrame:
    """New people as the bulk pack's table: id, name, key (slug of the name), source_id."""
    return pd.DataFrame(
        {
            "id": persons["id"].to_numpy(dtype=object),
            "name": persons["name"].to_numpy(dtype=object),
            "key": slug_column(persons["name"]).to_numpy(dtype=object),
            "source_id": source_id,
        }
    )


def _json_strings(quotes: pd.Series) -> np.ndarray:
    """``json.dumps(q, ensure_ascii=False)`` for each quote; plain text skips the encoder."""
    plain = ~quotes.str.contains(r'["\\\x00-\x1f]', regex=True)
    out = ('"' + quotes + '"').to_numpy(dtype=object)
    if not plain.all():
        out[~plain.to_numpy()] = [json.dumps(q, ensure_ascii=False) for q in quotes[~plain]]
    return out


EDGE_COLUMNS = (
    "id",
    "src",
    "dst",
    "valid_from",
    "valid_from_precision",
    "valid_to",
    "valid_to_precision",
    "recorded_at",
    "status",
    "confidence",
    "source_id",
    "citations",
)


def edge_rows(table: HRTable, edges: pd.DataFrame, now: datetime) -> pd.DataFrame:
    """One edge type's new edges as the bulk pack's table, property for property what
    :func:`orgraph.graph.ingest.edge_to_row` gives for the merged claims (an open end is '')."""
    source_id = table.source.id
    if edges.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    # The citation JSON the merge path stores, with the quote cut out (every other field is fixed).
    marker = "\u2063quote\u2063"
    template = json.dumps([table.citation(marker).model_dump(mode="json")], ensure_ascii=False)
    head, tail = template.split(json.dumps(marker, ensure_ascii=False))
    start = edges["valid_from"].dt.strftime("%Y-%m-%d")
    end = edges["valid_to"].dt.strftime("%Y-%m-%d").where(edges["valid_to"].notna(), "")
    # Same key as orgraph.graph.merge.edge_id: type|src|dst|from|to|role|source (None as "None").
    keys = edges["type"] + "|" + edges["src"] + "|" + edges["dst"] + "|" + start + "|" + end.where(end != "", "None")
    ids = [hashlib.sha1(f"{k}|None|{source_id}".encode()).hexdigest()[:16] for k in keys]
    has_end = (end != "").to_numpy()
    return pd.DataFrame(
        {
            "id": np.asarray(ids, dtype=object),
            "src": edges["src"].to_numpy(dtype=object),
            "dst": edges["dst"].to_numpy(dtype=object),
            "valid_from": start.to_numpy(dtype=object),
            "valid_from_precision": "day",
            "valid_to": end.to_numpy(dtype=object),
            "valid_to_precision": np.where(has_end, "day", "").astype(object),
            "recorded_at": now.isoformat(),
            "status": "accepted",
            "confidence": 1.0,
            "source_id": source_id,
            "citations": head + _json_strings(edges["quote"]) + tail,
        }
    )


def prepare_hr(store: Store, paths: list[Path], mapping: ColumnMap | None = None) -> list[HRTable | LoadResult]:
    """Read and validate HR exports before anything is written; files already loaded (by
    content hash) are not parsed and come back as 'unchanged' results."""
    out: list[HRTable | LoadResult] = []
    for path in paths:
        source_id = source_id_of(path)
        if store.read("_read.source", id=source_id):
            out.append(LoadResult(source_id, str(path), 0, 0, 0, 0))
        else:
            out.append(read_hr(path, mapping))
    return out


def finish_hr(store: Store, item: HRTable | LoadResult, now: datetime | None = None) -> LoadResult:
    """Write what :func:`prepare_hr` read (a result passes through)."""
    return item if isinstance(item, LoadResult) else load_hr_table(store, item, now)
