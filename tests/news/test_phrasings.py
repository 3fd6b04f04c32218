"""Many phrasings of the same kinds of fact, each in our own words."""

from __future__ import annotations

import pytest

from .helpers_news import facts_of, find

MOVES = [
    ("Jane Doe has left Google for OpenAI.", "Google", "OpenAI"),
    ("Jane Doe is leaving Microsoft to join Anthropic.", "Microsoft", "Anthropic"),
    ("Jane Doe quit Nvidia and joined xAI last month.", "Nvidia", "xAI"),
    ("Meta has hired Jane Doe away from Apple.", "Apple", "Meta"),
    ("OpenAI poached Jane Doe from Google this month.", "Google", "OpenAI"),
    ("Jane Doe joined Stripe from Uber on Monday.", "Uber", "Stripe"),
]


@pytest.mark.parametrize(("sentence", "source", "target"), MOVES)
def test_moves(sentence: str, source: str, target: str) -> None:
    facts = facts_of(sentence)
    assert find(facts, "JOINED", person="Jane Doe", org=target), facts
    left = find(facts, "LEFT", person="Jane Doe", org=source)
    joined_from = find(facts, "JOINED", person="Jane Doe", org=target, from_org=source)
    assert left or joined_from, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe runs the Payments team at Stripe.",
        "Jane Doe heads Stripe's Payments group.",
        "Stripe's Payments team is led by Jane Doe.",
        "Jane Doe is in charge of the Payments team at Stripe.",
    ],
)
def test_leads(sentence: str) -> None:
    facts = facts_of(sentence)
    assert find(facts, "LEADS", person="Jane Doe", team="Payments", org="Stripe"), facts
    assert find(facts, "PART_OF", team="Payments", org="Stripe"), facts


@pytest.mark.parametrize(
    ("sentence", "title", "org"),
    [
        ("Nvidia CEO Jensen Huang spoke on Monday.", "CEO", "Nvidia"),
        ("Mary Smith, Oracle's chief financial officer, said sales grew.", "chief financial officer", "Oracle"),
        ("Mary Smith, the chief scientist of OpenAI, gave a talk.", "chief scientist", "OpenAI"),
        ("Mary Smith joined Salesforce as vice president of engineering in 2020.",
         "vice president of engineering", "Salesforce"),
    ],
)  # fmt: skip
def test_roles(sentence: str, title: str, org: str) -> None:
    facts = facts_of(sentence)
    assert find(facts, "ROLE", title=title, org=org), facts


def test_reports_to() -> None:
    facts = facts_of("John Park will report to Mary Smith, the company said.")
    assert find(facts, "REPORTS_TO", person="John Park", manager="Mary Smith")


def test_reporting_managers_name_no_person() -> None:
    facts = facts_of("Zhifeng Chen will have several managers reporting to Chen.")
    assert not find(facts, "REPORTS_TO")


def test_unknown_company_from_slot() -> None:
    facts = facts_of("Jane Doe joined Quillbright Labs as CTO last month.")
    assert find(facts, "JOINED", person="Jane Doe", org="Quillbright Labs", date="2025-06")
    assert find(facts, "ROLE", person="Jane Doe", title="CTO", org="Quillbright Labs")


def test_former_employer() -> None:
    facts = facts_of("The startup was founded by former Google engineer Jane Doe.")
    left = find(facts, "LEFT", person="Jane Doe", org="Google")
    assert left and left[0].date is None
