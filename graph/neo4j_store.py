"""The Neo4j store, through the official ``neo4j`` driver over Bolt.

It runs the same packs as the embedded store. What differs is kept here: the driver is
injected (only :mod:`orgraph.config` reads the environment), reads go through read
transactions, writes through managed write transactions (which the driver retries on
transient errors), and Neo4j's temporal types are turned into Python's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.time import Date, DateTime

from orgraph.errors import StoreError
from orgraph.graph.kuzu_store import _statements
from orgraph.graph.store import SCHEMA_VERSION, Row, Store, T
from orgraph.queries.packs import Catalog, Query

#: Errors that mean the server could not be used at all (not a bad query).
_UNREACHABLE = (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, neo4j_errors.AuthError, OSError)


def _native(value: Any) -> Any:
    """Neo4j temporal values as Python ones, so both stores return the same rows."""
    if isinstance(value, Date | DateTime):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    return value


def _rows(result: neo4j.Result) -> list[Row]:
    return [{key: _native(value) for key, value in record.data().items()} for record in result]


class Neo4jTx:
    """A managed Neo4j transaction running pack queries."""

    def __init__(self, store: Neo4jStore, tx: neo4j.ManagedTransaction) -> None:
        self._store = store
        self._tx = tx

    def run(self, name: str, /, **params: Any) -> list[Row]:
        """Run the pack query ``name``."""
        return self.run_query(self._store.query(name), params)

    def run_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        """Run an already-looked-up query."""
        return _rows(self._tx.run(query.text, params))


class Neo4jStore(Store):
    """Graph store on a Neo4j 5.x / 2025.x server; constraints and indexes made on first use."""

    dialect = "neo4j"

    def __init__(self, driver: neo4j.Driver, database: str | None = None, *, catalog: Catalog | None = None) -> None:
        super().__init__(catalog)
        self._driver = driver
        self._database = database
        self._guard(self._driver.verify_connectivity)
        self._ensure_schema()

    def _guard(self, call: Callable[[], T]) -> T:
        """Run ``call``, turning connection and server failures into a one-line StoreError."""
        try:
            return call()
        except _UNREACHABLE as err:
            raise StoreError(f"Neo4j unreachable: {err}") from err
        except neo4j_errors.Neo4jError as err:
            raise StoreError(f"Neo4j error {err.code}: {err.message}") from err
        except neo4j_errors.DriverError as err:
            raise StoreError(f"Neo4j driver error: {err}") from err

    def _ensure_schema(self) -> None:
        for statement in _statements(self.query("_schema.create").text):
            self._guard(lambda s=statement: self._driver.execute_query(s, database_=self._database))  # type: ignore[misc]
        version = self.read("_schema.version")
        if not version:
            self.write(lambda tx: tx.run("_schema.set_version", version=SCHEMA_VERSION))
        elif version[0]["version"] != SCHEMA_VERSION:
            raise StoreError(
                f"Neo4j database has orgraph schema version {version[0]['version']}, "
                f"this orgraph needs {SCHEMA_VERSION}"
            )

    def _read_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            return _rows(tx.run(query.text, params))

        with self._driver.session(database=self._database) as session:
            return self._guard(lambda: session.execute_read(work))

    def write(self, work: Callable[[Neo4jTx], T]) -> T:
        """Run ``work`` in a managed write transaction (retried by the driver if transient)."""
        with self._driver.session(database=self._database) as session:
            return self._guard(lambda: session.execute_write(lambda tx: work(Neo4jTx(self, tx))))

    def close(self) -> None:
        """Close the injected driver."""
        self._driver.close()
