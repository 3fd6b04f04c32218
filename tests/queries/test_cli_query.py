"""The query-pack commands, through typer's CliRunner on a real embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orgraph.api import OrgGraph
from orgraph.cli import app
from tests.queries.conftest import EXAMPLE, LAYERED

runner = CliRunner()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    with OrgGraph.open(folder) as graph:
        graph.load([LAYERED, EXAMPLE])
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_query_list_shows_names_params_and_doc(store_dir: Path) -> None:
    code, out = _run("query", "list", "-f", "json")
    assert code == 0
    listed = {row["name"]: row for row in json.loads(out)}
    assert {"reorg.org_diff", "reorg.after_departure", "attrition.talent_flow", "attrition.exit_clusters"} <= set(
        listed
    )
    assert listed["reorg.org_diff"]["params"] == "company, team='', d1, d2"
    assert listed["attrition.exit_clusters"]["params"].startswith("company='', team='', min_exits=3, within_days=30")
    assert "two dates" in listed["reorg.org_diff"]["doc"]
    code, table = _run("query", "list")
    assert code == 0 and "reorg.chain_of_command" in table


def test_query_run_with_names_and_formats(store_dir: Path) -> None:
    store = ["--store", str(store_dir)]
    code, out = _run(
        "query",
        "run",
        "reorg.chain_of_command",
        "-p",
        "person=Lena Ford",
        "-p",
        "as_of=2025-08-01",
        "-f",
        "json",
        *store,
    )
    assert code == 0, out
    assert [(r["level"], r["manager"]) for r in json.loads(out)] == [
        (1, "Farah Lund"),
        (2, "Cleo Marsh"),
        (3, "Ada Quill"),
    ]
    code, out = _run(
        "query", "run", "attrition.departures", "-p", "company=Apple", "-p", "since=2025", "-f", "csv", *store
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].endswith(",tenure_years") and len(lines) == 3 and "Meta" in lines[2]
    code, out = _run("query", "run", "reorg.reports_to", "-p", "person=Nobody Known", "-p", "as_of=2025-01-01", *store)
    assert code == 2 and "no person matches 'Nobody Known'" in out
    code, out = _run("query", "run", "reorg.nope", *store)
    assert code == 2 and "unknown query 'reorg.nope'" in out
    code, out = _run("query", "run", "reorg.reports_to", "-p", "person", *store)
    assert code == 2 and "not key=value" in out


def test_query_run_refuses_a_writing_pack_without_write(store_dir: Path, tmp_path: Path) -> None:
    pack = tmp_path / "mine.cypher"
    pack.write_text(
        "// name: add_person\n// params: id\n// returns: many\n// Adds a person.\n"
        "MERGE (n:Person {id: $id}) SET n.name = $id RETURN n.id AS id\n\n"
        "// name: people\n// params:\n// returns: many\n// Everyone.\nMATCH (n:Person) RETURN count(n) AS n\n",
        encoding="utf-8",
    )
    store = ["--store", str(store_dir), "--pack", str(pack)]
    code, out = _run("query", "run", "add_person", "-p", "id=zed", *store)
    assert code == 2 and "mine.add_person changes the graph; pass --write" in out
    code, out = _run("query", "run", "people", "-f", "json", *store)
    assert code == 0
    before = json.loads(out)[0]["n"]
    assert before == 46  # 40 people at Northwind and elsewhere, 6 in the Apple example
    code, out = _run("query", "run", "add_person", "-p", "id=zed", "--write", *store)
    assert code == 0, out
    code, out = _run("query", "run", "mine.people", "-f", "json", *store)
    assert json.loads(out) == [{"n": before + 1}]


def test_org_diff_shortcut(store_dir: Path) -> None:
    code, out = _run(
        "org-diff", "Apple", "--from", "2025-06-01", "--to", "2025-08-01", "-f", "json", "--store", str(store_dir)
    )
    assert code == 0, out
    rows = json.loads(out)
    assert [(r["change"], r["person"]) for r in rows] == [
        ("leave", "Tom Gunter"),
        ("leave", "Ruoming Pang"),
        ("lead_change", "Zhifeng Chen"),
    ]
    code, out = _run("org-diff", "Apple", "--from", "2025-08-01", "--to", "2025-09-01", "--store", str(store_dir))
    assert code == 0 and "No changes recorded in Apple" in out
    code, out = _run(
        "org-diff", "Northwind", "--team", "Infra", "--from", "2025-01", "--to", "2025-08", "--store", str(store_dir)
    )
    assert code == 0 and "move" in out and "Lena Ford" in out and "Dana Iqbal" not in out


def test_attrition_shortcut(store_dir: Path) -> None:
    code, out = _run("attrition", "Apple", "--since", "2025", "--until", "2026", "--store", str(store_dir))
    assert code == 0, out
    assert "Departures" in out and "Ruoming Pang" in out and "Meta" in out and "Attrition rate" in out
    code, out = _run(
        "attrition", "Northwind", "--team", "Vision", "--since", "2025", "-f", "json", "--store", str(store_dir)
    )
    rows = json.loads(out)
    assert len([r for r in rows if r["section"] == "departures"]) == 5
    [rate] = [r for r in rows if r["section"] == "rate"]
    assert (rate["unit"], rate["separations"], rate["basis"]) == ("Vision", 5, "stated")
    code, out = _run("attrition", "Initech", "--store", str(store_dir))
    assert code == 2 and "no company matches 'Initech'" in out
