"""The batched reorg/attrition queries the scale benchmark uses (chains_of_command,
reports_under, attrition_by_period) on the layered fixture org, on every store: each must give
what its one-at-a-time counterpart gives."""

from __future__ import annotations

from datetime import date

import pytest

from orgraph.api import OrgGraph
from tests.queries.helpers_queries import ask

NW = "northwind-labs"
DAYS = (date(2024, 1, 1), date(2025, 8, 1))


def _staff(org: OrgGraph, day: date) -> list[str]:
    return sorted({r["person_id"] for r in org.rows("reorg.org_at", company=NW, team="", as_of=day)})


def test_chains_of_command_is_chain_of_command_for_many(org: OrgGraph) -> None:
    for day in DAYS:
        people = [*_staff(org, day), "lara-moss"]  # she has no manager on the later date
        batch: dict[str, list[tuple[int, str]]] = {p: [] for p in people}
        for r in org.rows("reorg.chains_of_command", persons=people, as_of=day):
            batch[r["person_id"]].append((r["level"], r["manager_id"]))
        one = {
            p: [(r["level"], r["manager_id"]) for r in org.rows("reorg.chain_of_command", person=p, as_of=day)]
            for p in people
        }
        assert {p: sorted(c) for p, c in batch.items()} == {p: sorted(c) for p, c in one.items()}
    lena = [
        (r["level"], r["manager"])
        for r in ask(org, "reorg.chains_of_command", persons=["lena-ford"], as_of="2025-08-01")
    ]
    assert lena == [(1, "Farah Lund"), (2, "Cleo Marsh"), (3, "Ada Quill")]


def test_reports_under_is_everyone_whose_chain_passes_through(org: OrgGraph) -> None:
    day = DAYS[1]
    chains = {
        p: {r["manager_id"]: r["level"] for r in org.rows("reorg.chain_of_command", person=p, as_of=day)}
        for p in _staff(org, day)
    }
    for boss in ("ada-quill", "cleo-marsh", "farah-lund"):
        under = {r["person_id"]: r["level"] for r in org.rows("reorg.reports_under", person=boss, as_of=day)}
        assert under == {p: c[boss] for p, c in chains.items() if boss in c}
        assert under
    assert org.rows("reorg.reports_under", person="lara-moss", as_of=day) == []


def test_attrition_by_period_matches_attrition_rate_on_the_named_basis(org: OrgGraph) -> None:
    before_anyone = (date(2000, 1, 1), date(2001, 1, 1))
    periods = [before_anyone, (date(2024, 7, 1), date(2025, 1, 1)), (date(2025, 1, 1), date(2026, 1, 1))]
    asked = [{"since": a.isoformat(), "until": b.isoformat()} for a, b in periods]
    rows = org.rows("attrition.attrition_by_period", company=NW, periods=asked)
    got = {(r["since"], r["unit_id"]): r for r in rows}
    assert len(got) == len(rows)
    for since, until in periods:
        single = org.rows("attrition.attrition_rate", company=NW, team="", since=since, until=until, count_named=True)
        # attrition_by_period leaves out a unit's period when all three counts are zero.
        counted = [r for r in single if (r["separations"], r["named_start"], r["named_end"]) != (0, 0, 0)]
        assert {r["unit_id"] for r in counted} == {u for s, u in got if s == since}
        for r in counted:
            mine = got[(since, r["unit_id"])]
            assert (mine["until"], mine["unit_kind"]) == (until, r["unit_kind"])
            counts = (mine["separations"], mine["named_start"], mine["named_end"])
            assert counts == (r["separations"], r["named_start"], r["named_end"])
            total = mine["named_start"] + mine["named_end"]
            assert mine["rate"] == (pytest.approx(2 * mine["separations"] / total) if total else None)
    assert not [key for key in got if key[0] == before_anyone[0]]  # every unit empty then: no rows
    year = got[(date(2025, 1, 1), NW)]
    assert (year["separations"], year["named_start"], year["named_end"]) == (7, 35, 30)
    assert got[(date(2025, 1, 1), "northwind-labs--vision")]["separations"] == 5
