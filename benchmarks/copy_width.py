"""How the embedded engine's bulk import of edges scales with the edge table's width.

Why: the 100k-person load (issue 6) spends most of its time in ``COPY`` of about 1.6M timed
edges, and the engine's cost there follows the number of property columns *declared* on the
relationship table, even when only one is written. This measures it on its own, with random
person-to-person edges and nothing else of orgraph, so the finding can be re-checked against
a new engine build before the schema is redesigned around it.

For each width it creates a fresh database, copies ``--people`` nodes, then copies
``--edges`` edges writing only the ``id`` column, and prints the seconds. ``wide`` is the
16-column schema every orgraph edge table has (``_schema.cypher``).

Usage::

    python benchmarks/copy_width.py [--people 100000] [--edges 950000] [--fwd]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import kuzu
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

WIDTHS = {
    "id only": "id STRING",
    "id + 4 date columns": "id STRING, valid_from DATE, valid_to DATE, from_precision STRING, to_precision STRING",
    "wide (orgraph's 16)": (
        "id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, "
        "announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, "
        "status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING"
    ),
}


def _ids(prefix: str, numbers: np.ndarray) -> pa.Array:
    """String ids like ``p123`` for an array of integers."""
    return pc.binary_join_element_wise(prefix, pa.array(numbers).cast(pa.string()), "")


def time_copy(columns: str, people: int, edges: int, fwd: bool, seed: int = 1) -> float:
    """Seconds to COPY ``edges`` random edges (id column only) into a table declaring ``columns``."""
    rng = np.random.default_rng(seed)
    nodes = pa.table({"id": _ids("p", np.arange(people))})
    rows = pa.table({
        "src": _ids("p", np.sort(rng.integers(0, people, edges))),
        "dst": _ids("p", rng.integers(0, people, edges)),
        "id": _ids("e", np.arange(edges)),
    })  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        db = kuzu.Database(str(Path(folder) / "db"))
        conn = kuzu.Connection(db)
        conn.execute("CREATE NODE TABLE P(id STRING, PRIMARY KEY(id))")
        direction = " WITH (storage_direction='fwd')" if fwd else ""
        conn.execute(f"CREATE REL TABLE R(FROM P TO P, {columns}){direction}")
        conn.execute("COPY P FROM (LOAD FROM $nodes RETURN id)", {"nodes": nodes})
        started = time.perf_counter()
        conn.execute("COPY R(id) FROM (LOAD FROM $rows RETURN src, dst, id)", {"rows": rows})
        seconds = time.perf_counter() - started
        conn.close()
        db.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=950_000)
    parser.add_argument("--fwd", action="store_true", help="store edges forward only (no backward index)")
    args = parser.parse_args()
    print(f"kuzu {kuzu.__version__}: COPY of {args.edges:,} edges between {args.people:,} people, id column only")
    for name, columns in WIDTHS.items():
        seconds = time_copy(columns, args.people, args.edges, args.fwd)
        print(f"  {name:<22} {columns.count(',') + 1:>2} columns  {seconds:6.2f} s")


if __name__ == "__main__":
    main()
