"""The same behaviour on every store: runs on the embedded store always, and on Neo4j when
NEO4J_URI is set (see conftest)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from orgraph.api import OrgGraph
from orgraph.graph.ingest import load_report
from orgraph.graph.store import Store
from orgraph.loaders import read_report
from tests.conftest import EXAMPLES
from tests.helpers import claim, node, report

EXAMPLE = EXAMPLES / "apple-ai-2025.yaml"


def _all_edges(store: Store) -> list[dict[str, object]]:
    """Every stored edge, found through the nodes each loaded report mentions."""
    sources = [r["id"] for r in store.read("graph.sources")]
    ids = sorted(
        {
            r["id"]
            for s in sources
            for kind in ("persons", "teams", "companies")
            for r in store.read(f"_read.{kind}_citing", source_id=s)
        }
    )
    return sorted(store.read("_read.edges_touching", ids=ids), key=lambda r: str(r["id"]))


def test_example_loads_and_reload_changes_nothing(store: Store) -> None:
    graph = OrgGraph(store)
    (first,) = graph.load([EXAMPLE])
    assert (first.status, first.nodes_added, first.edges_added) == ("added", 14, 17)
    before = _all_edges(store)
    (again,) = graph.load([EXAMPLE])
    assert (again.status, again.edges_added, again.edges_updated, again.edges_unchanged) == ("unchanged", 0, 0, 17)
    assert _all_edges(store) == before
    assert graph.stats() == {
        "Person": 6,
        "Team": 5,
        "Company": 3,
        "Source": 1,
        "REPORTS_TO": 0,
        "LEADS": 4,
        "MEMBER_OF": 1,
        "WORKED_AT": 7,
        "PART_OF": 5,
    }


def test_after_departure_answers_the_seed_question(store: Store) -> None:
    graph = OrgGraph(store)
    graph.load([EXAMPLE])
    answer = graph.after_departure("Ruoming Pang", date(2025, 8, 1))
    (left,) = answer["departure"]
    assert (left["company"], left["left_on"], left["left_precision"], left["destination"]) == (
        "Apple",
        date(2025, 7, 1),
        "month",
        "Meta",
    )
    (team,) = answer["team_successors"]
    assert (team["team"], team["new_lead"], team["headcount"]) == ("AFM", "Zhifeng Chen", 100)
    before = graph.after_departure("Ruoming Pang", date(2025, 6, 1))
    assert before["departure"] == [] and before["team_successors"] == []


def test_supersession_across_reports_and_as_of_answers(store: Store) -> None:
    graph = OrgGraph(store)
    people = [node("Person", n) for n in ("Ana Ruiz", "Bo Chen", "Cy Diaz")]
    graph.load_reports(
        [
            report("r1", people, [claim("REPORTS_TO", "bo-chen", "ana-ruiz", "r1", start=date(2024, 1, 1))]),
            report(
                "r2",
                people,
                [claim("REPORTS_TO", "bo-chen", "cy-diaz", "r2", start=date(2025, 7, 1), precision="month")],
            ),
        ]
    )
    assert [r["manager"] for r in graph.reports_to("Bo Chen", date(2025, 6, 30))] == ["Ana Ruiz"]
    assert [r["manager"] for r in graph.reports_to("bo chen", date(2025, 7, 1))] == ["Cy Diaz"]
    assert graph.reports_to("Bo Chen", date(2023, 12, 31)) == []


def test_same_fact_from_two_reports_is_one_edge_with_two_citations(store: Store) -> None:
    people = [node("Person", "Ana Ruiz"), node("Company", "Acme")]
    for source in ("r1", "r2"):
        load_report(
            store, report(source, people, [claim("WORKED_AT", "ana-ruiz", "acme", source, start=date(2020, 3, 1))])
        )
    (edge,) = store.read("_read.edges_touching", ids=["ana-ruiz"])
    assert edge["source_ids"] == ["r1", "r2"]
    assert [c["source_id"] for c in json.loads(str(edge["citations"]))] == ["r1", "r2"]


def test_conflicting_claims_are_both_kept(store: Store) -> None:
    people = [node("Person", "Ana Ruiz"), node("Company", "Acme")]
    load_report(
        store,
        report("r1", people, [claim("WORKED_AT", "ana-ruiz", "acme", "r1", start=date(2021, 1, 1), precision="year")]),
    )
    load_report(
        store,
        report("r2", people, [claim("WORKED_AT", "ana-ruiz", "acme", "r2", start=date(2019, 1, 1), precision="year")]),
    )
    statuses = sorted(str(e["status"]) for e in store.read("_read.edges_touching", ids=["ana-ruiz"]))
    assert statuses == ["accepted", "conflict"]


def test_a_failing_write_leaves_nothing_behind(store: Store) -> None:
    people = [node("Person", "Ana Ruiz")]

    def half_then_fail(tx: object) -> None:
        tx.run(
            "_write.upsert_persons",
            rows=[{"id": "ana-ruiz", "name": "Ana", "aliases": [], "keys": [], "source_ids": ["x"]}],
        )  # type: ignore[attr-defined]
        raise RuntimeError("simulated failure after the first write")

    with pytest.raises(RuntimeError, match="simulated failure"):
        store.write(half_then_fail)
    assert store.read("_read.persons_by_id", ids=["ana-ruiz"]) == []
    load_report(store, report("r1", people, []))  # the store is still usable
    assert len(store.read("_read.persons_by_id", ids=["ana-ruiz"])) == 1


def test_retract_removes_only_what_that_report_alone_supported(store: Store) -> None:
    graph = OrgGraph(store)
    people = [node("Person", "Ana Ruiz"), node("Person", "Bo Chen"), node("Company", "Acme")]
    shared = claim("WORKED_AT", "ana-ruiz", "acme", "r1", start=date(2020, 1, 1))
    graph.load_reports(
        [
            report("r1", people, [shared, claim("REPORTS_TO", "bo-chen", "ana-ruiz", "r1", start=date(2022, 1, 1))]),
            report(
                "r2", people[:1] + people[2:], [claim("WORKED_AT", "ana-ruiz", "acme", "r2", start=date(2020, 1, 1))]
            ),
        ]
    )
    plan = graph.retract("r1")
    assert [e.type for e in plan.deletes] == ["REPORTS_TO"]
    edges = store.read("_read.edges_touching", ids=["ana-ruiz", "bo-chen"])
    assert [(e["type"], e["source_ids"]) for e in edges] == [("WORKED_AT", ["r2"])]
    assert store.read("_read.persons_by_id", ids=["bo-chen"]) == []  # only r1 knew Bo
    assert [s["id"] for s in store.read("graph.sources")] == ["r2"]


def test_facts_file_and_news_report_share_nodes(store: Store) -> None:
    graph = OrgGraph(store)
    graph.load([EXAMPLE])
    again = read_report(EXAMPLE)
    assert {n.id for n in again.nodes} >= {"ruoming-pang", "apple", "meta", "apple--afm"}
    assert graph.person_id("PANG") == graph.person_id("Ruoming Pang") == "ruoming-pang"
