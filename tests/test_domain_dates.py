"""Calendar arithmetic behind the legal deadlines: months, years and working days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.dates import add_months, add_working_days, add_years, is_working_day


def test_month_ends_are_clamped_and_leap_days_handled():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 10, 31), 4) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 15), -11) == date(2025, 12, 15)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_working_days_skip_weekends():
    assert add_working_days(date(2026, 11, 13), 6) == date(2026, 11, 23)  # Friday → Monday
    assert add_working_days(date(2026, 11, 14), 1) == date(2026, 11, 16)  # Saturday → Monday
    assert add_working_days(date(2026, 11, 16), 0) == date(2026, 11, 16)


@settings(deadline=None)  # no time limits in unit tests
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(-600, 600))
def test_add_months_lands_in_the_right_month_never_past_the_day(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day
    if result.day < start.day:  # clamped: it is the last day of its month
        assert (result + timedelta(days=1)).month != result.month


@settings(deadline=None)  # no time limits in unit tests
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(1, 60))
def test_add_working_days_counts_exactly_that_many_working_days(start, days):
    result = add_working_days(start, days)
    assert is_working_day(result)
    between = [start + timedelta(days=i) for i in range(1, (result - start).days + 1)]
    assert sum(1 for d in between if is_working_day(d)) == days
