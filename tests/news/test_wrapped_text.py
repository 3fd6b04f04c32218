"""Hard-wrapped reports (plain text and Markdown wrapped at ~72 columns) read like unwrapped ones."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from orgraph.loaders.news import read_document
from orgraph.loaders.news.segment import unwrap
from tests.news.helpers_news import facts_of, find

GOLD = Path(__file__).resolve().parent.parent / "extraction" / "gold"
PROSE = (
    "Lindiwe Mokoena, who ran the payments risk group at Stripe for six years, has left the company to join "
    "Adyen as chief risk officer, the Dutch firm said on Monday. She will report to Adyen's chief executive, "
    "Pieter van Dam."
)
KEYS = ("type", "person", "org", "team", "manager", "title", "date", "since", "until", "from_org", "to_org")


def _keys(facts: list[object]) -> set[tuple[object, ...]]:
    return {tuple(getattr(f, k) for k in KEYS) for f in facts}


def test_a_wrapped_paragraph_gives_the_same_facts_with_quotes_from_the_original() -> None:
    wrapped = textwrap.fill(PROSE, 60)
    assert wrapped.count("\n") >= 3
    facts = facts_of(wrapped)
    assert _keys(facts) == _keys(facts_of(PROSE))
    assert find(facts, "LEFT", person="Lindiwe Mokoena", org="Stripe", to_org="Adyen")
    assert find(facts, "REPORTS_TO", person="Lindiwe Mokoena", manager="Pieter van Dam")
    for fact in facts:  # evidence is the report's own text, line breaks and all
        assert wrapped[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_headlines_list_items_and_timestamped_lines_stay_apart() -> None:
    text = (
        "Adyen Names Stripe Veteran Lindiwe Mokoena as Chief Risk Officer of the Group\n"
        "Lindiwe Mokoena joins from Stripe and will report to the chief executive of the firm\n"
        "- a second item in a list that is long enough to look like running prose\n"
        "09:10 ET -- the first timestamped line of a live blog without a full stop\n"
        "09:25 ET -- the second timestamped line of a live blog, with its full stop.\n"
        "Short heading\n"
        "A paragraph that ends with its full stop.\n"
        "and a line in lower case continues the sentence before it"
    )
    joined = unwrap(text)
    assert len(joined) == len(text)
    lines = joined.split("\n")
    assert lines[0].startswith("Adyen Names") and lines[0].endswith("Group")  # a Title Case headline ends its line
    assert lines[1].endswith("of the firm")  # a list item follows: no join
    assert lines[3].startswith("09:10") and lines[4].startswith("09:25")
    assert lines[5] == "Short heading"
    assert lines[6] == "A paragraph that ends with its full stop."
    assert lines[7].startswith("and a line")


def test_wrapping_the_gold_reports_changes_almost_nothing() -> None:
    """Every development report wrapped at 72 columns: at most 3% of the facts may differ
    (wrapped headlines legitimately lose a few)."""
    total = differing = 0
    for path in sorted(GOLD.glob("dev*/*")):
        if path.suffix not in (".md", ".txt"):
            continue
        text = path.read_text(encoding="utf-8")
        front = re.match(r"---\n.*?\n---\n", text, re.S)
        head = front.group(0) if front else ""
        body = text[len(head) :]
        wrapped = "\n".join(textwrap.fill(line, 72) if line.strip() else line for line in body.split("\n"))
        published = read_document(path).published
        before = _keys(facts_of(body, published))
        after = _keys(facts_of(wrapped, published))
        total += len(before)
        differing += len(before ^ after)
    assert total > 400
    assert differing <= 0.03 * total, (differing, total)
