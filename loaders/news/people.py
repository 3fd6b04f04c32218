"""Person mentions: full names found from word lists and context.

A run of two to four capitalised tokens is a name when its first token is a known first
name, its last a known surname, or its context says so (a title before it, ", who" or a
career verb after it). Companies, titles and dates are masked out beforehand so "Meta CEO
Mark Zuckerberg" yields "Mark Zuckerberg" alone.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.names import (
    NOT_NAME_WORDS,
    is_name_token,
    name_score,
    strip_glued_boilerplate,
)

_TOKEN = (
    r"(?:[A-Z][a-zà-ÿ]*(?:[-'\u2019](?!s\b)[A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|"
    r"(?:Mc|Mac|De|Di|O')[A-Z][a-z]+)"
)
_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:(?:van|von|der|de|da|di|bin|al|la|le)[ \t]+)?{_TOKEN})*")
_BEFORE_CUE = re.compile(
    r"(?:#|\b(?:CEO|CTO|CFO|COO|executive|exec|engineer|researcher|scientist|founder|president|"
    r"chief|director|manager|VP|veteran|hire|by|named|hired|tapped|appointed|poached|said|"
    r"says|colleague|boss|leader|head|lead|analyst|deputy|spokesperson|spokeswoman|spokesman|successor|"
    r"predecessor|co-?founder|cofounder|partner|lieutenant|veteran|alumna|alumnus|Mr\.|Ms\.|Mrs\.|Dr\.|"
    r"succeeds|succeeded|replaces|replaced|(?:report|answer)(?:s|ed|ing)?(?:[ \t]+directly)?[ \t]+to))[ \t]*,?[ \t]*$"
)
_AFTER_CUE = re.compile(
    r"^(?:[ \t]*,[ \t]*(?:who|a|an|the|one|former|formerly|previously|#|its|his|her)\b|"
    r"[ \t]*,[ \t]*#|[ \t]*,[ \t]*(?:will|has|had|is|was|said|now|then|also)\b|"
    r"[ \t]+(?:said|says|told|joined|joins|left|leaves|leads|led|"
    r"runs|ran|heads|headed|reports|reported|will|is|was|has|had|who)\b)"
)


def find_people(masked: str) -> list[Mention]:
    """Find full-name person mentions in text whose non-person spans are masked with "#".

    Args:
        masked: The document text with companies, titles, teams and dates overwritten.

    Returns:
        Mentions of kind PER whose value is the name as written.
    """
    people: list[Mention] = []
    for match in _RUN.finditer(masked):
        spans = _trim(match.start(), match.group(0))
        if not 2 <= len(spans) <= 4:
            continue
        start, end = spans[0][0], spans[-1][1]
        tokens = [masked[s:e] for s, e in spans]
        if name_score(tokens) or _context_says_person(masked, start, end) or _surname_recurs(masked, tokens, end):
            people.append(Mention("PER", start, end, " ".join(tokens)))
    return people


def _surname_recurs(masked: str, tokens: list[str], end: int) -> bool:
    """Tell whether a two- or three-word run's last word comes back alone later in the text
    followed by a verb or possessive ("Ingrid Solberg ... Solberg left"): news refers to
    people by surname after the first mention, and rarely to anything else that way."""
    if len(tokens) > 3 or any(t.endswith(".") for t in tokens):
        return False
    verb = r"\s+(?:[a-z]+(?:ed|s)|said|left|led|ran|is|was|has|had|will)\b"
    pattern = rf"(?<![\w#-]){re.escape(tokens[-1])}(?:['\u2019]s\b|{verb})"
    return any(m.start() > end for m in re.finditer(pattern, masked))


def _trim(offset: int, run: str) -> list[tuple[int, int]]:
    """Token spans of a run, without leading and trailing tokens that cannot be in a name."""
    spans = [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", run)]
    if spans:
        glued = strip_glued_boilerplate(run[: spans[0][1] - offset])
        spans[0] = (spans[0][0] + glued, spans[0][1])
    while spans and not is_name_token(run[spans[0][0] - offset : spans[0][1] - offset]):
        spans = spans[1:]
    while spans and not is_name_token(run[spans[-1][0] - offset : spans[-1][1] - offset]):
        spans = spans[:-1]
    return spans


def _context_says_person(text: str, start: int, end: int) -> bool:
    """Tell whether the words around a capitalised run mark it as a person's name."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return bool(_BEFORE_CUE.search(before) or _AFTER_CUE.match(after))


def find_name_parts(text: str, full_names: list[Mention]) -> list[Mention]:
    """Find single-token mentions ("Pang", "Pang's") of earlier full names.

    Each resolves to the most recent earlier full name sharing that surname (or, failing
    that, first name), so two people with one surname are told apart by recency.
    """
    parts: list[Mention] = []
    for match in re.finditer(r"\b[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b", text):
        word = match.group(0)
        if word.lower() in NOT_NAME_WORDS:
            continue
        if any(m.start <= match.start() < m.end for m in full_names):
            continue
        target = _most_recent(full_names, match.start(), word)
        if target is not None:
            parts.append(Mention("PER", match.start(), match.end(), target, anaphor=True))
    return parts


def _most_recent(full_names: list[Mention], pos: int, word: str) -> str | None:
    """The latest full name before ``pos`` whose last (else first) token is ``word``."""
    earlier = [m for m in full_names if m.start < pos and m.value]
    for index in (-1, 0):
        for mention in reversed(earlier):
            assert mention.value is not None
            if mention.value.split()[index] == word:
                return mention.value
    return None
