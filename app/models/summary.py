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
from app.models import mapping as mp
from app.models import tables as t
from app.models.queries import load_case_rows

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


def refresh(s: Session, row: t.CaseRow, today: date | None = None) -> None:
    s.flush()
    (full,) = load_case_rows(s, t.CaseRow.id == row.id)
    case = mp.to_case(full)
    row.level = int(case.level)
    row.holder_name = holder_of(case)
    found = next_deadline_of(case, today or date.today())
    row.next_deadline_on, row.next_deadline_title = found if found else (None, "")
