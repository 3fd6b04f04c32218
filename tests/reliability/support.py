"""Shared tools for the reliability suite: whole-store snapshots, CLI runs (in process and
as real subprocesses, bounded in time and memory), and the example store to start from."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from typer.testing import CliRunner

from orgraph.cli import app
from orgraph.graph.kuzu_store import KuzuStore
from orgraph.queries.packs import PACK_DIR, load_catalog
from tests.conftest import EXAMPLES, REPO

HERE = Path(__file__).resolve().parent
NASTY = HERE / "nasty"
DUMP_PACK = HERE / "dump.cypher"
EXAMPLE = EXAMPLES / "apple-ai-2025.yaml"
ORGRAPH = Path(sys.executable).parent / "orgraph"

#: Whole-store contents: the dump pack's tables plus the entity merges.
Snapshot = dict[str, list[tuple[tuple[str, Any], ...]]]
#: Transaction-time columns: the only ones allowed to differ between equal histories.
TIMES = ("recorded_at", "loaded_at")


def _frozen(row: dict[str, Any], drop: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items() if k not in drop))


def snapshot(folder: Path, *, ignore_times: bool = False, ignore_edge_ids: bool = False) -> Snapshot:
    """Every node, edge, source, merge and meta row of the embedded store in ``folder``, sorted.

    ``ignore_edge_ids`` also drops edge ids (and ``closed_by``, which names one): an edge's id
    comes from the first claim that made it, so the same fact first stated by another report
    has another id.
    """
    drop = TIMES if ignore_times else ()
    catalog = load_catalog(PACK_DIR, DUMP_PACK)
    with KuzuStore(folder, read_only=True, catalog=catalog) as store:
        tables = {name: store.read(f"dump.{name}") for name in ("nodes", "edges", "sources", "meta")}
        tables["merges"] = store.read("_read.merges")
    if ignore_times:
        for row in tables["merges"]:
            row.pop("id", None)
    if ignore_edge_ids:
        for row in tables["edges"]:
            row.pop("id", None)
            row.pop("closed_by", None)
    return {name: sorted(_frozen(r, drop) for r in rows) for name, rows in tables.items()}


@dataclass
class Ran:
    """What one CLI run printed and returned."""

    code: int
    stdout: str
    stderr: str
    peak_rss: int = 0
    seconds: float = 0.0


def cli(*args: str | Path, env: dict[str, str] | None = None) -> Ran:
    """Run the CLI in process (typer's runner), stdout and stderr kept apart."""
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback is a failure of the suite, shown as one
    return Ran(result.exit_code, result.stdout, result.stderr)


def run_bounded(
    args: list[str | Path], *, timeout: float = 60.0, max_rss: int = 1_500_000_000, cwd: Path | None = None
) -> Ran:
    """Run a real process, killing it (and failing) past ``timeout`` seconds or ``max_rss`` bytes."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("NEO4J_URI", None)
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(a) for a in args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd
    )
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.Error:
            break
        if peak > max_rss or time.monotonic() - started > timeout:
            proc.kill()
            proc.communicate()
            raise AssertionError(f"{args}: unbounded (rss {peak / 1e6:.0f} MB, {time.monotonic() - started:.0f} s)")
        time.sleep(0.02)
    out, err = proc.communicate()
    return Ran(proc.returncode, out, err, peak, time.monotonic() - started)


def assert_one_error(ran: Ran, *needles: str) -> str:
    """The run failed with exit code 2 and exactly one ``error: ...`` line naming ``needles``."""
    lines = ran.stderr.strip().splitlines()
    assert ran.code == 2, (ran.code, ran.stdout, ran.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: "), ran.stderr
    assert "Traceback" not in ran.stderr + ran.stdout
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def example_store(tmp_path: Path, name: str = "store") -> Path:
    """A store folder holding the example story (so 'unchanged' means something)."""
    folder = tmp_path / name
    ran = cli("load", EXAMPLE, "--store", folder)
    assert ran.code == 0, ran.stderr
    return folder


def write_facts(path: Path, people: int, *, name: str = "Person", quote: str = "stated") -> Path:
    """A synthetic facts file: ``people`` people at one company in a reporting chain."""
    lines = ["version: 1", "companies: [{name: Acme}]", "people:"]
    lines += [f"  - name: {name} {i:05d}" for i in range(people)]
    lines += ["facts:"]
    for i in range(people):
        lines += [
            "  - type: WORKED_AT",
            f"    person: {name} {i:05d}",
            "    company: Acme",
            "    valid_from: 2020-01-01",
            f"    quote: {quote!r}",
        ]
        if i:
            boss = f"{name} {i - 1:05d}"
            lines += [f"  - {{type: REPORTS_TO, person: {name} {i:05d}, manager: {boss}, valid_from: 2021}}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
