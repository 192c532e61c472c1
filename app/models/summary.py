"""The case list's denormalised columns and the stored deadlines, refreshed on each write.

Why stored and not computed when listing: the list must show 50,000 cases in ≤ 100 ms and the
dashboard their deadlines in ≤ 300 ms, and the holder and the deadlines need the whole case
(baton history, consents, meetings, …). A write already has the case at hand, so it recomputes
them in the same transaction: the stored table can never disagree with the records.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain import deadlines as dl
from app.domain import records as r
from app.models import tables as t
from app.models.loader import load_case

logger = logging.getLogger(__name__)


def holder_of(case: r.Case) -> str:
    """The current stafetholder's name (the domain's baton rules decide who that is)."""
    from app.domain.baton import BatonState

    holder = BatonState.from_events(case.baton).holder
    return holder.name if holder else ""


def _first(items: Iterable[Any]) -> Any | None:
    # The same tie-break as the dashboard: by date, then by kind.
    return min(items, key=lambda item: (item.due_on, item.kind.value), default=None)


def columns_for(case: r.Case, items: list[Any] | None = None) -> dict[str, Any]:
    """The case row's list columns for `case` as it stands (no `today`: the next deadline is the
    earliest open one however far ahead it lies)."""
    found = _first(dl.case_items(case) if items is None else items)
    return {
        "level": int(case.level),
        "holder_name": holder_of(case),
        "next_deadline_on": found.due_on if found else None,
        "next_deadline_title": str(dl.TITLES[found.kind]) if found else "",
        "list_group": 0 if case.closure is None else 1,
    }


def deadline_rows(case_id: int, items: Iterable[Any]) -> list[t.CaseDeadlineRow]:
    return [
        t.CaseDeadlineRow(
            case_id=case_id,
            kind=item.kind.value,
            due_on=item.due_on,
            visible_from=item.due_on - timedelta(days=item.window_days),
            target_record=item.target.record,
            target_uid=item.target.uid,
            target_section=item.target.section,
            detail=item.detail,
        )
        for item in items
    ]


def store(s: Session, row: t.CaseRow, case: r.Case, *, replace: bool = True) -> None:
    """Set the list columns and the stored deadlines of `row` from `case` (already in hand).

    A case handed over to another laptop, or received as a copy, keeps no deadlines here: they
    are the holder's to follow up (app/handover).
    """
    items = [] if row.read_only else dl.case_items(case)
    for key, value in columns_for(case, items=items).items():
        setattr(row, key, value)
    if replace:
        s.execute(delete(t.CaseDeadlineRow).where(t.CaseDeadlineRow.case_id == row.id))
    s.add_all(deadline_rows(row.id, items))


def refresh(s: Session, row: t.CaseRow) -> None:
    """Recompute the list columns and deadlines from the stored case, in the caller's
    transaction."""
    s.flush()
    case = load_case(s, row.id, deadline_view=True)
    assert case is not None
    store(s, row, case)
