"""Phrasings of moves, titles and teams beyond the basic ones, each in our own words.

Publication date of every snippet: Tuesday 2025-07-08 (see helpers_news.PUBLISHED).
"""

from __future__ import annotations

from .helpers_news import facts_of, find


def test_hire_from_elsewhere_is_two_facts() -> None:
    facts = facts_of("Zenithal Robotics has hired Jane Doe from Initech.")
    assert find(facts, "JOINED", person="Jane Doe", org="Zenithal Robotics", from_org="Initech")
    assert find(facts, "LEFT", person="Jane Doe", org="Initech", to_org="Zenithal Robotics")


def test_start_day_in_a_later_sentence_dates_the_move() -> None:
    facts = facts_of("Stripe has hired Jane Doe from Uber. She started on Monday.")
    joined = find(facts, "JOINED", person="Jane Doe", org="Stripe")
    left = find(facts, "LEFT", person="Jane Doe", org="Uber")
    assert joined and joined[0].date == "2025-07-07"
    assert left and left[0].date == "2025-07-07"


def test_reporting_verb_date_is_not_the_move_date() -> None:
    facts = facts_of("Adobe has hired Jane Doe from Uber, the company confirmed on Friday.")
    joined = find(facts, "JOINED", person="Jane Doe", org="Adobe")
    assert joined and joined[0].date is None


def test_tenure_dates_a_derived_join() -> None:
    facts = facts_of("Jane Doe left Oracle on March 3 to join Snowflake. She had spent nine years at Oracle.")
    assert find(facts, "LEFT", person="Jane Doe", org="Oracle", date="2025-03-03", to_org="Snowflake")
    assert find(facts, "JOINED", person="Jane Doe", org="Oracle", date="2016")


def test_retirement_after_years_with_company() -> None:
    text = "Walt Smith, the longtime president of Oakridge Outfitters, retired on Friday after 30 years with the firm."
    facts = facts_of(text)
    left = find(facts, "LEFT", person="Walt Smith", org="Oakridge Outfitters")
    assert left and left[0].date == "2025-07-04" and left[0].to_org is None
    assert find(facts, "JOINED", person="Walt Smith", org="Oakridge Outfitters", date="1995")


def test_stepping_down_from_a_title_is_not_leaving() -> None:
    facts = facts_of("Mary Smith will step down as CFO of Tessla Foods on September 30 and stay on as an adviser.")
    assert find(facts, "ROLE", person="Mary Smith", title="CFO", until="2025-09-30")
    assert not find(facts, "LEFT", person="Mary Smith")


def test_future_start_points_forward() -> None:
    facts = facts_of("Jane Doe joins Figma as head of design on March 2.")
    joined = find(facts, "JOINED", person="Jane Doe", org="Figma")
    assert joined and joined[0].date == "2026-03-02"


def test_head_of_is_leadership_not_a_title() -> None:
    facts = facts_of("Jane Doe has been named head of policy at Anthropic.")
    assert find(facts, "LEADS", person="Jane Doe", org="Anthropic", team="policy")
    assert not find(facts, "ROLE", person="Jane Doe")


def test_area_chief_leads_the_area() -> None:
    facts = facts_of("Microsoft said its Copilot chief, Ryan Keller, will stay.")
    assert find(facts, "LEADS", person="Ryan Keller", org="Microsoft", team="Copilot")


def test_lower_case_team_name_after_determiner() -> None:
    facts = facts_of("Jane Doe leads the payments risk ML team at Stripe.")
    assert find(facts, "LEADS", person="Jane Doe", team="payments risk ML", org="Stripe")
    assert find(facts, "PART_OF", team="payments risk ML", org="Stripe")


def test_hired_to_lead_its_team() -> None:
    facts = facts_of("The former Alphabet engineer Jane Doe was hired by Nvidia in May to lead its speech AI team.")
    lead = find(facts, "LEADS", person="Jane Doe", team="speech AI", org="Nvidia")
    assert lead and lead[0].since == "2025-05"


def test_appointment_alone_is_not_a_hire() -> None:
    facts = facts_of("Meta named Jane Doe last month to lead its Reality Labs Research group.")
    assert not find(facts, "JOINED", person="Jane Doe")
    assert find(facts, "LEADS", person="Jane Doe", team="Reality Labs Research")


def test_listicle_arrow() -> None:
    facts = facts_of("## 4. Jane Doe: Uber → Lyft\n\nThe logistics veteran started at Lyft in June.")
    assert find(facts, "JOINED", person="Jane Doe", org="Lyft", from_org="Uber", date="2025-06")
    assert find(facts, "LEFT", person="Jane Doe", org="Uber", to_org="Lyft", date="2025-06")


def test_first_person_post_uses_the_byline() -> None:
    text = (
        "*Odalys Fenwick, July 1, 2025*\n\n"
        "Last Friday was my last day at Stripe.\n\n"
        "Next month I'm joining Anthropic as an engineering manager, reporting to Theo Vance.\n"
    )
    facts = facts_of(text)
    assert find(facts, "LEFT", person="Odalys Fenwick", org="Stripe", to_org="Anthropic")
    assert find(facts, "JOINED", person="Odalys Fenwick", org="Anthropic", date="2025-08")
    assert find(facts, "REPORTS_TO", person="Odalys Fenwick", manager="Theo Vance", since="2025-08")


def test_quoted_first_person_is_the_speaker_not_the_writer() -> None:
    text = 'Jane Doe joined Intel in May. "I am thrilled," she said.\n\nBy Odalys Fenwick'
    facts = facts_of(text)
    assert not [f for f in facts if f.person == "Odalys Fenwick"]


def test_manager_behind_a_title() -> None:
    facts = facts_of("Jane Doe will report to CEO Alan Brooks.")
    assert find(facts, "REPORTS_TO", person="Jane Doe", manager="Alan Brooks")


def test_unknown_name_found_from_later_surname() -> None:
    facts = facts_of("Odalys Fenwick is a quiet force. Fenwick joined Intel in 2019.")
    assert find(facts, "JOINED", person="Odalys Fenwick", org="Intel", date="2019")


def test_company_takes_its_longest_name() -> None:
    text = "Brightwater Analytics, Inc. makes tools. Jane Doe joined Brightwater as CTO in May."
    facts = facts_of(text)
    assert find(facts, "JOINED", person="Jane Doe", org="Brightwater Analytics")


def test_honorific_is_not_part_of_the_name() -> None:
    facts = facts_of("Mister Lukas Hofer joined Google from SAP last week.")
    assert find(facts, "JOINED", person="Lukas Hofer", org="Google", from_org="SAP")
    joined = find(facts, "JOINED", person="Lukas Hofer")
    assert joined[0].date is None  # "last week" is too vague to date


def test_most_recently_as_a_past_title() -> None:
    facts = facts_of(
        "Jane Doe joins Nvidia from Broadcom on March 2, 2026, where she spent eleven years, "
        "most recently as senior director of switch silicon."
    )
    role = find(facts, "ROLE", person="Jane Doe", org="Broadcom")
    assert role and role[0].until == "2026-03-02"
    assert find(facts, "JOINED", person="Jane Doe", org="Broadcom", date="2015")


def test_takes_over_from_ends_the_predecessor() -> None:
    facts = facts_of(
        "From September 1, the Alexa AI group at Amazon will be run by Rohit Bansal. "
        "Bansal takes over from Helen Ortiz on that date."
    )
    assert find(facts, "LEADS", person="Rohit Bansal", team="Alexa AI", since="2025-09-01")
    assert find(facts, "LEADS", person="Helen Ortiz", team="Alexa AI", org="Amazon", until="2025-09-01")


def test_succeeding_to_a_new_title_ends_the_old_holder() -> None:
    facts = facts_of("Oracle named Jane Doe CTO, effective August 4. Doe replaces interim CTO Sam Whitaker.")
    assert find(facts, "ROLE", person="Jane Doe", title="CTO", org="Oracle", since="2025-08-04")
    assert find(facts, "ROLE", person="Sam Whitaker", title="interim CTO", org="Oracle", until="2025-08-04")


def test_question_states_no_move_but_keeps_titles() -> None:
    facts = facts_of("Is CEO Omar Said leaving Nimbus AI too?")
    assert not find(facts, "LEFT")
    assert find(facts, "ROLE", person="Omar Said", title="CEO")


def test_changing_from_one_company_to_another() -> None:
    facts = facts_of("Lukas Hofer is changing from SAP to Google in November.")
    assert find(facts, "JOINED", person="Lukas Hofer", org="Google", from_org="SAP")
    assert find(facts, "LEFT", person="Lukas Hofer", org="SAP", to_org="Google")


def test_previously_at_is_a_past_employer() -> None:
    facts = facts_of("Jane Doe has joined Anthropic. She was previously at OpenAI.")
    assert find(facts, "LEFT", person="Jane Doe", org="OpenAI", to_org="Anthropic")
    assert find(facts, "JOINED", person="Jane Doe", org="Anthropic", from_org="OpenAI")


def test_age_between_commas() -> None:
    facts = facts_of("Tobias Brandt, 41, was poached by Anthropic last month after seven years at Microsoft.")
    assert find(facts, "JOINED", person="Tobias Brandt", org="Anthropic", date="2025-06")
    assert find(facts, "LEFT", person="Tobias Brandt", org="Microsoft", to_org="Anthropic", date="2025-06")
    assert find(facts, "JOINED", person="Tobias Brandt", org="Microsoft", date="2018")


def test_cofounding_is_a_move_and_a_title() -> None:
    facts = facts_of("Ivan Petrov co-founded Nimbus AI in 2019 after five years at Yandex.")
    assert find(facts, "JOINED", person="Ivan Petrov", org="Nimbus AI", date="2019", from_org="Yandex")
    assert find(facts, "ROLE", person="Ivan Petrov", org="Nimbus AI", title="co-founder", since="2019")
    assert find(facts, "JOINED", person="Ivan Petrov", org="Yandex", date="2014")


def test_leading_for_years_dates_the_leadership() -> None:
    facts = facts_of("Jane Doe has run the Payments team at Stripe for eight years.")
    assert find(facts, "LEADS", person="Jane Doe", team="Payments", since="2017")


def test_announced_appointment_effective_date_starts_the_title() -> None:
    facts = facts_of(
        "Oracle today announced the appointment of Jane Doe as chief technology officer, effective August 4."
    )
    assert find(facts, "ROLE", person="Jane Doe", org="Oracle", title="chief technology officer", since="2025-08-04")


def test_predecessor_moving_into_a_new_role() -> None:
    facts = facts_of(
        "Intel has named Jane Doe vice president of engineering, effective August 4. "
        "She succeeds Raj Malhotra, who moves into a new role as chief architect on the same date."
    )
    assert find(facts, "ROLE", person="Raj Malhotra", title="vice president of engineering", until="2025-08-04")
    assert find(facts, "ROLE", person="Raj Malhotra", title="chief architect", since="2025-08-04")
