"""Reads whole cases with plain Core SELECTs (one per table), straight into record dataclasses.

Why not the ORM here: a large case (500 entries, 50 assessments, 20 meetings) is about a
thousand rows, and building ORM objects and their identity map first costs more than the
budget of 150 ms allows. Core rows carry the same column names and types, so the mapping
module turns them into records through a thin view that adds the child lists.

`deadline_view=True` reads only what the list columns and the deadlines engine use (header,
levels, baton, review entries, actor rows, meetings with agreements, consents with parties,
notifications, the worry-scale placements that carry the duty to notify): the dashboard over thousands of cases stays fast and small. A test checks that
the deadlines it gives equal those of the whole case.
"""

from __future__ import annotations

import gc
import logging
from collections import defaultdict
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.engine import Result
from sqlalchemy.orm import Session

from app.domain import records as r
from app.models import mapping as mp
from app.models import tables as t

logger = logging.getLogger(__name__)


def _View(row: SimpleNamespace, **extra: Any) -> SimpleNamespace:  # noqa: N802 - reads like a type
    """A row (see _rows) plus its child lists, readable like the ORM object the mapping module
    expects."""
    row.__dict__.update(extra)
    return row


def _namespaces(result: Result[Any]) -> list[SimpleNamespace]:
    """Each row as a plain namespace: attribute reads are then dict lookups in C, which matters
    when the dashboard reads every column of thousands of rows. Made by zipping the column names
    once per query (unpacking each Row's mapping was 80 % of reading a 10,000-entry log)."""
    keys = list(result.keys())
    return [SimpleNamespace(**dict(zip(keys, row, strict=True))) for row in result]


def _rows(
    s: Session, table: type[Any], cases: Select[Any], *where: ColumnElement[bool]
) -> list[SimpleNamespace]:
    t_ = table.__table__
    stmt = select(t_).where(t_.c.case_id.in_(cases), *where).order_by(t_.c.id)
    return _namespaces(s.execute(stmt))


def _by(rows: Iterable[SimpleNamespace], key: str) -> dict[int, list[SimpleNamespace]]:
    grouped: dict[int, list[SimpleNamespace]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def load_cases(
    s: Session, where: ColumnElement[bool], *, deadline_view: bool = False
) -> dict[int, r.Case]:
    """The cases matching `where` (a condition on t.CaseRow), by id, in id order."""
    # Tens of thousands of new objects that all stay alive: the cyclic garbage collector
    # would walk them again and again while they are built (a third of the dashboard's time).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load_cases(s, where, deadline_view=deadline_view)
    finally:
        if paused:
            gc.enable()


def _load_cases(
    s: Session, where: ColumnElement[bool], *, deadline_view: bool
) -> dict[int, r.Case]:
    c = t.CaseRow.__table__
    headers = _namespaces(s.execute(select(c).where(where).order_by(c.c.id)))
    if not headers:
        return {}
    ids = select(c.c.id).where(where).scalar_subquery()

    def rows(table: type[Any], *cond: ColumnElement[bool]) -> dict[int, list[SimpleNamespace]]:
        return _by(_rows(s, table, ids, *cond), "case_id")

    empty: dict[int, list[SimpleNamespace]] = {}
    levels = rows(t.LevelChangeRow)
    baton = rows(t.BatonEventRow)
    actor_rows = rows(t.ActorRowRow)
    consents = rows(t.ConsentRow)
    notifications = rows(t.NotificationRow)
    meetings = rows(t.MeetingRow)
    agreements = _by(_rows(s, t.AgreementRow, ids), "meeting_id")
    parties = _by(_rows(s, t.ConsentPartyRow, ids), "consent_id")
    if deadline_view:
        e = t.LogEntryRow.__table__.c
        review = e.section == r.LogSection.REVIEW.value
        # A correction filed under another section still retires the review date it corrects.
        review_uids = select(e.uid).where(e.case_id.in_(ids), review)
        entries = rows(t.LogEntryRow, review | e.supersedes.in_(review_uids))
        # Only the placements that carry the duty to notify (a reminder until an underretning).
        a = t.AssessmentRow.__table__.c
        assessments = rows(
            t.AssessmentRow,
            ((a.scale == r.ScaleKind.CHILD.value) & (a.category >= 3))
            | ((a.scale == r.ScaleKind.PARENT.value) & (a.category >= 4)),
        )
        custodians = siblings = joint = eyes = maps = observations = voices = empty
        links = participants = minutes = givers = map_actors = n_answers = o_answers = empty
    else:
        entries = rows(t.LogEntryRow)
        links = _by(_rows(s, t.EntryLinkRow, ids), "entry_id")
        custodians = rows(t.CustodianRow)
        siblings = rows(t.SiblingRow)
        joint = rows(t.JointEffortRow)
        eyes = rows(t.EyeOnChildRow)
        assessments = rows(t.AssessmentRow)
        maps = rows(t.NetworkMapRow)
        map_actors = _by(_rows(s, t.MapActorRow, ids), "map_id")
        participants = _by(_rows(s, t.ParticipantRow, ids), "meeting_id")
        minutes = _by(_rows(s, t.MinutesRow, ids), "meeting_id")
        givers = _by(_rows(s, t.ConsentGiverRow, ids), "consent_id")
        n_answers = _by(_rows(s, t.NotificationAnswerRow, ids), "notification_id")
        observations = rows(t.ObservationRow)
        o_answers = _by(_rows(s, t.ObservationAnswerRow, ids), "observation_id")
        voices = rows(t.ChildVoiceRow)

    found: dict[int, r.Case] = {}
    for h in headers:
        cid = h.id
        view = _View(
            h,
            custodians=custodians.get(cid, []),
            siblings=siblings.get(cid, []),
            levels=levels.get(cid, []),
            entries=[_View(e, links=links.get(e.id, [])) for e in entries.get(cid, [])],
            joint_effort=joint.get(cid, []),
            actor_rows=actor_rows.get(cid, []),
            baton=baton.get(cid, []),
            eye_on_child=eyes.get(cid, []),
            assessments=assessments.get(cid, []),
            network_maps=[_View(m, actors=map_actors.get(m.id, [])) for m in maps.get(cid, [])],
            meetings=[
                _View(
                    m,
                    participants=participants.get(m.id, []),
                    minutes=minutes.get(m.id, []),
                    agreements=agreements.get(m.id, []),
                )
                for m in meetings.get(cid, [])
            ],
            consents=[
                _View(x, givers=givers.get(x.id, []), parties=parties.get(x.id, []))
                for x in consents.get(cid, [])
            ],
            notifications=[
                _View(n, answers=n_answers.get(n.id, [])) for n in notifications.get(cid, [])
            ],
            observations=[
                _View(o, answers=o_answers.get(o.id, [])) for o in observations.get(cid, [])
            ],
            child_voices=voices.get(cid, []),
        )
        found[cid] = mp.to_case(view)  # type: ignore[arg-type]
    return found


def load_case(s: Session, case_id: int, *, deadline_view: bool = False) -> r.Case | None:
    return load_cases(s, t.CaseRow.id == case_id, deadline_view=deadline_view).get(case_id)
