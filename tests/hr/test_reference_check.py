"""The engine guard of issue 2: the packs' answers on a generated org of a few thousand people
agree with an independent pandas + networkx reference (benchmarks/baseline.py), on every store.

The larger cross-check before an engine upgrade is ``benchmarks/engine_check.py``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from orgraph.graph.bulk import load_hr
from orgraph.graph.store import Store

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))  # benchmarks/ is scripts, not a package

import baseline  # noqa: E402
import engine_check  # noqa: E402
import synth  # noqa: E402

SIZE = 1200  # positions; about 2,600 people over the ten years


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth.write(SIZE, tmp_path_factory.mktemp("synth") / "hr.csv", seed=11)


def test_packs_agree_with_the_reference(store: Store, export: Path) -> None:
    load_hr(store, export)
    tables = baseline.build(export)
    dates = [date(2020, 2, 15), date(2023, 9, 15)]  # the second is also diffed against the first
    found = engine_check.cross_check(store, tables, dates, people=120, seed=3, log=lambda _: None, quarters=24)
    assert found == []


def test_the_reference_questions_are_not_trivial(export: Path) -> None:
    """A check over empty answers would pass on a broken engine: the generated org must give
    every question something to answer."""
    tables = baseline.build(export)
    day = date(2021, 2, 15)
    org = baseline.org_at(tables, "acme", day)
    assert len(org) >= SIZE * 0.95
    graph = baseline.reporting_graph(tables, day)
    chains = baseline.chains(graph, [p for p, *_ in org[:50]])
    assert max(len(c) for c in chains.values()) >= 3
    changes = {row[0] for row in baseline.org_diff(tables, "acme", date(2020, 2, 15), day)}
    assert {"join", "leave", "move", "new_manager"} <= changes
    rates = baseline.attrition(tables, "acme", baseline.quarters(date(2019, 1, 1), 4))
    assert sum(r[0] for r in rates.values()) > 0
