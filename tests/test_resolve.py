"""Entity resolution: reversible merges that go through the merge rules, and fuzzy
candidates that are only ever proposals."""

from __future__ import annotations

from datetime import date

from orgraph.api import OrgGraph
from orgraph.graph.resolve import candidates, merge_nodes, unmerge
from orgraph.graph.store import Store
from tests.helpers import claim, node, report


def _edges(store: Store, *ids: str) -> list[tuple[str, str, str, list[str]]]:
    rows = store.read("_read.edges_touching", ids=list(ids))
    return sorted((str(r["type"]), str(r["src"]), str(r["dst"]), list(r["source_ids"])) for r in rows)


def _two_names_for_one_person(graph: OrgGraph) -> None:
    graph.load_reports(
        [
            report(
                "r1",
                [node("Person", "Zhifeng Chen"), node("Company", "Apple")],
                [claim("WORKED_AT", "zhifeng-chen", "apple", "r1", start=date(2019, 1, 1), precision="year")],
            ),
            report(
                "r2",
                [node("Person", "Z. Chen"), node("Person", "Ana Ruiz"), node("Company", "Apple")],
                [
                    claim("WORKED_AT", "z-chen", "apple", "r2", start=date(2019, 1, 1), precision="year"),
                    claim("REPORTS_TO", "ana-ruiz", "z-chen", "r2", start=date(2025, 8, 1)),
                ],
            ),
        ]
    )


def test_merge_folds_edges_through_the_merge_rules_and_unmerge_restores(store: Store) -> None:
    graph = OrgGraph(store)
    _two_names_for_one_person(graph)
    before = _edges(store, "zhifeng-chen", "z-chen", "ana-ruiz")
    merge_id = merge_nodes(store, "Person", "zhifeng-chen", "z-chen")
    assert _edges(store, "zhifeng-chen", "z-chen", "ana-ruiz") == [
        ("REPORTS_TO", "ana-ruiz", "zhifeng-chen", ["r2"]),
        ("WORKED_AT", "zhifeng-chen", "apple", ["r1", "r2"]),  # one fact, two citations
    ]
    assert graph.person_id("Z. Chen") == "zhifeng-chen"
    assert [r["manager"] for r in graph.reports_to("Ana Ruiz", date(2025, 9, 1))] == ["Zhifeng Chen"]
    unmerge(store, merge_id)
    assert _edges(store, "zhifeng-chen", "z-chen", "ana-ruiz") == before
    assert graph.person_id("Z. Chen") == "z-chen"


def test_later_reports_naming_a_merged_node_land_on_the_kept_one(store: Store) -> None:
    graph = OrgGraph(store)
    _two_names_for_one_person(graph)
    merge_nodes(store, "Person", "zhifeng-chen", "z-chen")
    graph.load_reports(
        [
            report(
                "r3",
                [node("Person", "Z. Chen"), node("Person", "Bo Li")],
                [claim("REPORTS_TO", "bo-li", "z-chen", "r3", start=date(2025, 9, 1))],
            )
        ]
    )
    assert [r["manager_id"] for r in graph.reports_to("Bo Li", date(2025, 10, 1))] == ["zhifeng-chen"]
    assert store.read("_read.persons_by_id", ids=["z-chen"]) == []


def test_candidates_are_proposed_never_merged(store: Store) -> None:
    graph = OrgGraph(store)
    _two_names_for_one_person(graph)
    graph.load_reports(
        [
            report(
                "r4",
                [node("Company", "Meta"), node("Company", "Metal"), node("Person", "Ana Ruiz")],
                [claim("WORKED_AT", "ana-ruiz", "metal", "r4")],
            )
        ]
    )
    found = {(c.a_name, c.b_name) for c in candidates(store, threshold=80)}
    assert ("Zhifeng Chen", "Z. Chen") in found or ("Z. Chen", "Zhifeng Chen") in found
    assert graph.stats()["Company"] == 3  # Meta and Metal both still there
