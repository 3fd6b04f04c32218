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
    NAME_WORD,
    NOT_NAME_WORDS,
    ORG_HEADS,
    PARTICLES,
    is_name_token,
    name_score,
    strip_glued_boilerplate,
)

_TOKEN = NAME_WORD
_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{PARTICLES}[ \t]+){{0,2}}{_TOKEN})*")
_AFTER_NAME_WORD = re.compile(rf"{_TOKEN}[ \t]$")
_BEFORE_CUE = re.compile(
    r"(?:#|\b(?:CEO|CTO|CFO|COO|executive|exec|engineer|researcher|scientist|founder|president|"
    r"chief|director|manager|VP|veteran|hire|by|named|hired|tapped|appointed|poached|said|founders|co-?founders|"
    r"says|colleague|boss|leader|head|lead|analyst|deputy|spokesperson|spokeswoman|spokesman|successor|"
    r"predecessor|co-?founder|cofounder|partner|lieutenant|veteran|alumna|alumnus|Mr\.|Ms\.|Mrs\.|Dr\.|"
    r"succeeds|succeeded|replaces|replaced|(?:report|answer)(?:s|ed|ing)?(?:[ \t]+directly)?[ \t]+to))[ \t]*,?[ \t]*$"
)
_AFTER_CUE = re.compile(
    r"^(?:[ \t]*,[ \t]*(?:who|a|an|the|one|former|formerly|previously|currently|until|#|its|his|her)\b|"
    r"[ \t]*,[ \t]*#|[ \t]*,[ \t]*(?:will|has|had|is|was|said|now|then|also)\b|"
    r"[ \t]+(?:said|says|told|joined|joins|left|leaves|leads|led|"
    r"runs|ran|heads|headed|reports|reported|will|is|was|has|had|who|returns|returned|rejoins|rejoined|"
    r"continues|continued|becomes|became|retires|retired|resigns|resigned|starts|started|succeeds|"
    r"succeeded|moves|moved|steps|stepped|exits|exited|departs|departed|completes|completed|signs|signed|"
    r"quits|defects|defected|decamps|decamped|jumps|jumped|oversees|oversaw|answers|answered|"
    r"spent|spends|worked|works|served|serves|built|builds|founded|co-founded|cofounded)\b)"
)


def find_people(masked: str) -> list[Mention]:
    """Find full-name person mentions in text whose non-person spans are masked with "#".

    Args:
        masked: The document text with companies, titles, teams and dates overwritten.

    Returns:
        Mentions of kind PER whose value is the name as written.
    """
    people = _nicknamed(masked)
    nicknames = _nickname_forms(masked)
    unsure: list[Mention] = []
    for match in _RUN.finditer(masked):
        for spans in _segments(match.start(), match.group(0)):
            tokens = [masked[s:e] for s, e in spans]
            capitals = [t for t in tokens if not re.fullmatch(PARTICLES, t)]
            if not 2 <= len(capitals) <= 4:
                continue
            start, end = spans[0][0], spans[-1][1]
            if any(p.overlaps(start, end) for p in people):
                continue
            if (
                name_score(capitals)
                or _context_says_person(masked, start, end)
                or _recurs(masked, capitals, end)
                or _repeated_in_full(masked, " ".join(tokens), end)
            ):
                name = " ".join(tokens)
                people.append(Mention("PER", start, end, nicknames.get(name, name)))
            elif len(capitals) == 2:
                unsure.append(Mention("PER", start, end, " ".join(tokens)))
    people += _coordinated_with_people(masked, unsure, people)
    return _shortened_surnames(sorted(people, key=lambda m: m.start))


_LIST_JOIN = re.compile(r"^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)$")


def _coordinated_with_people(masked: str, unsure: list[Mention], people: list[Mention]) -> list[Mention]:
    """Two capitalised words listed with a known person are a person too ("Arjun Mehta-Rao
    and Chloé Besson"): lists of names mix common and rare names."""
    found: list[Mention] = []
    for cand in unsure:
        for known in people:
            gap = masked[known.end : cand.start] if known.end <= cand.start else masked[cand.end : known.start]
            if len(gap) <= 7 and _LIST_JOIN.match(gap):
                found.append(cand)
                break
    return found


_NICKNAME = re.compile(
    rf"({_TOKEN})[ \t]+[\"\u201c'\u2018(]{_TOKEN}[\"\u201d'\u2019)][ \t]+({_TOKEN}(?:[ \t]+{_TOKEN})?)"
)


def _nicknamed(masked: str) -> list[Mention]:
    """Names with a quoted nickname, kept without it: 'Margaret "Maggie" Hale' is Margaret Hale."""
    out = []
    for match in _NICKNAME.finditer(masked):
        if is_name_token(match.group(1)) and all(is_name_token(w) for w in match.group(2).split()):
            out.append(Mention("PER", match.start(), match.end(), f"{match.group(1)} {match.group(2)}"))
    return out


def _nickname_forms(masked: str) -> dict[str, str]:
    """Map the nickname form of a name to the formal one: after 'Teodoro "Teo" Ibarra',
    a headline's "Teo Ibarra" is Teodoro Ibarra too (facts use the formal name)."""
    forms = {}
    for match in _NICKNAME.finditer(masked):
        quoted = match.group(0)[len(match.group(1)) :].strip().split()[0]
        nick = re.sub(r"^[\"\u201c'\u2018(]|[\"\u201d'\u2019)]$", "", quoted)
        forms[f"{nick} {match.group(2)}"] = f"{match.group(1)} {match.group(2)}"
    return forms


def _shortened_surnames(people: list[Mention]) -> list[Mention]:
    """A later run that is the tail of an earlier full name ("Fernández de Córdoba" after
    "Ignacio Fernández de Córdoba", "De Almeida Souza"), or its two-word head ("Duc Anh"
    after "Duc Anh Pham"), is that person, not a new one."""
    for index, mention in enumerate(people):
        words = (mention.value or "").lower().split()
        for earlier in reversed(people[:index]):
            full = (earlier.value or "").lower().split()
            if earlier.anaphor or len(full) <= len(words):
                continue
            # A two-word given name used alone ("Duc Anh" after "Duc Anh Pham") is the head.
            if full[-len(words) :] != words and (len(words) < 2 or full[: len(words)] != words):
                continue
            mention.value, mention.anaphor = earlier.value, True
            break
    return people


def _recurs(masked: str, tokens: list[str], end: int) -> bool:
    """Tell whether a name's last word (or, for a short name, its first) comes back alone
    later in the text ("Ingrid Solberg ... Solberg left", "Park Ji-hoon ... Park spent"):
    news refers to people by one of their names after the first mention, and rarely to
    anything else that way once companies, teams and titles are masked."""
    if any(t.endswith(".") for t in tokens):
        return False
    words = [tokens[-1]] + ([tokens[0]] if len(tokens) <= 3 else [])
    for word in words:
        if len(word) < 2 or word.lower() in NOT_NAME_WORDS or word.lower() in ORG_HEADS:
            continue
        pattern = rf"(?<![\w#-]){re.escape(word)}(?:['\u2019]s\b|\s*,|\s+[a-z])"
        for m in re.finditer(pattern, masked):
            if m.start() > end and not _AFTER_NAME_WORD.search(masked[max(0, m.start() - 30) : m.start()]):
                return True
    return False


def _repeated_in_full(masked: str, name: str, end: int) -> bool:
    """Tell whether an unfamiliar two- or three-word name comes back whole later ("Adaeze
    Eze" in a headline and again in the body): profiles repeat their subject's full name."""
    if not 2 <= len(name.split()) <= 3 or any(w.lower() in NOT_NAME_WORDS for w in name.split()):
        return False
    return re.search(rf"(?<![\w#-]){re.escape(name)}(?![\w#-])", masked[end:]) is not None


def _segments(offset: int, run: str) -> list[list[tuple[int, int]]]:
    """Token spans of a run cut at words that cannot be in a name ("Chairman", "Bank"),
    each without leading or trailing particles."""
    groups: list[list[tuple[int, int]]] = [[]]
    for span in _trim(offset, run):
        word = run[span[0] - offset : span[1] - offset]
        if is_name_token(word) or re.fullmatch(PARTICLES, word):
            groups[-1].append(span)
        elif groups[-1]:
            groups.append([])
    out = []
    for group in groups:
        while group and re.fullmatch(PARTICLES, run[group[-1][0] - offset : group[-1][1] - offset]):
            group = group[:-1]
        if group:
            out.append(group)
    return out


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


#: One name word on its own (the same words full names are made of).
_NAME_PART = re.compile(rf"(?<![\w'\u2019-])(?:{NAME_WORD})(?![\w-])")


def find_name_parts(text: str, full_names: list[Mention]) -> list[Mention]:
    """Find single-token mentions ("Pang", "Pang's") of earlier full names.

    Each resolves to the most recent earlier full name sharing that surname (or, failing
    that, first name), so two people with one surname are told apart by recency.
    """
    parts: list[Mention] = []
    for match in _NAME_PART.finditer(text):
        word = match.group(0)
        # Latin capitals of any script: "Zieliński", "Đặng", "O'Neill", "Ochoa-Reyes" (not initials).
        if not any(c.islower() for c in word) or word.lower() in NOT_NAME_WORDS:
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
    # A name of three words or more may be called by a middle one: "Ibáñez" of "Tomás Ibáñez
    # Herrera" (Spanish and Portuguese usage), "Quốc" excepted by needing a unique match.
    middles = {m.value for m in earlier if m.value and word in m.value.split()[1:-1]}
    return middles.pop() if len(middles) == 1 else None
