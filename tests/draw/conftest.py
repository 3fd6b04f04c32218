"""Fixtures for the drawing tests: the example org loaded into a store, and one real browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from orgraph.api import OrgGraph
from orgraph.graph.kuzu_store import KuzuStore
from orgraph.graph.store import Store
from tests.conftest import EXAMPLES

from .browser import chromium, unavailable


@pytest.fixture
def seeded(store: Store) -> OrgGraph:
    """The example org (examples/apple-ai-2025.yaml) in a fresh store of each kind."""
    graph = OrgGraph(store)
    graph.load([EXAMPLES])
    return graph


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[OrgGraph]:
    """A fresh embedded store, for tests that are about the page rather than the engine."""
    with OrgGraph(KuzuStore(tmp_path / "store")) as graph:
        yield graph


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, network off; skipped with the reason when it is not installed."""
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    with chromium() as driver:
        yield driver
