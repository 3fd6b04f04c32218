"""A post given with a recent hire starts when the arrival does; a career's old joins date no post.

Our own sentences; publication date 2025-07-08 (a Tuesday), so "on Monday" ahead is 2025-07-14.
"""

from __future__ import annotations

from .helpers_news import facts_of, find


def test_the_post_of_a_hire_starts_on_the_day_another_sentence_gives() -> None:
    facts = facts_of(
        "Databricks has hired Natalia Ferreira from Salesforce as chief AI officer. She starts on Monday."
    )
    role = find(facts, "ROLE", person="Natalia Ferreira", org="Databricks", title="chief AI officer")
    assert [r.since for r in role] == ["2025-07-14"]
    assert [j.date for j in find(facts, "JOINED", person="Natalia Ferreira", org="Databricks")] == ["2025-07-14"]


def test_a_team_given_with_a_hire_is_led_from_the_hire() -> None:
    facts = facts_of("Figma hired Ximena Ochoa to run its design systems team last month.")
    assert [d.since for d in find(facts, "LEADS", person="Ximena Ochoa", team="design systems")] == ["2025-06"]


def test_an_old_join_does_not_date_a_post_held_now() -> None:
    facts = facts_of("Priya Raman joined Google in 2011 and now leads its search relevance team.")
    assert [j.date for j in find(facts, "JOINED", person="Priya Raman", org="Google")] == ["2011"]
    assert [d.since for d in find(facts, "LEADS", person="Priya Raman", team="search relevance")] == [None]
