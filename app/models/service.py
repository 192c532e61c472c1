"""CaseService: the one way the GUI, the command line and the PDF export read and write cases.

Every public call is one committed transaction with one audit row (action, record type, uid;
never content). A failing call changes nothing. Reads return records dataclasses, never rows.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, Iterator, Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from app.domain import records as r
from app.domain.messages import UserError
from app.models import mapping as mp
from app.models import summary
from app.models import tables as t
from app.models.errors import (
    AlreadyRevised,
    AmbiguousMeeting,
    CannotRetract,
    CaseClosed,
    CaseNotFound,
    LastLevel,
    RecordNotFound,
)
from app.models.interchange import from_json, to_json
from app.models.loader import load_case, load_cases
from app.models.search import matching_case_ids, refresh_keys

logger = logging.getLogger(__name__)

# Applying a meeting's GØR agreements gives each actor row a uid derived from the agreement, so
# applying twice (even after export and import) finds the row instead of adding a second one.
_AGREEMENT_NS = uuid.UUID("5b0f6c1e-3a43-4c2c-9a55-6e2f0c1d7a10")


class VaultLike(Protocol):
    """What the service needs from app.vault.Vault (tests may pass the real thing only)."""

    audit: Any

    def session(self) -> Any: ...

    def read_session(self) -> Any: ...

    def purge(self) -> bool: ...


@dataclass(frozen=True)
class NextDeadline:
    on: date
    title: str


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list; `cpr` is the full number (the UI masks it)."""

    id: int
    uid: str
    child_name: str
    cpr: str | None
    holder: str
    level: r.Level
    next_deadline: NextDeadline | None
    closed: bool

    @property
    def holder_name(self) -> str:
        return self.holder


_LEVELS = {int(level): level for level in r.Level}  # a dict lookup: 5,000 rows per list


def now() -> datetime:
    return datetime.now(UTC)


class CaseService:
    def __init__(self, vault: VaultLike, actor: str = "") -> None:
        self._vault = vault
        self.actor = actor

    # -----------------------------------------------------------------------------------------
    # plumbing
    # -----------------------------------------------------------------------------------------

    def _audit(self, action: str, record_type: str, record_id: str, subject: str | None) -> None:
        """Joins the open write session: the audit row commits (or not) with the change."""
        self._vault.audit.append(
            f"case.{action}", record_type, record_id, subject=subject, actor=self.actor or None
        )

    @staticmethod
    def _case_row(s: Session, case_id: int) -> t.CaseRow:
        row = s.get(t.CaseRow, case_id) if isinstance(case_id, int) else None
        if row is None:
            raise CaseNotFound(case_id)
        return row

    @contextmanager
    def _change(
        self,
        case_id: int,
        action: str,
        record_type: str,
        *,
        refresh: bool = True,
        touch: bool = True,
    ) -> Iterator[_Change]:
        """One write: the open case row, the audit row, the list columns refreshed.

        `touch`: the change counts as an update of the log ("dato for sidste opdatering");
        a draft does not. `refresh`: the change can move the holder, level or next deadline.
        """
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            if row.closed_on is not None:
                raise CaseClosed()
            change = _Change(s, row)
            yield change
            if touch:
                row.updated_at = now()
            s.flush()
            if refresh:
                summary.refresh(s, row)
            self._audit(action, record_type, change.record_id or row.uid, row.uid)

    def _find(self, s: Session, table: type[Any], case_id: int, uid: str, what: str) -> Any:
        found = s.scalar(select(table).where(table.case_id == case_id, table.uid == uid))
        if found is None:
            raise RecordNotFound(what)
        return found

    # -----------------------------------------------------------------------------------------
    # reading
    # -----------------------------------------------------------------------------------------

    def list_cases(self, search: str | None = None) -> list[CaseSummary]:
        """Open cases first, then closed ones; by name. `search`: name word prefix or CPR prefix."""
        c = t.CaseRow
        stmt = select(
            c.id,
            c.uid,
            c.child_name,
            c.child_cpr,
            c.holder_name,
            c.level,
            c.next_deadline_on,
            c.next_deadline_title,
            c.closed_on,
        )
        ids = matching_case_ids(search or "")
        if ids is not None:
            stmt = stmt.where(c.id.in_(ids))
        stmt = stmt.order_by(c.closed_on.is_not(None), c.name_key, c.id)
        with self._vault.read_session() as s:
            rows = s.execute(stmt).all()
        levels = _LEVELS
        # Positional, not by keyword or attribute: this loop runs 5,000 times for the full list.
        return [
            CaseSummary(
                case_id,
                uid,
                name,
                cpr,
                holder,
                levels.get(level) or r.Level(level),
                NextDeadline(due_on, title) if due_on else None,
                closed_on is not None,
            )
            for case_id, uid, name, cpr, holder, level, due_on, title, closed_on in rows
        ]

    def case_count(self) -> int:
        with self._vault.read_session() as s:
            return int(s.scalar(select(func.count(t.CaseRow.id))) or 0)

    def load(self, case_id: int) -> r.Case:
        """The whole case as dataclasses (audited as viewed)."""
        with self._vault.session() as s:
            case = load_case(s, case_id) if isinstance(case_id, int) else None
            if case is None:
                raise CaseNotFound(case_id)
            self._audit("view", "case", case.uid, case.uid)
        return case

    def export_case(self, case_id: int) -> dict[str, Any]:
        """The case as a "stafet-case" JSON document (see docs/json-interchange.md)."""
        with self._vault.session() as s:
            case = load_case(s, case_id) if isinstance(case_id, int) else None
            if case is None:
                raise CaseNotFound(case_id)
            self._audit("export", "case", case.uid, case.uid)
        return to_json(case)

    def deadlines(self, today: date) -> list[Any]:
        """Every deadline and reminder of the open cases (domain.deadlines.Deadline items)."""
        from app.domain import deadlines

        with self._vault.read_session() as s:
            cases = load_cases(s, t.CaseRow.closed_on.is_(None), deadline_view=True)
        return list(deadlines.compute(cases.values(), today))

    def drafts(self, case_id: int) -> dict[str, str]:
        with self._vault.read_session() as s:
            self._case_row(s, case_id)
            found = s.execute(
                select(t.DraftRow.key, t.DraftRow.text)
                .where(t.DraftRow.case_id == case_id)
                .order_by(t.DraftRow.id)
            ).all()
        return {k: v for k, v in found}

    # -----------------------------------------------------------------------------------------
    # creating and importing
    # -----------------------------------------------------------------------------------------

    def create_case(
        self,
        child: r.Child,
        created_by: r.Person,
        custodians: Sequence[r.Custodian] = (),
        siblings: Sequence[r.Sibling] = (),
        created_on: date | None = None,
    ) -> int:
        """A new log at level 1, with the creator as the first stafetholder."""
        from app.domain.validation import validate_child, validate_text

        on = created_on or date.today()
        validate_child(child, date.today())
        validate_text(created_by.name, "oprettet af", required=True, max_chars=500)
        case = r.Case(
            child=child,
            custodians=list(custodians),
            siblings=list(siblings),
            created_by=created_by,
            created_on=on,
            levels=[r.LevelChange(on=on, level=r.Level.ONE)],
            baton=[r.BatonEvent(kind=r.BatonEventKind.CREATED, on=on, person=created_by)],
            updated_at=now(),
        )
        return self._insert_case(case, "create")

    def import_case(self, data: dict[str, Any]) -> int:
        """A new case from a "stafet-case" document; invalid input changes nothing."""
        case = from_json(data)
        stamp = now()
        if case.updated_at is None:
            case = replace(case, updated_at=stamp)
        for entry in case.entries:
            if entry.recorded_at is None:
                entry.recorded_at = stamp
        return self._insert_case(case, "import")

    def _insert_case(self, case: r.Case, action: str) -> int:
        stamp = now()
        for entry in case.entries:
            if entry.recorded_at is None:
                entry.recorded_at = stamp
        with self._vault.session() as s:
            row = t.CaseRow(**mp.header_columns(case))
            keys = refresh_keys(row)
            s.add(row)
            s.flush()
            s.add_all(t.SearchKeyRow(case_id=row.id, key=k) for k in keys)
            s.add_all(mp.body_rows(row.id, case))
            s.flush()
            summary.refresh(s, row)
            self._audit(action, "case", case.uid, case.uid)
            case_id = row.id
        logger.info("case %s: %s", case_id, action)
        return case_id

    # -----------------------------------------------------------------------------------------
    # the child and the family
    # -----------------------------------------------------------------------------------------

    def update_child(self, case_id: int, child: r.Child) -> None:
        from app.domain.validation import validate_child

        validate_child(child, date.today())
        with self._change(case_id, "change", "child") as ch:
            ch.row.child_name = child.name
            ch.row.child_cpr = child.cpr
            ch.row.expected_birth_date = child.expected_birth_date
            ch.s.execute(delete(t.SearchKeyRow).where(t.SearchKeyRow.case_id == case_id))
            ch.s.add_all(t.SearchKeyRow(case_id=case_id, key=k) for k in refresh_keys(ch.row))

    def save_custodian(self, case_id: int, custodian: r.Custodian) -> str:
        with self._change(case_id, "change", "custodian") as ch:
            ch.upsert(t.CustodianRow, custodian.uid, mp.custodian_row(case_id, custodian))
            ch.record_id = custodian.uid
        return custodian.uid

    def save_sibling(self, case_id: int, sibling: r.Sibling) -> str:
        with self._change(case_id, "change", "sibling") as ch:
            ch.upsert(t.SiblingRow, sibling.uid, mp.sibling_row(case_id, sibling))
            ch.record_id = sibling.uid
        return sibling.uid

    # -----------------------------------------------------------------------------------------
    # the stafetlog
    # -----------------------------------------------------------------------------------------

    def add_entry(self, case_id: int, entry: r.LogEntry) -> str:
        """A new dated entry. Returns its uid."""
        _check_entry(entry)
        with self._change(case_id, "add", "log_entry") as ch:
            if entry.supersedes:
                _check_supersedable(ch.s, t.LogEntryRow, case_id, entry.supersedes, "Posten")
            stored = replace(entry, recorded_at=now())
            ch.s.add(mp.entry_row(case_id, stored))
            ch.record_id = entry.uid
        return entry.uid

    def revise_entry(self, case_id: int, old_uid: str, new_entry: r.LogEntry) -> str:
        """A corrected version: a new entry that supersedes `old_uid`; the old one stays."""
        _check_entry(new_entry)
        if new_entry.uid == old_uid:
            new_entry = replace(new_entry, uid=r.new_uid())
        with self._change(case_id, "revise", "log_entry") as ch:
            _check_supersedable(ch.s, t.LogEntryRow, case_id, old_uid, "Posten")
            stored = replace(new_entry, supersedes=old_uid, recorded_at=now())
            ch.s.add(mp.entry_row(case_id, stored))
            ch.record_id = stored.uid
        return stored.uid

    def add_actor_row(self, case_id: int, row: r.ActorRow) -> str:
        with self._change(case_id, "add", "actor_row") as ch:
            if row.supersedes:
                _check_supersedable(ch.s, t.ActorRowRow, case_id, row.supersedes, "Rækken")
            ch.s.add(mp.actor_row_row(case_id, row))
            ch.record_id = row.uid
        return row.uid

    def revise_actor_row(self, case_id: int, old_uid: str, new_row: r.ActorRow) -> str:
        if new_row.uid == old_uid:
            new_row = replace(new_row, uid=r.new_uid())
        with self._change(case_id, "revise", "actor_row") as ch:
            _check_supersedable(ch.s, t.ActorRowRow, case_id, old_uid, "Rækken")
            stored = replace(new_row, supersedes=old_uid)
            ch.s.add(mp.actor_row_row(case_id, stored))
            ch.record_id = stored.uid
        return stored.uid

    def add_joint_effort(self, case_id: int, setting: r.JointEffortSetting) -> str:
        with self._change(case_id, "add", "joint_effort") as ch:
            ch.s.add(mp.joint_effort_row(case_id, setting))
            ch.record_id = setting.uid
        return setting.uid

    def set_level(
        self,
        case_id: int,
        level: r.Level | int | r.LevelChange,
        on: date | None = None,
        note: str = "",
    ) -> str:
        """A dated level change (the history is kept; the latest date wins)."""
        if isinstance(level, r.LevelChange):
            change = level
        else:
            change = r.LevelChange(on=on or date.today(), level=r.Level(int(level)), note=note)
        with self._change(case_id, "add", "level_change") as ch:
            ch.s.add(mp.level_row(case_id, change))
            ch.record_id = change.uid
        return change.uid

    def set_eye_on_child(self, case_id: int, person: r.Person, since: date) -> str:
        eye = r.EyeOnChild(since=since, person=person)
        with self._change(case_id, "add", "eye_on_child") as ch:
            ch.s.add(mp.eye_row(case_id, eye))
            ch.record_id = eye.uid
        return eye.uid

    # -----------------------------------------------------------------------------------------
    # the baton (rules in app.domain.baton)
    # -----------------------------------------------------------------------------------------

    def _baton_step(
        self, case_id: int, action: str, step: Callable[[Any], r.BatonEvent]
    ) -> str:
        from app.domain.baton import BatonState

        with self._change(case_id, action, "baton_event") as ch:
            events = ch.s.scalars(
                select(t.BatonEventRow)
                .where(t.BatonEventRow.case_id == case_id)
                .order_by(t.BatonEventRow.id)
            ).all()
            state = BatonState.from_events([mp.to_baton(e) for e in events])
            event = step(state)
            ch.s.add(mp.baton_row(case_id, event))
            ch.record_id = event.uid
        return event.uid

    def offer_baton(self, case_id: int, person: r.Person, on: date, note: str = "") -> str:
        return self._baton_step(case_id, "offer", lambda st: st.offer(person, on, note=note))

    def accept_baton(
        self, case_id: int, on: date, person: r.Person | None = None, note: str = ""
    ) -> str:
        """The offered person accepts: from now on they hold the baton."""
        return self._baton_step(
            case_id, "handover", lambda st: st.accept(_answerer(st, person), on, note=note)
        )

    def decline_baton(
        self, case_id: int, on: date, person: r.Person | None = None, note: str = ""
    ) -> str:
        """The offered person declines: the holder keeps the baton."""
        return self._baton_step(
            case_id, "decline", lambda st: st.decline(_answerer(st, person), on, note=note)
        )

    def withdraw_offer(self, case_id: int, on: date, note: str = "") -> str:
        return self._baton_step(case_id, "withdraw", lambda st: st.withdraw(on, note=note))

    def close_case(self, case_id: int, closure: r.CaseClosure) -> None:
        """Close the log: ARCHIVE keeps it read-only; DESTROY deletes every row of the case."""
        from app.domain.baton import BatonState
        from app.domain.closing import validate_closure

        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            if row.closed_on is not None:
                raise CaseClosed()
            events = s.scalars(
                select(t.BatonEventRow)
                .where(t.BatonEventRow.case_id == case_id)
                .order_by(t.BatonEventRow.id)
            ).all()
            state = BatonState.from_events([mp.to_baton(e) for e in events])
            validate_closure(closure, created_on=row.created_on)
            event = state.close(closure)
            case_uid = row.uid
            if closure.disposition is r.Disposition.DESTROY:
                for table in t.TABLES_BY_DEPTH:
                    s.execute(delete(table).where(table.case_id == case_id))
                s.execute(delete(t.CaseRow).where(t.CaseRow.id == case_id))
                s.expunge_all()
                self._audit("destroy", "case", case_uid, case_uid)
                destroyed = True
            else:
                s.add(mp.baton_row(case_id, event))
                for key, value in mp.closure_columns(closure).items():
                    setattr(row, key, value)
                row.updated_at = now()
                s.flush()
                summary.refresh(s, row)
                self._audit("close", "case", case_uid, case_uid)
                destroyed = False
        if destroyed:
            self._checkpoint()
            logger.info("case %s destroyed", case_id)

    def _checkpoint(self) -> None:
        """Leave no older page image of the destroyed case in the WAL (vault.purge)."""
        if not self._vault.purge():
            logger.warning("purge after destruction postponed: a reader holds an old snapshot")

    # -----------------------------------------------------------------------------------------
    # scales, network map, meetings
    # -----------------------------------------------------------------------------------------

    def add_assessment(self, case_id: int, assessment: r.ScaleAssessment) -> str:
        from app.domain.scales import scale_for

        scale = scale_for(assessment.scale)
        scale.category(assessment.category)  # raises ValidationError when out of range
        with self._change(case_id, "add", "assessment") as ch:
            ch.s.add(mp.assessment_row(case_id, assessment))
            ch.record_id = assessment.uid
        return assessment.uid

    def add_network_map(self, case_id: int, network_map: r.NetworkMap) -> str:
        """A new dated version of the map; older versions are kept."""
        with self._change(case_id, "add", "network_map") as ch:
            ch.s.add(mp.map_row(case_id, network_map))
            ch.record_id = network_map.uid
        return network_map.uid

    def save_meeting(self, case_id: int, meeting: r.Meeting) -> str:
        """Create or replace the meeting with this uid (participants, minutes, agreements).

        A meeting without consent (SEL § 49 a) is checked against the case's other meetings.
        """
        from app.domain.section49a import check_new_meeting

        with self._change(case_id, "save", "meeting") as ch:
            if meeting.without_consent_49a:
                current = load_case(ch.s, case_id, deadline_view=True)
                others = [m for m in (current.meetings if current else []) if m.uid != meeting.uid]
                check_new_meeting(others, follow_up_of=meeting.follow_up_of_uid)
            found = ch.s.scalar(
                select(t.MeetingRow).where(
                    t.MeetingRow.case_id == case_id, t.MeetingRow.uid == meeting.uid
                )
            )
            if found is None:
                ch.s.add(mp.meeting_row(case_id, meeting))
            else:
                for table in (t.ParticipantRow, t.MinutesRow, t.AgreementRow):
                    ch.s.execute(delete(table).where(table.meeting_id == found.id))
                for key, value in mp.meeting_columns(meeting).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["participants", "minutes", "agreements"])
                parts = (
                    [mp.participant_row(case_id, p) for p in meeting.participants]
                    + [
                        t.MinutesRow(case_id=case_id, point=point, text=text)
                        for point, text in meeting.minutes.items()
                    ]
                    + [mp.agreement_row(case_id, a) for a in meeting.agreements]
                )
                for child in parts:
                    child.meeting_id = found.id
                    ch.s.add(child)
            ch.record_id = meeting.uid
        return meeting.uid

    def update_minutes(self, *args: Any, case_id: int | None = None) -> None:
        """Write the minutes of one agenda point, live during the meeting.

        Call as update_minutes(meeting_uid, point, text) (the contract) or with the case
        first: update_minutes(case_id, meeting_uid, point, text).
        """
        if len(args) == 4:
            case_id, meeting_uid, point, text = args
        else:
            meeting_uid, point, text = args
        if case_id is None:
            case_id = self._case_of_meeting(meeting_uid)
        with self._change(case_id, "change", "meeting_minutes", refresh=False) as ch:
            meeting = self._find(ch.s, t.MeetingRow, case_id, meeting_uid, "Mødet")
            found = ch.s.scalar(
                select(t.MinutesRow).where(
                    t.MinutesRow.meeting_id == meeting.id, t.MinutesRow.point == point
                )
            )
            if found is None:
                ch.s.add(
                    t.MinutesRow(case_id=case_id, meeting_id=meeting.id, point=point, text=text)
                )
            else:
                found.text = text
            ch.record_id = meeting_uid

    def _case_of_meeting(self, meeting_uid: str) -> int:
        with self._vault.read_session() as s:
            ids = s.scalars(select(t.MeetingRow.case_id).where(t.MeetingRow.uid == meeting_uid)).all()
        if not ids:
            raise RecordNotFound("Mødet")
        if len(set(ids)) > 1:
            raise AmbiguousMeeting()
        return ids[0]

    def apply_agreements(self, case_id: int, meeting_uid: str) -> list[str]:
        """Each GØR agreement becomes an actor row (once); returns the uids of new rows."""
        added: list[str] = []
        with self._change(case_id, "apply_agreements", "meeting") as ch:
            meeting = ch.s.scalar(
                select(t.MeetingRow)
                .where(t.MeetingRow.case_id == case_id, t.MeetingRow.uid == meeting_uid)
                .options(selectinload(t.MeetingRow.agreements))
            )
            if meeting is None:
                raise RecordNotFound("Mødet")
            existing = set(
                ch.s.scalars(select(t.ActorRowRow.uid).where(t.ActorRowRow.case_id == case_id))
            )
            for agreement in meeting.agreements:
                uid = agreement_row_uid(meeting_uid, agreement.uid)
                if uid in existing:
                    continue
                row = r.ActorRow(
                    uid=uid,
                    actor=agreement.who,
                    changed_on=meeting.starts_at.date(),
                    effort=agreement.what,
                    follow_up_on=agreement.by_when,
                    follow_up_by=agreement.follow_up_by,
                    from_meeting_uid=meeting_uid,
                )
                ch.s.add(mp.actor_row_row(case_id, row))
                added.append(uid)
            ch.record_id = meeting_uid
        return added

    # -----------------------------------------------------------------------------------------
    # consent, notification, observation, municipal steps
    # -----------------------------------------------------------------------------------------

    def save_consent(self, case_id: int, consent: r.Consent) -> str:
        from app.domain.consent import validate_consent

        validate_consent(consent)
        with self._change(case_id, "save", "consent") as ch:
            found = ch.s.scalar(
                select(t.ConsentRow).where(
                    t.ConsentRow.case_id == case_id, t.ConsentRow.uid == consent.uid
                )
            )
            if found is None:
                ch.s.add(mp.consent_row(case_id, consent))
            else:
                for table in (t.ConsentGiverRow, t.ConsentPartyRow):
                    ch.s.execute(delete(table).where(table.consent_id == found.id))
                for key, value in mp.consent_columns(consent).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["givers", "parties"])
                children = mp.consent_children(case_id, consent)
                for child in (*children["givers"], *children["parties"]):
                    child.consent_id = found.id
                    ch.s.add(child)
            ch.record_id = consent.uid
        return consent.uid

    def revoke_consent(self, case_id: int, consent_uid: str, on: date, note: str = "") -> None:
        with self._change(case_id, "revoke", "consent") as ch:
            found = self._find(ch.s, t.ConsentRow, case_id, consent_uid, "Samtykket")
            found.revoked_on = on
            found.revocation_note = note
            ch.record_id = consent_uid

    def save_notification(self, case_id: int, notification: r.Notification) -> str:
        with self._change(case_id, "save", "notification") as ch:
            found = ch.s.scalar(
                select(t.NotificationRow).where(
                    t.NotificationRow.case_id == case_id,
                    t.NotificationRow.uid == notification.uid,
                )
            )
            if found is None:
                ch.s.add(mp.notification_row(case_id, notification))
            else:
                ch.s.execute(
                    delete(t.NotificationAnswerRow).where(
                        t.NotificationAnswerRow.notification_id == found.id
                    )
                )
                for key, value in mp.notification_columns(notification).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["answers"])
                for child in mp.notification_answers(case_id, notification):
                    child.notification_id = found.id
                    ch.s.add(child)
            ch.record_id = notification.uid
        return notification.uid

    def save_observation(self, case_id: int, observation: r.Observation) -> str:
        with self._change(case_id, "save", "observation") as ch:
            found = ch.s.scalar(
                select(t.ObservationRow).where(
                    t.ObservationRow.case_id == case_id, t.ObservationRow.uid == observation.uid
                )
            )
            if found is None:
                ch.s.add(mp.observation_row(case_id, observation))
            else:
                ch.s.execute(
                    delete(t.ObservationAnswerRow).where(
                        t.ObservationAnswerRow.observation_id == found.id
                    )
                )
                for key, value in mp.observation_columns(observation).items():
                    setattr(found, key, value)
                ch.s.flush()
                ch.s.expire(found, ["answers"])
                for child in mp.observation_answers(case_id, observation):
                    child.observation_id = found.id
                    ch.s.add(child)
            ch.record_id = observation.uid
        return observation.uid

    def save_municipal_steps(self, case_id: int, steps: r.MunicipalSteps) -> None:
        with self._change(case_id, "change", "municipal_steps") as ch:
            for key, value in mp.municipal_columns(steps).items():
                setattr(ch.row, key, value)

    # -----------------------------------------------------------------------------------------
    # undo and drafts
    # -----------------------------------------------------------------------------------------

    _RETRACTABLE: tuple[tuple[type[Any], str], ...] = (
        (t.LogEntryRow, "log_entry"),
        (t.ActorRowRow, "actor_row"),
        (t.JointEffortRow, "joint_effort"),
        (t.LevelChangeRow, "level_change"),
        (t.EyeOnChildRow, "eye_on_child"),
        (t.AssessmentRow, "assessment"),
        (t.NetworkMapRow, "network_map"),
        (t.MeetingRow, "meeting"),
        (t.ConsentRow, "consent"),
        (t.NotificationRow, "notification"),
        (t.ObservationRow, "observation"),
    )

    def retract(self, case_id: int, uid: str) -> None:
        """Undo of a record just added: only a version that nothing supersedes may go."""
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            if row.closed_on is not None:
                raise CaseClosed()
            for table, record_type in self._RETRACTABLE:
                found = s.scalar(select(table).where(table.case_id == case_id, table.uid == uid))
                if found is None:
                    continue
                if hasattr(table, "supersedes") and s.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(table.case_id == case_id, table.supersedes == uid)
                ):
                    raise CannotRetract()
                if table is t.LevelChangeRow and (
                    s.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(table.case_id == case_id)
                    )
                    or 0
                ) <= 1:
                    raise LastLevel()
                s.delete(found)
                row.updated_at = now()
                s.flush()
                summary.refresh(s, row)
                self._audit("retract", record_type, uid, row.uid)
                return
        raise RecordNotFound("Posten")

    def save_draft(self, case_id: int, key: str, text: str) -> None:
        """Autosave of text not yet saved as a record: one short write, no list refresh."""
        with self._change(case_id, "draft", "draft", refresh=False, touch=False) as ch:
            found = ch.s.scalar(
                select(t.DraftRow).where(t.DraftRow.case_id == case_id, t.DraftRow.key == key)
            )
            if found is None:
                ch.s.add(t.DraftRow(case_id=case_id, key=key, text=text, updated_at=now()))
            else:
                found.text = text
                found.updated_at = now()
            ch.record_id = key

    def discard_draft(self, case_id: int, key: str) -> None:
        with self._change(case_id, "discard_draft", "draft", refresh=False, touch=False) as ch:
            ch.s.execute(
                delete(t.DraftRow).where(t.DraftRow.case_id == case_id, t.DraftRow.key == key)
            )
            ch.record_id = key


class _Change:
    """What a write step gets: the session, the case row, and the uid to audit."""

    def __init__(self, s: Session, row: t.CaseRow) -> None:
        self.s = s
        self.row = row
        self.record_id: str | None = None

    def upsert(self, table: type[Any], uid: str, new: Any) -> None:
        found = self.s.scalar(select(table).where(table.case_id == self.row.id, table.uid == uid))
        if found is not None:
            self.s.delete(found)
            self.s.flush()
        self.s.add(new)


def _answerer(state: Any, person: r.Person | None) -> r.Person:
    """The person answering an offer: given, else the one it was offered to."""
    return person or state.offered_to or r.Person(name="")


def agreement_row_uid(meeting_uid: str, agreement_uid: str) -> str:
    return uuid.uuid5(_AGREEMENT_NS, f"{meeting_uid}/{agreement_uid}").hex


def _check_entry(entry: r.LogEntry) -> None:
    """What the user typed: a text, and dates in a sensible range (1900 to 20 years ahead)."""
    from app.domain.validation import validate_date_range, validate_text

    validate_text(entry.text, "tekst", required=True)
    validate_date_range(entry.entry_date, "dato")
    if entry.due_on is not None:
        validate_date_range(entry.due_on, "opfølgningsdato")


def _check_supersedable(s: Session, table: type[Any], case_id: int, uid: str, what: str) -> None:
    """`uid` exists in the case and is the newest version (nothing supersedes it yet)."""
    if s.scalar(select(table.id).where(table.case_id == case_id, table.uid == uid)) is None:
        raise RecordNotFound(what)
    if s.scalar(
        select(func.count()).select_from(table).where(
            table.case_id == case_id, table.supersedes == uid
        )
    ):
        raise AlreadyRevised()


__all__ = ["CaseService", "CaseSummary", "NextDeadline"]
