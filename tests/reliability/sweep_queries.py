"""Test harness: run every public pack query on a store, with the given friendly params.

``python sweep_queries.py STORE key=value ...`` prints ``<query> <rows>`` per query; a
user-fixable OrgraphError prints ``<query> error: ...``; anything else is a crash (non-zero
exit). The test runs it as a subprocess with a time limit, so a query that never ends fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

from orgraph.errors import OrgraphError
from orgraph.graph.kuzu_store import KuzuStore
from orgraph.params import prepare


def main(folder: str, *pairs: str) -> None:
    """Run each public query of the catalog once."""
    given = dict(pair.split("=", 1) for pair in pairs)
    with KuzuStore(Path(folder), read_only=True) as store:
        for query in store.catalog.public():
            if query.dialect not in (None, store.dialect):
                continue
            try:
                params = prepare(store, query, {k: v for k, v in given.items() if k in query.params})
                rows = store.run_query(store.query(query.full_name), params)
                print(query.full_name, len(rows), flush=True)
            except OrgraphError as err:
                print(query.full_name, f"error: {err}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
