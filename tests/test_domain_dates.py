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


# Easter Sunday from the published tables: it moves the Easter and Whitsun holidays (issue 17).
EASTER = [date(1818, 3, 22), date(1943, 4, 25), date(2000, 4, 23), date(2002, 3, 31),
          date(2008, 3, 23), date(2011, 4, 24), date(2016, 3, 27), date(2018, 4, 1),
          date(2019, 4, 21), date(2022, 4, 17), date(2024, 3, 31), date(2025, 4, 20),
          date(2026, 4, 5), date(2027, 3, 28), date(2028, 4, 16), date(2029, 4, 1),
          date(2030, 4, 21), date(2038, 4, 25), date(2100, 3, 28), date(2200, 4, 6)]


def test_easter_sunday_matches_the_published_dates():
    from app.domain.dates import easter_sunday

    assert [easter_sunday(d.year) for d in EASTER] == EASTER


def test_the_easter_days_are_not_hverdage_when_counting_six_working_days():
    # Wednesday 01.04.2026: skærtorsdag 2.4, langfredag 3.4, the weekend, 2. påskedag 6.4
    assert add_working_days(date(2026, 4, 1), 6) == date(2026, 4, 14)
    for easter in EASTER[-10:-2]:
        assert not is_working_day(easter - timedelta(days=3))  # skærtorsdag
        assert not is_working_day(easter - timedelta(days=2))  # langfredag
        assert not is_working_day(easter + timedelta(days=1))  # 2. påskedag
        assert not is_working_day(easter + timedelta(days=39))  # Kristi himmelfartsdag
        assert not is_working_day(easter + timedelta(days=50))  # 2. pinsedag
        assert is_working_day(easter + timedelta(days=2))  # the Tuesday after is a hverdag


def test_easter_sunday_in_every_year_from_the_gregorian_reform_on():
    # The century corrections of the algorithm only show in some centuries, and its "late Easter"
    # correction only in a few years (1954, 1981, 2049, 2076, …): every year a date can hold is
    # checked against dateutil's own algorithm (installed with the test dependency `holidays`).
    from dateutil.easter import EASTER_WESTERN, easter

    from app.domain.dates import easter_sunday

    wrong = [y for y in range(1583, 10000) if easter_sunday(y) != easter(y, EASTER_WESTERN)]
    assert wrong == []


def test_a_meeting_moment_keeps_its_own_zone_and_a_time_without_zone_is_utc():
    from datetime import UTC, datetime, timezone

    from app.domain.dates import meeting_moment

    copenhagen = datetime(2026, 11, 2, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert meeting_moment(copenhagen) == datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    assert meeting_moment(datetime(2026, 11, 2, 10, 0)) == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert meeting_moment(datetime(2026, 11, 2, 10, 0)).tzinfo is UTC
