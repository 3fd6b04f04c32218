"""Snapshots as networkx graphs: the example org before and after Pang left, scopes, diffs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from orgraph.api import OrgGraph
from orgraph.errors import NotFoundError, QueryError
from orgraph.export import diff, to_networkx, write_graphml

JUNE, AUGUST = date(2025, 6, 1), date(2025, 8, 1)
APPLE_TEAMS = {"apple--afm", "apple--mlx", "apple--software-engineering", "apple--siri-engineering"}
APPLE_PEOPLE = {"ruoming-pang", "zhifeng-chen", "tom-gunter", "craig-federighi", "mike-rockwell"}


def _leads(graph: nx.MultiDiGraph, team: str) -> set[str]:
    return {s for s, _, a in graph.in_edges(team, data=True) if a["type"] == "LEADS" and a["current"]}


def test_apple_in_june_has_pang_leading_afm(seeded: OrgGraph) -> None:
    graph = seeded.to_networkx(JUNE, company="Apple")
    assert isinstance(graph, nx.DiGraph)
    assert set(graph) == {"apple"} | APPLE_TEAMS | APPLE_PEOPLE
    assert _leads(graph, "apple--afm") == {"ruoming-pang"}
    pang = graph.nodes["ruoming-pang"]
    assert (pang["kind"], pang["name"], pang["company"], pang["left"]) == ("Person", "Ruoming Pang", "apple", None)
    assert pang["teams"] == [("AFM", "leads")]
    lead = next(a for _, t, a in graph.out_edges("ruoming-pang", data=True) if t == "apple--afm")
    assert (lead["role"], lead["headcount"], lead["status"]) == ("Head of foundation models", 100, "accepted")
    assert (lead["valid_to"], lead["valid_to_precision"]) == (date(2025, 7, 1), "month")
    [cite] = lead["citations"]
    assert cite["publisher"] == "News report citing Bloomberg" and "about 100 people" in cite["quote"]
    assert all(a["current"] for _, _, a in graph.edges(data=True))  # nothing had ended in the year before


def test_apple_in_august_has_chen_leading_and_pang_at_meta(seeded: OrgGraph) -> None:
    graph = seeded.to_networkx(AUGUST, company="apple-inc")  # an alias finds the company too
    assert _leads(graph, "apple--afm") == {"zhifeng-chen"}
    pang = graph.nodes["ruoming-pang"]
    assert (pang["company"], pang["left"], pang["destination"]) == ("meta", "apple", "meta")
    assert (pang["left_on"], pang["left_precision"]) == (date(2025, 7, 1), "month")
    assert pang["teams"] == [("Superintelligence", "member")]
    assert graph.nodes["meta"]["kind"] == "Company"
    gunter = graph.nodes["tom-gunter"]
    assert (gunter["company"], gunter["left"], gunter["left_on"]) == (None, "apple", date(2025, 6, 30))
    former = {(s, t, a["type"]) for s, t, a in graph.edges(data=True) if not a["current"]}
    assert former == {
        ("ruoming-pang", "apple", "WORKED_AT"),
        ("ruoming-pang", "apple--afm", "LEADS"),
        ("tom-gunter", "apple", "WORKED_AT"),
    }


def test_since_bounds_how_far_back_leavers_are_drawn(seeded: OrgGraph) -> None:
    later = date(2027, 1, 1)
    assert "tom-gunter" not in to_networkx(seeded, later, company="Apple")  # left more than a year earlier
    kept = to_networkx(seeded, later, company="Apple", since=date(2025, 1, 1))
    assert kept.nodes["tom-gunter"]["left"] == "apple"


def test_team_and_around_scopes(seeded: OrgGraph) -> None:
    team = seeded.to_networkx("2025-08-01", team="AFM")  # notebooks pass dates as text
    assert _leads(team, "apple--afm") == {"zhifeng-chen"}
    assert {"ruoming-pang", "zhifeng-chen"} <= set(team) and "craig-federighi" not in team
    near = seeded.to_networkx(AUGUST, around="Pang", depth=1)
    assert set(near) == {"ruoming-pang", "apple", "apple--afm", "meta", "meta--superintelligence"}
    wider = seeded.to_networkx(AUGUST, around="Pang", depth=2)
    assert "zhifeng-chen" in wider  # via the team Pang used to lead
    assert "mark-zuckerberg" not in wider  # companies are not walked through
    assert wider.graph["scope"] == {"kind": "Person", "id": "ruoming-pang", "depth": 2}


def test_whole_graph_without_scope(seeded: OrgGraph) -> None:
    graph = seeded.to_networkx(AUGUST)
    assert {"mark-zuckerberg", "meta", "apple", "zhifeng-chen"} <= set(graph)
    assert graph.graph["scope"]["kind"] is None


def test_diff_marks_who_left_and_the_new_lead(seeded: OrgGraph) -> None:
    union = diff(seeded.to_networkx(JUNE, company="Apple"), seeded.to_networkx(AUGUST, company="Apple"))
    changed = {n: d["change"] for n, d in union.nodes(data=True) if d["change"]}
    assert changed == {"ruoming-pang": "left", "tom-gunter": "left", "zhifeng-chen": "new lead"}
    edges = {(s, t, a["type"]): a["change"] for s, t, a in union.edges(data=True) if a["change"]}
    assert edges == {
        ("ruoming-pang", "apple", "WORKED_AT"): "ended",
        ("ruoming-pang", "apple--afm", "LEADS"): "ended",
        ("tom-gunter", "apple", "WORKED_AT"): "ended",
        ("ruoming-pang", "meta", "WORKED_AT"): "added",
        ("ruoming-pang", "meta--superintelligence", "MEMBER_OF"): "added",
        ("zhifeng-chen", "apple--afm", "LEADS"): "added",
    }
    assert union.nodes["ruoming-pang"]["was"]["teams"] == [("AFM", "leads")]


def test_scope_errors_name_the_problem(seeded: OrgGraph) -> None:
    with pytest.raises(QueryError, match="one scope"):
        seeded.to_networkx(AUGUST, company="Apple", team="AFM")
    with pytest.raises(QueryError, match="depth"):
        seeded.to_networkx(AUGUST, around="Pang", depth=0)
    with pytest.raises(QueryError, match="'August' is not a date"):
        seeded.to_networkx("August")
    with pytest.raises(NotFoundError, match="no company matches 'Initech'"):
        seeded.to_networkx(AUGUST, company="Initech")


def test_graphml_round_trip_keeps_dates_and_citations(seeded: OrgGraph, tmp_path: Path) -> None:
    """Dates, lists and citations survive as text a GraphML tool can read back."""
    path = write_graphml(seeded.to_networkx(AUGUST, company="Apple"), tmp_path / "apple.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    pang = back.nodes["ruoming-pang"]
    assert (pang["name"], pang["left_on"], pang["destination"]) == ("Ruoming Pang", "2025-07-01", "meta")
    assert json.loads(pang["teams"]) == [["Superintelligence", "member"]]
    assert "role" not in pang or pang["role"]  # unknown values are left out, never written as "None"
    leads = back.out_edges("zhifeng-chen", data=True)
    lead = next(a for _, t, a in leads if t == "apple--afm" and a["type"] == "LEADS")
    quotes = [c["quote"] for c in json.loads(lead["citations"])]
    assert quotes and all(isinstance(q, str) and q for q in quotes)
    assert lead["valid_from"].startswith("2025-07")
