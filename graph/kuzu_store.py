"""The embedded default store: Kuzu, in-process, one database file in a folder.

Kuzu runs the same Cypher query packs as Neo4j (a Python re-implementation of each query
would drift). Its quirks stay here: typed schema creation, explicit BEGIN/COMMIT, the file
lock that keeps two writers apart, and the engine's error messages turned into one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import kuzu

from orgraph.errors import StoreError
from orgraph.graph.store import SCHEMA_VERSION, Row, Store, T
from orgraph.queries.packs import Catalog, Query

DB_FILE = "graph.kuzu"


def _statements(text: str) -> list[str]:
    """Split a multi-statement DDL text on the semicolons that end its lines."""
    return [s.strip() for s in text.split(";\n") if s.strip().rstrip(";")]


class KuzuTx:
    """A transaction on the embedded store (the connection, inside BEGIN ... COMMIT)."""

    def __init__(self, store: KuzuStore) -> None:
        self._store = store

    def run(self, name: str, /, **params: Any) -> list[Row]:
        """Run the pack query ``name``."""
        return self.run_query(self._store.query(name), params)

    def run_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        """Run an already-looked-up query."""
        return self._store.execute(query.text, params, where=query.full_name)


class KuzuStore(Store):
    """Graph store in ``folder/graph.kuzu``, created with its schema on first use."""

    dialect = "kuzu"

    def __init__(self, folder: Path, *, read_only: bool = False, catalog: Catalog | None = None) -> None:
        super().__init__(catalog)
        self.folder = folder
        db_path = folder / DB_FILE
        if read_only and not db_path.exists():
            raise StoreError(f"{folder}: no orgraph store here yet; load a report first")
        try:
            if not read_only:
                folder.mkdir(parents=True, exist_ok=True)
            self._db = kuzu.Database(str(db_path), read_only=read_only)
            self._conn = kuzu.Connection(self._db)
        except (RuntimeError, OSError) as err:
            raise StoreError(_open_error(db_path, err)) from err
        self._check_schema(read_only)

    def _check_schema(self, read_only: bool) -> None:
        """Create the schema on a new store; refuse a store written by another schema version."""
        tables = {row["name"] for row in self.execute("CALL show_tables() RETURN name AS name", {})}
        if not tables and not read_only:
            for statement in _statements(self.query("_schema.create").text):
                self.execute(statement, {})
            self.execute(self.query("_schema.set_version").text, {"version": SCHEMA_VERSION})
            return
        found = self.execute(self.query("_schema.version").text, {}) if "Meta" in tables else []
        version = found[0]["version"] if found else None
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.folder}: store has schema version {version or 'unknown'}, this orgraph needs "
                f"{SCHEMA_VERSION}; load your reports into a new --store folder"
            )

    def execute(self, text: str, params: dict[str, Any], where: str = "query") -> list[Row]:
        """Run Cypher text and return rows as dicts keyed by column alias."""
        try:
            result = self._conn.execute(text, params)
        except RuntimeError as err:
            raise StoreError(f"{where}: embedded engine error: {_first_line(err)}") from err
        assert not isinstance(result, list)  # one statement in, one result out
        columns = result.get_column_names()
        rows = [dict(zip(columns, values, strict=True)) for values in result.get_all()]
        result.close()
        return rows

    def _read_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        return self.execute(query.text, params, where=query.full_name)

    def write(self, work: Callable[[KuzuTx], T]) -> T:
        """Run ``work`` between BEGIN TRANSACTION and COMMIT; roll back on any error."""
        self.execute("BEGIN TRANSACTION", {})
        try:
            result = work(KuzuTx(self))
        except BaseException:
            # A failed statement already rolls the engine's transaction back; roll back
            # explicitly for failures raised in Python between statements.
            with contextlib.suppress(RuntimeError):
                self._conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT", {})
        return result

    def close(self) -> None:
        """Close the connection and database, releasing the file lock."""
        self._conn.close()
        self._db.close()


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def _open_error(db_path: Path, err: BaseException) -> str:
    """Turn the engine's open failures into a sentence a user can act on."""
    text = str(err)
    if "lock" in text.lower():
        return f"{db_path}: store is in use by another orgraph process; wait for it to finish"
    return f"{db_path}: cannot open embedded store ({_first_line(err)})"
