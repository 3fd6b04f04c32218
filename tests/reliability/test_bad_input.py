"""Bad input through the real CLI: every file of the nasty corpus gives one ``error: ...``
line naming the file, the place and the reason, exit code 2 and an unchanged store; or it
loads cleanly (and loading it again changes nothing). Never a traceback, never a hang."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.reliability.support import (
    EXAMPLE,
    HERE,
    NASTY,
    ORGRAPH,
    Snapshot,
    assert_one_error,
    cli,
    example_store,
    run_bounded,
    snapshot,
)

#: file -> the texts its one error line must contain (place, reason); None = loads cleanly.
EXPECTED: dict[str, tuple[str, ...] | None] = {
    # facts files
    "empty.yaml": ("file is empty",),
    "whitespace-only.yaml": ("file is empty",),
    "binary.yaml": ("binary",),
    "latin1.yaml": ("not valid UTF-8", "byte "),
    "utf16-bom.yaml": ("UTF-16",),
    "utf16-nobom.json": ("UTF-16",),
    "deeply-nested.yaml": (":1:", "nested deeper than 32"),
    "deeply-nested-block.yaml": (":33:", "nested deeper than 32"),
    "billion-laughs.yaml": (":2:", "aliases"),
    "merge-key-alias.yaml": (":2:", "aliases"),
    "python-tag.yaml": (":1:", "python/object"),
    "not-a-mapping.yaml": ("must be a mapping",),
    "truncated.json": (":1:", "malformed JSON"),
    "tab-indented.yaml": (":2:", "malformed YAML"),
    "duplicate-key.yaml": (":5:", "'people' is given twice"),
    "unknown-field.yaml": (":colour:", "Extra inputs"),
    "wrong-version.yaml": (":version:",),
    "date-zero.yaml": (":6:", "'0000-00-00' is not a real day"),
    "date-feb30.yaml": (":6:", "'2025-02-30' is not a real day"),
    "date-feb30-quoted.yaml": (":facts[0].valid_to:", "day is out of range"),
    "date-month-13.yaml": (":facts[0].valid_to:", "month must be in 1..12"),
    "date-words.yaml": (":facts[0].valid_to:", "is not YYYY"),
    "announced-feb30.yaml": (":6:", "not a real day"),
    "cite-published-zero.yaml": (":5:", "not a real day"),
    "ends-before-starts.yaml": (":facts[0]:", "ends before it starts"),
    "reports-to-self.yaml": (":facts[0]:", "cannot report to themselves"),
    "reports-to-self-by-alias.yaml": (":facts[0]:", "cannot report to themselves"),
    "undeclared-person.yaml": (":facts[0].manager:", "unknown person 'Nobody Known'"),
    "missing-end.yaml": (":facts[0]:", "needs 'manager'"),
    "unknown-edge-type.yaml": (":facts[0].type:",),
    "headcount-huge.yaml": (":facts[0].headcount:", "less than or equal"),
    "headcount-negative.yaml": (":facts[0].headcount:",),
    "confidence-nan.yaml": (":facts[0].confidence:",),
    "name-is-number.yaml": (":people[0].name:", "valid string"),
    "name-blank.yaml": (":people[0].name:",),
    "fact-not-a-mapping.yaml": (":facts[0]:",),
    "cycle-reports-to.yaml": None,
    "utf8-bom.yaml": None,
    "crlf.yaml": None,
    # news reports
    "empty.txt": ("file is empty",),
    "binary.txt": ("binary",),
    "latin1.txt": ("not valid UTF-8",),
    "utf16-bom.md": ("NUL",),
    "no-date.txt": ("no publication date",),
    "front-matter-laughs.md": (":3:", "front matter", "aliases"),
    "front-matter-feb30.md": (":2:", "front matter", "not a real day"),
    "front-matter-zero-date.md": (":2:", "front matter", "not a real day"),
    "front-matter-not-mapping.md": (":1:", "front matter must be a mapping"),
    "front-matter-python-tag.md": (":2:", "front matter", "python/object"),
    "scripts.html": None,
    "only-markup.html": ("no article text",),
    "unterminated.html": ("no publication date",),
    # HR exports
    "empty.csv": ("file is empty",),
    "binary.csv": ("binary",),
    "latin1.csv": ("not valid UTF-8",),
    "utf16-bom.csv": ("UTF-16",),
    "hr-date-feb30.csv": (":2:", "'2025-02-30' is not a date"),
    "hr-date-zero.csv": (":2:", "'0000-00-00' is not a date"),
    "hr-ends-before-starts.csv": (":2:", "not after valid_from"),
    "hr-self-manager.csv": (":2:", "reports to themselves"),
    "hr-unknown-manager.csv": (":2:", "'e9' is not a person_id"),
    "hr-missing-column.csv": (":1:", "missing column"),
    "hr-unclosed-quote.csv": ("not a well-formed CSV",),
    "hr-unknown-event.csv": (":2:", "promoted-to-moon"),
    "hr-cycle.csv": None,
}


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in NASTY.iterdir()) == sorted(EXPECTED)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One example store, copied per test (loading it is the slow part)."""
    return example_store(tmp_path_factory.mktemp("base"))


@pytest.fixture(scope="module")
def base_rows(base: Path) -> Snapshot:
    """Everything the example store holds."""
    return snapshot(base)


def _copy(base: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(base, tmp_path / "store"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nasty_file_through_cli(name: str, base: Path, base_rows: Snapshot, tmp_path: Path) -> None:
    store = _copy(base, tmp_path)
    ran = cli("load", NASTY / name, "--store", store)
    needles = EXPECTED[name]
    if needles is None:
        assert ran.code == 0, ran.stderr
        after = snapshot(store)
        assert after != base_rows
        again = cli("load", NASTY / name, "--store", store)
        assert again.code == 0 and "unchanged" in again.stdout
        assert snapshot(store) == after
        return
    assert_one_error(ran, f"error: {NASTY / name}", *needles)
    assert snapshot(store) == base_rows


def test_one_bad_file_means_nothing_is_written(base: Path, tmp_path: Path) -> None:
    """Files are all read before any is written: the good file before the bad one stays out too."""
    store = _copy(base, tmp_path)
    good = tmp_path / "good.yaml"
    good.write_text(
        "version: 1\npeople: [{name: Ann Lee}, {name: Bo Kim}]\n"
        "facts: [{type: REPORTS_TO, person: Ann Lee, manager: Bo Kim}]\n"
    )
    before = snapshot(store)
    ran = cli("load", good, NASTY / "date-feb30.yaml", "--store", store)
    assert_one_error(ran, "date-feb30.yaml:6:")
    assert snapshot(store) == before


def test_a_real_process_prints_one_error_line(base: Path, tmp_path: Path) -> None:
    store = _copy(base, tmp_path)
    before = snapshot(store)
    ran = run_bounded([ORGRAPH, "load", NASTY / "billion-laughs.yaml", "--store", store], timeout=60)
    assert_one_error(ran, "billion-laughs.yaml:2:", "aliases")
    assert snapshot(store) == before


def _fifty_megabytes(path: Path) -> Path:
    line = b"Ann Lee, who led Acme's Core team, left Acme for Initech in July 2025. " * 13 + b"\n"
    with path.open("wb") as out:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    return path


def test_fifty_megabyte_files_are_refused_at_once_in_bounded_memory(base: Path, tmp_path: Path) -> None:
    """One 50 MB file under every loader's suffix (hard links): refused before parsing.

    HR exports may be large (their limit is 2 GB): a 50 MB CSV is parsed, vectorised, in
    bounded time and memory, and here refused for its missing columns.
    """
    big = _fifty_megabytes(tmp_path / "big.bin")
    store = _copy(base, tmp_path)
    before = snapshot(store)
    for suffix in (".yaml", ".json", ".txt", ".md", ".html", ".csv"):
        os.link(big, tmp_path / f"big{suffix}")
    for suffix in (".yaml", ".json", ".md", ".html"):
        assert_one_error(cli("load", tmp_path / f"big{suffix}", "--store", store), f"big{suffix}", "MB; the limit is")
    ran = run_bounded([ORGRAPH, "load", tmp_path / "big.txt", "--store", store], timeout=60, max_rss=400_000_000)
    assert_one_error(ran, "big.txt", "MB; the limit is")
    ran = run_bounded([ORGRAPH, "load", tmp_path / "big.csv", "--store", store], timeout=120, max_rss=1_500_000_000)
    assert_one_error(ran, "big.csv:1:", "missing column")
    assert snapshot(store) == before


def test_pipes_and_devices_are_refused_not_read_forever(tmp_path: Path) -> None:
    """Every loader, in one real (time-bounded) process: a FIFO or /dev/zero is never read."""
    paths = []
    for suffix in (".yaml", ".txt", ".html", ".csv"):
        os.mkfifo(tmp_path / f"pipe{suffix}")
        paths.append(tmp_path / f"pipe{suffix}")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    paths += [tmp_path / "zero.json", tmp_path / "zero.md"]
    ran = run_bounded([sys.executable, HERE / "read_each.py", *paths], timeout=60, max_rss=600_000_000)
    assert ran.code == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines, strict=True):
        assert line.startswith(f"{path}: ") and "not a regular file" in line, line


def test_missing_file_and_unknown_suffix_and_bad_option(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert_one_error(cli("load", tmp_path / "nope.yaml", "--store", store), "nope.yaml", "no such file")
    odd = tmp_path / "notes.docx"
    odd.write_text("x")
    assert_one_error(cli("load", odd, "--store", store), "notes.docx", "unknown file type")
    # A folder with nothing loadable in it (a mistyped folder) is an error, not an empty success.
    empty, fresh = tmp_path / "empty", tmp_path / "fresh-store"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "notes.rst").write_text("x")
    assert_one_error(cli("load", empty, "--store", fresh), "empty", "folder holds no report")
    assert not fresh.exists()
    # A bad option value is a usage error (exit 2, one line with the reason), not a traceback.
    ran = cli("load", EXAMPLE, "--published", "2025-02-30", "--store", store)
    assert ran.code == 2 and len(ran.stderr.splitlines()) == 1
    assert "Invalid value for '--published': '2025-02-30' is not a date YYYY-MM-DD" in ran.stderr
