"""Fixtures for the query-pack tests: the layered fixture org and the seed example, in every store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from orgraph.api import OrgGraph
from orgraph.graph.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXAMPLE = Path(__file__).resolve().parent.parent.parent / "examples" / "apple-ai-2025.yaml"
LAYERED = FIXTURES / "layered_org.yaml"


@pytest.fixture
def org(store: Store) -> Iterator[OrgGraph]:
    """Northwind Labs (tests/fixtures/layered_org.yaml) and the Apple example, loaded into ``store``."""
    graph = OrgGraph(store)
    graph.load([LAYERED, EXAMPLE])
    yield graph
