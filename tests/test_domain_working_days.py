"""Hverdage: weekends, Danish public holidays, grundlovsdag, 24/12 and 31/12 are not counted.

The domain computes the Danish calendar itself (stdlib only); these tests hold it against the
`holidays` package (DK) for every year it knows, and check the deadline arithmetic on top.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import add_working_days, easter_sunday, is_working_day, non_working_days

YEARS = st.integers(min_value=1950, max_value=2100)  # the years the package has data for


def package_days(year: int) -> set[date]:
    """The package's public holidays plus the three closing days public offices keep."""
    return set(holidays.DK(years=year)) | {date(year, 6, 5), date(year, 12, 24), date(year, 12, 31)}


@given(YEARS)
def test_the_domain_calendar_matches_the_holidays_package_for_the_whole_year(year):
    assert set(non_working_days(year)) == package_days(year)


@given(YEARS)
def test_every_day_of_the_year_is_a_working_day_exactly_when_the_package_says_so(year):
    off = package_days(year)
    day = date(year, 1, 1)
    while day.year == year:
        assert is_working_day(day) == (day.weekday() < 5 and day not in off), day
        day += timedelta(days=1)


@given(YEARS)
def test_store_bededag_is_a_holiday_only_until_2023(year):
    great_prayer_day = easter_sunday(year) + timedelta(days=26)
    assert great_prayer_day.weekday() == 4  # the fourth Friday after Easter
    assert (great_prayer_day in non_working_days(year)) == (year <= 2023)


@given(YEARS)
def test_first_of_may_is_not_a_day_off(year):
    easter = easter_sunday(year)
    movable = {easter + timedelta(days=n) for n in (-3, -2, 0, 1, 26, 39, 49, 50)}
    may_day = date(year, 5, 1)
    # 1 May is off only when a movable holiday (Kristi himmelfart, store bededag) falls on it.
    assert (may_day in non_working_days(year)) == (may_day in movable and may_day in package_days(year))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 1)), st.integers(0, 30))
def test_adding_working_days_lands_on_a_working_day_after_exactly_that_many(start, days):
    end = add_working_days(start, days)
    counted = sum(
        1 for n in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=n))
    )
    assert counted == days
    if days:
        assert is_working_day(end)
    else:
        assert end == start


def test_christmas_and_new_year_push_the_acknowledgement_into_january():
    # Thursday 21.12.2023: 22.12 is day 1; 25, 26, 31.12 and 1.1 do not count.
    assert add_working_days(date(2023, 12, 21), 6) == date(2024, 1, 3)
    # Weekdays alone would have given 29.12.2023.


def test_easter_week_is_skipped():
    # Wednesday 27.03.2024: skærtorsdag, langfredag and 2. påskedag are holidays.
    assert add_working_days(date(2024, 3, 27), 6) == date(2024, 4, 9)


def test_great_prayer_day_counted_out_in_2023_but_not_in_2024():
    assert add_working_days(date(2023, 5, 4), 6) == date(2023, 5, 15)  # 5.5.2023 is off
    # 26.04.2024 (the old store bededag) and 1.5.2024 are ordinary working days.
    assert add_working_days(date(2024, 4, 25), 6) == date(2024, 5, 3)


def test_grundlovsdag_is_not_counted():
    # Tuesday 04.06.2024: 5.6 (Wednesday) is closed.
    assert add_working_days(date(2024, 6, 4), 1) == date(2024, 6, 6)


def test_every_year_the_package_knows_has_the_same_days_off():
    # Every year, not a sample: the movable holidays of a single year (e.g. a late Easter in
    # 2049 or 2076) are what a wrong rule would get wrong.
    wrong = [y for y in range(1950, 2101) if set(non_working_days(y)) != package_days(y)]
    assert wrong == []
