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
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from orgraph.errors import InputError
from orgraph.graph.citations import encode as encode_citations
from orgraph.graph.ingest import LoadResult, apply_report, load_report, retract
from orgraph.graph.model import Node, Report
from orgraph.graph.store import BulkStep, Row, Store, Tx
from orgraph.loaders.hr import TEXT, ColumnMap, HRTable, read_hr, slug_column, source_id_of

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
    shared = edge_params(table.source.id, now)
    edges: list[BulkStep] = []
    for edge_type, pack in BULK_EDGES.items():
        rows = table.edges[table.edges["type"] == edge_type]
        if redirect:
            rows = rows.assign(dst=rows["dst"].map(lambda d: redirect.get(d, d)))
        edges.append((pack, edge_rows(table, rows), shared))

    # Arrow's allocator keeps freed blocks for reuse; hand them back before the engine needs its share.
    pa.default_memory_pool().release_unused()

    def first(tx: Tx) -> LoadResult:
        return apply_report(tx, small, now)

    people: BulkStep = ("_bulk.persons", person_rows(table.persons), {"source_id": table.source.id})
    steps: list[BulkStep] = [people, first, *edges]
    try:
        done = store.bulk_load(steps)[0]
    except BaseException:
        if not store.bulk_atomic:
            _undo(store, table.source.id, table.persons["id"].tolist())
        raise
    assert isinstance(done, LoadResult)
    written = sum(step[1].num_rows for step in edges if not callable(step))
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


def person_rows(persons: pd.DataFrame) -> pa.Table:
    """New people as the bulk pack's table: id, name, key (slug of the name)."""
    return pa.table(
        {
            "id": _text(persons["id"]),
            "name": _text(persons["name"]),
            "key": _text(slug_column(persons["name"].astype(TEXT))),
        }
    )


def _text(values: pd.Series) -> pa.Array:
    """A text column as one Arrow string array (no Python objects on the way)."""
    array = pa.array(values.astype(TEXT).array)
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return array.cast(pa.string())


def _day_array(values: pd.Series) -> pa.Array:
    """datetime64 → Arrow date32 (NaT → null): the store's DATE, no text parsing in the engine."""
    days = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    return pa.array(days.astype(np.int32), mask=np.isnat(days)).cast(pa.date32())


def _json_quotes(quotes: pa.Array) -> pa.Array:
    """``json.dumps(q, ensure_ascii=False)`` of each quote, as Arrow kernels; rows holding a
    rarer control character than a line break or tab go through the encoder itself."""
    escaped = quotes
    for char, escape in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        escaped = pc.replace_substring(escaped, char, escape)
    out = pc.binary_join_element_wise('"', escaped, '"', "")
    odd = pc.match_substring_regex(quotes, r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
    if pc.any(odd).as_py():
        rows = np.flatnonzero(odd.to_numpy(zero_copy_only=False))
        fixed = [json.dumps(q, ensure_ascii=False) for q in quotes.take(pa.array(rows)).to_pylist()]
        values = out.to_pylist()
        for row, text in zip(rows, fixed, strict=True):
            values[row] = text
        out = pa.array(values, pa.string())
    return out


#: Columns of an edge table for the bulk packs (the rest are the same for every row: params).
EDGE_COLUMNS = ("src", "dst", "id", "valid_from", "valid_to", "valid_to_precision", "citations")


def edge_params(source_id: str, now: datetime) -> dict[str, Any]:
    """The properties every new HR edge shares, as the bulk packs' params."""
    return {
        "precision": "day",
        "recorded_at": now.isoformat(),
        "status": "accepted",
        "confidence": 1.0,
        "source_id": source_id,
    }


def edge_rows(table: HRTable, edges: pd.DataFrame) -> pa.Table:
    """One edge type's new edges as the bulk pack's table: with :func:`edge_params`, property
    for property what :func:`orgraph.graph.ingest.edge_to_row` gives for the merged claims."""
    source_id = table.source.id
    if edges.empty:
        return pa.table(
            {
                c: pa.array([], pa.date32() if c.startswith("valid_") and "prec" not in c else pa.string())
                for c in EDGE_COLUMNS
            }
        )
    # The stored citation text the merge path writes, with the quote cut out (every other field is fixed).
    marker = "\u2063quote\u2063"
    head, tail = encode_citations([table.citation(marker)]).split(json.dumps(marker, ensure_ascii=False))
    kind, src, dst = _text(edges["type"]), _text(edges["src"]), _text(edges["dst"])
    start, end = _day_array(edges["valid_from"]), _day_array(edges["valid_to"])
    # Same key as orgraph.graph.merge.edge_id: type|src|dst|from|to|role|source (None as "None").
    ends = pc.fill_null(end.cast(pa.string()), "None")
    keys = pc.binary_join_element_wise(kind, src, dst, start.cast(pa.string()), ends, f"None|{source_id}", "|")
    ids = [hashlib.sha1(k).hexdigest()[:16] for k in keys.cast(pa.binary()).to_pylist()]
    return pa.table(
        {
            "src": src,
            "dst": dst,
            "id": pa.array(ids, pa.string()),
            "valid_from": start,
            "valid_to": end,
            "valid_to_precision": pc.if_else(pc.is_null(end), pa.scalar(None, pa.string()), "day"),
            "citations": pc.binary_join_element_wise(head, _json_quotes(_text(edges["quote"])), tail, ""),
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
