"""The people and graph lookups, friendly params, and that every reorg/attrition query is tested."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgraph.api import OrgGraph
from orgraph.errors import NotFoundError, QueryError
from orgraph.params import default_text, optional
from orgraph.queries.packs import load_catalog
from tests.queries.helpers_queries import ask, pick

HERE = Path(__file__).resolve().parent


def test_history_lists_every_stint(org: OrgGraph) -> None:
    rows = ask(org, "people.history", person="Ivo Brandt")
    assert pick(rows, "type", "other", "valid_from", "valid_to") == [
        ("MEMBER_OF", "Platform", date(2018, 1, 1), date(2023, 6, 1)),
        ("MEMBER_OF", "Platform", date(2024, 9, 1), None),
        ("REPORTS_TO", "Farah Lund", date(2018, 1, 1), date(2023, 6, 1)),
        ("REPORTS_TO", "Farah Lund", date(2024, 9, 1), None),
        ("WORKED_AT", "Northwind Labs", date(2018, 1, 1), date(2023, 6, 1)),
        ("WORKED_AT", "Northwind Labs", date(2024, 9, 1), None),
        ("WORKED_AT", "Quanta Works", date(2023, 6, 1), date(2024, 9, 1)),
    ]


def test_company_and_team_lookups(org: OrgGraph) -> None:
    assert pick(ask(org, "graph.find_company", key="helix"), "id") == [("helix-systems",)]
    assert pick(ask(org, "graph.find_team", key="afm"), "id", "company") == [("apple--afm", "apple")]
    assert ask(org, "graph.find_team", key="nothing") == []


def test_friendly_params_resolve_names_and_fill_defaults(org: OrgGraph) -> None:
    frame = org.query("attrition.departures", company="Apple", since="2025-01-01")
    assert list(frame["person"]) == ["Tom Gunter", "Ruoming Pang"]
    assert list(frame["destination"].fillna("")) == ["", "Meta"]
    assert "tenure_years" in frame.columns
    empty = org.query("attrition.boomerangs", company="Apple")
    assert empty.empty and "returned_on" in empty.columns
    today = org.query("reorg.reports_to", person="Zane Hart")  # as_of defaults to today
    assert list(today["manager"]) == ["Cleo Marsh"]
    with pytest.raises(NotFoundError, match="no company matches 'Initech'"):
        org.query("attrition.departures", company="Initech")
    with pytest.raises(QueryError, match="param since must be a date"):
        org.query("attrition.departures", company="Apple", since="last year")
    with pytest.raises(QueryError, match="missing param 'company'"):
        org.query("reorg.org_diff", d1="2025-01-01", d2="2025-02-01")


def test_only_queries_that_accept_empty_filters_make_them_optional() -> None:
    catalog = load_catalog()
    diff = catalog.get("reorg.org_diff", "kuzu")
    assert optional(diff, "team") and not optional(diff, "company")
    assert [default_text(diff, p) for p in diff.params] == ["company", "team=''", "d1", "d2"]
    assert not optional(catalog.get("reorg.reports_to", "kuzu"), "person")


def test_every_reorg_and_attrition_query_has_a_test() -> None:
    names = {q.full_name for q in load_catalog().public() if q.pack in ("reorg", "attrition", "people", "graph")}
    source = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("test_*.py"))
    untested = {n for n in names if f'"{n}"' not in source} - {"graph.counts", "graph.sources", "people.find"}
    assert not untested
