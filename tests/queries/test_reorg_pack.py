"""The reorg pack on the layered fixture org (Northwind Labs) and the seed example, on every store.

The answers follow from the story told in tests/fixtures/layered_org.yaml's comments.
"""

from __future__ import annotations

from datetime import date

from orgraph.api import OrgGraph
from tests.queries.helpers_queries import ask, pick

NW = "northwind-labs"
SPEECH, INFRA = "northwind-labs--speech", "northwind-labs--infra"


def test_reports_to_follows_moves_and_reorgs(org: OrgGraph) -> None:
    def manager(person: str, day: str) -> list[str]:
        return [r["manager"] for r in ask(org, "reorg.reports_to", person=person, as_of=day)]

    assert manager("Lena Ford", "2025-01-01") == ["Gil Roth"]
    assert manager("Lena Ford", "2025-04-15") == ["Farah Lund"]  # closed-open: the new line holds on its first day
    assert manager("Eli Novak", "2024-02-29") == ["Bram Osei"]
    assert manager("Eli Novak", "2024-03-01") == ["Cleo Marsh"]
    assert manager("Lara Moss", "2025-08-01") == []
    assert manager("Ada Quill", "2025-08-01") == []


def test_direct_reports_on_two_dates(org: OrgGraph) -> None:
    now = ask(org, "reorg.direct_reports", person="farah-lund", as_of="2025-08-01")
    assert [r["report"] for r in now] == [
        "Gus Noor",
        "Ivo Brandt",
        "Jun Sato",
        "Lena Ford",
        "Uma Shah",
        "Vik Rao",
        "Wren Ellis",
        "Xena Park",
    ]
    then = ask(org, "reorg.direct_reports", person="Farah Lund", as_of="2023-07-01")  # Ivo away, Xena not yet hired
    assert [r["report"] for r in then] == ["Gus Noor", "Uma Shah", "Vik Rao", "Wren Ellis"]
    assert {r["since"] for r in now if r["report"] == "Lena Ford"} == {date(2025, 4, 15)}


def test_chain_of_command_climbs_to_the_top_as_of_the_date(org: OrgGraph) -> None:
    def chain(person: str, day: str) -> list[tuple[int, str]]:
        return [(r["level"], r["manager"]) for r in ask(org, "reorg.chain_of_command", person=person, as_of=day)]

    assert chain("Lena Ford", "2025-08-01") == [(1, "Farah Lund"), (2, "Cleo Marsh"), (3, "Ada Quill")]
    assert chain("Lena Ford", "2025-01-01") == [(1, "Gil Roth"), (2, "Cleo Marsh"), (3, "Ada Quill")]
    assert chain("Kira Vale", "2025-08-01") == [(1, "Zane Hart"), (2, "Cleo Marsh"), (3, "Ada Quill")]
    assert chain("Eli Novak", "2024-01-01") == [(1, "Bram Osei"), (2, "Ada Quill")]
    assert chain("Ada Quill", "2025-08-01") == []
    assert chain("Lara Moss", "2025-08-01") == []  # her only line ended with Dana's departure


def test_org_at_whole_company_and_one_team(org: OrgGraph) -> None:
    rows = ask(org, "reorg.org_at", company="Northwind", as_of="2025-08-01")
    assert len({r["person_id"] for r in rows}) == 31  # 38 ever there, 7 gone by August 2025
    assert ("Ada Quill", None, False, None, "CEO") in pick(rows, "person", "team", "leads", "manager", "role")
    assert ("Zane Hart", "Infra", True, "Cleo Marsh") in pick(rows, "person", "team", "leads", "manager")
    assert not {"Dana Iqbal", "Gil Roth", "Nia Cole"} & {r["person"] for r in rows}

    speech = ask(org, "reorg.org_at", team="Speech", as_of="2025-08-01")  # the company comes from the team
    assert pick(speech, "person", "leads", "manager") == [
        ("Hana Pike", True, "Bram Osei"),
        ("Ines Ruiz", False, "Hana Pike"),
        ("Jonas Berg", False, "Hana Pike"),
        ("Kemal Aydin", False, "Hana Pike"),
        ("Lara Moss", False, None),
    ]
    before = ask(org, "reorg.org_at", company=NW, team=SPEECH, as_of="2024-06-01")
    assert ("Dana Iqbal", True, "Bram Osei") in pick(before, "person", "leads", "manager")
    assert len(before) == 7


def test_after_departure_answers_every_tie_in_one_query(org: OrgGraph) -> None:
    rows = ask(org, "reorg.after_departure", person="Dana Iqbal", as_of="2025-08-01")
    by = {(r["relation"], r["name"]): r for r in rows}
    assert by[("left", "Northwind Labs")]["now"] == "Helix Systems"
    assert by[("left", "Northwind Labs")]["ended"] == date(2025, 2, 15)
    assert by[("manager", "Bram Osei")]["ended"] == date(2025, 2, 15)
    team = by[("team", "Speech")]
    assert (team["now"], team["now_reports_to"], team["headcount"]) == ("Hana Pike", "Bram Osei", 12)
    reports = {r["name"]: (r["now"], r["orphaned"]) for r in rows if r["relation"] == "report"}
    assert reports == {
        "Hana Pike": ("Bram Osei", False),
        "Ines Ruiz": ("Hana Pike", False),
        "Jonas Berg": ("Hana Pike", False),
        "Kemal Aydin": ("Hana Pike", False),
        "Lara Moss": (None, True),  # her manager left and no new one is known
        "Milo Grant": (None, False),  # left the company himself before Dana did: not orphaned
    }
    assert ask(org, "reorg.after_departure", person="Dana Iqbal", as_of="2025-01-01")[0]["relation"] == "manager"


def test_after_departure_of_pang_in_the_seed_example(org: OrgGraph) -> None:
    rows = ask(org, "reorg.after_departure", person="Pang", as_of="2025-08-01")
    assert pick(rows, "relation", "name", "now") == [("left", "Apple", "Meta"), ("team", "AFM", "Zhifeng Chen")]
    assert [r["headcount"] for r in rows if r["relation"] == "team"] == [100]


def test_successor_pairs_leads_with_dates(org: OrgGraph) -> None:
    rows = ask(org, "reorg.successor", as_of="2025-12-31")
    assert pick(rows, "team", "predecessor", "successor", "successor_since") == [
        ("AFM", "Ruoming Pang", "Zhifeng Chen", date(2025, 7, 1)),
        ("Infra", "Gil Roth", "Zane Hart", date(2025, 6, 1)),
        ("Speech", "Dana Iqbal", "Hana Pike", date(2025, 2, 15)),
    ]
    assert pick(ask(org, "reorg.successor", company="Northwind", as_of="2025-03-01"), "team") == [("Speech",)]
    assert pick(ask(org, "reorg.successor", person="Zane Hart", as_of="2025-12-31"), "predecessor") == [("Gil Roth",)]
    afm = ask(org, "reorg.successor", team="AFM", as_of="2025-12-31")
    assert [(r["predecessor_until"], r["predecessor_until_precision"]) for r in afm] == [(date(2025, 7, 1), "month")]


def test_span_of_control_counts_named_reports(org: OrgGraph) -> None:
    rows = ask(org, "reorg.span_of_control", company="Northwind Labs", as_of="2025-08-01")
    assert pick(rows, "manager", "direct_reports") == [
        ("Ada Quill", 2),
        ("Bram Osei", 3),
        ("Cleo Marsh", 4),
        ("Eli Novak", 4),
        ("Farah Lund", 8),
        ("Hana Pike", 3),
        ("Zane Hart", 5),
    ]
    assert rows[0]["manager"] == "Farah Lund"  # widest span first
    assert {r["manager"]: r["teams_led"] for r in rows}["Ada Quill"] == []
    one = ask(org, "reorg.span_of_control", person="Gil Roth", as_of="2025-01-01")
    assert pick(one, "direct_reports", "teams_led") == [(6, ["Infra"])]


def test_org_diff_between_two_dates(org: OrgGraph) -> None:
    rows = ask(org, "reorg.org_diff", company="Northwind", d1="2025-01-01", d2="2025-08-01")
    changes = pick(rows, "change", "person", "before", "after")
    assert [c for c in changes if c[0] == "leave"] == [
        ("leave", "Dana Iqbal", "Northwind Labs", "Helix Systems"),
        ("leave", "Gil Roth", "Northwind Labs", None),
        ("leave", "Nia Cole", "Northwind Labs", "Orbital AI"),
        ("leave", "Omar Haddad", "Northwind Labs", "Orbital AI"),
        ("leave", "Pia Lorenz", "Northwind Labs", "Helix Systems"),
        ("leave", "Quinn Avery", "Northwind Labs", None),
    ]
    assert [c for c in changes if c[0] == "join"] == [
        ("join", "Jun Sato", "Helix Systems", "Northwind Labs"),
        ("join", "Kira Vale", "Quanta Works", "Northwind Labs"),
    ]
    assert [c for c in changes if c[0] == "move"] == [("move", "Lena Ford", "Infra", "Platform")]
    assert [c for c in changes if c[0] == "lead_change"] == [
        ("lead_change", "Hana Pike", "Dana Iqbal", "Hana Pike"),
        ("lead_change", "Zane Hart", "Gil Roth", "Zane Hart"),
    ]
    assert [c for c in changes if c[0] == "manager_gone"] == [("manager_gone", "Lara Moss", "Dana Iqbal", None)]
    new = {c[1]: (c[2], c[3]) for c in changes if c[0] == "new_manager"}
    assert new["Hana Pike"] == ("Dana Iqbal", "Bram Osei")
    assert new["Lena Ford"] == ("Gil Roth", "Farah Lund")
    assert {p for p, (_, after) in new.items() if after == "Zane Hart"} == {
        "Abel Cruz",
        "Beth Lowe",
        "Ivy Lam",
        "Yara Moon",
    }
    assert len(new) == 10 and "Kira Vale" not in new  # joiners are joins, not manager changes
    dates = {(r["change"], r["person"]): r["changed_on"] for r in rows}
    assert dates[("move", "Lena Ford")] == date(2025, 4, 15)
    assert dates[("leave", "Dana Iqbal")] == date(2025, 2, 15)


def test_org_diff_of_one_team_shows_moves_not_leaves(org: OrgGraph) -> None:
    rows = ask(org, "reorg.org_diff", company=NW, team=INFRA, d1="2025-01-01", d2="2025-08-01")
    kinds = pick(rows, "change", "person")
    assert ("move", "Lena Ford") in kinds and ("leave", "Lena Ford") not in kinds
    assert ("leave", "Gil Roth") in kinds and ("join", "Kira Vale") in kinds
    assert ("lead_change", "Zane Hart") in kinds
    assert not [k for k in kinds if k[1] in {"Dana Iqbal", "Nia Cole", "Jun Sato"}]


def test_org_diff_of_apples_ai_org_in_the_seed_example(org: OrgGraph) -> None:
    rows = ask(org, "reorg.org_diff", company="Apple", d1="2025-06-01", d2="2025-08-01")
    assert pick(rows, "change", "person", "team", "before", "after") == [
        ("lead_change", "Zhifeng Chen", "AFM", "Ruoming Pang", "Zhifeng Chen"),
        ("leave", "Ruoming Pang", "AFM", "Apple", "Meta"),
        ("leave", "Tom Gunter", None, "Apple", None),
    ]
    assert ask(org, "reorg.org_diff", company="Apple", d1="2025-08-01", d2="2025-09-01") == []


def test_the_sections_after_departure_command_prints(org: OrgGraph) -> None:
    """The three older queries 'orgraph after-departure' and 'demo' print from."""
    left = ask(org, "reorg.departure", person="Dana Iqbal", as_of="2025-08-01")
    assert pick(left, "company", "destination", "left_on") == [("Northwind Labs", "Helix Systems", date(2025, 2, 15))]
    former = ask(org, "reorg.former_reports", person="Dana Iqbal", as_of="2025-08-01")
    assert ("Lara Moss", None, True) in pick(former, "report", "now_reports_to", "orphaned")
    assert ("Ines Ruiz", "Hana Pike", False) in pick(former, "report", "now_reports_to", "orphaned")
    teams = ask(org, "reorg.team_successors", person="Gil Roth", as_of="2025-08-01")
    assert pick(teams, "team", "new_lead", "new_lead_reports_to", "headcount") == [
        ("Infra", "Zane Hart", "Cleo Marsh", 8)
    ]
