"""Job-title mentions: "CEO", "chief scientist", "head of software engineering", "VP of AI".

A title may name what it is over ("head of software engineering"): that area becomes the
title's team, so the holder also LEADS it.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.teams import AREAS

_C_LEVEL = {
    "chief executive officer": "CEO", "chief executive": "CEO", "chief technology officer": "CTO",
    "chief financial officer": "CFO", "chief operating officer": "COO",
    "chief product officer": "CPO", "chief information officer": "CIO",
    "chief marketing officer": "CMO", "chief information security officer": "CISO",
    "chief scientific officer": "chief scientist",
}  # fmt: skip
_CHIEF = (
    r"chief\s+(?:executive|technology|financial|operating|product|information\s+security|"
    r"information|marketing|scientific|science|research|people|legal|revenue|security|strategy|"
    r"business|commercial|digital|data|design|AI|artificial\s+intelligence|technical)"
    r"(?:\s+officer)?|chief\s+(?:AI\s+)?scientist|chief\s+architect|chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer"
)
# Titles match in any case ("Chief Executive Officer" in press releases), acronyms only in
# capitals so "cto" inside other words never counts.
_ACRONYM = r"(?-i:CEO|CTO|CFO|COO|CIO|CPO|CMO|CISO|CSO|CRO)"
_VP = r"(?:(?:senior|executive|corporate)\s+)?vice\s+president|(?-i:[SE]?VP)"
_HEADED = r"head|director|general\s+manager|(?:team\s+)?lead(?:er)?|manager|chief(?!\s+of\s+staff)"
_AREA = (
    r"(?:(?:its|the|their|his|her)\s+)?[\w#-]+(?:[ \t]+(?!(?:at|in|and|since|until|from|for|"
    r"who|was|is|has|had|will|when|where|with|to|on)\b)[\w#-]+){0,4}"
)
# "finance director", "engineering director": a director named by the area before the word.
_AREA_DIRECTOR = (
    r"(?:creative|managing|engineering|finance|financial|design|product|research|sales|marketing|analytics|"
    r"programme|program|technical|art|studio|communications|operations|editorial|medical|legal|policy)\s+director"
)
_MOD = r"(?:(?:interim|acting|deputy)\s+)?"
_SENIORITY = r"(?:(?:senior|principal|distinguished|staff|lead)\s+)+(?:staff\s+)?"
_TITLE = re.compile(
    rf"\b(?:(former|ex-|then-|new|top|longtime|current)\s+)?"
    rf"(?:({_MOD}(?:(?:senior|executive)\s+)?(?:{_VP}|{_HEADED}|chief\s+architect))\s+(?:of|for)\s+({_AREA})"
    rf"|({_MOD}(?:{_CHIEF}|{_ACRONYM}|{_VP}|president|(?:co-?)?founder|"
    rf"(?:executive\s+|vice[- ])?chair(?:man|woman|person)?|"
    rf"adviser|advisor|technical\s+fellow|member\s+of\s+technical\s+staff|{_AREA_DIRECTOR}|"
    rf"treasurer|general\s+counsel|chief\s+of\s+staff|(?:vice[- ])?chancellor|provost|"
    rf"member\s+of\s+the\s+(?:executive|management|supervisory)\s+board|(?:managing\s+)?partner(?=\s+at\b)|"
    rf"executive\s+producer|{_SENIORITY}(?:research\s+)?(?:scientist|engineer|researcher)|engineering\s+manager)))\b",
    re.IGNORECASE,
)


# "its Copilot chief", "the company's search chief", "Apple design chief" (the company
# masked), "Design chief Jo Park" opening a sentence: the head of a named area.
_AREA_CHIEF = re.compile(
    r"(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=['\u2019]s\s)|(?<=\bthe\s)|(?<=#\s)|(?<![^\n])|(?<=[.!?]\s))"
    r"((?:[A-Z][\w.+-]*|[a-z][\w-]+)(?:\s+(?:[A-Z][\w.+-]*|[a-z][\w-]+))?)"
    r"\s+(?:chief|boss|head)\b(?!\s+(?:of|executive|technology|financial|operating|product|scientist|architect|officer))"
)
_NOT_AREA = {
    "new", "former", "company", "firm", "startup", "group", "team", "division", "unit", "the", "same",
    "its", "their", "his", "her", "our", "longtime", "current", "interim", "acting", "deputy", "then",
}  # fmt: skip


def _area_chiefs(masked: str) -> list[Mention]:
    """Titles of the form "<area> chief", read as "head of <area>"."""
    out = []
    for match in _AREA_CHIEF.finditer(masked):
        area = match.group(1)
        if "#" in area or any(word.lower() in _NOT_AREA for word in area.split()):
            continue
        start = match.start(1)
        if not _DETERMINED.search(masked[max(0, start - 8) : start]) and not _is_area(masked, start, area):
            continue
        first, _, rest = area.partition(" ")
        if _opens_sentence(masked, start) and first.istitle() and first.lower() in AREAS:
            # "Design chief Jo Park": the capital is the sentence's, not the area's name.
            area = f"{first.lower()} {rest}".strip()
        out.append(Mention("ROLE", start, match.end(), f"head of {area}", team=area))
    return out


# A determiner or possessive before the area words makes them a noun phrase.
_DETERMINED = re.compile(r"(?:\bits|\btheir|['\u2019]s|\bthe)\s$")


def _is_area(masked: str, start: int, area: str) -> bool:
    """Tell whether ``area`` names an area without a determiner before it.

    After a company ("Apple design chief", "Microsoft Copilot chief") or at a sentence's
    start ("Design chief Jo Park"), only known area words (and, after a company, product
    names) are an area: "Briggs will head a unit" or "in October to head" are a verb.
    """
    after_company = masked[max(0, start - 2) : start] == "# "
    for word in area.split():
        capitalised_name = word[0].isupper() and not _opens_sentence(masked, start)
        if word.lower() not in AREAS and not (after_company and capitalised_name):
            return False
    return True


def _opens_sentence(masked: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a line or follows a sentence's final stop."""
    before = masked[max(0, pos - 2) : pos]
    return pos == 0 or before.endswith("\n") or bool(re.fullmatch(r"[.!?]\s", before))


def title_key(title: str | None) -> str | None:
    """Comparable form of a title: "Chief Executive Officer" and "CEO" are one title."""
    if title is None:
        return None
    lowered = " ".join(title.lower().split())
    return _C_LEVEL.get(lowered, title if title.isupper() else lowered)


def find_titles(masked: str) -> list[Mention]:
    """Find job titles in text whose companies are masked with "#".

    Returns:
        ROLE mentions; ``value`` is the normalised title and ``team`` the area it is over.
    """
    out = _area_chiefs(masked)
    for match in _TITLE.finditer(masked):
        if any(m.start <= match.start() < m.end for m in out):
            continue
        former = match.group(1) in ("former", "ex-")
        if match.group(2):
            area = _clean_area(match.group(3))
            if not area:
                continue
            title = f"{_norm(match.group(2))} of {area.replace('#', '').strip()}".strip()
            team = area if "#" not in area else None
            out.append(Mention("ROLE", match.start(2), match.end(3), title, team=team,
                               former=former))  # fmt: skip
        else:
            out.append(Mention("ROLE", match.start(4), match.end(4), _norm(match.group(4)),
                               former=former))  # fmt: skip
    return out


def _clean_area(area: str) -> str:
    """Strip determiners and trailing punctuation from the area a title is over."""
    area = re.sub(r"^(?:its|the|their|his|her)\s+", "", area.strip())
    area = re.split(r"\s+(?:team|group|division|unit|organi[sz]ation|department)\b", area)[0]
    return area.strip(" ,.;")


def _norm(title: str) -> str:
    """Lower-case a title, keep acronyms, and map spelled-out C-level titles to acronyms."""
    title = " ".join(title.split())
    if re.fullmatch(rf"{_ACRONYM}|[SE]?VP", title):
        return title
    # Titles are kept as written (lower-cased), as reports and readers use them.
    return re.sub(r"\b(?!AI\b|[A-Z]{2,}\b)(\w+)", lambda m: m.group(1).lower(), title)
