"""Calendar arithmetic for the legal deadlines: months, years and working days."""

from __future__ import annotations

import calendar
import functools
import logging
from datetime import UTC, date, datetime, timedelta

logger = logging.getLogger(__name__)


def add_months(value: date, months: int) -> date:
    """The same day `months` later, or the month's last day when there is none (31.01 → 28.02)."""
    index = value.year * 12 + (value.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


def add_years(value: date, years: int) -> date:
    """The same date `years` later; 29 February becomes 28 February (never later than a year)."""
    return add_months(value, 12 * years)


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


# Store bededag (4th Friday after Easter) stopped being a public holiday from 2024
# (lov nr. 106 af 28/02/2023).
LAST_YEAR_WITH_GREAT_PRAYER_DAY = 2023


@functools.lru_cache(maxsize=512)
def non_working_days(year: int) -> frozenset[date]:
    """The weekdays that are not hverdage in Denmark in `year` (weekends are counted apart).

    The public holidays (helligdage) plus grundlovsdag, juleaftensdag and nytårsaftensdag, which
    public offices keep closed. 1 May is an ordinary working day under the law. Computed here in
    plain Python, so the domain needs no calendar package; the tests cross-check every year
    against the `holidays` package (DK).
    """
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1),  # nytårsdag
        easter - timedelta(days=3),  # skærtorsdag
        easter - timedelta(days=2),  # langfredag
        easter,  # påskedag
        easter + timedelta(days=1),  # 2. påskedag
        easter + timedelta(days=39),  # Kristi himmelfartsdag
        easter + timedelta(days=49),  # pinsedag
        easter + timedelta(days=50),  # 2. pinsedag
        date(year, 6, 5),  # grundlovsdag
        date(year, 12, 24),  # juleaftensdag
        date(year, 12, 25),  # juledag
        date(year, 12, 26),  # 2. juledag
        date(year, 12, 31),  # nytårsaftensdag
    }
    if year <= LAST_YEAR_WITH_GREAT_PRAYER_DAY:
        days.add(easter + timedelta(days=26))  # store bededag
    return frozenset(days)


def is_working_day(value: date) -> bool:
    """A hverdag: Monday to Friday and not a Danish holiday or closing day."""
    return value.weekday() < 5 and value not in non_working_days(value.year)


def add_working_days(value: date, days: int) -> date:
    """`days` hverdage after `value`: weekends and Danish holidays are not counted."""
    current = value
    left = days
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def meeting_moment(value: datetime) -> datetime:
    """A moment that compares safely: a time without zone (an old import) is taken as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
