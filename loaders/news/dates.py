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
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_NUM = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(rf"\b({_MONTH})\s+({_DAY}),?\s+({_YEAR})\b")),
    ("dmy", re.compile(rf"\b({_DAY})\s+({_MONTH}),?\s+({_YEAR})\b")),
    ("my", re.compile(rf"\b({_MONTH}),?\s+(?:of\s+)?({_YEAR})\b")),
    ("md", re.compile(rf"\b({_MONTH})\s+({_DAY})\b(?![-\d])")),
    ("dm", re.compile(rf"\b({_DAY})\s+(?:of\s+)?({_MONTH})\b")),
    ("rel_month", re.compile(r"\b(last|this|next|earlier this|later this)\s+month\b", re.I)),
    ("rel_year", re.compile(r"\b(last|this|next|earlier this|later this)\s+year\b", re.I)),
    ("rel_week", re.compile(r"\b(last|this|next|earlier this)\s+week\b", re.I)),
    ("rel_day", re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|this\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|from|until|by|early|late|mid-?)\s+({_MONTH})\b")),
    ("year", re.compile(rf"(?<![\d$-])\b({_YEAR})\b(?![-\d]|\s*(?:%|percent|-person))")),
]
_DURATION = re.compile(
    rf"\b(?:after|following|for)\s+(?:nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|"
    rf"over\s+|some\s+|roughly\s+|just\s+(?:over|under)\s+)?({_NUM})(?:-plus|\+)?\s+"
    rf"(years?|decades?)\b",
    re.I,
)


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
            resolved = _resolve(name, match, published)
            if resolved is None:
                continue
            found.append(DateMention(match.start(), match.end(), *resolved))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def find_durations(text: str) -> list[Duration]:
    """Find "after eight years"-style durations (in years) in ``text``."""
    out = []
    for match in _DURATION.finditer(text):
        count = NUMBER_WORDS.get(match.group(1).lower()) or int(match.group(1))
        if match.group(2).lower().startswith("decade") and count < 10:
            count *= 10
        out.append(Duration(match.start(), match.end(), count))
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


def _resolve(name: str, m: re.Match[str], pub: date) -> tuple[str, Precision] | None:
    """Resolve one matched expression to (ISO value, precision)."""
    if name == "iso":
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if name in ("mdy", "dmy"):
        month, day = (m.group(1), m.group(2)) if name == "mdy" else (m.group(2), m.group(1))
        return _day(int(m.group(3)), _month(month), _int(day))
    if name == "my":
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}", "month"
    if name in ("md", "dm"):
        month, day = (m.group(1), m.group(2)) if name == "md" else (m.group(2), m.group(1))
        return _day_without_year(_month(month), _int(day), pub)
    if name == "in_month":
        month_no = _month(m.group(1))
        year = pub.year if month_no <= pub.month else pub.year - 1
        return f"{year:04d}-{month_no:02d}", "month"
    if name == "year":
        return m.group(1), "year"
    return _resolve_relative(name, m.group(1).lower(), pub)


def _resolve_relative(name: str, word: str, pub: date) -> tuple[str, Precision] | None:
    """Resolve "last month", "this year", "on Monday", "yesterday" and the like."""
    step = {"last": -1, "next": 1}.get(word, 0)
    if name == "rel_month":
        total = pub.year * 12 + pub.month - 1 + step
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    if name == "rel_year":
        return f"{pub.year + step:04d}", "year"
    if name == "rel_week":
        return (pub + timedelta(days=7 * step)).isoformat(), "day"
    if name == "rel_day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        return (pub + timedelta(days=shift)).isoformat(), "day"
    if name == "weekday":
        # News says "on Monday" for the most recent Monday up to the publication day.
        back = (pub.weekday() - WEEKDAYS.index(word)) % 7
        return (pub - timedelta(days=back)).isoformat(), "day"
    return None


def _day(year: int, month: int, day: int) -> tuple[str, Precision] | None:
    """ISO day string, or None when the numbers make no calendar date."""
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _day_without_year(month: int, day: int, pub: date) -> tuple[str, Precision] | None:
    """A month and day in the publication year, or the year before if that is in the future."""
    resolved = _day(pub.year, month, day)
    if resolved and date.fromisoformat(resolved[0]) > pub:
        resolved = _day(pub.year - 1, month, day)
    return resolved


def _month(name: str) -> int:
    """Month number of a month name or abbreviation."""
    return MONTHS[name.rstrip(".").lower()]


def _int(text: str) -> int:
    """Day number with any ordinal suffix removed."""
    return int(re.sub(r"\D", "", text))
