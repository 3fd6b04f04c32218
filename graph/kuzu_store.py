"""The embedded default store: Kuzu, in-process, one database file in a folder.

Kuzu runs the same Cypher query packs as Neo4j (a Python re-implementation of each query
would drift). Its quirks stay here: typed schema creation, explicit BEGIN/COMMIT, the file
lock that keeps two writers apart, and the engine's error messages turned into one line.

Two processes on one store serialise: the engine's file lock lets one process open the
store at a time, so opening waits (a bounded time) for the other to finish before giving
up with a clear message. Reads run in read-only transactions, so a query that writes is
refused by the engine itself, not only by the checks above it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import kuzu

from orgraph.errors import StoreError, first_line
from orgraph.graph.store import SCHEMA_VERSION, BulkStep, Row, Store, T
from orgraph.queries.packs import Catalog, Query

DB_FILE = "graph.kuzu"

#: How long opening waits for another process to release the store before giving up.
LOCK_WAIT_SECONDS = 60.0


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

    def __init__(
        self,
        folder: Path,
        *,
        read_only: bool = False,
        create: bool = True,
        catalog: Catalog | None = None,
        lock_wait: float = LOCK_WAIT_SECONDS,
    ) -> None:
        super().__init__(catalog)
        self.folder = folder
        db_path = folder / DB_FILE
        # Only a writer that may create the store makes one; any other open of a missing store
        # is a mistyped --store (or nothing loaded yet), and must leave no empty store behind.
        if (read_only or not create) and not db_path.exists():
            raise StoreError(f"{folder}: no orgraph store here yet; load a report first")
        try:
            if not read_only:
                folder.mkdir(parents=True, exist_ok=True)
            self._db = _open_waiting(db_path, read_only, lock_wait)
            self._conn = kuzu.Connection(self._db)
        except (RuntimeError, OSError) as err:
            raise StoreError(_open_error(db_path, err, lock_wait)) from err
        try:
            self._check_schema(read_only)
        except BaseException:
            self.close()  # release the file lock: the caller never gets a store to close
            raise

    def _check_schema(self, read_only: bool) -> None:
        """Create the schema on a new store; refuse a store written by another schema version."""
        tables = {row["name"] for row in self.execute("CALL show_tables() RETURN name AS name", {})}
        if not tables and not read_only:

            def create(_: KuzuTx) -> None:
                # One transaction: a process killed while creating leaves no half-made schema.
                for statement in _statements(self.query("_schema.create").text):
                    self.execute(statement, {})
                self.execute(self.query("_schema.set_version").text, {"version": SCHEMA_VERSION})

            self.write(create)
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
            assert not isinstance(result, list)  # one statement in, one result out
            columns = result.get_column_names()
            rows = [dict(zip(columns, values, strict=True)) for values in result.get_all()]
            result.close()
        except RuntimeError as err:
            raise StoreError(f"{where}: embedded engine error: {first_line(err)}") from err
        except UnicodeDecodeError as err:
            # Text that is not UTF-8 can only come from damaged store pages.
            raise StoreError(
                f"{self.folder / DB_FILE}: store is damaged (unreadable text in {where}); "
                "reload your reports into a new --store folder"
            ) from err
        return rows

    def _read_query(self, query: Query, params: dict[str, Any]) -> list[Row]:
        """Run ``query`` in a read-only transaction: the engine refuses any write in it."""
        self.execute("BEGIN TRANSACTION READ ONLY", {})
        try:
            rows = self.execute(query.text, params, where=query.full_name)
        except BaseException:
            with contextlib.suppress(RuntimeError):
                self._conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT", {})
        return rows

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

    bulk_atomic = True

    def bulk_load(self, steps: Sequence[BulkStep]) -> list[object]:
        """Run every step in one transaction; tables go in with COPY from an Arrow table parameter.

        Arrow columns carry real nulls and types (dates as date32), so the engine neither parses
        text nor meets the object columns its DataFrame scan mishandles (it crashes on text
        columns mixing None and str beyond ~20k rows in kuzu 0.11.3).

        Kuzu 0.11.3 attaches COPY'd edges to the wrong node when their endpoint was created by
        MERGE in the same transaction *and* other nodes of that table were COPY'd in it: so
        callers COPY all new nodes of a table, or none.
        """

        def work(tx: KuzuTx) -> list[object]:
            results: list[object] = []
            for step in steps:
                if callable(step):
                    results.append(step(tx))
                elif step[1].num_rows:
                    name, table, params = step
                    tx.run(name, rows=table, **params)
            return results

        return self.write(work)

    def close(self) -> None:
        """Close the connection and database, releasing the file lock."""
        self._conn.close()
        self._db.close()


def _is_locked(err: BaseException) -> bool:
    return "lock" in str(err).lower()


def _open_waiting(db_path: Path, read_only: bool, lock_wait: float) -> kuzu.Database:
    """Open the database, retrying while another process holds its file lock, for ``lock_wait`` s."""
    deadline = time.monotonic() + lock_wait
    pause = 0.05
    while True:
        try:
            return kuzu.Database(str(db_path), read_only=read_only)
        except RuntimeError as err:
            replay = read_only and "replay" in str(err).lower()
            if not (_is_locked(err) or replay) or time.monotonic() + pause > deadline:
                raise
            if replay:
                # A writer was killed, or is closing, with its log not yet applied: a read-write
                # open applies it (committed work only), after which read-only opens work again.
                with contextlib.suppress(RuntimeError):
                    kuzu.Database(str(db_path)).close()
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _open_error(db_path: Path, err: BaseException, lock_wait: float) -> str:
    """Turn the engine's open failures into a sentence a user can act on."""
    if _is_locked(err):
        return (
            f"{db_path}: store is in use by another orgraph process (waited {lock_wait:g} s); "
            "try again when it has finished"
        )
    text = first_line(err)
    if "version" in text.lower():
        return f"{db_path}: store was written by an incompatible engine version ({text}); use a new --store folder"
    if "not a valid" in text.lower():
        return f"{db_path}: not an orgraph store, or damaged ({text})"
    return f"{db_path}: cannot open embedded store ({text})"
