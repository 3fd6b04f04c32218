"""Date resolution against the publication date (2025-07-08, a Tuesday)."""

from __future__ import annotations

from datetime import date

import pytest

from orgraph.loaders.news.dates import find_dates, find_durations, parse_absolute

PUB = date(2025, 7, 8)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("On June 30, it happened", "2025-06-30", "day"),
        ("on December 2 it happened", "2024-12-02", "day"),
        ("last month", "2025-06", "month"),
        ("this month", "2025-07", "month"),
        ("next month", "2025-08", "month"),
        ("in March", "2025-03", "month"),
        ("in 2021", "2021", "year"),
        ("earlier this year", "2025", "year"),
        ("last year", "2024", "year"),
        ("on Monday", "2025-07-07", "day"),
        ("last week", "2025-07-01", "day"),
        ("yesterday", "2025-07-07", "day"),
        ("in May 2024", "2024-05", "month"),
        ("March 3, 2023", "2023-03-03", "day"),
        ("2024-11-05", "2024-11-05", "day"),
    ],
)
def test_resolve(text: str, value: str, precision: str) -> None:
    found = find_dates(text, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


@pytest.mark.parametrize("text", ["a 100-person team", "they may leave", "after eight years"])
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [("after eight years", 8), ("after nearly a decade", 10), ("for 12 years", 12)],
)
def test_durations(text: str, years: int) -> None:
    assert [d.years for d in find_durations(text)] == [years]


def test_parse_absolute() -> None:
    assert parse_absolute("Published: July 8, 2025") == PUB
    assert parse_absolute("no date here") is None
