"""Fifth-round mechanisms: correction notes, a last day after its place, a weekday with
a coordinated future verb, clipped memo signatures, two-word given names and team names
after another determiner phrase.

Every snippet is our own. Publication date: Tuesday 2025-07-08 unless a test says otherwise.
"""

from __future__ import annotations

from orgraph.loaders.news.dates import find_dates

from .helpers_news import PUBLISHED, facts_of, find


def test_what_an_earlier_version_wrongly_said_is_not_a_fact() -> None:
    text = (
        "Correction: An earlier version of this story said Lena Varga would join Canva on July 21. "
        "Lena Varga joins Canva on July 28."
    )
    joined = find(facts_of(text), "JOINED", person="Lena Varga", org="Canva")
    assert [f.date for f in joined] == ["2025-07-28"]


def test_a_final_day_named_after_its_company_is_a_dated_departure() -> None:
    text = "By Tomas Berg\n\nI have news. After six years at Dropbox, Friday was my final day."
    left = find(facts_of(text), "LEFT", person="Tomas Berg", org="Dropbox")
    assert [f.date for f in left] == ["2025-07-04"]


def test_a_weekday_keeps_the_past_tense_when_a_future_verb_is_coordinated_after_it() -> None:
    text = "Welcome to Ana Ruiz, who came over from Adobe on Monday and will run our video group."
    [monday] = [d for d in find_dates(text, PUBLISHED) if "Monday" in text[d.start : d.end]]
    assert monday.value == "2025-07-07"


def test_a_memo_signed_with_a_clipped_given_name_is_written_by_that_person() -> None:
    text = (
        "Babatunde Okoro, who runs research at Lyft, sent this note.\n\n"
        "Hi team,\n\nI have one update. Samir Haddad will report to me.\n\nThanks,\n\nTunde\n"
    )
    assert find(facts_of(text), "REPORTS_TO", person="Samir Haddad", manager="Babatunde Okoro")


def test_a_two_word_given_name_alone_is_the_full_name() -> None:
    text = "Lyft named Minh Chau Tran to run its mapping team. Minh Chau will report to Dara Kell."
    facts = facts_of(text)
    assert find(facts, "REPORTS_TO", person="Minh Chau Tran", manager="Dara Kell")
    assert not [f for f in facts if f.person == "Minh Chau"]


def test_a_team_after_another_determiner_phrase_is_still_found() -> None:
    facts = facts_of("At Lyft, Minh Chau Tran will take the reins of the haptics team.")
    assert find(facts, "LEADS", person="Minh Chau Tran", team="haptics")


def test_our_team_in_a_memo_is_the_writers_company_not_a_past_employer() -> None:
    text = (
        "Lyft's research chief Babatunde Okoro wrote to staff about Lyft changes. "
        "Welcome to Ana Ruiz, who came over from Adobe's video group and will run our audio team."
    )
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Ana Ruiz", team="audio", org="Lyft")
    assert not find(facts, "LEADS", person="Ana Ruiz", org="Adobe")


def test_stepping_down_from_the_job_gives_up_a_post_not_the_employer() -> None:
    text = (
        "Nadia Fell, who has run Stripe's billing team since 2019, is stepping down from the role "
        "to focus on research."
    )
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Nadia Fell", team="billing")
    assert not find(facts, "LEFT", person="Nadia Fell")
