"""Loader options that fetch a whole case in a few queries (one per table, no lazy loads)."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from app.models import tables as t

logger = logging.getLogger(__name__)


def whole_case() -> list[LoaderOption]:
    """selectinload for every collection: about 25 SELECTs whatever the size of the case."""
    c = t.CaseRow
    return [
        selectinload(c.custodians),
        selectinload(c.siblings),
        selectinload(c.entries).selectinload(t.LogEntryRow.links),
        selectinload(c.joint_effort),
        selectinload(c.actor_rows),
        selectinload(c.baton),
        selectinload(c.eye_on_child),
        selectinload(c.levels),
        selectinload(c.assessments),
        selectinload(c.network_maps).selectinload(t.NetworkMapRow.actors),
        selectinload(c.meetings).selectinload(t.MeetingRow.participants),
        selectinload(c.meetings).selectinload(t.MeetingRow.minutes),
        selectinload(c.meetings).selectinload(t.MeetingRow.agreements),
        selectinload(c.consents).selectinload(t.ConsentRow.givers),
        selectinload(c.consents).selectinload(t.ConsentRow.parties),
        selectinload(c.notifications).selectinload(t.NotificationRow.answers),
        selectinload(c.observations).selectinload(t.ObservationRow.answers),
    ]


def load_case_rows(session: Session, where: object) -> list[t.CaseRow]:
    """Case rows matching `where`, fully loaded and fresh (populate_existing ignores the cache)."""
    stmt = (
        select(t.CaseRow)
        .where(where)  # type: ignore[arg-type]
        .options(*whole_case())
        .order_by(t.CaseRow.id)
        .execution_options(populate_existing=True)
    )
    return list(session.scalars(stmt))
