"""`orgraph draw` and the demo's drawing, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from orgraph.cli import app
from orgraph.draw import remote_references
from tests.conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> list[str]:
    where = ["--store", str(tmp_path / "s")]
    assert runner.invoke(app, ["load", str(EXAMPLES), *where]).exit_code == 0
    return where


def test_draw_a_company_a_diff_and_around_a_person(store: list[str], tmp_path: Path) -> None:
    out = tmp_path / "pics" / "apple.html"
    result = runner.invoke(app, ["draw", "--company", "Apple", "--as-of", "2025-08-01", "--out", str(out), *store])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}: Apple as of 2025-08-01 (12 nodes, 12 lines)"
    assert remote_references(out.read_text(encoding="utf-8")) == []

    changes = tmp_path / "changes.html"
    result = runner.invoke(
        app, ["draw", "--company", "Apple", "--diff", "2025-06-01", "2025-08-01", "-o", str(changes), *store]
    )
    assert result.exit_code == 0, result.output
    assert "Apple: changes 2025-06-01 → 2025-08-01" in result.output

    near = tmp_path / "pang.html"
    result = runner.invoke(
        app, ["draw", "--around", "Pang", "--depth", "2", "--as-of", "2025-08-01", "-o", str(near), *store]
    )
    assert result.exit_code == 0 and "Around Ruoming Pang (2 hops)" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--company", "Apple", "--team", "AFM"], "error: choose one of --company, --team or --around"),
        (["--company", "Initech"], "error: no company matches 'Initech'"),
        (["--diff", "2025-08-01", "2025-06-01"], "the second date must come after the first"),
        (["--diff", "2025-06-01", "2025-08-01", "--as-of", "2025-08-01"], "give --diff D1 D2 or --as-of, not both"),
        (["--as-of", "August"], "'August' is not a date YYYY-MM-DD"),
    ],
)
def test_draw_refuses_bad_options_in_one_line(store: list[str], tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "x.html"
    result = runner.invoke(app, ["draw", *args, "-o", str(out), *store])
    assert result.exit_code == 2 and message in result.output
    assert not out.exists()


def test_demo_writes_the_org_drawing(tmp_path: Path) -> None:
    out = tmp_path / "out" / "org.html"
    args = ["demo", str(EXAMPLES), "--store", str(tmp_path / "s"), "--as-of", "2025-08-01", "--draw-to", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"Drew Apple as of 2025-08-01 (12 nodes): open {out} in a browser" in result.output
    page = out.read_text(encoding="utf-8")
    assert "Ruoming Pang" in page and "Zhifeng Chen" in page
