"""The one store interface both engines implement.

A store runs pack queries by name (``store.read("reorg.reports_to", person=..., as_of=...)``)
in read transactions, and runs a unit of work atomically with :meth:`Store.write`. Engine
differences (drivers, type conversion, transactions, schema) live only in the engine's own
module; everything above this interface is shared.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

from orgraph.queries.packs import Catalog, Dialect, Query, coerce_params, load_catalog

if TYPE_CHECKING:
    import pyarrow as pa

T = TypeVar("T")
Row = dict[str, Any]

#: Bumped when the stored schema changes incompatibly; a store of another version is refused.
SCHEMA_VERSION = "1"

#: Rows per write transaction when an engine has no bulk import of its own (batched UNWIND).
BULK_BATCH = 5000


class Tx(Protocol):
    """An open transaction: run pack queries inside it."""

    def run(self, name: str, /, **params: Any) -> list[Row]:
        """Run the pack query ``name`` with ``params``; return its rows as dicts."""
        ...

    def run_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        """Run an already-looked-up query."""
        ...


#: One step of :meth:`Store.bulk_load`: (pack query, Arrow table of new rows, params the rows
#: share), or work in a transaction.
BulkStep: TypeAlias = "tuple[str, pa.Table, dict[str, Any]] | Callable[[Tx], object]"


class Store(ABC):
    """Base of the embedded and Neo4j stores.

    Subclasses set :attr:`dialect` and implement the raw execution hooks; the pack lookup,
    parameter checking and shape of results are shared here.
    """

    dialect: Dialect

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    def query(self, name: str) -> Query:
        """The pack query ``name`` in this store's dialect."""
        return self.catalog.get(name, self.dialect)

    def read(self, name: str, /, **params: Any) -> list[Row]:
        """Run a read-only pack query in a read transaction."""
        query = self.query(name)
        return self.run_query(query, params)

    def run_query(self, query: Query, params: Mapping[str, Any], write: bool = False) -> list[Row]:
        """Run a (possibly user-supplied) query after checking and converting its parameters.

        Raises:
            QueryError: a declared parameter is missing or an unknown one is given.
        """
        values = coerce_params(query, params)
        if write:
            return self.write(lambda tx: tx.run_query(query, values))
        return self._read_query(query, values)

    @abstractmethod
    def _read_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        """Run ``query`` in a read transaction."""

    @abstractmethod
    def write(self, work: Callable[[Tx], T]) -> T:
        """Run ``work`` in one write transaction: all of it commits, or none of it."""

    #: Whether :meth:`bulk_load` commits everything in one transaction.
    bulk_atomic = False

    def bulk_load(self, steps: Sequence[BulkStep]) -> list[object]:
        """Run bulk-write steps in order: a table of *new* rows for a pack query, or a function of a transaction.

        A table pairs a pack query taking ``rows`` (see ``queries/_bulk.cypher``) with an Arrow
        table and the query's other params.
        This default sends each table in batches of :data:`BULK_BATCH` rows, one write transaction
        per batch (never one per row), and each function in its own transaction, so it is not
        atomic as a whole: callers undo a failed load themselves. Engines with a bulk import
        override it (see :attr:`bulk_atomic`). Returns what each function step returned.
        """
        results: list[object] = []
        for step in steps:
            if callable(step):
                results.append(self.write(step))
                continue
            name, table, params = step
            for start in range(0, table.num_rows, BULK_BATCH):
                rows = table.slice(start, BULK_BATCH).to_pylist()
                self.write(lambda tx, n=name, r=rows, p=params: tx.run(n, rows=r, **p))  # type: ignore[misc]
        return results

    @abstractmethod
    def close(self) -> None:
        """Release the engine's resources."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
