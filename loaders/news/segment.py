"""Sentence segmentation with character offsets.

Sentences end at ``.``, ``!`` or ``?`` followed by space and a capital, and at line breaks
(news bodies put one paragraph or headline on each line; :func:`unwrap` first joins lines
that only wrap running prose). Abbreviations such as "Inc.", "Corp.", "Mr." and "U.S." do
not end a sentence unless a typical sentence opener follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from orgraph.loaders.news.names import UPPER

# Never end a sentence: titles and initials always precede a name.
_TITLE_ABBREVS = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "st", "jr", "sr"}
# End a sentence only when a sentence opener follows: these often close a company name.
_SOFT_ABBREVS = {
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "u.s", "u.k", "e.g", "i.e", "vs", "etc",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no",
}  # fmt: skip
_OPENERS = {
    "The", "He", "She", "They", "It", "In", "On", "At", "A", "An", "This", "That", "These",
    "Those", "But", "And", "His", "Her", "Their", "Its", "We", "I", "According", "Earlier",
    "Last", "Meanwhile", "However", "After", "Before", "Since", "Under",
}  # fmt: skip

_MONTH_NEXT = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A capital of any Latin script opens a sentence too: "... in May. Żak had joined ...".
_BOUNDARY = re.compile(rf"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[{UPPER}0-9])")
_LEAD_JUNK = " \t\u2022*-\u2013\u2014>#"


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the document text."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index back into ``text``.

    Args:
        text: The document body.

    Returns:
        Sentences in order; ``text[s.start:s.end] == s.text`` for each.
    """
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        for start, end in _split_line(line):
            sentences.append(_make(text, pos + start, pos + end))
        pos += len(line) + 1
    return [s for s in sentences if s.text]


_LIST_OR_HEADING = re.compile(r"\s*(?:[-*\u2022#>|]|\d{1,3}[.)]\s)")
_HEADLINE_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over",
    "the", "to", "up", "via", "vs", "with",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def unwrap(text: str) -> str:
    """``text`` with each line break that wraps a sentence replaced by a space (same offsets).

    Plain-text and Markdown sources are often wrapped at ~72 columns; analysed as they are,
    every wrapped sentence would be cut in two.
    """
    lines = text.split("\n")
    parts: list[str] = []
    for line, following in pairwise(lines):
        parts += [line, " " if _wraps(line, following) else "\n"]
    parts.append(lines[-1])
    return "".join(parts)


def _wraps(line: str, following: str) -> bool:
    """Whether the break between two lines is a wrap inside a sentence, not a paragraph end.

    A wrap: the line is prose (a Title Case headline lowers only its small words) that stops
    without closing punctuation, and the next line continues it (not a list item or heading); a next line
    starting in lower case continues a sentence whatever the line looks like.
    """
    head, tail = line.rstrip(), following.lstrip()
    if not head or not tail or head[-1] in ".!?:;" or _LIST_OR_HEADING.match(following):
        return False
    item = head.lstrip()[0].isdigit() or _LIST_OR_HEADING.match(line)
    if item and tail[0].isdigit():  # timestamped, dated or listed items, one a line
        return False
    if tail[0].islower():
        return True
    words = _WORD.findall(head)
    lower_content = [w for w in words if w[0].islower() and w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(head) >= 40 and len(words) >= 6 and len(lower_content) >= 2


def _split_line(line: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in one line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if _is_abbreviation(line, match.start(), match.end()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(line: str, dot: int, after: int) -> bool:
    """Tell whether the full stop at ``dot`` closes an abbreviation rather than a sentence."""
    if line[dot] != ".":
        return False
    # A day written as an ordinal number before its month: "on 1. April" (German style).
    if re.search(r"(?<![\d.,])(?:[12]?\d|3[01])$", line[:dot]) and _MONTH_NEXT.match(line[after:]):
        return True
    word_match = re.search(r"([A-Za-z][A-Za-z.]*)$", line[:dot])
    if not word_match:
        return False
    word = word_match.group(1)
    lowered = word.lower()
    if lowered in _TITLE_ABBREVS or re.fullmatch(r"[A-Z]", word):
        return True
    if lowered in _SOFT_ABBREVS or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        nxt = re.match(r"\s+[\"'\u201c\u2018(]?([A-Za-z]+)", line[after:])
        return not (nxt and nxt.group(1) in _OPENERS)
    return False


def _make(text: str, start: int, end: int) -> Sentence:
    """Build a sentence with surrounding blanks and bullet marks trimmed off."""
    while start < end and text[start] in _LEAD_JUNK:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])
