"""Finding and resolving date expressions against the publication date.

Each expression resolves to an ISO string at its precision ("2021", "2025-06",
"2025-06-30"). Durations ("after eight years") are found separately: they are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from orgraph.loaders.news.models import Precision

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "a dozen": 12, "a decade": 10, "two decades": 20,
}  # fmt: skip

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_DAY = r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:the\s+)?(?:" + "|".join(ORDINALS) + "))"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_NUM = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(rf"\b({_MONTH})\s+({_DAY}),?\s+({_YEAR})\b")),
    ("dmy", re.compile(rf"\b({_DAY})\s+(?:of\s+)?({_MONTH}),?\s+({_YEAR})\b")),
    ("my", re.compile(rf"\b({_MONTH}),?\s+(?:of\s+)?({_YEAR})\b")),
    ("md", re.compile(rf"\b({_MONTH})\s+({_DAY})\b(?![-\d])")),
    ("dm", re.compile(rf"\b({_DAY})\.?\s+(?:of\s+)?({_MONTH})\b")),
    (
        "rel_month",
        re.compile(
            r"\b(last|this|next|earlier this|later this|(?:the\s+)?end\s+of\s+(?:the|this|next|last))\s+month\b", re.I
        ),
    ),
    ("rel_year", re.compile(r"\b(last|this|next|earlier this|later this)\s+year\b", re.I)),
    ("ago", re.compile(rf"\b({_NUM})\s+(years?|months?|weeks?|days?)\s+ago\b", re.I)),
    ("rel_day", re.compile(r"\b(yesterday|today|tomorrow|effective\s+immediately)\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|this\s+|next\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("year_end", re.compile(r"\b(?:at\s+)?(?:the\s+)?(?:year[- ]end|end\s+of\s+the\s+year)\b", re.I)),
    # The preposition may open a sentence ("In March, ..."); the month keeps its capital,
    # so the verb "may" is never read as a date.
    (
        "in_month",
        re.compile(
            rf"\b(?i:(?:in|since|from|until|by|early|late|last|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+|mid-?\s*)({_MONTH})\b"
        ),
    ),
    ("year", re.compile(rf"(?<![\d$-])\b({_YEAR})\b(?![-\d]|\s*(?:%|percent|-person))")),
]
_DUR_LEAD = (
    r"(?:after|following|for|spent|spends|spending|spend|worked|working|put\s+in|of|"
    r"over|nearly|almost|about|around|more\s+than|some|roughly|just\s+(?:over|under)|\s)+"
)
# "after eight years", "spent nine years", "worked 15 years for", "After six wonderful
# years", "a 17-year veteran of": spans of whole years, never dates ("two years ago" is one).
_DURATION = re.compile(
    rf"(?:\b{_DUR_LEAD}|(?<=\ba\s)|(?<=\ban\s))?\b({_NUM})(?:-plus|\+)?"
    rf"(?:\s+(?:[a-z]+\s+)?(years?|yrs?|decades?)\b(?!\s+ago)|"
    rf"-(year)(?=\s+(?:[A-Z][\w&.-]*\s+){{0,3}}(?:veteran|stint|career|tenure|run)))",
    re.I,
)
_VAGUE = re.compile(r"\b(?:more\s+than|over|upwards\s+of|well\s+over)\s*$", re.I)
_DUR_NEEDS = re.compile(r"^\s+(?:at|with|for|in|of|on)\b|^\s*(?:,|\.|$)", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence and what it resolves to."""

    start: int
    end: int
    value: str
    precision: Precision


@dataclass(frozen=True)
class Duration:
    """A span of time such as "after eight years", in whole years."""

    start: int
    end: int
    years: int


def find_dates(text: str, published: date) -> list[DateMention]:
    """Find the date expressions in ``text``, resolved against ``published``.

    Longer and more precise expressions win over ones they overlap.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if _is_dateline(text, match):
                taken.append((match.start(), match.end()))
                continue
            resolved = _resolve(name, match, published, _is_future(text, match))
            if resolved is None:
                continue
            found.append(DateMention(match.start(), match.end(), *resolved))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


# A dateline ("BOSTON, September 3, 2024 --", "MENLO PARK, Calif., May 14 (Wire) -") dates
# the report, not any event the sentence states.
_DATELINE_BEFORE = re.compile(r"^[\s*_]*[A-Z][A-Z .'-]+,(?:\s*[A-Z][a-z]+\.?,)?\s*$")
_DATELINE_AFTER = re.compile(r"^(?:,?\s*\d{4})?\s*(?:\([^)]*\)\s*)?(?:-{1,2}|\u2013|\u2014)\s")
# Words that put a clause in the future (or the scheduled present: "joins Figma on
# October 6"), so a date without a year or a weekday points forward from publication.
# The principle for the present simple: news reports a change already made in the past
# tense, so a dated third-person present of a changeover verb ("joins", "hands the role to
# Q on September 1", "replaces P on May 1", "assumes the post on ...") announces a
# scheduled change, which is the next such date. Present-tense reporting verbs ("names",
# "hires") are left out: headlines use them for changes already made.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|next|(?:is|are)\s+(?:set|due|scheduled|expected|going)\s+to|"
    r"starts?(?!-)|starting|begins?|beginning|effective|takes?\s+(?:up|over|effect)|joins|leaves|returns|rejoins|"
    r"becomes|succeeds|steps\s+(?:down|aside|in|up)|moves|retires|hands(?:\s+over)?|passes|assumes|replaces|"
    r"departs|exits|(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing|(?:last|final|first)\s+day(?:\s+\w+){0,3}?\s+is|"
    # Headline infinitive: "CFO Jo Park to retire in June".
    r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'-]+)\s+to\s+(?:retire|leave|exit|depart|quit|resign|step\s+down))\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|\w+ed|left|took|became|began|went|said|quit|ran|led|spent|rose|"
    r"held|came|made|built|got|sold|bought|won|put)\b",
    re.I,
)

_NEXT_CLAUSE = re.compile(
    r"\b(?:and|but|while)\s+(?=(?:\w+ly\s+)?(?:will|shall|is|are|was|were|has|have|had|'ll)\b)", re.I
)

def _is_dateline(text: str, match: re.Match[str]) -> bool:
    """Tell whether a date sits in a wire-style dateline at the start of a paragraph."""
    return bool(_DATELINE_BEFORE.match(text[: match.start()]) and _DATELINE_AFTER.match(text[match.end() :]))


def _is_future(text: str, match: re.Match[str]) -> bool:
    """Tell whether the clause around a date speaks of the future.

    Markers between the commas around the date decide first; failing those, the clause
    holding the date (cut at ``;`` and full stops). A past-tense verb nearer the date than
    any future marker wins.
    """
    start = max(text.rfind(";", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
    stop = min([i for i in (text.find(";", match.end()), text.find(". ", match.end())) if i >= 0] or [len(text)])
    before, after = text[start : match.start()], text[match.end() : stop]
    # A coordinated verb with its own auxiliary starts another clause: in "came over on
    # Monday and will oversee design", "will" does not govern Monday.
    after = _NEXT_CLAUSE.split(after, maxsplit=1)[0]
    if re.search(r"\b(?:from|starting|effective|as\s+of|beginning)\s+(?:the\s+)?$", before, re.I):
        return True
    # A verb between the same commas governs the date ("Zhou, who left Huawei in
    # September, joins Lanhai on November 1": "left" dates September, not "joins").
    inner_before, inner_after = before[before.rfind(",") + 1 :], after.split(",")[0]
    inner = _tense_marks(inner_before, inner_after)
    future, past = inner if any(inner) else _tense_marks(before, after)
    if not future:
        return False
    if not past:
        return True
    return min(future) <= min(past)


def _tense_marks(before: str, after: str) -> tuple[list[int], list[int]]:
    """Positions of future and past markers around a date, counted from the date."""
    future = [len(before) - m.end() for m in _FUTURE.finditer(before)]
    future += [1 + m.start() for m in _FUTURE.finditer(after)]
    past = [len(before) - m.end() for m in _PAST.finditer(before)] + [1 + m.start() for m in _PAST.finditer(after)]
    return future, past


def find_durations(text: str) -> list[Duration]:
    """Find "after eight years"-style durations (in years) in ``text``."""
    out = []
    for match in _DURATION.finditer(text):
        unit = (match.group(2) or match.group(3)).lower()
        lead = match.group(0)[: match.start(1) - match.start()].strip()
        # A bare "three years" needs a lead word or a place after it to be a tenure.
        if not lead and not match.group(3) and not _DUR_NEEDS.match(text[match.end() :]):
            continue
        # "more than a decade", "over a year": no number to count back from.
        if match.group(1).lower() in ("a", "an") and _VAGUE.search(lead):
            continue
        count = NUMBER_WORDS.get(match.group(1).lower()) or int(match.group(1))
        if unit.startswith("decade") and count < 10:
            count *= 10
        # The lead words may start with a space ("who spent ..."): the mention does not.
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        out.append(Duration(start, match.end(), count))
    return out


def parse_absolute(text: str) -> date | None:
    """Parse one absolute calendar date ("2025-07-08", "July 8, 2025", "8 July 2025")."""
    for name in ("iso", "mdy", "dmy"):
        pattern = dict(_PATTERNS)[name]
        match = pattern.search(text)
        if match:
            resolved = _resolve(name, match, date.max)
            if resolved:
                return date.fromisoformat(resolved[0])
    return None


def month_of(day: date) -> str:
    """ISO month string ("2025-07") of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def _resolve(name: str, m: re.Match[str], pub: date, future: bool = False) -> tuple[str, Precision] | None:
    """Resolve one matched expression to (ISO value, precision); ``future`` points a date
    without a year, or a weekday, forward from publication."""
    if name == "iso":
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if name in ("mdy", "dmy"):
        month, day = (m.group(1), m.group(2)) if name == "mdy" else (m.group(2), m.group(1))
        return _day(int(m.group(3)), _month(month), _int(day))
    if name == "my":
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}", "month"
    if name in ("md", "dm"):
        month, day = (m.group(1), m.group(2)) if name == "md" else (m.group(2), m.group(1))
        return _day_without_year(_month(month), _int(day), pub, future)
    if name == "in_month":
        month_no = _month(m.group(1))
        later = month_no > pub.month or (future and month_no == pub.month)
        year = pub.year if later == future or month_no == pub.month else pub.year + (1 if future else -1)
        return f"{year:04d}-{month_no:02d}", "month"
    if name == "year":
        return m.group(1), "year"
    if name == "year_end":
        return f"{pub.year:04d}-12", "month"
    if name == "ago":
        return _ago(m.group(1).lower(), m.group(2).lower(), pub)
    return _resolve_relative(name, m.group(1).lower(), pub, future)


def _ago(count_word: str, unit: str, pub: date) -> tuple[str, Precision] | None:
    """Resolve "three years ago" (a year), "two months ago" (a month), "ten days ago" (a day)."""
    count = NUMBER_WORDS.get(count_word) or int(count_word)
    if unit.startswith("year"):
        return f"{pub.year - count:04d}", "year"
    if unit.startswith("month"):
        total = pub.year * 12 + pub.month - 1 - count
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    days = count * (7 if unit.startswith("week") else 1)
    return (pub - timedelta(days=days)).isoformat(), "day"


def _resolve_relative(name: str, word: str, pub: date, future: bool) -> tuple[str, Precision] | None:
    """Resolve "last month", "this year", "on Monday", "yesterday" and the like."""
    word = re.sub(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?", "", word)
    step = {"last": -1, "next": 1}.get(word, 0)
    if name == "rel_month":
        total = pub.year * 12 + pub.month - 1 + step
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    if name == "rel_year":
        return f"{pub.year + step:04d}", "year"
    if name == "rel_day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return (pub + timedelta(days=shift)).isoformat(), "day"
    if name == "weekday":
        # "started on Monday": the latest Monday up to publication; "starts on Monday": the
        # first Monday after it.
        if future:
            ahead = (WEEKDAYS.index(word) - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=ahead)).isoformat(), "day"
        back = (pub.weekday() - WEEKDAYS.index(word)) % 7
        return (pub - timedelta(days=back)).isoformat(), "day"
    return None


def _day(year: int, month: int, day: int) -> tuple[str, Precision] | None:
    """ISO day string, or None when the numbers make no calendar date."""
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


#: A future-tense day this many days or fewer before publication is this year's: "appointed
#: CEO, effective July 1" in a report of July 8 is a week late, not a year early.
RECENT_FUTURE_DAYS = 45


def _day_without_year(month: int, day: int, pub: date, future: bool) -> tuple[str, Precision] | None:
    """A month and day in the publication year; a past one that would fall after
    publication is last year's, a future one that fell well before it is next year's."""
    resolved = _day(pub.year, month, day)
    if resolved and not future and date.fromisoformat(resolved[0]) > pub:
        resolved = _day(pub.year - 1, month, day)
    if resolved and future and (pub - date.fromisoformat(resolved[0])).days > RECENT_FUTURE_DAYS:
        resolved = _day(pub.year + 1, month, day)
    return resolved


def _month(name: str) -> int:
    """Month number of a month name or abbreviation."""
    return MONTHS[name.rstrip(".").lower()]


def _int(text: str) -> int:
    """Day number of "3", "3rd" or "the third"."""
    word = text.lower().removeprefix("the").strip()
    return ORDINALS.get(word) or int(re.sub(r"\D", "", text))
