"""Shared fixtures, and the one switch for tests that need a Neo4j server.

Set ``NEO4J_URI`` (with ``NEO4J_USERNAME``/``NEO4J_PASSWORD``) to also run every store test
against that server; without it those runs are skipped, saying so.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgraph.config import Settings
from orgraph.graph.kuzu_store import KuzuStore
from orgraph.graph.store import Store

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "seeds"

NEO4J_SKIP = "NEO4J_URI is not set: no Neo4j server to test against (see README, 'Testing against Neo4j')"


def _wipe_neo4j(store: Store) -> None:
    store.write(lambda tx: tx.run("_write.delete_all"))


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each available kind (the conformance parameter)."""
    if request.param == "embedded":
        opened: Store = KuzuStore(tmp_path / "store")
    else:
        if not os.environ.get("NEO4J_URI"):
            pytest.skip(NEO4J_SKIP)
        opened = Settings.from_env().open_store()
        _wipe_neo4j(opened)
    try:
        yield opened
    finally:
        if request.param == "neo4j":
            _wipe_neo4j(opened)
        opened.close()
