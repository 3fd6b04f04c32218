"""Surnames, pronouns and hedges."""

from __future__ import annotations

import pytest

from .helpers_news import facts_of, find


def test_surname_resolves_to_full_name() -> None:
    facts = facts_of("Priya Raman is a researcher. Raman joined Anthropic from Google in 2022.")
    assert find(facts, "JOINED", person="Priya Raman", org="Anthropic", date="2022")


def test_pronoun_resolves_to_subject() -> None:
    text = "Daniel Okafor left Apple last week. At Meta he reports to Priya Venkataraman."
    facts = facts_of(text)
    assert find(facts, "REPORTS_TO", person="Daniel Okafor", manager="Priya Venkataraman")


def test_two_people_same_surname_by_recency() -> None:
    text = "Anna Chen joined Google in 2019. Later, Wei Chen joined Meta in 2020. Chen left Meta on Monday."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Wei Chen", org="Meta")
    assert not find(facts, "LEFT", person="Anna Chen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe is in talks to join OpenAI.",
        "Jane Doe could leave Google soon.",
        "Jane Doe denied that she would join Meta.",
        "Jane Doe is rumoured to be joining xAI.",
        "Jane Doe is reportedly considering leaving Apple.",
        "Jane Doe is planning to leave Nvidia.",
        "Jane Doe may join Anthropic next month.",
        "Jane Doe did not leave Google.",
    ],
)
def test_hedged_statements_are_dropped(sentence: str) -> None:
    facts = facts_of(sentence)
    assert not [f for f in facts if f.type in ("JOINED", "LEFT")], facts


def test_attributed_fact_is_kept() -> None:
    facts = facts_of("At Stripe, Jane Doe reportedly had been running the Radar team.")
    assert find(facts, "LEADS", person="Jane Doe", team="Radar")


def test_not_a_person_is_dropped() -> None:
    facts = facts_of("Apple Intelligence joined the market last month.")
    assert not facts
