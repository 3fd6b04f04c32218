"""Idempotency and provenance: loading a report again changes nothing; retracting a report
removes exactly what only it supported. And cycles in REPORTS_TO load, and every query
still ends on them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.reliability.support import (
    EXAMPLE,
    HERE,
    NASTY,
    assert_one_error,
    cli,
    run_bounded,
    snapshot,
)

REPORTS = [EXAMPLE, NASTY / "scripts.html", NASTY / "hr-cycle.csv", NASTY / "cycle-reports-to.yaml"]


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_reloading_a_report_is_a_no_op(report: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert cli("load", EXAMPLE, "--store", store).code == 0
    first = cli("load", report, "--store", store)
    assert first.code == 0, first.stderr
    before, stats = snapshot(store), cli("stats", "--format", "json", "--store", store).stdout
    again = cli("load", report, "--store", store)
    assert again.code == 0 and again.stdout.startswith("unchanged"), again.stdout
    assert snapshot(store) == before  # every row, transaction times included
    assert cli("stats", "--format", "json", "--store", store).stdout == stats


def test_reloading_the_seed_reports_is_a_no_op(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed reports not found at {SEEDS}")
    store = tmp_path / "store"
    assert cli("load", EXAMPLE, SEEDS, "--published", "2025-07-08", "--store", store).code == 0
    before = snapshot(store)
    ran = cli("load", EXAMPLE, SEEDS, "--published", "2025-07-08", "--store", store)
    assert ran.code == 0 and "changed the graph" in ran.stdout and "0 changed" in ran.stdout
    assert snapshot(store) == before


_HEAD = "version: 1\ncompanies: [{name: Acme}]\n"
# A and B share two facts (same edge, same bounds) and each states one the other does not.
A = (
    _HEAD
    + """people: [{name: Ann Lee, aliases: [Annie]}, {name: Bo Kim}, {name: Cy Poe}]
facts:
  - {type: REPORTS_TO, person: Ann Lee, manager: Bo Kim, valid_from: 2024-03, quote: A says Ann reports to Bo}
  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 2020, quote: A says Ann joined Acme}
  - {type: REPORTS_TO, person: Cy Poe, manager: Bo Kim, valid_from: 2024-05, quote: only A says Cy reports to Bo}
"""
)
B = (
    _HEAD
    + """people: [{name: Ann Lee}, {name: Bo Kim}, {name: Dee Ray}]
facts:
  - {type: REPORTS_TO, person: Ann Lee, manager: Bo Kim, valid_from: 2024-03, quote: B agrees Ann reports to Bo}
  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 2020, quote: B agrees Ann joined Acme}
  - {type: REPORTS_TO, person: Dee Ray, manager: Ann Lee, valid_from: 2025-01, quote: only B says Dee reports to Ann}
"""
)


def _source_id(store: Path, name: str) -> str:
    rows = json.loads(cli("sources", "--format", "json", "--store", store).stdout)
    return next(r["id"] for r in rows if r["path"].endswith(name))


@pytest.mark.parametrize("order", ["A then B", "B then A"])
def test_retracting_a_equals_never_having_loaded_it(order: str, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(A)
    (tmp_path / "b.yaml").write_text(B)
    files = ["a.yaml", "b.yaml"] if order == "A then B" else ["b.yaml", "a.yaml"]
    both, only_b = tmp_path / "both", tmp_path / "only-b"
    for store, names in ((both, files), (only_b, ["b.yaml"])):
        assert cli("load", EXAMPLE, "--store", store).code == 0
        for name in names:
            assert cli("load", tmp_path / name, "--store", store).code == 0
    ran = cli("retract", _source_id(both, "a.yaml"), "--store", both)
    assert ran.code == 0, ran.stderr
    left, want = (
        _without_aliases(snapshot(both, ignore_times=True, ignore_edge_ids=True)),
        _without_aliases(snapshot(only_b, ignore_times=True, ignore_edge_ids=True)),
    )
    assert left == want
    # Loading A again gives back the two-report graph.
    assert cli("load", tmp_path / "a.yaml", "--store", both).code == 0
    reference = tmp_path / "reference"
    assert cli("load", EXAMPLE, "--store", reference).code == 0
    for name in ("b.yaml", "a.yaml"):
        assert cli("load", tmp_path / name, "--store", reference).code == 0
    assert snapshot(both, ignore_times=True, ignore_edge_ids=True) == snapshot(
        reference, ignore_times=True, ignore_edge_ids=True
    )


def _without_aliases(snap: dict[str, list[tuple[tuple[str, object], ...]]]) -> dict[str, object]:
    nodes = [tuple(kv for kv in row if kv[0] not in ("aliases", "keys")) for row in snap["nodes"]]
    return {**snap, "nodes": sorted(nodes)}


@pytest.mark.xfail(strict=True, reason="aliases have no per-report provenance: a retracted report's aliases stay")
def test_retracting_a_removes_the_aliases_only_it_gave(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(A)
    (tmp_path / "b.yaml").write_text(B)
    store = tmp_path / "store"
    for name in ("a.yaml", "b.yaml"):
        assert cli("load", tmp_path / name, "--store", store).code == 0
    assert cli("retract", _source_id(store, "a.yaml"), "--store", store).code == 0
    ann = next(dict(row) for row in snapshot(store)["nodes"] if ("id", "ann-lee") in row)
    assert ann["aliases"] == ()


def test_retracting_an_unknown_source_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert cli("load", EXAMPLE, "--store", store).code == 0
    before = snapshot(store)
    assert_one_error(cli("retract", "'}) DETACH DELETE n //", "--store", store), "no loaded report")
    assert snapshot(store) == before


CYCLES = (
    _HEAD
    + """people: [{name: Ann Lee}, {name: Bo Kim}, {name: Cy Poe}, {name: Dee Ray}, {name: Eve Ng}]
teams: [{name: Core, company: Acme}]
facts:
  - {type: REPORTS_TO, person: Ann Lee, manager: Bo Kim, valid_from: 2025-01}
  - {type: REPORTS_TO, person: Bo Kim, manager: Ann Lee, valid_from: 2025-01}
  - {type: REPORTS_TO, person: Cy Poe, manager: Dee Ray, valid_from: 2025-01}
  - {type: REPORTS_TO, person: Dee Ray, manager: Eve Ng, valid_from: 2025-01}
  - {type: REPORTS_TO, person: Eve Ng, manager: Cy Poe, valid_from: 2025-01}
  - {type: LEADS, person: Ann Lee, team: Core, valid_from: 2025-01}
  - {type: MEMBER_OF, person: Bo Kim, team: Core, valid_from: 2025-01}
  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 2024}
  - {type: WORKED_AT, person: Cy Poe, company: Acme, valid_from: 2024, valid_to: 2025-06}
"""
)


def test_cycles_load_and_every_query_ends(tmp_path: Path) -> None:
    """Two people reporting to each other (and a 3-cycle) at the same time is suspicious but
    possible in messy news: it loads as stated, and no query loops on it."""
    facts = tmp_path / "cycles.yaml"
    facts.write_text(CYCLES)
    store = tmp_path / "store"
    assert cli("load", facts, "--store", store).code == 0
    for person in ("ann-lee", "cy-poe"):
        ran = run_bounded(
            [
                sys.executable,
                HERE / "sweep_queries.py",
                store,
                f"person={person}",
                f"key={person}",
                "company=acme",
                "team=core",
                "as_of=2025-03-01",
                "since=2024-01-01",
                "until=2025-12-31",
                "d1=2024-06-01",
                "d2=2025-03-01",
                "ids=ann-lee,bo-kim,cy-poe,dee-ray,eve-ng",
                "persons=ann-lee,cy-poe",
                "everyone=true",
            ],
            timeout=120,
        )
        assert ran.code == 0, ran.stderr
        lines = dict(line.split(" ", 1) for line in ran.stdout.splitlines())
        assert "reorg.chain_of_command" in lines and lines["reorg.reports_to"] == "1"
        # Only a param this sweep cannot build (a list of maps) may be missing; nothing fails in the engine.
        assert not [n for n, out in lines.items() if "engine error" in out and n != "attrition.attrition_by_period"]
    chain = json.loads(
        cli(
            "query",
            "run",
            "reorg.chain_of_command",
            "-p",
            "person=Cy Poe",
            "-p",
            "as_of=2025-03-01",
            "--format",
            "json",
            "--store",
            store,
        ).stdout
    )
    # The walk never repeats an edge (a trail), so it ends: on this 3-cycle it lists Dee, Eve,
    # Cy himself and Dee again (4 rows) -- bounded by the cycle's edges, but it does repeat.
    assert 3 <= len(chain) <= 5
    assert {row["manager_id"] for row in chain} == {"dee-ray", "eve-ng", "cy-poe"}
