"""Property-based checks (hypothesis): any bytes into any loader, any facts-shaped document,
any text through every output format, and any report loaded twice."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgraph.cli.output import Format, render
from orgraph.errors import InputError
from orgraph.graph.ingest import load_report
from orgraph.graph.kuzu_store import KuzuStore
from orgraph.graph.model import Citation, Claim, Node, Report, Source
from orgraph.loaders import read_report
from orgraph.loaders.safe_yaml import _PyLoader
from tests.reliability.support import snapshot

SUFFIXES = (".yaml", ".json", ".txt", ".md", ".html", ".csv")
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            report = read_report(path, published=date(2025, 7, 8))
        except InputError as err:
            assert err.path == str(path) and err.reason
            return
        assert isinstance(report, Report)


@QUICK
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_a_report_or_an_input_error(data: bytes, suffix: str) -> None:
    _read(data, suffix)


@QUICK
@given(text=st.text(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_any_text_gives_a_report_or_an_input_error(text: str, suffix: str) -> None:
    _read(text.encode("utf-8", "surrogatepass"), suffix)


_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.dates(),
    st.sampled_from(["2025-02-30", "0000-00-00", "2025-13", "2025", "2025-07"]),
)
_names = st.sampled_from(["Ann Lee", "Bo Kim", "Acme", "Core", "Nobody", "", "Ann Lee "])
_fact = st.fixed_dictionaries(
    {"type": st.sampled_from(["REPORTS_TO", "LEADS", "MEMBER_OF", "WORKED_AT", "PART_OF", "OTHER"])},
    optional={
        "person": _names,
        "manager": _names,
        "team": _names,
        "company": _names,
        "valid_from": _scalar,
        "valid_to": _scalar,
        "announced_at": _scalar,
        "headcount": _scalar,
        "confidence": _scalar,
        "role": _scalar,
        "quote": _scalar,
        "cite": _scalar,
    },
)
_doc = st.fixed_dictionaries(
    {},
    optional={
        "version": st.sampled_from([1, 2, "1"]),
        "people": st.lists(st.fixed_dictionaries({"name": _names}), max_size=3),
        "companies": st.lists(st.fixed_dictionaries({"name": _names}), max_size=2),
        "teams": st.lists(st.fixed_dictionaries({"name": _names}, optional={"company": _names}), max_size=2),
        "facts": st.lists(_fact, max_size=4),
        "extra": _scalar,
    },
)


@settings(max_examples=150, deadline=None)
@given(doc=_doc, as_json=st.booleans())
def test_any_facts_shaped_document_gives_a_report_or_an_input_error(doc: dict[str, Any], as_json: bool) -> None:
    text = json.dumps(doc, default=str) if as_json else yaml.safe_dump(doc, allow_unicode=True)
    _read(text.encode(), ".json" if as_json else ".yaml")


@settings(max_examples=60, deadline=None)
@given(doc=_doc)
def test_the_pure_python_yaml_path_agrees_with_the_c_path(doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True)
    assert yaml.load(text, Loader=_PyLoader) == yaml.safe_load(text)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_cell = st.one_of(
    st.none(), st.text(max_size=200), st.integers(), st.dates(), st.lists(st.text(max_size=10), max_size=3)
)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.fixed_dictionaries({"a": _cell, "b": st.text(max_size=300)}), min_size=1, max_size=5))
def test_every_format_is_exact_or_safe(rows: list[dict[str, Any]]) -> None:
    back = json.loads(render(rows, Format.json))
    assert [r["b"] for r in back] == [r["b"] for r in rows]
    parsed = list(csv.DictReader(io.StringIO(render(rows, Format.csv), newline="")))
    for row, original in zip(parsed, rows, strict=True):
        cell = row["b"]
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
        assert (cell[1:] if cell.startswith("'") else cell) == original["b"]
    assert not _CONTROL.search(render(rows, Format.table).replace("\n", ""))


_people = ["ann-lee", "bo-kim", "cy-poe"]
_claim = st.builds(
    lambda t, src, dst, start, days, role, quote: (t, src, dst, start, days, role, quote),
    st.sampled_from(["REPORTS_TO", "WORKED_AT"]),
    st.sampled_from(_people),
    st.sampled_from(_people),
    st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))),
    st.one_of(st.none(), st.integers(0, 5000)),
    st.one_of(st.none(), st.sampled_from(["CEO", "ceo", "Lead"])),
    st.text(max_size=40),
)


def _report(source: str, specs: list[tuple[Any, ...]]) -> Report:
    nodes = [Node(kind="Person", id=p, name=p.replace("-", " ").title()) for p in _people]
    nodes.append(Node(kind="Company", id="acme", name="Acme"))
    claims = []
    for kind, src, dst, start, days, role, quote in specs:
        if kind == "REPORTS_TO" and src == dst:
            continue
        end = date.fromordinal(start.toordinal() + days) if start and days is not None else None
        claims.append(
            Claim(
                type=kind,
                src=src,
                dst=dst if kind == "REPORTS_TO" else "acme",
                valid_from=start,
                valid_to=end,
                role=role,
                citation=Citation(source_id=source, quote=quote),
            )
        )
    return Report(source=Source(id=source, kind="facts"), nodes=nodes, claims=claims)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(_claim, max_size=6), second=st.lists(_claim, max_size=6))
def test_any_report_loads_and_loading_it_again_changes_nothing(
    first: list[tuple[Any, ...]], second: list[tuple[Any, ...]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store_dir = Path(folder) / "store"
        with KuzuStore(store_dir) as store:
            load_report(store, _report("first", first))
            again = _report("second", second)
            load_report(store, again)
        before = snapshot(store_dir)
        with KuzuStore(store_dir) as store:
            result = load_report(store, again)
        assert (result.edges_added, result.edges_updated, result.nodes_added) == (0, 0, 0)
        assert snapshot(store_dir) == before
