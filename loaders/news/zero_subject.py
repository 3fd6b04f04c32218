"""Dropped subjects in timelines and list items: "- **2014**: Moves over to Qualcomm".

Career timelines, bullet summaries and tickers leave out the subject: every entry is about
the person the report is about. Such an entry gets a zero-width person mention before its
verb, so the clause rules read it as "<person> moves over to Qualcomm".
"""

from __future__ import annotations

import re
from collections import Counter

from orgraph.loaders.news.mentions import Mention

# A list or timeline label ("- **2009**:", "* March 2022 -", "2014 --") before the entry.
_LABEL = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?:\*\*[^*\n]{1,30}\*\*|[^:\n\u2013\u2014]{1,25}?)"
    r"[ \t]*(?::|--|\u2013|\u2014)[ \t]*\**[ \t]*",
    re.M,
)
_VERB = re.compile(
    r"(?:(?:re)?joins?|joined|moves?|moved|promoted|named|appointed|hired|tapped|poached|exits?|exited|"
    r"leaves?|left|departs?|departed|quits?|resigns?|resigned|retires?|retired|steps?\s+down|stepped|"
    r"takes?|took|becomes?|became|returns?|returned|switch(?:es|ed)?|lands?|landed|starts?|started|"
    r"co-?founds?|co-?founded|founds?|founded|heads?|headed|leads?|led|runs?|ran|oversees?|oversaw|"
    r"reports?|reported|answers?|answered|elevated|transfers?|transferred)\b",
    re.I,
)
_AFTER_SEMICOLON = re.compile(r";[ \t]*")


def resolve_dropped_subjects(text: str, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Zero-width person mentions for the subjects a timeline's entries leave out.

    Args:
        text: The document text.
        people: Person mentions found so far (full names and anaphora).
        taken: Every mention found so far; an entry that names anyone keeps its own subject.

    Returns:
        Mentions of the report's main person, one per subject-less entry or ``;`` clause.
    """
    main = _main_person(people)
    if main is None:
        return []
    out = []
    for label in _LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        starts = [label.end()] + [m.end() for m in _AFTER_SEMICOLON.finditer(text, label.end(), line_end)]
        for start in starts:
            if not _VERB.match(text, start) or any(m.start <= start < m.end for m in taken):
                continue
            # Placed on the space before the verb, so the rendered clause reads "⟨P⟩ Joins".
            at = start - 1 if text[start - 1 : start] in (" ", "\t") else start
            out.append(Mention("PER", at, at, main, anaphor=True))
    return out


def _main_person(people: list[Mention]) -> str | None:
    """The person named most often, when one clearly leads (a profile or timeline); the
    person a report names first (its headline's subject) needs only to lead at all, since
    how often a name is counted depends on how it was found (whole, or as two parts)."""
    counts = Counter(m.value for m in people if m.value).most_common(2)
    if not counts or counts[0][1] < 2:
        return None
    leader, times = counts[0]
    runner_up = counts[1][1] if len(counts) > 1 else 0
    first = min(people, key=lambda m: m.start).value
    clear = runner_up * 2 <= times or (leader == first and runner_up < times)
    return leader if clear else None
