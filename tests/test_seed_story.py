"""The canonical story end to end: the examples, plus the two seed reports when they are
present beside the repository (they are not part of it), resolve to one graph."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgraph.api import OrgGraph
from orgraph.loaders import ALL_SUFFIXES
from orgraph.loaders.files import expand_paths
from tests.conftest import EXAMPLES, SEEDS


def _people_named(graph: OrgGraph, key: str) -> list[str]:
    return [str(r["id"]) for r in graph.rows("people.find", key=key)]


def test_examples_and_seeds_give_one_pang_one_apple_one_meta(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed reports not found at {SEEDS}")
    with OrgGraph.open(tmp_path / "s") as graph:
        results = graph.load([EXAMPLES, SEEDS], published=date(2025, 7, 8))
        expected = list(expand_paths([EXAMPLES, SEEDS], ALL_SUFFIXES))
        assert [r.path for r in results] == [str(p) for p in expected]
        assert _people_named(graph, "ruoming-pang") == ["ruoming-pang"]
        assert _people_named(graph, "pang") == ["ruoming-pang"]
        companies = {str(r["id"]) for r in graph.rows("_read.names") if r["kind"] == "Company"}
        assert {"apple", "meta", "google"} <= companies
        assert not {c for c in companies if c.startswith(("meta-", "apple-"))}, companies
        answer = graph.after_departure("Ruoming Pang", date(2025, 8, 1))
        latest = answer["departure"][0]  # newest first; the seeds also tell of his earlier exit from Google
        assert (latest["company"], latest["destination"], latest["left_on"]) == ("Apple", "Meta", date(2025, 7, 1))
        moves = {(r["company"], r["destination"]) for r in answer["departure"]}
        assert moves <= {("Apple", "Meta"), ("Google", "Apple")}
        assert ("AFM", "Zhifeng Chen") in {(r["team"], r["new_lead"]) for r in answer["team_successors"]}
