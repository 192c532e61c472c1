"""Calendar arithmetic for the legal deadlines: months, years and working days."""

from __future__ import annotations

import calendar
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


def add_working_days(value: date, days: int) -> date:
    """`days` weekdays (Monday–Friday) after `value`; public holidays are not counted out."""
    current = value
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def meeting_moment(value: datetime) -> datetime:
    """A moment that compares safely: a time without zone (an old import) is taken as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
