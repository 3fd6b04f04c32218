"""Mechanisms that carry the extractor to reports it was not written against: names from
many languages, companies the gazetteer does not know, and moves implied by new posts.

Every snippet is our own. Publication date: Tuesday 2025-07-08 (see helpers_news.PUBLISHED).
"""

from __future__ import annotations

from datetime import date

import pytest

from .helpers_news import facts_of, find


@pytest.mark.parametrize(
    "name",
    [
        "Małgorzata Wójcik-Nowak",
        "Nguyễn Thị Lan",
        "Jean-Baptiste van den Broek",
        "Maria Fernanda dos Santos",
        "Kwabena T. Asante",
    ],
)
def test_names_with_diacritics_particles_and_initials(name: str) -> None:
    surname = name.split()[-1]
    facts = facts_of(f"{name} has left Oracle. {surname}, who spent a decade there, did not comment.")
    assert find(facts, "LEFT", person=name, org="Oracle"), facts


def test_later_tail_of_a_long_name_is_the_same_person() -> None:
    text = "Oracle named Luis Alberto de la Fuente Ortega as its treasurer. De la Fuente Ortega left Cisco in May."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Luis Alberto de la Fuente Ortega", org="Cisco"), facts
    assert not [f for f in facts if f.person == "De la Fuente Ortega"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Obinna Eze, currently treasurer at Marula Savings Bank, has quit.", "Marula Savings Bank"),
        ("Ines Moreau has left Vellmar Pharmaceuticals, the firm said.", "Vellmar Pharmaceuticals"),
        ("Ines Moreau has left the University of Tarnfield.", "University of Tarnfield"),
        ("Ines Moreau has left Caja del Norte Holdings.", "Caja del Norte Holdings"),
        ("Ines Moreau has left the Brisk Valley Credit Union.", "Brisk Valley Credit Union"),
        ("Ines Moreau will leave the Danish retailer Skovgaard to join Oracle.", "Skovgaard"),
    ],
)
def test_unknown_companies_from_their_organisation_words(sentence: str, company: str) -> None:
    assert find(facts_of(sentence), "LEFT", person="Obinna Eze" if "Obinna" in sentence else "Ines Moreau",
                org=company), facts_of(sentence)  # fmt: skip


def test_legal_suffixes_are_dropped_from_unknown_companies() -> None:
    facts = facts_of("Tarnwell Logistics Plc said its treasurer, Ines Moreau, had resigned.")
    assert find(facts, "ROLE", person="Ines Moreau", org="Tarnwell Logistics", title="treasurer"), facts


def test_a_spin_off_of_a_known_company_is_its_own_company() -> None:
    facts = facts_of("Ines Moreau joined Samsung Securities in 2021.")
    assert find(facts, "JOINED", person="Ines Moreau", org="Samsung Securities", date="2021"), facts


def test_appositive_comma_before_the_verb() -> None:
    text = (
        "Vellmar Pharmaceuticals said its chief financial officer, Ines Moreau, will step down at the end of the month."
    )
    facts = facts_of(text)
    left = find(facts, "LEFT", person="Ines Moreau", org="Vellmar Pharmaceuticals")
    assert left and left[0].date == "2025-07", facts


def test_new_post_while_working_elsewhere_is_a_move() -> None:
    text = (
        "Tarnwell Logistics reported results on Monday. "
        "Obinna Eze, currently treasurer at Marula Savings Bank, will take over as CFO on August 4, "
        "the company said."
    )
    facts = facts_of(text)
    joined = find(facts, "JOINED", person="Obinna Eze", org="Tarnwell Logistics", from_org="Marula Savings Bank")
    assert joined and joined[0].date == "2025-08-04", facts
    assert find(facts, "LEFT", person="Obinna Eze", org="Marula Savings Bank", date="2025-08-04"), facts
    assert find(facts, "ROLE", person="Obinna Eze", org="Tarnwell Logistics", title="CFO", since="2025-08-04"), facts


def test_appointment_of_someone_with_a_long_stay_elsewhere_is_a_move() -> None:
    text = (
        "Brightwater Motors has tapped Ines Moreau to lead its battery software division, effective "
        "September 1. Moreau spent 12 years at Kestrel Auto Systems."
    )
    facts = facts_of(text)
    assert find(facts, "JOINED", person="Ines Moreau", org="Brightwater Motors", from_org="Kestrel Auto Systems",
                date="2025-09-01"), facts  # fmt: skip
    assert find(facts, "JOINED", person="Ines Moreau", org="Kestrel Auto Systems", date="2013"), facts


def test_manager_title_belongs_to_the_reporting_persons_company() -> None:
    text = (
        "Snowflake announced quarterly results. Ines Moreau has joined Cohere from Oracle. "
        "She will report to chief scientist Tomasz Brandt."
    )
    facts = facts_of(text)
    assert find(facts, "ROLE", person="Tomasz Brandt", org="Cohere", title="chief scientist"), facts


def test_the_company_is_not_where_someone_came_from() -> None:
    text = "Kestrel Auto Systems said Ines Moreau joins from Oracle. Tomasz Brandt is leaving the company in August."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Tomasz Brandt", org="Kestrel Auto Systems"), facts
    assert not find(facts, "LEFT", person="Tomasz Brandt", org="Oracle"), facts


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("will step down at the end of the month", "2025-07"),
        ("will join in mid-August", "2025-08"),
        ("took over on 1. April", "2025-04-01"),
    ],
)
def test_more_date_phrasings(phrase: str, value: str) -> None:
    from orgraph.loaders.news.dates import find_dates

    from .helpers_news import PUBLISHED

    found = find_dates(phrase, PUBLISHED)
    assert [d.value for d in found] == [value]


def test_quoted_nickname_is_dropped_from_the_name() -> None:
    facts = facts_of('Margarethe "Greta" Lindqvist has left Oracle.')
    assert find(facts, "LEFT", person="Margarethe Lindqvist", org="Oracle"), facts


def test_coordinated_titles_each_give_a_role() -> None:
    facts = facts_of("Oracle said founder and CEO Tomasz Brandt will speak on Monday.")
    assert find(facts, "ROLE", person="Tomasz Brandt", org="Oracle", title="founder"), facts
    assert find(facts, "ROLE", person="Tomasz Brandt", org="Oracle", title="CEO"), facts


def test_passive_succession_hands_over_the_titles() -> None:
    text = "Oracle said its CEO, Ines Moreau, will retire on June 30. She will be succeeded that day by Tomasz Brandt."
    facts = facts_of(text, published=date(2025, 5, 2))
    assert find(facts, "ROLE", person="Tomasz Brandt", org="Oracle", title="CEO", since="2025-06-30"), facts
    assert find(facts, "ROLE", person="Ines Moreau", org="Oracle", title="CEO", until="2025-06-30"), facts


def test_leaving_to_become_a_title_elsewhere() -> None:
    text = "Ines Moreau will leave Oracle in October to become chief executive of Dutch startup Veldhoven Bio."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Ines Moreau", org="Oracle", to_org="Veldhoven Bio", date="2025-10"), facts
    assert find(facts, "JOINED", person="Ines Moreau", org="Veldhoven Bio", from_org="Oracle"), facts
    assert find(facts, "ROLE", person="Ines Moreau", org="Veldhoven Bio", title="chief executive", since="2025-10")


def test_comes_from_is_an_arrival_from_there() -> None:
    text = (
        "Tarnwell Logistics has named Ines Moreau as its new treasurer. "
        "She comes from Oracle, where she spent six years."
    )
    facts = facts_of(text)
    assert find(facts, "JOINED", person="Ines Moreau", org="Tarnwell Logistics", from_org="Oracle"), facts
    assert find(facts, "LEFT", person="Ines Moreau", org="Oracle", to_org="Tarnwell Logistics"), facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Moreau has left her post as chief data officer at the Tarnfield Transit Agency.",
        "Ines Moreau walked away from her job as treasurer at Tarnfield Transit Agency in March.",
    ],
)
def test_leaving_a_post_at_a_company(sentence: str) -> None:
    facts = facts_of(sentence)
    assert find(facts, "LEFT", person="Ines Moreau", org="Tarnfield Transit Agency"), facts


def test_capitalised_unit_after_a_leading_verb() -> None:
    facts = facts_of("Tarnfield Transit Agency said Ines Moreau will lead Rider Experience and Ticketing.")
    assert find(facts, "LEADS", person="Ines Moreau", team="Rider Experience and Ticketing"), facts


def test_kind_noun_points_at_the_company_of_that_kind() -> None:
    text = (
        "Ines Moreau returns to the Tarnfield Transit Agency on May 20, after two years at Shopify. "
        "The Agency thanked Tomasz Brandt, its treasurer, on Friday."
    )
    facts = facts_of(text, published=date(2025, 5, 2))
    assert find(facts, "JOINED", person="Ines Moreau", org="Tarnfield Transit Agency", date="2025-05-20"), facts
    assert find(facts, "ROLE", person="Tomasz Brandt", org="Tarnfield Transit Agency", title="treasurer"), facts


def test_departure_takes_the_company_its_sentence_names() -> None:
    text = "Ines Moreau was let go last month amid delays at Brightwater Motors. She joined Oracle on Monday."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Ines Moreau", org="Brightwater Motors", date="2025-06"), facts
    assert not find(facts, "LEFT", person="Ines Moreau", org="Oracle"), facts
