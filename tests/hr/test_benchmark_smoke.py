"""benchmarks/run.py end to end on a tiny org: it runs, prints its JSON line, and its answers
agree with the baseline. Correctness only: timings are printed by the benchmark, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
QUERIES = ("org_at", "reports_to", "chains", "attrition", "org_diff", "draw")


def test_run_prints_agreeing_figures_as_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(RUN), "--sizes", "300", "--json", "--cache", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["size"] == 300
    assert figures["agree"] is True and figures["problems"] == []
    for key in ("load_s", "reload_s", "peak_rss_mb", *(f"{q}_s" for q in QUERIES), *(f"{q}_ratio" for q in QUERIES)):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert figures["rows"]["org_at"] >= 290 and figures["rows"]["chain_rows"] > 0
    assert "answers agree with the baseline" in done.stdout
