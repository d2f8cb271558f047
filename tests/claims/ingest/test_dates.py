"""Relative and absolute date resolution against the publication date."""

import datetime as dt

import pytest

from claims.ingest.dates import find_dates

PUB = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("expr", "iso", "precision"),
    [
        ("last month", "2026-10-01", "month"),
        ("yesterday", "2026-11-24", "day"),
        ("on Tuesday", "2026-11-24", "day"),
        ("on Wednesday", "2026-11-25", "day"),
        ("last Friday", "2026-11-20", "day"),
        ("next Tuesday", "2026-12-01", "day"),
        ("later this month", "2026-11-01", "month"),
        ("in March 2024", "2024-03-01", "month"),
        ("in March", "2026-03-01", "month"),
        ("last year", "2025-01-01", "year"),
        ("next year", "2027-01-01", "year"),
        ("two weeks ago", "2026-11-11", "day"),
        ("on Dec. 9", "2026-12-09", "day"),
        ("on March 3, 2025", "2025-03-03", "day"),
        ("since 2019", "2019-01-01", "year"),
    ],
)
def test_resolution(expr, iso, precision):
    found = find_dates(f"The event happened {expr}, officials said.", PUB)
    assert [(d.date, d.precision) for d in found] == [(iso, precision)]


def test_future_weekday_when_sentence_is_future():
    found = find_dates("Union leaders plan to meet again on Thursday.", PUB)
    assert found[0].date == "2026-11-26"


def test_relative_dates_unresolved_without_published():
    found = find_dates("The law was passed last month, in March 2024.", None)
    assert [(d.text, d.date) for d in found] == [("last month", None), ("March 2024", "2024-03-01")]


def test_numbers_are_not_years():
    assert find_dates("It cost $2024 and 2,019 people came; 2050 percent more.", PUB) == []


def test_thousands_are_not_a_count_of_years_ago():
    # "4,300 years ago" is not "300 years ago"
    assert find_dates("The tomb was sealed around 4,300 years ago.", PUB) == []
