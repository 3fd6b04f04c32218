"""Hostile text in reports is data: stored verbatim (every value is a parameter), shown
verbatim by json and csv, neutralised in the terminal table and in error lines, and escaped
in the drawn HTML page."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from orgraph.graph.model import slugify
from tests.reliability.support import EXAMPLE, assert_one_error, cli, snapshot

HOSTILE = [
    "'}) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "Robert'); DROP TABLE Person;--",
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "\x1b[31mred\x1b[0m\x1b]0;title\x07 \x1b[2J",
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2",
    "@SUM(A1:A9)",
    "line one\nline two\ttabbed\rreturn",
    "\u202eevil\u202c and \u2066isolate\u2069",
    "$person {as_of} `tick` \\backslash \\\\ double",
    "名前 Ünïcödé 🙂",
    "nul\x00byte and \x7f delete and \x9b csi",
    "L" + "o" * 100_000 + "ng",
]
AS_OF = "2025-08-01"
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _name(i: int, text: str) -> str:
    return f"{text} #{i}"


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example story plus one person per hostile text, all reporting to one boss."""
    root = tmp_path_factory.mktemp("hostile")
    facts = {
        "version": 1,
        "title": HOSTILE[0],
        "cites": [{"key": "k", "title": HOSTILE[3], "publisher": HOSTILE[4], "url": "javascript:alert(1)"}],
        "people": [{"name": "Boss Person"}] + [{"name": _name(i, h), "aliases": [h]} for i, h in enumerate(HOSTILE)],
        "facts": [
            {
                "type": "REPORTS_TO",
                "person": _name(i, h),
                "manager": "Boss Person",
                "valid_from": "2025-01",
                "role": h,
                "quote": h,
                "cite": "k",
            }
            for i, h in enumerate(HOSTILE)
        ],
    }
    path = root / "hostile.json"
    # Escaped (\\u001b): YAML, which reads JSON files, refuses raw DEL and C1 characters.
    path.write_text(json.dumps(facts), encoding="utf-8")
    store = root / "store"
    assert cli("load", EXAMPLE, "--store", store).code == 0
    ran = cli("load", path, "--store", store)
    assert ran.code == 0, ran.stderr
    assert not _UNSAFE.search(ran.stdout)
    return store


def _reports(store: Path, fmt: str) -> str:
    ran = cli(
        "query",
        "run",
        "reorg.direct_reports",
        "-p",
        "person=boss-person",
        "-p",
        f"as_of={AS_OF}",
        "--format",
        fmt,
        "--store",
        store,
    )
    assert ran.code == 0, ran.stderr
    return ran.stdout


def test_nothing_was_deleted_or_run(hostile_store: Path) -> None:
    nodes = snapshot(hostile_store)["nodes"]
    names = {dict(row)["name"] for row in nodes}
    assert {"Ruoming Pang", "Zhifeng Chen", "Apple", "Meta"} <= names
    assert {_name(i, h) for i, h in enumerate(HOSTILE)} <= names


def test_json_round_trips_exactly(hostile_store: Path) -> None:
    rows = json.loads(_reports(hostile_store, "json"))
    assert sorted(r["report"] for r in rows) == sorted(_name(i, h) for i, h in enumerate(HOSTILE))
    assert sorted(r["role"] for r in rows) == sorted(HOSTILE)


def test_csv_round_trips_and_never_starts_a_formula(hostile_store: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_reports(hostile_store, "csv"))))
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@"), cell

    def unquote(cell: str) -> str:  # the documented rule: one leading ' is the escape
        return cell[1:] if cell.startswith("'") else cell

    assert sorted(unquote(r["role"]) for r in rows) == sorted(HOSTILE)
    assert sorted(unquote(r["report"]) for r in rows) == sorted(_name(i, h) for i, h in enumerate(HOSTILE))


def test_table_neutralises_control_and_direction_characters(hostile_store: Path) -> None:
    table = _reports(hostile_store, "table")
    assert not _UNSAFE.search(table)
    assert "\\u001b[31mred" in table  # shown, not acted on
    assert max(len(line) for line in table.splitlines()) < 1000  # long names are cut in the table


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_every_name_is_found_and_answered_verbatim(hostile_store: Path, i: int) -> None:
    ran = cli(
        "reports-to", slugify(_name(i, HOSTILE[i])), "--as-of", AS_OF, "--format", "json", "--store", hostile_store
    )
    assert ran.code == 0, ran.stderr
    [row] = json.loads(ran.stdout)
    assert row["person"] == _name(i, HOSTILE[i]) and row["role"] == HOSTILE[i]


def test_sources_and_citations_keep_hostile_metadata(hostile_store: Path) -> None:
    [source] = [
        s
        for s in json.loads(cli("sources", "--format", "json", "--store", hostile_store).stdout)
        if s["path"].endswith("hostile.json")
    ]
    assert source["title"] == HOSTILE[0]
    edges = [dict(r) for r in snapshot(hostile_store)["edges"] if dict(r)["dst"] == "boss-person"]
    quotes = sorted(json.loads(e["citations"])[0]["quote"] for e in edges)
    assert quotes == sorted(HOSTILE)


def test_error_lines_neutralise_hostile_input(hostile_store: Path) -> None:
    line = assert_one_error(cli("reports-to", "\x1b[2J\x1b]0;pwned\x07", "--store", hostile_store))
    assert not _UNSAFE.search(line)
    weird = hostile_store.parent / "bad\x1b[31m.yaml"
    weird.write_text("version: 2\n")
    line = assert_one_error(cli("load", weird, "--store", hostile_store))
    assert not _UNSAFE.search(line) and "\\u001b[31m" in line


def test_drawn_page_escapes_hostile_names(hostile_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "org.html"
    ran = cli("draw", "--around", "Boss Person", "--as-of", AS_OF, "--out", out, "--store", hostile_store)
    assert ran.code == 0, ran.stderr
    page = out.read_text(encoding="utf-8")
    # Names reach the page only as escaped JSON (\\u003c) and escaped HTML (&lt;), never as markup.
    assert "<script>alert(" not in page and "<img src=x onerror" not in page
    assert "onerror=alert(1)\\u003e" in page  # it is there, as inert text
    assert "\x1b" not in page and "\u202e" not in page and "\x00" not in page  # (the bundled library has \x85)


def test_raw_control_characters_in_a_facts_file_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "raw.yaml"
    path.write_text('people: [{name: "nul\x7f"}]\n', encoding="utf-8")
    assert_one_error(cli("load", path, "--store", tmp_path / "store"), "raw.yaml", "control characters")


def test_notebook_renderings_escape_hostile_names(hostile_store: Path) -> None:
    """What a notebook shows: a query's DataFrame and an inline drawing, both as HTML."""
    from orgraph import OrgGraph

    with OrgGraph.open(hostile_store) as graph:
        frame = graph.query("reorg.direct_reports", person="boss-person", as_of=AS_OF)
        assert _name(3, HOSTILE[3]) in set(frame["report"])  # stored and returned verbatim
        table = frame._repr_html_()
        cell = graph.draw(around="Boss Person", as_of=AS_OF)._repr_html_()
    assert table is not None and "&lt;script&gt;alert(" in table  # (pandas shortens long cells)
    for html in (table, cell):
        assert "<script>alert(" not in html and "<img src=x onerror" not in html
