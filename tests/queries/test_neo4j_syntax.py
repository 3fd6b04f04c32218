"""Every query Neo4j would run is checked with Neo4j's own Cypher parser, offline.

No Neo4j server runs here, so the texts only the Neo4j store runs (its dialect variants) would
otherwise never be parsed. The parser is the npm package ``@neo4j-cypher/language-support``,
pinned in ``package.json``/``package-lock.json`` beside this file and installed with ``npm ci``
into a cache folder on first use; without Node.js/npm, or when the install fails, these tests
skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from orgraph.queries.packs import load_catalog

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "orgraph" / "cypher-lint"


def _linter() -> Path:
    """The folder holding lint.mjs and its installed parser (installing it when missing)."""
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("Node.js and npm are not installed: cannot run Neo4j's Cypher parser")
    lock = (HERE / "package-lock.json").read_text(encoding="utf-8")
    installed = CACHE / "package-lock.json"
    if not installed.is_file() or installed.read_text(encoding="utf-8") != lock:
        CACHE.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(HERE / name, CACHE / name)
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=CACHE,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            installed.unlink(missing_ok=True)  # retry next time instead of trusting a half install
            pytest.skip(f"could not install @neo4j-cypher/language-support with npm ci: {done.stderr.strip()[:300]}")
    shutil.copy(HERE / "lint.mjs", CACHE / "lint.mjs")
    return CACHE


def _lint(texts: dict[str, str], workers: int = 2) -> dict[str, list[str]]:
    """Errors per text; the texts are split over ``workers`` node processes (parsing is CPU-bound)."""
    folder = _linter()
    items = [{"name": k, "text": v} for k, v in texts.items()]
    chunks = [items[i::workers] for i in range(workers) if items[i::workers]]

    def run(chunk: list[dict[str, str]]) -> dict[str, list[str]]:
        done = subprocess.run(
            ["node", "lint.mjs"],
            cwd=folder,
            input=json.dumps(chunk),
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        found: dict[str, list[str]] = json.loads(done.stdout)
        return found

    result: dict[str, list[str]] = {}
    with ThreadPoolExecutor(len(chunks)) as pool:
        for found in pool.map(run, chunks):
            result.update(found)
    return result


def _statements(name: str, text: str) -> dict[str, str]:
    """Multi-statement texts (the schema pack) are checked one statement at a time."""
    parts = [s.strip() for s in text.split(";\n") if s.strip().rstrip(";")]
    return {name: text} if len(parts) == 1 else {f"{name}#{i + 1}": s.rstrip(";") for i, s in enumerate(parts)}


def test_every_query_neo4j_runs_parses_with_neo4js_parser() -> None:
    catalog = load_catalog()
    texts: dict[str, str] = {}
    for (name, dialect), query in catalog.queries.items():
        if dialect == "kuzu" or (dialect is None and (name, "neo4j") in catalog.queries):
            continue  # not what Neo4j runs
        texts.update(_statements(f"{name} [{dialect or 'common'}]", query.text))
    errors = {name: found for name, found in _lint(texts).items() if found}
    assert len(texts) > 40
    assert not errors, json.dumps(errors, indent=2)


def test_the_variants_exist_and_the_parser_rejects_the_embedded_path_syntax() -> None:
    """The check above is worth something only if the parser rejects the other dialect's syntax.

    (exit_clusters differs only in a function name, ``to_days``, which a parser cannot judge.)
    """
    catalog = load_catalog()
    variants = sorted(name for name, dialect in catalog.queries if dialect == "neo4j" and not name.startswith("_"))
    assert variants == [
        "attrition.exit_clusters",
        "reorg.chain_of_command",
        "reorg.chains_of_command",
        "reorg.reports_under",
    ]
    found = _lint({"embedded": catalog.get("reorg.chain_of_command", "kuzu").text})
    assert any("ACYCLIC" in message for message in found["embedded"]), found
