"""First-person reports: "I", "me" and "my" are the writer named in the byline or signature.

Personal blog posts and leaked memos say "Friday was my last day at Stripe"; the README's
convention (and any careful reader) takes the writer from a line that is nothing but a
name, maybe with a date or a dash: "*Priyanka Das, June 19, 2024*", "By Jo Park", "— Jo".
Quoted speech ("I'm thrilled," said Hale) belongs to its speaker and is left alone.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|My|Me)\b(?!\.\w)")
_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
# What may stand on a byline or signature line besides the name.
_BYLINE_REST = re.compile(
    r"^[\s*_#>\-\u2013\u2014,|~]*(?:by|from|posted\s+by|written\s+by)?[\s*_\-\u2013\u2014,|]*$", re.I
)
_DATE_BITS = re.compile(
    r"\b(?:\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b[.,]?",
    re.I,
)
_EDGE_LINES = 6


def find_writer(text: str, people: list[Mention]) -> str | None:
    """The writer's full name from a byline near the top or a signature near the bottom."""
    lines = _line_spans(text)
    edge = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
    for start, end in edge:
        for person in people:
            if person.anaphor or not (start <= person.start < end) or not person.value:
                continue
            rest = text[start : person.start] + " " + text[person.end : end]
            if _BYLINE_REST.match(_DATE_BITS.sub(" ", rest)):
                return person.value
    return _signed_by_given_name(text, lines[-_EDGE_LINES:], people)


def _signed_by_given_name(text: str, lines: list[tuple[int, int]], people: list[Mention]) -> str | None:
    """A memo signed with a given name only ("Thanks, / Seung-woo"): the one person of the
    report whose full name starts with it."""
    full = {m.value for m in people if m.value and not m.anaphor and " " in m.value}
    for start, end in reversed(lines):
        word = text[start:end].strip(" \t>*_-\u2013\u2014,")
        if not re.fullmatch(r"[A-Z][\w'-]+", word):
            continue
        owners = {name for name in full if _short_for(word, name.split()[0])}
        if len(owners) == 1:
            return owners.pop()
    return None


def _short_for(word: str, given: str) -> bool:
    """Tell whether a signature word is the given name or a clipped form of it: "Seun" for
    Oluwaseun, "Gwen" for Gwendolyn, "Alex" for Alexander (three letters at least)."""
    word, given = word.lower(), given.lower()
    return word == given or (len(word) >= 3 and (given.startswith(word) or given.endswith(word)))


def resolve_first_person(
    text: str, people: list[Mention], taken: list[Mention], author: str | None = None
) -> list[Mention]:
    """Mentions for "I"/"me"/"my" outside quotes, resolved to the writer: a byline or
    signature in the text, else the ``author`` the metadata names (one person only)."""
    if not re.search(r"\bI\b", _QUOTE.sub(" ", text)):
        return []
    writer = find_writer(text, people) or _single_author(author)
    if writer is None:
        return []
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    out = []
    for match in _FIRST_PERSON.finditer(text):
        start, end = match.start(), match.end()
        if any(s <= start < e for s, e in quoted) or any(m.overlaps(start, end) for m in taken):
            continue
        out.append(Mention("PER", start, end, writer, anaphor=True))
    return out


def _single_author(author: str | None) -> str | None:
    """The metadata author when it is one person's name (not "Staff", not "A and B")."""
    if not author:
        return None
    name = " ".join(author.split())
    if re.search(r"[,;&/]|\band\b|\bstaff\b|\bdesk\b|\breporters?\b", name, re.I) or not 2 <= len(name.split()) <= 5:
        return None
    return name


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-blank lines of ``text``."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
