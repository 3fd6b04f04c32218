"""The merge rules, on claims built in code (no store): citations, conflicts, supersession."""

from __future__ import annotations

from datetime import UTC, date, datetime

from orgraph.graph.merge import merge_claims, retract_source
from orgraph.graph.model import Edge
from tests.helpers import claim

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _merge(*claims_: object, existing: list[Edge] | None = None) -> list[Edge]:
    plan = merge_claims(list(claims_), existing or [], NOW)  # type: ignore[arg-type]
    edges = {e.id: e for e in existing or []}
    edges.update({e.id: e for e in plan.upserts})
    return list(edges.values())


def test_two_reports_stating_one_fact_give_one_edge_with_two_citations() -> None:
    edges = _merge(
        claim("WORKED_AT", "ana", "acme", "r1", end=date(2025, 7, 1), precision="month"),
        claim("WORKED_AT", "ana", "acme", "r2", end=date(2025, 7, 14)),
    )
    assert len(edges) == 1
    assert [c.source_id for c in edges[0].citations] == ["r1", "r2"]
    assert (edges[0].valid_to, edges[0].valid_to_precision) == (date(2025, 7, 14), "day")  # sharpened


def test_same_claims_again_change_nothing() -> None:
    first = merge_claims([claim("LEADS", "ana", "core", "r1", start=date(2024, 1, 1))], [], NOW)
    again = merge_claims([claim("LEADS", "ana", "core", "r1", start=date(2024, 1, 1))], first.upserts, NOW)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_reloading_a_report_whose_claims_interact_changes_nothing() -> None:
    """Found by hypothesis: an undated claim first agreed with an edge made earlier in its own
    report; on reload an edge made *later* in that report was there first and took it."""
    stored = merge_claims([claim("WORKED_AT", "bo", "acme", "r1", start=date(2000, 1, 1), role="Lead")], [], NOW)
    report = [
        claim("WORKED_AT", "bo", "acme", "r2", start=date(2010, 11, 26)),
        claim("WORKED_AT", "bo", "acme", "r2", role="CEO", quote="undated"),
        claim("WORKED_AT", "bo", "acme", "r2", start=date(2000, 1, 1), role="CEO"),
    ]
    first = merge_claims(report, stored.upserts, NOW)
    edges = {e.id: e for e in [*stored.upserts, *first.upserts]}
    again = merge_claims(report, list(edges.values()), NOW)
    assert (again.added, again.updated) == (0, 0)


def test_disagreeing_overlapping_claim_is_kept_as_conflict() -> None:
    edges = _merge(
        claim("WORKED_AT", "ana", "acme", "r1", start=date(2021, 1, 1), precision="year"),
        claim("WORKED_AT", "ana", "acme", "r2", start=date(2019, 1, 1), precision="year"),
    )
    assert sorted(e.status for e in edges) == ["accepted", "conflict"]
    assert {e.valid_from for e in edges} == {date(2021, 1, 1), date(2019, 1, 1)}


def test_non_overlapping_stints_are_separate_edges() -> None:
    edges = _merge(
        claim("WORKED_AT", "ana", "acme", "r1", start=date(2015, 1, 1), end=date(2018, 1, 1)),
        claim("WORKED_AT", "ana", "acme", "r2", start=date(2020, 1, 1)),
    )
    assert [e.status for e in edges] == ["accepted", "accepted"]


def test_new_manager_closes_previous_open_reporting_line_only() -> None:
    edges = _merge(
        claim("REPORTS_TO", "bo", "ana", "r1", start=date(2024, 1, 1)),
        claim("REPORTS_TO", "bo", "cy", "r2", start=date(2025, 7, 1)),
        claim("REPORTS_TO", "di", "ana", "r1", start=date(2024, 1, 1)),
    )
    by = {(e.src, e.dst): e for e in edges}
    assert by[("bo", "ana")].valid_to == date(2025, 7, 1)
    assert by[("bo", "ana")].closed_by == by[("bo", "cy")].id
    assert by[("bo", "cy")].valid_to is None
    assert by[("di", "ana")].valid_to is None  # another person's line is untouched


def test_new_team_lead_closes_previous_lead_and_out_of_order_loading_agrees() -> None:
    old = claim("LEADS", "pang", "afm", "r1", start=date(2021, 1, 1), precision="year")
    new = claim("LEADS", "chen", "afm", "r2", start=date(2025, 7, 1), precision="month")
    for order in ([old, new], [new, old]):
        by = {e.src: e for e in _merge(*order)}
        assert (by["pang"].valid_to, by["pang"].valid_to_precision) == (date(2025, 7, 1), "month")
        assert by["chen"].valid_to is None


def test_undated_lead_seen_in_an_earlier_report_is_closed_by_a_later_start() -> None:
    by = {
        e.src: e
        for e in _merge(
            claim("LEADS", "pang", "afm", "r1", published=date(2025, 5, 2)),
            claim("LEADS", "chen", "afm", "r2", start=date(2025, 7, 1), published=date(2025, 7, 8)),
        )
    }
    assert by["pang"].valid_to == date(2025, 7, 1)


def test_retracting_the_superseding_report_reopens_the_old_line() -> None:
    edges = _merge(
        claim("REPORTS_TO", "bo", "ana", "r1", start=date(2024, 1, 1)),
        claim("REPORTS_TO", "bo", "cy", "r2", start=date(2025, 7, 1)),
    )
    plan = retract_source("r2", edges)
    assert [e.dst for e in plan.deletes] == ["cy"]
    (reopened,) = plan.upserts
    assert (reopened.dst, reopened.valid_to, reopened.closed_by) == ("ana", None, None)


def test_retract_keeps_claims_another_report_supports() -> None:
    edges = _merge(
        claim("WORKED_AT", "ana", "acme", "r1", start=date(2020, 1, 1)),
        claim("WORKED_AT", "ana", "acme", "r2", start=date(2020, 1, 1)),
    )
    plan = retract_source("r1", edges)
    assert not plan.deletes
    assert [c.source_id for c in plan.upserts[0].citations] == ["r2"]


def test_a_second_title_at_the_same_company_is_not_a_conflict() -> None:
    edges = _merge(
        claim("WORKED_AT", "ana", "acme", "r1", role="CTO"),
        claim("WORKED_AT", "ana", "acme", "r2", role="Chief Scientist"),
    )
    assert sorted((e.role, e.status) for e in edges) == [("CTO", "accepted"), ("Chief Scientist", "accepted")]
