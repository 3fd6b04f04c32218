"""Fourth-round mechanisms: formal company names, legal suffixes, nickname forms, org-only
words, headline verbs and title words that are not part of a company's name.

Every snippet is our own. Publication date: Tuesday 2025-07-08 unless a test says otherwise.
"""

from __future__ import annotations

from orgraph.loaders.news.gazetteer import Company, Gazetteer

from .helpers_news import facts_of, find


def test_a_formal_long_name_given_by_the_report_names_the_company_throughout() -> None:
    text = (
        "Samsung Electronics Co., Ltd. said Hana Yoo will head its foundry division. "
        "Yoo joined Samsung from LG in 2009."
    )
    facts = facts_of(text)
    assert find(facts, "JOINED", person="Hana Yoo", org="Samsung Electronics", from_org="LG")
    assert not [f for f in facts if f.org == "Samsung"]


def test_the_short_name_stays_when_the_report_never_gives_the_formal_one() -> None:
    facts = facts_of("Hana Yoo joined Samsung from LG in 2009.")
    assert find(facts, "JOINED", person="Hana Yoo", org="Samsung")


def test_gazetteer_entries_accept_formal_names() -> None:
    gaz = Gazetteer()
    gaz.add(Company("Arm", ("ARM",), formal=("Arm Holdings",)))
    assert gaz.formal_names() == {"Arm Holdings": "Arm"}
    assert gaz.find("Arm Holdings plc")[0][2] == "Arm"


def test_spelled_out_legal_suffix_is_not_part_of_the_name() -> None:
    facts = facts_of("In 2015 Petra Lindqvist joined Oracle Corporation from IBM.")
    assert find(facts, "JOINED", person="Petra Lindqvist", org="Oracle", from_org="IBM")


def test_nickname_form_in_a_headline_resolves_to_the_formal_name() -> None:
    text = (
        "Benji Okafor retires\n\n"
        'Benjamin "Benji" Okafor retired from Intel in May after two decades there.'
    )
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Benjamin Okafor", org="Intel")
    assert not [f for f in facts if f.person == "Benji Okafor"]


def test_a_company_ending_in_an_org_only_word_is_not_a_person() -> None:
    facts = facts_of("Rosa Ferreira left Intel in 2012. She joined Quartz Microsystems as a director.")
    assert find(facts, "JOINED", person="Rosa Ferreira", org="Quartz Microsystems")
    assert not [f for f in facts if f.person == "Quartz Microsystems"]


def test_headline_person_and_post_run_together_are_not_a_company() -> None:
    text = (
        "Pellucid Robotics Names Dr. Ines Carvalho Chief Technology Officer\n\n"
        "Dr. Ines Carvalho joins Pellucid Robotics as chief technology officer on September 1."
    )
    facts = facts_of(text)
    assert find(facts, "ROLE", person="Ines Carvalho", org="Pellucid Robotics")
    assert not [f for f in facts if f.org and "Carvalho" in f.org]
    assert not [f for f in facts if f.person and f.person.startswith("Names")]


def test_its_after_where_points_at_the_company_where_follows() -> None:
    facts = facts_of("Figma hired Lena Brandt in 2021 from Adobe, where she led its fonts group.")
    assert find(facts, "LEADS", person="Lena Brandt", org="Adobe", team="fonts")
    assert not find(facts, "LEADS", person="Lena Brandt", org="Figma")


def test_a_definite_head_count_team_is_the_team_named_before() -> None:
    text = "Kai Moreno runs Stripe's billing team. Ana Ruiz will oversee the roughly 60-person team from March."
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Ana Ruiz", org="Stripe", team="billing")
    assert not [f for f in facts if f.team and "60" in f.team]


def test_an_area_phrase_stops_at_the_team_noun() -> None:
    text = "Mara Quist spent four years at Google. She ran the speech synthesis team there until 2024."
    teams = {f.team for f in facts_of(text) if f.team}
    assert teams == {"speech synthesis"}
