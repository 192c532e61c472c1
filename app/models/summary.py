"""The case list's denormalised columns (level, holder, next deadline), refreshed on each write.

Why stored and not computed when listing: the list must show 5,000 cases in ≤ 50 ms, and the
holder and the next deadline need the whole case (baton history, consents, meetings, …). A write
already has the case at hand, so it recomputes these three columns in the same transaction.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.domain import records as r
from app.models import tables as t
from app.models.loader import load_case

logger = logging.getLogger(__name__)

FAR = 365 * 100


def holder_of(case: r.Case) -> str:
    """The current stafetholder's name (the domain's baton rules decide who that is)."""
    from app.domain.baton import BatonState

    holder = BatonState.from_events(case.baton).holder
    return holder.name if holder else ""


def next_deadline_of(case: r.Case, today: date) -> tuple[date, str] | None:
    """The earliest open deadline of the case by the domain's deadlines engine."""
    if case.closure is not None:
        return None
    from app.domain import deadlines

    # No horizon: the list shows the next deadline however far ahead it lies.
    items: list[Any] = list(deadlines.compute([case], today, horizon_days=FAR))
    if not items:
        return None
    first = min(items, key=lambda d: d.due_on)
    return first.due_on, str(first.title)


def columns_for(case: r.Case, today: date) -> dict[str, Any]:
    """The case row's list columns for `case` as it stands."""
    found = next_deadline_of(case, today)
    return {
        "level": int(case.level),
        "holder_name": holder_of(case),
        "next_deadline_on": found[0] if found else None,
        "next_deadline_title": found[1] if found else "",
    }


def refresh(s: Session, row: t.CaseRow, today: date | None = None) -> None:
    """Recompute the list columns from the stored case, inside the caller's transaction."""
    s.flush()
    case = load_case(s, row.id, deadline_view=True)
    assert case is not None
    for key, value in columns_for(case, today or date.today()).items():
        setattr(row, key, value)
