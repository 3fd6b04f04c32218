"""Running pack queries the way users do (friendly params) and reading answers compactly."""

from __future__ import annotations

from typing import Any

from orgraph.api import OrgGraph
from orgraph.params import derive, prepare


def ask(graph: OrgGraph, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of ``name`` with names for ids, partial dates and defaults, as the API and CLI run it."""
    query = graph.store.query(name)
    return derive(graph.store.run_query(query, prepare(graph.store, query, params)))


def pick(rows: list[dict[str, Any]], *columns: str) -> list[tuple[Any, ...]]:
    """The given columns of every row, sorted (engines may order ties differently)."""
    return sorted((tuple(row[c] for c in columns) for row in rows), key=repr)
