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
        ("yesterday", "2025-07-07", "day"),
        ("in May 2024", "2024-05", "month"),
        ("March 3, 2023", "2023-03-03", "day"),
        ("2024-11-05", "2024-11-05", "day"),
    ],
)
def test_resolve(text: str, value: str, precision: str) -> None:
    found = find_dates(text, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


@pytest.mark.parametrize("text", ["a 100-person team", "they may leave", "after eight years", "last week", "recently"])
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She starts on Monday.", "2025-07-14"),
        ("She started on Monday.", "2025-07-07"),
        ("He joins the firm on March 2.", "2026-03-02"),
        ("He joined the firm on March 2.", "2025-03-02"),
        ("She will take over in January.", "2026-01"),
        ("He is leaving at the end of September.", "2025-09"),
        ("She left in September.", "2024-09"),
        ("He moved three years ago.", "2022"),
        ("It happened two weeks ago.", "2025-06-24"),
        ("From first of November he leads it.", "2025-11-01"),
        ("He retires at year end.", "2025-12"),
        # A future-tense day a week before publication is this year's (the report is late);
        # one months before it is next year's.
        ("She was appointed chief executive, effective July 1.", "2025-07-01"),
        ("She will take over on March 1.", "2026-03-01"),
        ("Her last day is Friday.", "2025-07-11"),
    ],
)
def test_tense_decides_direction(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUB)] == [value]


def test_dateline_is_not_an_event_date() -> None:
    assert find_dates("BOSTON, July 7, 2025 -- Acme named a new chief.", PUB) == []
    assert find_dates("MENLO PARK, Calif., July 7 (Wire) - Acme hired her.", PUB) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [("she spent nine years there", 9), ("a 17-year veteran of Ubisoft", 17), ("after six wonderful years", 6)],
)
def test_more_durations(text: str, years: int) -> None:
    assert [d.years for d in find_durations(text)] == [years]


def test_years_ago_is_a_date_not_a_duration() -> None:
    assert find_durations("three years ago") == []

