"""Paraphrase matrix: each core fact family said in many ways, none taken from a gold text.

Families: JOINED (with the company left), LEFT (destination, date, tenure), LEADS (since),
REPORTS_TO, ROLE (since / until), succession, reorganisation and PART_OF. Phrasings vary
outlet style, voice, clause order, tense and name shapes. Every sentence is our own.
Publication date: Tuesday 2025-07-08, so "last month" is 2025-06, "on Monday" (past) is
2025-07-07, "next month" is 2025-08.

Phrasings the extractor cannot read yet are strict ``xfail`` cases, so the gap stays visible.
"""

from __future__ import annotations

from typing import Any

import pytest

from orgraph.loaders.news import ExtractedFact

from .helpers_news import facts_of

Want = dict[str, Any]


def _matches(fact: ExtractedFact, want: Want) -> bool:
    """Whether ``fact`` has every wanted slot; titles and teams compare case-insensitively."""
    if fact.type != want["type"]:
        return False
    for key, value in want.items():
        got = getattr(fact, key)
        if key in ("title", "team") and isinstance(got, str) and isinstance(value, str):
            if got.lower() != value.lower():
                return False
        elif got != value:
            return False
    return True


# Phrasings not read yet, with why: each is a strict xfail, so fixing one flips it to a pass.
GAPS: dict[str, str] = {}


def _case(text: str, *wants: Want) -> Any:
    """One phrasing with the facts a careful reader would list; a known miss is an xfail."""
    gap = GAPS.get(text)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, list(wants), marks=marks, id=text[:60])


def F(type_: str, **slots: Any) -> Want:
    """A wanted fact: its type and the slots it must carry."""
    return {"type": type_, **slots}


JOINED = [
    _case("Hélène Dubois jumped ship to Stripe in May after six years at Adyen.",
          F("JOINED", person="Hélène Dubois", org="Stripe", date="2025-05"),
          F("LEFT", person="Hélène Dubois", org="Adyen", to_org="Stripe")),
    _case("Stripe named Hélène Dubois, a director who has been with the company since 2016, to run risk.",
          F("JOINED", person="Hélène Dubois", org="Stripe", date="2016")),
    _case("Hélène Dubois, who wrapped up 13 years at Adyen in March, now runs risk at Stripe.",
          F("LEFT", person="Hélène Dubois", org="Adyen", date="2025-03"),
          F("JOINED", person="Hélène Dubois", org="Adyen", date="2012")),
    # Surnames and sentence openers in any Latin script ("Zieliński", "Żak").
    _case("Stanisław Zieliński spoke to us on Monday. Born in Łódź, Zieliński joined Siemens in 1998.",
          F("JOINED", person="Stanisław Zieliński", org="Siemens", date="1998")),
    _case("Łukasz Żak left Google in May. Żak had joined the company in 2016.",
          F("LEFT", person="Łukasz Żak", org="Google", date="2025-05"),
          F("JOINED", person="Łukasz Żak", org="Google", date="2016")),
    _case("Hélène Dubois has joined Stripe from Adyen as head of risk.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen")),
    _case("Stripe has hired Hélène Dubois from Adyen.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen")),
    _case("In March, Hélène Dubois moved to Stripe from Adyen.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen", date="2025-03")),
    _case("Formerly of Adyen, Hélène Dubois joins Stripe as chief risk officer.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen")),
    _case("Hélène Dubois was hired by Stripe Inc. from Adyen on June 2.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen", date="2025-06-02")),
    _case("Hélène Dubois will join Brightwater Capital from Goldman Sachs in September.",
          F("JOINED", person="Hélène Dubois", org="Brightwater Capital", from_org="Goldman Sachs",
            date="2025-09")),
    _case("After six years at Adyen, Hélène Dubois is joining Stripe.",
          F("JOINED", person="Hélène Dubois", org="Stripe"),
          F("LEFT", person="Hélène Dubois", org="Adyen", to_org="Stripe")),
    _case("Joining Stripe from Adyen is Hélène Dubois, who starts on July 14.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen")),
    _case("Northwind Ltd has appointed J. R. Okafor, formerly of Contoso Inc., as its finance chief.",
          F("JOINED", person="J. R. Okafor", org="Northwind", from_org="Contoso")),
    _case("Hélène Dubois, previously at Adyen, joined Stripe last month.",
          F("JOINED", person="Hélène Dubois", org="Stripe", from_org="Adyen", date="2025-06")),
    _case("Stripe said Monday it had brought on Hélène Dubois, who spent a decade at Adyen.",
          F("JOINED", person="Hélène Dubois", org="Stripe")),
]

LEFT = [
    _case("Kenji Watanabe has left Sony for Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo")),
    _case("Kenji Watanabe left Sony on June 30 after 12 years.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-06-30"),
          F("JOINED", person="Kenji Watanabe", org="Sony", date="2013")),
    _case("After nine years at Sony, Kenji Watanabe is leaving to join Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo")),
    _case("Sony confirmed that Kenji Watanabe departed last month.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-06")),
    _case("Kenji Watanabe quit Sony in May to join Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo", date="2025-05")),
    _case("Sony's Kenji Watanabe is departing for Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo")),
    _case("On Friday, Kenji Watanabe resigned from Sony.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-07-04")),
    _case("Nintendo has poached Kenji Watanabe from Sony.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo")),
    _case("Kenji Watanabe, who spent eight years at Sony, left the company in April.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-04"),
          F("JOINED", person="Kenji Watanabe", org="Sony", date="2017")),
    _case("Kenji Watanabe will leave Sony at the end of September.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-09")),
    _case("Kenji Watanabe, a 15-year Sony veteran, exited the company in June and joined Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-06"),
          F("JOINED", person="Kenji Watanabe", org="Sony", date="2010")),
    _case("Leaving Sony in May, Kenji Watanabe joined Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo", date="2025-05")),
    _case("Departing Sony after a decade, Kenji Watanabe heads to Nintendo.",
          F("LEFT", person="Kenji Watanabe", org="Sony", to_org="Nintendo")),
    _case("Sony and its head of audio, Kenji Watanabe, are parting ways after nine years.",
          F("LEFT", person="Kenji Watanabe", org="Sony")),
    _case("Sony and Kenji Watanabe, its head of audio, are parting ways after nine years. His last day is Friday.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-07-11"),
          F("JOINED", person="Kenji Watanabe", org="Sony", date="2016")),
    _case("Sony said it had parted company with its chief technology officer, Kenji Watanabe.",
          F("LEFT", person="Kenji Watanabe", org="Sony")),
    _case("Sony's previous CTO, Kenji Watanabe, exited the company in May.",
          F("LEFT", person="Kenji Watanabe", org="Sony", date="2025-05")),
]

LEADS = [
    _case("Amara Nwosu continues to lead Spotify's personalization team.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("At Spotify, Amara Nwosu has been tapped to lead the personalization business, effective August 15.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify", since="2025-08-15")),
    _case("Until a successor is found, Spotify's personalization group will be run by deputy CTO Amara Nwosu.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify"),
          F("ROLE", person="Amara Nwosu", org="Spotify", title="deputy CTO")),
    _case("Spotify's personalization team, which Amara Nwosu built and ran, is now overseen by COO Farhan Qureshi.",
          F("LEADS", person="Farhan Qureshi", team="personalization", org="Spotify")),
    _case("Spotify's 12-person personalization team, which Amara Nwosu ran, will now be run by Grace Liu.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify"),
          F("LEADS", person="Grace Liu", team="personalization", org="Spotify")),
    _case("Amara Nwosu joined Spotify in May. She spent nine years at Netflix, most recently overseeing the "
          "recommendations team.",
          F("LEADS", person="Amara Nwosu", team="recommendations", org="Netflix", until="2025-05")),
    _case("Amara Nwosu leads Spotify's personalization team.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("Spotify's personalization team is led by Amara Nwosu.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("Amara Nwosu, who heads the personalization group at Spotify, spoke at the event.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("Since March 2023, Amara Nwosu has run Spotify's personalization team.",
          F("LEADS", person="Amara Nwosu", team="personalization", since="2023-03")),
    _case("Amara Nwosu has headed the personalization team at Spotify since 2022.",
          F("LEADS", person="Amara Nwosu", team="personalization", since="2022")),
    _case("The head of Spotify's personalization team, Amara Nwosu, said growth was strong.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("Amara Nwosu oversees the personalization unit at Spotify.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("In charge of Spotify's personalization team is Amara Nwosu.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    _case("Amara Nwosu took over Spotify's personalization team in January.",
          F("LEADS", person="Amara Nwosu", team="personalization", since="2025-01")),
    _case("Amara Nwosu will lead Spotify's personalization team starting next month.",
          F("LEADS", person="Amara Nwosu", team="personalization", since="2025-08")),
    _case("Amara Nwosu has run the personalization team at Spotify for four years.",
          F("LEADS", person="Amara Nwosu", team="personalization", since="2021")),
    _case("Spotify has put Amara Nwosu in charge of its personalization team.",
          F("LEADS", person="Amara Nwosu", team="personalization", org="Spotify")),
    # A bare business area after "its", "their", a company's possessive or "all of our".
    _case("Spotify has hired Amara Nwosu to lead its audio infrastructure.",
          F("LEADS", person="Amara Nwosu", team="audio infrastructure", org="Spotify")),
    _case("Spotify hired Amara Nwosu in April to run Spotify's podcast analytics.",
          F("LEADS", person="Amara Nwosu", team="podcast analytics", org="Spotify", since="2025-04")),
    _case("Luis Ortega will report to Dana Whitfield, who now leads all of our payments research.",
          F("LEADS", person="Dana Whitfield", team="payments research")),
    # "<company> <area> chief <name>", the company known or not, and "<Area> chief" opening a sentence.
    _case("Rivian design chief Sofia Marquez resigned on Monday.",
          F("LEADS", person="Sofia Marquez", team="design", org="Rivian", until="2025-07-07"),
          F("LEFT", person="Sofia Marquez", org="Rivian", date="2025-07-07")),
    _case("Halbrook hardware boss Tomasz Wójcik quit on Friday.",
          F("LEADS", person="Tomasz Wójcik", team="hardware", org="Halbrook"),
          F("LEFT", person="Tomasz Wójcik", org="Halbrook", date="2025-07-04")),
    _case("Hardware chief Tomasz Wójcik quit on Friday, Spotify said.",
          F("LEADS", person="Tomasz Wójcik", team="hardware", org="Spotify")),
    _case("Spotify hired Amara Nwosu, a Netflix veteran, in May to head its podcast team.",
          F("LEADS", person="Amara Nwosu", team="podcast", org="Spotify", since="2025-05")),
    # A hyphenated area opening a passive succession ("Live-ops will now be run by").
    _case("Amara Nwosu joined Netflix last month. Cloud-ops will now be run by Grace Liu, formerly Nwosu's deputy.",
          F("LEADS", person="Grace Liu", team="cloud-ops")),
    # "search" with another area word is a team; an area may end at "there", "on", "under".
    _case("At Google, Mei Chen runs search quality; Tom Eriksen leads ads.",
          F("LEADS", person="Mei Chen", team="search quality", org="Google"),
          F("LEADS", person="Tom Eriksen", team="ads", org="Google")),
    _case("Mei Chen joined Stripe in May and will run fraud there.",
          F("LEADS", person="Mei Chen", team="fraud", org="Stripe")),
    # An appositive before the name, closed by a comma before the auxiliary.
    _case("Her former manager at Adyen, Mei Chen, will oversee payments at Stripe.",
          F("LEADS", person="Mei Chen", team="payments", org="Stripe")),
    # A proper-named unit after a past leading verb, and a leadership ended "until" a date.
    _case("At Google, Mei Chen headed Gemini Safety, a small unit inside DeepMind, until 2023.",
          F("LEADS", person="Mei Chen", team="Gemini Safety", org="Google", until="2023")),
    _case("Mei Chen ran the search team at Google until March.",
          F("LEADS", person="Mei Chen", team="search", org="Google", until="2025-03")),
    # A "head of" appositive dated by "since", and an aside in brackets after the name.
    _case("Rivian last month promoted Mei Chen, head of its battery software unit since 2020, to chief "
          "technology officer.",
          F("LEADS", person="Mei Chen", team="battery software", org="Rivian", since="2020"),
          F("ROLE", person="Mei Chen", org="Rivian", title="chief technology officer", since="2025-06")),
    _case("Mei Chen (who, yes, once worked at a bakery) has run Stripe's fraud team since 2021.",
          F("LEADS", person="Mei Chen", team="fraud", org="Stripe", since="2021")),
    # A title that names the team it runs ("as VP in charge of its X").
    _case("Rivian has appointed Mei Chen, previously at Lucid, as vice president in charge of its battery "
          "software unit. She starts on November 3.",
          F("LEADS", person="Mei Chen", team="battery software", org="Rivian", since="2025-11-03")),
    _case("Mei Chen joins Stripe on August 1 as vice president, responsible for its payments team.",
          F("LEADS", person="Mei Chen", team="payments", org="Stripe", since="2025-08-01")),
    # A team no company is named for belongs to the company that introduces its leader.
    _case("Netflix is said to be courting Spotify's Mei Chen, who heads the Wrapped analytics team.",
          F("LEADS", person="Mei Chen", team="Wrapped analytics", org="Spotify")),
    # A team taken with a hire starts when a later sentence says the arrival does.
    _case("Spotify has hired Amara Nwosu to lead their audio infrastructure. Nwosu starts on August 4.",
          F("LEADS", person="Amara Nwosu", team="audio infrastructure", since="2025-08-04")),
    _case("Stripe has tapped Grace Liu to run its fraud team. She left Adyen in May, and she starts at "
          "Stripe next month.",
          F("JOINED", person="Grace Liu", org="Stripe", date="2025-08"),
          F("LEFT", person="Grace Liu", org="Adyen", date="2025-05"),
          F("LEADS", person="Grace Liu", team="fraud", since="2025-08")),
]

REPORTS_TO = [
    _case("Katarzyna Nowak joins Siemens from Novartis. She will report to the CEO, Prof. Dr. Ulrike Brandt.",
          F("REPORTS_TO", person="Katarzyna Nowak", manager="Ulrike Brandt")),
    _case("Stripe has hired Tomás Ibáñez Herrera from Pfizer. Ibáñez will answer to president Grace Oyelaran.",
          F("REPORTS_TO", person="Tomás Ibáñez Herrera", manager="Grace Oyelaran")),
    _case("Luis Ortega reports to Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega will report to chief executive Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega, who reports to Dana Whitfield, runs the payments team at Acme.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega joins Acme Corp. Ortega will report directly to CEO Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Reporting to Dana Whitfield, Luis Ortega will oversee payments at Acme.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega answers to Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Since January, Luis Ortega has reported to Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield", since="2025-01")),
    _case("Luis Ortega's boss is Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega now reports to Dana Whitfield, Acme's chief operating officer.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield")),
    _case("Luis Ortega will be reporting to Dana Whitfield from August 1.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield", since="2025-08-01")),
    _case("Luis Ortega and Mei Chen both report to Dana Whitfield.",
          F("REPORTS_TO", person="Luis Ortega", manager="Dana Whitfield"),
          F("REPORTS_TO", person="Mei Chen", manager="Dana Whitfield")),
]

ROLE = [
    _case("Sofia Marquez is the chief financial officer of Rivian.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer")),
    _case("Rivian named Sofia Marquez chief financial officer on Monday.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer",
            since="2025-07-07")),
    _case("Sofia Marquez was appointed CFO of Rivian in May.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO", since="2025-05")),
    _case("Rivian CFO Sofia Marquez said margins improved.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO")),
    _case("Sofia Marquez, Rivian's chief financial officer, said margins improved.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer")),
    _case("Sofia Marquez will step down as CFO of Rivian on September 30.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO", until="2025-09-30")),
    _case("Sofia Marquez has been promoted to chief operating officer at Rivian.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief operating officer")),
    _case("Sofia Marquez becomes Rivian's CFO effective August 1.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO", since="2025-08-01")),
    _case("Sofia Marquez, who served as Rivian's CFO until March, now advises startups.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO", until="2025-03")),
    _case("Sofia Marquez joins Blue Harbor Ltd as chief technology officer.",
          F("ROLE", person="Sofia Marquez", org="Blue Harbor", title="chief technology officer")),
    _case("Sofia Marquez has been Rivian's CFO since 2021.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="CFO", since="2021")),
    _case("Sofia Marquez will leave Tesla to join Rivian as chief financial officer in September.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer", since="2025-09")),
    _case("Rivian has hired Sofia Marquez away from Tesla to be its chief financial officer.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer")),
    _case("Sofia Marquez has left her post as chief financial officer at Rivian.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer")),
    _case("Sofia Marquez assumes the role of interim chief executive at Rivian.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="interim chief executive")),
    _case("Sofia Marquez will report to Rivian's founder and CEO, Robert Scaringe.",
          F("ROLE", person="Robert Scaringe", org="Rivian", title="CEO"),
          F("REPORTS_TO", person="Sofia Marquez", manager="Robert Scaringe")),
    # Former titles: kept, and ended by the departure the report gives.
    _case("Rivian has hired Sofia Marquez, formerly senior vice president of finance at Tesla, to run its treasury.",
          F("ROLE", person="Sofia Marquez", org="Tesla", title="senior vice president of finance"),
          F("LEFT", person="Sofia Marquez", org="Tesla")),
    _case("Rivian has hired former Tesla finance director Sofia Marquez.",
          F("ROLE", person="Sofia Marquez", org="Tesla", title="finance director")),
    _case("Sofia Marquez joins Rivian from Tesla, where she was finance director.",
          F("ROLE", person="Sofia Marquez", org="Tesla", title="finance director"),
          F("LEFT", person="Sofia Marquez", org="Tesla", to_org="Rivian")),
    _case("Rivian last month elevated Sofia Marquez to chief financial officer.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer", since="2025-06")),
    _case("Rivian has promoted Sofia Marquez to the role of chief operating officer.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief operating officer")),
    _case("Rivian has hired Sofia Marquez as chief financial officer. She takes up the post on September 1.",
          F("ROLE", person="Sofia Marquez", org="Rivian", title="chief financial officer", since="2025-09-01")),
    _case("Rivian has named Małgorzata Sobczyk chief financial officer, effective today.",
          F("ROLE", person="Małgorzata Sobczyk", org="Rivian", title="chief financial officer", since="2025-07-08")),
]

SUCCESSION = [
    _case("Ana Lima succeeds Paul Berg as CEO of Natura.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO"),
          F("ROLE", person="Paul Berg", org="Natura", title="CEO")),
    _case("Ana Lima will take over from Paul Berg as head of the cloud team at Natura on August 1.",
          F("LEADS", person="Ana Lima", team="cloud", since="2025-08-01"),
          F("LEADS", person="Paul Berg", team="cloud", until="2025-08-01")),
    _case("Paul Berg is stepping down as CEO of Natura; Ana Lima will replace him.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO")),
    _case("Paul Berg's successor as CEO of Natura is Ana Lima.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO")),
    _case("The cloud team at Natura will now be run by Ana Lima, replacing Paul Berg.",
          F("LEADS", person="Ana Lima", team="cloud")),
    _case("Ana Lima replaces Paul Berg, who retired in June, as head of Natura's cloud team.",
          F("LEADS", person="Ana Lima", team="cloud"),
          F("LEFT", person="Paul Berg", org="Natura", date="2025-06")),
    _case("Taking over from Paul Berg as CEO of Natura is Ana Lima.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO")),
    _case("Ana Lima has been named to succeed Paul Berg as Natura's chief executive.",
          F("ROLE", person="Ana Lima", org="Natura", title="chief executive")),
    _case("Paul Berg hands the CEO role at Natura to Ana Lima on September 1.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO", since="2025-09-01")),
    # Taking the reins of a team (a bare area or a named one) from its earlier leader.
    _case("At Spotify, Ana Lima takes the reins of cloud infrastructure from Paul Berg, who has run the team "
          "since 2021.",
          F("LEADS", person="Ana Lima", team="cloud infrastructure", org="Spotify"),
          F("LEADS", person="Paul Berg", team="cloud infrastructure", org="Spotify", since="2021")),
    _case("At Natura, Ana Lima took the helm of the billing group from Paul Berg in May.",
          F("LEADS", person="Ana Lima", team="billing", since="2025-05"),
          F("LEADS", person="Paul Berg", team="billing", until="2025-05")),
    _case("Spotify has hired Ana Lima to run cloud infrastructure. Lima starts on August 4. She takes the reins of "
          "cloud infrastructure from Paul Berg.",
          F("LEADS", person="Ana Lima", team="cloud infrastructure", since="2025-08-04"),
          F("LEADS", person="Paul Berg", team="cloud infrastructure", until="2025-08-04")),
    # The predecessor in a participle after the successor's clause.
    _case("Stripe named Mei Chen head of fraud on Monday, succeeding Tom Eriksen, who retired.",
          F("LEADS", person="Mei Chen", team="fraud", org="Stripe", since="2025-07-07"),
          F("LEADS", person="Tom Eriksen", team="fraud", org="Stripe", until="2025-07-07")),
    _case("Mei Chen will become Stripe's CFO in September, replacing Tom Eriksen.",
          F("ROLE", person="Tom Eriksen", org="Stripe", title="CFO", until="2025-09")),
    _case("Paul Berg will be succeeded by Ana Lima as CEO of Natura.",
          F("ROLE", person="Ana Lima", org="Natura", title="CEO")),
]

REORG = [
    _case("Priya Raman's team will move under Marco Bellini.",
          F("REPORTS_TO", person="Priya Raman", manager="Marco Bellini")),
    _case("At Google, the search team will move under Marco Bellini.",
          F("LEADS", person="Marco Bellini", team="search")),
    _case("Under the new structure, Priya Raman will report to Marco Bellini.",
          F("REPORTS_TO", person="Priya Raman", manager="Marco Bellini")),
    _case("Priya Raman and Tom Eriksen will now report to Marco Bellini.",
          F("REPORTS_TO", person="Priya Raman", manager="Marco Bellini"),
          F("REPORTS_TO", person="Tom Eriksen", manager="Marco Bellini")),
    _case("Marco Bellini will absorb Google's search team.",
          F("LEADS", person="Marco Bellini", team="search")),
    _case("Google's search and ads teams are being combined under Marco Bellini.",
          F("LEADS", person="Marco Bellini", team="search"),
          F("LEADS", person="Marco Bellini", team="ads")),
    _case("The hardware and services groups at Apple will be merged under Tim Cook.",
          F("LEADS", person="Tim Cook", team="hardware", org="Apple"),
          F("LEADS", person="Tim Cook", team="services", org="Apple")),
    _case("Priya Raman's group now sits under Marco Bellini.",
          F("REPORTS_TO", person="Priya Raman", manager="Marco Bellini")),
    _case("Marco Bellini is taking on responsibility for Google's search team.",
          F("LEADS", person="Marco Bellini", team="search")),
    _case("The search group at Google will be folded into Marco Bellini's organisation.",
          F("LEADS", person="Marco Bellini", team="search")),
    _case("Going forward, Priya Raman's team reports to Marco Bellini.",
          F("REPORTS_TO", person="Priya Raman", manager="Marco Bellini")),
]

PART_OF = [
    _case("The MLX team at Apple released a new library.", F("PART_OF", team="MLX", org="Apple")),
    _case("Sony's PlayStation Studios group hired 40 engineers.",
          F("PART_OF", team="PlayStation Studios", org="Sony")),
    _case("The Photos team, which is part of Google, shipped an update.",
          F("PART_OF", team="Photos", org="Google")),
    _case("Netflix's content engineering division is led by Raj Patel.",
          F("PART_OF", team="content engineering", org="Netflix")),
    _case("The payments group at Shopify Inc. has 200 engineers.",
          F("PART_OF", team="payments", org="Shopify")),
    _case("Raj Patel runs the recommendations team at Netflix.",
          F("PART_OF", team="recommendations", org="Netflix")),
    _case("Maya Chen left Microsoft to join the Photos team, which is part of Google.",
          F("PART_OF", team="Photos", org="Google")),
    _case("Within Spotify, the personalization team has grown to 80 people.",
          F("PART_OF", team="personalization", org="Spotify")),
    _case("Raj Patel, head of Netflix's recommendations group, is leaving.",
          F("PART_OF", team="recommendations", org="Netflix")),
]

MATRIX = JOINED + LEFT + LEADS + REPORTS_TO + ROLE + SUCCESSION + REORG + PART_OF


@pytest.mark.parametrize(("text", "wants"), MATRIX)
def test_paraphrase(text: str, wants: list[Want]) -> None:
    facts = facts_of(text)
    for want in wants:
        assert any(_matches(f, want) for f in facts), (want, [f.model_dump(exclude={"evidence"}) for f in facts])


# Facts a careful reader would NOT list: readings the extractor once produced by mistake.
WRONG = [
    pytest.param(
        "Sofia Marquez joins Rivian from Tesla, where she was finance director.",
        F("ROLE", person="Sofia Marquez", org="Rivian"),
        id="a title 'where' the person came from is not a title at the company joined",
    ),
    pytest.param(
        "Reporting to Dana Whitfield, Luis Ortega will oversee payments at Acme.",
        F("LEADS", person="Dana Whitfield"),
        id="fronted reporting line: the manager does not lead the team",
    ),
    pytest.param(
        "Ana Lima replaces Paul Berg as head of Natura's cloud team.",
        F("LEADS", team="Natura"),
        id="succession: the company owning the team is not a team",
    ),
    pytest.param(
        "Ana Lima replaces Paul Berg, who retired in June, as head of Natura's cloud team.",
        F("LEADS", team="Natura"),
        id="succession with a relative clause: the company is not a team",
    ),
]


WRONG += [
    pytest.param(
        "Mei Chen joined Google in 2020 and will lead the search for a new CFO.",
        F("LEADS", team="search"),
        id="leading the search for someone is not leading a search team",
    ),
    pytest.param(
        "Design chief Olivier Desrochers resigned yesterday, Halbrook said.",
        F("LEFT", org="Design"),
        id="a sentence-initial area before 'chief' is not a company",
    ),
    pytest.param(
        "Siri engineering chief Jo Park left Apple in May.",
        F("LEFT", org="Siri"),
        id="a product before '<area> chief' is not a company when the sentence names one",
    ),
    pytest.param(
        "Amara Nwosu joined Spotify in 2019. Nwosu will head a new research unit there.",
        F("LEADS", team="Nwosu will"),
        id="a name before the verb 'head' is not an area",
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), WRONG)
def test_not_produced(text: str, unwanted: Want) -> None:
    facts = facts_of(text)
    assert facts, "the sentence should still yield its true facts"
    assert not any(_matches(f, unwanted) for f in facts), [f.model_dump(exclude={"evidence"}) for f in facts]
