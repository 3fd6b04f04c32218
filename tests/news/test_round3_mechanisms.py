"""Third-round mechanisms: capitals lines recased, context titles, manager lists, and
dates from "effective" clauses.

Every snippet is our own. Publication date: Tuesday 2025-07-08 unless a test says otherwise.
"""

from __future__ import annotations

from orgraph.loaders.news.caps import recase_capitals
from orgraph.loaders.news.dates import find_durations
from orgraph.loaders.news.gazetteer import default_gazetteer

from .helpers_news import facts_of, find


def test_capitals_line_is_recased_letter_for_letter() -> None:
    text = "09:40 -- ORACLE (ORCL): TAPS MARISOL OYELARAN AS CFO -- FILING\nQuiet day otherwise."
    recased = recase_capitals(text, default_gazetteer())
    assert len(recased) == len(text)
    assert "Oracle (ORCL): taps Marisol Oyelaran as CFO" in recased
    assert recased.endswith("Quiet day otherwise.")


def test_capitals_headline_yields_facts_quoting_the_original() -> None:
    facts = facts_of("BREAKING: TOMASZ WIERZBICKI LEAVES MICROSOFT TO JOIN GOOGLE\n")
    left = find(facts, "LEFT", person="Tomasz Wierzbicki", org="Microsoft", to_org="Google")
    assert left
    assert "TOMASZ WIERZBICKI" in left[0].evidence.quote


def test_present_tense_leaves_keeps_its_company_and_destination() -> None:
    facts = facts_of("Halima Osei leaves Microsoft for Google.")
    assert find(facts, "LEFT", person="Halima Osei", org="Microsoft", to_org="Google")


def test_a_list_of_managers_gives_one_reporting_line_each() -> None:
    text = "Ruth Abebe now answers to the two founders, Omar Haddad and Lena Fischer."
    managers = {f.manager for f in find(facts_of(text), "REPORTS_TO", person="Ruth Abebe")}
    assert managers == {"Omar Haddad", "Lena Fischer"}


def test_a_list_of_managers_stops_at_the_next_clause() -> None:
    text = "Ruth Abebe reports to Marek Sova, and Ilona Berg runs sales."
    managers = {f.manager for f in find(facts_of(text), "REPORTS_TO", person="Ruth Abebe")}
    assert managers == {"Marek Sova"}


def test_manager_behind_coordinated_titles_keeps_the_sentence_company() -> None:
    text = "Ruth Abebe spent a decade at Microsoft. At Google she will report to founder and CEO Marek Sova."
    facts = facts_of(text)
    assert find(facts, "REPORTS_TO", person="Ruth Abebe", manager="Marek Sova")
    assert {f.org for f in find(facts, "ROLE", person="Marek Sova")} == {"Google"}


def test_a_move_as_a_noun_is_a_move() -> None:
    facts = facts_of("Lena Fischer completed her long-awaited move from Microsoft to Google in May.")
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft", to_org="Google", date="2025-05")
    assert find(facts, "JOINED", person="Lena Fischer", org="Google", from_org="Microsoft", date="2025-05")


def test_an_unlisted_name_before_a_move_verb_is_a_person() -> None:
    facts = facts_of("Zarqa Benhima completes her switch from Microsoft to Google.")
    assert find(facts, "JOINED", person="Zarqa Benhima", org="Google")


def test_a_managers_title_is_not_held_at_the_reporters_old_company() -> None:
    text = (
        "Ruth Abebe, currently treasurer at Microsoft, will take over as CFO of Google on May 1. "
        "Abebe, a veteran of Microsoft, will report to chief executive Omar Haddad."
    )
    roles = find(facts_of(text), "ROLE", person="Omar Haddad")
    assert {f.org for f in roles} == {"Google"}


def test_tenure_phrasings_count_years() -> None:
    assert [d.years for d in find_durations("retires in June after 31 yrs;")] == [31]
    assert [d.years for d in find_durations("ending a 15-year run at Intel")] == [15]
    # No number to count back from.
    assert find_durations("after more than a decade at Intel") == []


def test_a_veteran_of_a_company_dates_the_join_before_a_dated_departure() -> None:
    text = "Ruth Abebe, a 9-year veteran of Microsoft, left the company on March 3 for Google."
    joins = find(facts_of(text), "JOINED", person="Ruth Abebe", org="Microsoft")
    assert [f.date for f in joins] == ["2016"]


def test_people_listed_after_a_colon_report_to_the_manager_before_it() -> None:
    text = "Two directors now answer to Omar Haddad: Lena Fischer, who runs maps; and Priya Raman, the head of ads."
    reporters = {f.person for f in find(facts_of(text), "REPORTS_TO", manager="Omar Haddad")}
    assert reporters == {"Lena Fischer", "Priya Raman"}


def test_stepping_up_as_a_title_starts_it_on_the_date() -> None:
    facts = facts_of("Microsoft said Lena Fischer will step up as chief operating officer on Monday.")
    assert find(facts, "ROLE", person="Lena Fischer", org="Microsoft", since="2025-07-14")


def test_left_and_is_now_a_title_elsewhere_is_a_move_there() -> None:
    facts = facts_of("Lena Fischer left Microsoft in 2023 and is now CTO at Google.")
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft", to_org="Google", date="2023")
    assert find(facts, "JOINED", person="Lena Fischer", org="Google", from_org="Microsoft")
    # "is now" is a state: the title carries no start date.
    assert find(facts, "ROLE", person="Lena Fischer", org="Google", title="CTO", since=None)


def test_a_named_predecessor_is_the_subject_and_held_the_title_there() -> None:
    text = (
        "Microsoft has named Ramesh Kumar CTO. Kumar's predecessor as CTO, Lena Fischer, "
        "had quit the firm in April to join Google."
    )
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft", to_org="Google", date="2025-04")
    assert find(facts, "ROLE", person="Lena Fischer", org="Microsoft", title="CTO", until="2025-04")


def test_timeline_entry_naming_someone_else_keeps_the_dropped_subject() -> None:
    text = (
        "# Timeline: Lena Fischer\n\n"
        "Lena Fischer is one of Google's best-known engineers.\n\n"
        "- **2012**: Joins Microsoft.\n"
        "- **2019**: Exits Microsoft for Google, where she works with Omar Haddad.\n"
    )
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft", to_org="Google", date="2019")


def test_an_unknown_lab_after_a_possessive_company_is_its_unit() -> None:
    facts = facts_of("Omar Haddad, who oversees Samsung's Busan Robotics Lab, sent a note to staff.")
    assert find(facts, "LEADS", person="Omar Haddad", org="Samsung", team="Busan Robotics Lab")
    assert find(facts, "PART_OF", org="Samsung", team="Busan Robotics Lab")


def test_a_unit_named_in_apposition_and_led_by_someone() -> None:
    text = "Starting September 1, Microsoft's two speech efforts become one group, Edge Runtime, led by Lena Fischer."
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Lena Fischer", team="Edge Runtime", since="2025-09-01")
    assert not find(facts, "LEADS", person="Edge Runtime")


def test_a_memo_signed_with_a_given_name_is_written_by_that_person() -> None:
    text = (
        "Memo from Omar Haddad, who oversees Microsoft's Edge Lab.\n\n"
        "> Team,\n"
        "> I am merging our two groups. Both Lena Fischer and Priya Raman will answer to me directly.\n"
        "> Thanks,\n"
        "> Omar\n"
    )
    facts = facts_of(text)
    assert {f.person for f in find(facts, "REPORTS_TO", manager="Omar Haddad")} == {"Lena Fischer", "Priya Raman"}


def test_taking_over_the_leadership_of_a_team_on_a_german_style_date() -> None:
    text = "Dr. Lena Fischer took over the leadership of the 30-person algorithms team on 1. April. She is new."
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Lena Fischer", team="algorithms", since="2025-04-01")


def test_names_after_founders_are_people() -> None:
    text = "Lena Fischer now answers directly to the two founders, Omar Haddad and Zeynep Arslan."
    managers = {f.manager for f in find(facts_of(text), "REPORTS_TO", person="Lena Fischer")}
    assert managers == {"Omar Haddad", "Zeynep Arslan"}


def test_handing_a_role_over_ends_it_for_one_and_starts_it_for_the_other() -> None:
    text = "Omar Haddad, the chief technology officer of Microsoft, will hand that role to Lena Fischer on September 1."
    facts = facts_of(text)
    title = "chief technology officer"
    assert find(facts, "ROLE", person="Omar Haddad", org="Microsoft", title=title, until="2025-09-01")
    assert find(facts, "ROLE", person="Lena Fischer", org="Microsoft", title=title, since="2025-09-01")


def test_a_two_word_area_chief_named_in_apposition_leads_and_leaves() -> None:
    text = "Microsoft confirmed that its autonomous driving chief, Lena Fischer, has resigned."
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Lena Fischer", org="Microsoft", team="autonomous driving")
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft")


def test_possessive_company_title_appositive_is_the_subject() -> None:
    facts = facts_of("Microsoft's chief financial officer, Lena Fischer, has resigned.")
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft")


def test_its_head_leads_the_team_named_just_before() -> None:
    text = "Microsoft set up a speech research team in 2021. Its head, Lena Fischer, reports to Omar Haddad."
    facts = facts_of(text)
    assert find(facts, "LEADS", person="Lena Fischer", org="Microsoft", team="speech research")
    assert find(facts, "REPORTS_TO", person="Lena Fischer", manager="Omar Haddad")


def test_its_head_of_a_company_is_not_a_team_lead() -> None:
    assert not find(facts_of("Microsoft is growing. Its head, Lena Fischer, spoke."), "LEADS")


def test_a_tenure_inside_a_who_clause_keeps_the_clause_intact() -> None:
    text = "Hannah Vogel, who spent six years at Google building test suites, has defected to OpenAI."
    facts = facts_of(text)
    assert find(facts, "JOINED", person="Hannah Vogel", org="OpenAI", from_org="Google")
    assert find(facts, "LEFT", person="Hannah Vogel", org="Google", to_org="OpenAI")


def test_his_deputy_named_in_apposition_is_the_subject() -> None:
    text = "Omar Haddad ran Microsoft's Vision group. His deputy, Lena Fischer, will lead the group for now."
    assert find(facts_of(text), "LEADS", person="Lena Fischer", org="Microsoft", team="Vision")


def test_she_skips_a_subject_already_called_he() -> None:
    text = "Omar Haddad leads Microsoft Research. He hired Lena Fischer last year. She left the company in May."
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Lena Fischer", org="Microsoft", date="2025-05")
    assert not find(facts, "LEFT", person="Omar Haddad")


def test_an_honorific_sets_the_gender() -> None:
    text = "Mr. Omar Haddad runs Microsoft Research and Ms. Lena Fischer works for him. She left Microsoft in May."
    assert find(facts_of(text), "LEFT", person="Lena Fischer", org="Microsoft")


def test_a_ticker_and_wire_colon_after_the_hiring_company() -> None:
    facts = facts_of("Microsoft (MSFT.O): hires Lena Fischer from Google.")
    assert find(facts, "JOINED", person="Lena Fischer", org="Microsoft", from_org="Google")


def test_headline_infinitive_is_a_planned_departure_dated_forward() -> None:
    facts = facts_of("Intel: CFO Lena Fischer to retire in September.")
    assert find(facts, "LEFT", person="Lena Fischer", org="Intel", date="2025-09")
    # A past move with a purpose clause stays in the past.
    later = facts_of("Lena Fischer quit Intel in May to leave the industry.")
    assert find(later, "LEFT", person="Lena Fischer", org="Intel", date="2025-05")
