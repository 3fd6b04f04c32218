"""The attrition pack on the layered fixture org (Northwind Labs) and the seed example, on every store."""

from __future__ import annotations

from datetime import date

import pytest

from orgraph.api import OrgGraph
from tests.queries.helpers_queries import ask, pick

Y2025 = {"since": "2025-01-01", "until": "2026-01-01"}


def test_departures_with_team_destination_and_tenure(org: OrgGraph) -> None:
    rows = ask(org, "attrition.departures", company="Northwind", **Y2025)
    assert [r["person"] for r in rows] == [  # ordered by exit date
        "Dana Iqbal",
        "Nia Cole",
        "Omar Haddad",
        "Pia Lorenz",
        "Quinn Avery",
        "Gil Roth",
        "Rosa Vidal",
    ]
    by = {r["person"]: r for r in rows}
    assert (by["Dana Iqbal"]["teams"], by["Dana Iqbal"]["destination"]) == (["Speech"], "Helix Systems")
    assert (by["Gil Roth"]["teams"], by["Gil Roth"]["destination"]) == (["Infra"], None)
    assert by["Nia Cole"]["destination_id"] == "orbital-ai"
    assert by["Dana Iqbal"]["tenure_years"] == 7.0  # 2018-02-01 to 2025-02-15
    vision = ask(org, "attrition.departures", team="Vision", **Y2025)
    assert [r["person"] for r in vision] == ["Nia Cole", "Omar Haddad", "Pia Lorenz", "Quinn Avery", "Rosa Vidal"]
    late = ask(org, "attrition.departures", company="Northwind Labs", since="2025-06")
    assert [r["person"] for r in late] == ["Gil Roth", "Rosa Vidal"]  # a partial date is its first day


def test_departures_from_apple_in_the_seed_example(org: OrgGraph) -> None:
    rows = ask(org, "attrition.departures", company="Apple", **Y2025)
    assert pick(rows, "person", "teams", "destination", "left_on") == [
        ("Ruoming Pang", ["AFM"], "Meta", date(2025, 7, 1)),
        ("Tom Gunter", [], None, date(2025, 6, 30)),
    ]
    assert [r["person"] for r in ask(org, "attrition.departures", company="Apple", team="AFM", **Y2025)] == [
        "Ruoming Pang"
    ]


def test_tenure_at_exit_needs_a_known_start(org: OrgGraph) -> None:
    rows = ask(org, "attrition.tenure_at_exit", team="Vision")
    assert [(r["person"], r["tenure_years"]) for r in rows] == [  # earliest joined first
        ("Sami Okoro", 4.3),
        ("Nia Cole", 7.1),
        ("Omar Haddad", 6.3),
        ("Pia Lorenz", 4.6),
        ("Quinn Avery", 4.4),
        ("Rosa Vidal", 4.3),
    ]
    apple = ask(org, "attrition.tenure_at_exit", company="Apple", **Y2025)
    assert pick(apple, "person", "joined_precision", "tenure_years") == [
        ("Ruoming Pang", "year", 4.5),
        ("Tom Gunter", "year", 8.5),
    ]


def test_attrition_rate_uses_stated_sizes_and_flags_no_denominator(org: OrgGraph) -> None:
    rows = ask(org, "attrition.attrition_rate", company="Northwind", **Y2025)
    got = {r["unit"]: (r["separations"], r["stated_headcount"], r["basis"], r["no_denominator"]) for r in rows}
    assert got == {
        "Speech": (1, 11.0, "stated", False),  # Dana's stated 12 and Hana's stated 10, averaged
        "Vision": (5, 15.0, "stated", False),  # the team's stated size (PART_OF headcount)
        "Infra": (1, 8.0, "stated", False),
        "Platform": (0, None, "none", True),
        "Research": (0, None, "none", True),
        "Engineering": (0, None, "none", True),
        "Northwind Labs": (7, None, "none", True),
    }
    rate = {r["unit"]: r["rate"] for r in rows}
    assert rate["Vision"] == pytest.approx(5 / 15) and rate["Speech"] == pytest.approx(1 / 11)
    assert rate["Platform"] is None
    named = {r["unit"]: r for r in ask(org, "attrition.attrition_rate", company="Northwind", count_named=True, **Y2025)}
    company = named["Northwind Labs"]
    assert (company["named_start"], company["named_end"], company["basis"]) == (35, 30, "named")
    assert company["rate"] == pytest.approx(7 / ((35 + 30) / 2))
    assert (named["Platform"]["basis"], named["Platform"]["rate"]) == ("named", 0.0)
    assert named["Vision"]["basis"] == "stated"  # a stated size wins over counting names


def test_attrition_rate_of_afm_in_the_seed_example(org: OrgGraph) -> None:
    rows = ask(org, "attrition.attrition_rate", team="AFM", **Y2025)
    assert pick(rows, "unit", "separations", "stated_headcount", "rate") == [("AFM", 1, 100.0, 0.01)]


def test_talent_flow_counts_each_move_once(org: OrgGraph) -> None:
    rows = ask(org, "attrition.talent_flow", **Y2025)
    assert pick(rows, "from_company", "to_company", "moves") == [
        ("Apple", "Meta", 1),
        ("Helix Systems", "Northwind Labs", 1),
        ("Northwind Labs", "Helix Systems", 2),
        ("Northwind Labs", "Orbital AI", 3),  # Nia and Omar are recorded at both ends; Rosa only at hers
        ("Quanta Works", "Northwind Labs", 1),
    ]
    assert rows[0]["moves"] == 3
    assert sorted(rows[0]["people"]) == ["Nia Cole", "Omar Haddad", "Rosa Vidal"]
    earlier = ask(org, "attrition.talent_flow", company="Quanta", since="2022", until="2025")
    assert pick(earlier, "from_company", "to_company", "moves") == [
        ("Northwind Labs", "Quanta Works", 2),
        ("Quanta Works", "Northwind Labs", 1),
    ]


def test_exit_clusters_find_the_string_of_exits(org: OrgGraph) -> None:
    rows = ask(org, "attrition.exit_clusters", company="Northwind", min_exits=3, within_days=30)
    assert pick(rows, "team", "first_exit", "last_exit", "exits") == [
        ("Vision", date(2025, 5, 5), date(2025, 5, 26), 4)
    ]
    assert sorted(rows[0]["people"]) == ["Nia Cole", "Omar Haddad", "Pia Lorenz", "Quinn Avery"]
    assert ask(org, "attrition.exit_clusters", min_exits=5, within_days=30) == []
    tight = ask(org, "attrition.exit_clusters", team="Vision", min_exits=2, within_days=10)
    assert pick(tight, "first_exit", "exits") == [(date(2025, 5, 5), 2)]  # Nia and Omar, a week apart
    assert ask(org, "attrition.exit_clusters", company="Northwind", min_exits=3, within_days=30, since="2025-06") == []


def test_boomerangs(org: OrgGraph) -> None:
    rows = ask(org, "attrition.boomerangs", company="Northwind")
    assert pick(rows, "person", "left_on", "went_to", "returned_on") == [
        ("Ivo Brandt", date(2023, 6, 1), "Quanta Works", date(2024, 9, 1)),
        ("Sami Okoro", date(2022, 1, 1), "Helix Systems", date(2023, 1, 1)),
    ]
    assert ask(org, "attrition.boomerangs", company="Apple") == []


def test_inflows_to_a_company_and_to_a_team(org: OrgGraph) -> None:
    rows = ask(org, "attrition.inflows", company="Northwind", since="2024", until="2026")
    assert pick(rows, "person", "from_company") == [
        ("Fay Adams", None),
        ("Ivo Brandt", "Quanta Works"),
        ("Jun Sato", "Helix Systems"),
        ("Kira Vale", "Quanta Works"),
    ]
    team = ask(org, "attrition.inflows", team="Platform", since="2024", until="2026")
    assert pick(team, "person", "joined", "from_company", "from_team") == [
        ("Ivo Brandt", "Platform", "Quanta Works", None),
        ("Jun Sato", "Platform", "Helix Systems", None),
        ("Lena Ford", "Platform", None, "Infra"),
    ]
    meta = ask(org, "attrition.inflows", company="Meta", **Y2025)
    assert pick(meta, "person", "from_company") == [("Ruoming Pang", "Apple")]
