"""Second-round mechanisms: clause-local tense, the metadata author as "I", teams named
by a bare area, passive and "under" leadership frames, and subject-less timeline entries.

Every snippet is our own. Publication date: Tuesday 2025-07-08 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from orgraph.loaders.news import extract_facts, read_document
from orgraph.loaders.news.dates import find_dates

from .helpers_news import facts_of, find


def test_tense_is_read_between_the_commas_around_a_date() -> None:
    text = "Ilse Vogt, who quit Oracle in March, joins Adobe on May 4."
    values = [d.value for d in find_dates(text, date(2025, 4, 20))]
    # "quit" governs March (past), "joins" governs May 4 (future).
    assert values == ["2025-03", "2025-05-04"]


def test_a_start_up_is_not_a_future_marker() -> None:
    text = "She walked out of the bank in June to build a robotics start-up."
    assert [d.value for d in find_dates(text, date(2025, 9, 1))] == ["2025-06"]


def test_front_matter_author_is_the_first_person(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: News\nauthor: Odile Marchetti\npublished: 2025-07-08\n---\n"
        "Friday was my last day at Cisco. I have joined Adobe as its CTO.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(post))
    assert find(facts, "LEFT", person="Odile Marchetti", org="Cisco"), facts
    assert find(facts, "JOINED", person="Odile Marchetti", org="Adobe"), facts


def test_bare_area_after_a_leading_verb_is_a_team() -> None:
    facts = facts_of("At Adobe, Ingrid Halvorsen, who runs logistics, answers to Tomas Brandt.")
    lead = find(facts, "LEADS", person="Ingrid Halvorsen", team="logistics")
    assert lead and lead[0].org == "Adobe", facts


def test_a_bare_word_that_is_no_area_stays_a_word() -> None:
    facts = facts_of("Ingrid Halvorsen runs the show at Adobe.")
    assert not find(facts, "LEADS", person="Ingrid Halvorsen"), facts


def test_passive_area_and_under_frames() -> None:
    facts = facts_of(
        "Adobe reshuffled its bank. Instead, lending will be overseen by vice president Rhea Castellanos, "
        "and treasury will move under Anton Weiss."
    )
    assert find(facts, "LEADS", person="Rhea Castellanos", team="lending", org="Adobe"), facts
    assert find(facts, "LEADS", person="Anton Weiss", team="treasury", org="Adobe"), facts


def test_team_led_by_a_successor_in_a_relative_clause() -> None:
    facts = facts_of(
        "At Cisco Olek Brandt was at the helm of the compilers group, which is now led by his "
        "successor, Mireille Dufresne."
    )
    assert find(facts, "LEADS", person="Olek Brandt", team="compilers"), facts
    assert find(facts, "LEADS", person="Mireille Dufresne", team="compilers"), facts


def test_our_team_in_a_memo_drops_the_determiner() -> None:
    facts = facts_of("Team, our robotics group stays as it is, under Lars Okafor. Adobe thanks you.")
    assert find(facts, "LEADS", person="Lars Okafor", team="robotics"), facts


def test_timeline_entries_take_the_profiled_person_as_subject() -> None:
    facts = facts_of(
        "# Profile: Tadeo Quispe\n\nHow Tadeo Quispe got here.\n\n"
        "- **2011**: Joins Cisco as an analyst.\n"
        "- **2016**: Moves over to Adobe.\n",
        published=date(2025, 7, 8),
    )
    assert find(facts, "JOINED", person="Tadeo Quispe", org="Cisco", date="2011"), facts
    assert find(facts, "JOINED", person="Tadeo Quispe", org="Adobe", date="2016"), facts
