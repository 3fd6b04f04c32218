"""The CLI as a user meets it: every command documented, errors as one line with exit 2,
and one real run of the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from orgraph.cli import app
from tests.conftest import EXAMPLES, REPO

runner = CliRunner()
EXAMPLE = str(EXAMPLES / "apple-ai-2025.yaml")


def _commands(command: Any, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for name, sub in getattr(command, "commands", {}).items():
        found.append((f"{prefix}{name}", sub))
        found += _commands(sub, f"{prefix}{name} ")
    return found


def test_every_command_has_help_with_an_example() -> None:
    commands = _commands(typer.main.get_command(app))
    assert {"load", "extract", "reports-to", "after-departure", "stats", "demo"} <= {n for n, _ in commands}
    for name, command in commands:
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        if not getattr(command, "commands", None):  # groups list their commands instead
            assert "Example: orgraph" in result.output, f"'{name} --help' shows no example"


def test_load_query_and_formats(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "s")]
    result = runner.invoke(app, ["load", EXAMPLE, *store])
    assert result.exit_code == 0, result.output
    assert "added" in result.output and "+17 edges" in result.output
    again = runner.invoke(app, ["load", EXAMPLE, *store])
    assert "unchanged" in again.output and "0 changed the graph" in again.output

    rows = json.loads(
        runner.invoke(app, ["after-departure", "Ruoming Pang", "--as-of", "2025-08-01", "-f", "json", *store]).output
    )
    lead = next(r for r in rows if r["section"] == "team_successors")
    assert (lead["team"], lead["new_lead"], lead["new_lead_since"]) == ("AFM", "Zhifeng Chen", "2025-07-01")

    table = runner.invoke(app, ["after-departure", "pang", "--as-of", "2025-08-01", *store]).output
    assert "Ruoming Pang left Apple in 2025-07 for Meta (joined 2021)." in table
    assert "now led by Zhifeng Chen since 2025-07" in table

    csv_out = runner.invoke(app, ["stats", "-f", "csv", *store]).output.splitlines()
    assert csv_out[0] == "kind,count" and "WORKED_AT,7" in csv_out
    assert json.loads(runner.invoke(app, ["reports-to", "Zhifeng Chen", "-f", "json", *store]).output) == []


def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\npeople: [{name: A B}]\nfacts:\n  - {type: REPORTS_TO, person: A B, manager: C D}\n")
    store = tmp_path / "s"
    result = runner.invoke(app, ["load", EXAMPLE, str(bad), "--store", str(store)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {bad}:facts[0].manager: unknown person 'C D' (declare it under 'people')"
    assert not store.exists(), "a load refused before any write left a store folder behind"
    # Into a store that exists: it keeps exactly what it had.
    assert runner.invoke(app, ["load", EXAMPLE, "--store", str(store)]).exit_code == 0
    before = runner.invoke(app, ["stats", "-f", "json", "--store", str(store)]).output
    again = runner.invoke(app, ["load", EXAMPLE, str(bad), "--store", str(store)])
    assert again.exit_code == 2 and store.exists()
    assert runner.invoke(app, ["stats", "-f", "json", "--store", str(store)]).output == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["reports-to", "Nobody Here"], "error: no person matches 'Nobody Here'"),
        (["retract", "feedface"], "error: no loaded report has source id 'feedface'"),
        (["load", "missing.yaml"], "error: missing.yaml: no such file"),
    ],
)
def test_user_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    runner.invoke(app, ["load", EXAMPLE, "--store", str(tmp_path / "s")])
    result = runner.invoke(app, [*args, "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["load"], "error: Missing argument 'paths'. (see 'orgraph load --help')"),
        (["nosuch"], "error: No such command 'nosuch'. (see 'orgraph --help')"),
        (
            ["reports-to", "Ruoming Pang", "--as-of", "nope"],
            "error: Invalid value for '--as-of': 'nope' is not a date YYYY-MM-DD (see 'orgraph reports-to --help')",
        ),
        (["stats", "--bogus"], "error: No such option: --bogus (see 'orgraph stats --help')"),
    ],
)
def test_usage_errors_are_one_line_before_any_store_is_opened(tmp_path: Path, args: list[str], line: str) -> None:
    store = tmp_path / "never-made"
    result = runner.invoke(app, [*args, "--store", str(store)] if args[0] != "nosuch" else args, prog_name="orgraph")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [line]
    assert not store.exists()


@pytest.mark.parametrize(
    "args",
    [["retract", "feedface"], ["merge", "A", "B"], ["unmerge", "1"], ["query", "run", "reorg.reports_to", "--write"]],
)
def test_writing_commands_do_not_create_a_store(tmp_path: Path, args: list[str]) -> None:
    store = tmp_path / "never-made"
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: {store}: no orgraph store here yet; load a report first"]
    assert not store.exists()


def test_retract_through_the_cli(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "s")]
    runner.invoke(app, ["load", EXAMPLE, *store])
    (source,) = json.loads(runner.invoke(app, ["sources", "-f", "json", *store]).output)
    result = runner.invoke(app, ["retract", source["id"], *store])
    assert result.exit_code == 0 and "17 edges removed" in result.output
    assert json.loads(runner.invoke(app, ["sources", "-f", "json", *store]).output) == []


def test_console_script_runs_the_demo_for_real(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "orgraph"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    done = subprocess.run(
        [str(script), "demo", str(EXAMPLES), "--store", str(tmp_path / "s"), "--as-of", "2025-08-01"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Team AFM, about 100 people: now led by Zhifeng Chen since 2025-07." in done.stdout
    assert "Ruoming Pang left Apple in 2025-07 for Meta" in done.stdout


def test_generic_top_level_names_are_not_importable(tmp_path: Path) -> None:
    code = "import importlib.util as u; print(u.find_spec('graph'), u.find_spec('loaders'), u.find_spec('queries'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.strip() == "None None None"
    ok = subprocess.run(
        [sys.executable, "-c", "import orgraph.graph.model, orgraph.queries.packs"], cwd=tmp_path, check=False
    )
    assert ok.returncode == 0
    assert (REPO / "src" / "orgraph" / "graph").is_symlink()
