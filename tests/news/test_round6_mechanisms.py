"""Sixth-round mechanisms: one frame for move verbs ("from X to Y", "lured away from X by
Y", light verbs such as "is off to" and "lands at"), asides after a name, descriptive
openers before a list of names, names listed with a known person, transcript speaker
lines and "joined us from X".

Every snippet is our own. Publication date: Tuesday 2025-07-08 unless a test says otherwise.
"""

from __future__ import annotations

from .helpers_news import facts_of, find


def test_a_move_verb_takes_a_from_to_frame_with_a_founding_destination() -> None:
    text = "Priya Lal decamped from Stripe last month to co-found Ferrule Labs."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Priya Lal", org="Stripe", to_org="Ferrule Labs")
    assert [f.date for f in find(facts, "JOINED", person="Priya Lal", org="Ferrule Labs")] == ["2025-06"]
    assert find(facts, "ROLE", person="Priya Lal", org="Ferrule Labs", title="co-founder")


def test_lured_away_from_one_company_by_another_is_a_move() -> None:
    text = "Omar Haddad was lured away from Uber by Lyft last month."
    facts = facts_of(text)
    assert [f.from_org for f in find(facts, "JOINED", person="Omar Haddad", org="Lyft")] == ["Uber"]
    assert [f.date for f in find(facts, "LEFT", person="Omar Haddad", org="Uber")] == ["2025-06"]


def test_light_verbs_of_arrival_are_joins() -> None:
    for text in ("Nadia Petrov is off to Dropbox.", "Nadia Petrov lands at Dropbox after a year out."):
        assert find(facts_of(text), "JOINED", person="Nadia Petrov", org="Dropbox"), text


def test_an_aside_in_brackets_after_a_name_does_not_hide_the_verb() -> None:
    facts = facts_of("People moves: David Weiss (ex-Intel) joins Arm as chief architect.")
    assert find(facts, "JOINED", person="David Weiss", org="Arm")
    assert find(facts, "LEFT", person="David Weiss", org="Intel")


def test_people_after_a_descriptive_opener_are_the_subjects() -> None:
    text = (
        "Two engineers from his old group, Tomasz Nowak and Ilse Grünwald, have followed him "
        "from Shopify to Figma."
    )
    facts = facts_of(text)
    for person in ("Tomasz Nowak", "Ilse Grünwald"):
        assert find(facts, "JOINED", person=person, org="Figma", from_org="Shopify"), person


def test_a_transcript_speaker_line_gives_titles_at_the_main_company() -> None:
    text = (
        "Corvane Systems earnings call\n\nParticipants\n\n"
        "Hedda Lindqvist \u2014 President and Chief Executive Officer\n\n"
        "Hedda Lindqvist: Thanks, everyone. Corvane Systems had a good quarter."
    )
    titles = {f.title for f in find(facts_of(text), "ROLE", person="Hedda Lindqvist", org="Corvane Systems")}
    assert {"president", "chief executive officer"} <= {t.lower() for t in titles if t}


def test_joined_us_from_is_a_move_to_the_company_speaking() -> None:
    text = (
        "Corvane Systems held its call today. Our CEO said: I'm glad that Rui Costa joined us "
        "in May from Intel as vice president of packaging. Corvane Systems is hiring."
    )
    facts = facts_of(text)
    joined = find(facts, "JOINED", person="Rui Costa", org="Corvane Systems")
    assert [(f.from_org, f.date) for f in joined] == [("Intel", "2025-05")]
