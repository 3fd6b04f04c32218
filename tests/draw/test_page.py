"""The HTML page itself: self-contained, escaped, and showable inline in Jupyter."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from orgraph.api import OrgGraph
from orgraph.draw import draw, remote_references

from .payloads import BOSS, COMPANY, PERSON, QUOTE, ROLE, TEAM, hostile_report

AUGUST = date(2025, 8, 1)


def test_page_has_no_remote_reference_and_a_strict_policy(embedded: OrgGraph) -> None:
    embedded.load_reports([hostile_report()])
    page = embedded.draw(AUGUST).html
    assert remote_references(page) == []
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page  # pyvis's bootstrap tags are gone
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "default-src 'none'" in policy.group(1) and "connect-src 'none'" in policy.group(1)
    assert "'unsafe-inline'" not in policy.group(1).split("script-src")[1].split(";")[0]
    assert _script_elements(page) == len(re.findall(r"'sha256-", policy.group(1)))  # every script is hashed


def test_reports_text_never_appears_as_markup(embedded: OrgGraph) -> None:
    embedded.load_reports([hostile_report()])
    page = embedded.draw(AUGUST, company=COMPANY).html
    for payload in (PERSON, COMPANY, TEAM, QUOTE, ROLE, "<b onmouseover"):
        assert payload not in page
    assert "window.__pwned" in page  # the text is there, only never as live markup
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;Evil &amp; Co" in page  # the title and legend


def test_remote_references_spots_what_would_reach_out() -> None:
    assert remote_references('<script src="https://cdn.example/x.js"></script>')
    assert remote_references("<link href='//cdn.example/x.css'>")
    assert remote_references("<style>@import url(//cdn.example/x.css)</style>")
    assert not remote_references('<a>see "https://example.org" in text</a>')


def test_inline_display_is_a_sandboxed_iframe(seeded: OrgGraph) -> None:
    drawing = seeded.draw(AUGUST, company="Apple")
    shown = drawing._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in shown
    assert "<script" not in shown  # the page travels escaped inside the attribute
    assert drawing.title == "Apple as of 2025-08-01"


def _script_elements(page: str) -> int:
    """How many <script> elements an HTML parser sees (script text is not parsed as markup)."""

    class Counter(HTMLParser):
        count = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.count += tag == "script"

    counter = Counter()
    counter.feed(page)
    return counter.count


def test_plain_members_fold_into_their_team_box(embedded: OrgGraph) -> None:
    embedded.load_reports([hostile_report()])
    snapshot = embedded.to_networkx(AUGUST)
    assert draw(snapshot).folded == 0  # small graphs show everyone by default
    folded = draw(snapshot, fold=True)
    assert (folded.folded, folded.nodes) == (1, snapshot.number_of_nodes() - 1)  # the member, not the boss
    # The page's data is JSON with <, >, & and ' as \\u escapes, around tooltips already escaped as HTML.
    assert "\\n1 member" in folded.html and "Members: \\u0026lt;img src=x" in folded.html
    assert BOSS.replace("'", "\\u0026#x27;") in folded.html
