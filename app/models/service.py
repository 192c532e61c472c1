"""CaseService: the one way the GUI, the command line and the PDF export read and write cases.

Every public call is one committed transaction with one audit row (action, record type, uid;
never content). A failing call changes nothing. Reads return records dataclasses, never rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import delete, func, or_, select

from app.domain import records as r
from app.models import mapping as mp
from app.models import summary
from app.models import tables as t
from app.models.errors import CannotRetract, CaseClosed, CaseNotFound, LastLevel, RecordNotFound
from app.models.interchange import to_json
from app.models.loader import load_case, load_cases
from app.models.search import is_cpr_search, matching_case_ids, refresh_keys
from app.models.service_base import (
    _check_supersedable,
    agreement_row_uid,
    check_writable,
    checked,
    is_superseded,
    now,
)
from app.models.service_handover import HandoverMarks
from app.models.service_merge import CaseMerging, MergeResult
from app.models.service_records import RecordWrites

logger = logging.getLogger(__name__)


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


_LEVELS = {int(level): level for level in r.Level}
# Set by migration 0008 (and left for any future change of the deadline rules): the stored
# deadlines must be recomputed from the records before they are read.
STALE_DEADLINES = "deadlines.stale"  # a dict lookup: 5,000 rows per list


class CaseService(HandoverMarks, CaseMerging, RecordWrites):
    """See docs/ARCHITECTURE.md; the form writes live in service_records.RecordWrites."""

    # -----------------------------------------------------------------------------------------
    # reading
    # -----------------------------------------------------------------------------------------

    def list_cases(
        self, search: str | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[CaseSummary]:
        """Open cases first, then closed ones; by name. `search`: name word prefix or CPR prefix.

        `offset`/`limit` give one window of that order (the GUI fetches more as the user
        scrolls); the index ix_cases_list_order serves the order without sorting the table.
        """
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
        stmt = stmt.order_by(c.list_group, c.name_key, c.id).offset(max(0, offset))
        if limit is not None:
            stmt = stmt.limit(max(0, limit))
        if is_cpr_search(search):
            # Looking a person up by CPR number is a view of each case found (the number
            # itself never goes into the trail), and "none found" is a row of its own.
            with self._vault.session() as s:
                rows = s.execute(stmt).all()
                for row in rows:
                    self._audit("view_cpr_search", "case", row.uid, row.uid)
                if not rows and offset == 0:
                    self._audit("view_cpr_search", "case", "-", None)
        else:
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

    def count_cases(self, search: str | None = None) -> int:
        """How many cases `list_cases(search)` gives in all."""
        stmt = select(func.count(t.CaseRow.id))
        ids = matching_case_ids(search or "")
        if ids is not None:
            stmt = stmt.where(t.CaseRow.id.in_(ids))
        with self._vault.read_session() as s:
            return int(s.scalar(stmt) or 0)

    def case_count(self) -> int:
        with self._vault.read_session() as s:
            return int(s.scalar(select(func.count(t.CaseRow.id))) or 0)

    def load(self, case_id: int, *, audit: bool = True) -> r.Case:
        """The whole case as dataclasses, audited as viewed unless `audit` is False: the GUI
        reads without the audit's fsync, shows the case, and then calls `record_view`."""
        if not audit:
            with self._vault.read_session() as s:
                case = load_case(s, case_id) if isinstance(case_id, int) else None
            if case is None:
                raise CaseNotFound(case_id)
            return case
        with self._vault.session() as s:
            case = load_case(s, case_id) if isinstance(case_id, int) else None
            if case is None:
                raise CaseNotFound(case_id)
            self._audit("view", "case", case.uid, case.uid)
        return case

    def record_view(self, case_id: int) -> None:
        """The audit row for a case the user opened (one row per opening, not per reload)."""
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            self._audit("view", "case", row.uid, row.uid)

    def export_case(self, case_id: int) -> dict[str, Any]:
        """The case as a "stafet-case" JSON document (see docs/json-interchange.md)."""
        with self._vault.session() as s:
            case = load_case(s, case_id) if isinstance(case_id, int) else None
            if case is None:
                raise CaseNotFound(case_id)
            self._audit("export", "case", case.uid, case.uid)
        return to_json(case)

    def deadlines(self, today: date, *, horizon_days: int = 30) -> list[Any]:
        """Every deadline and reminder of the open cases (domain.deadlines.Deadline items),
        read from the deadlines stored at each write (see summary.py)."""
        return [deadline for _case_id, deadline in self.deadline_page(today, horizon_days=horizon_days)]

    def deadline_page(
        self,
        today: date,
        *,
        offset: int = 0,
        limit: int | None = None,
        horizon_days: int = 30,
    ) -> list[tuple[int, Any]]:
        """(case id, Deadline) pairs shown as of `today`, in the dashboard's order (date, child,
        case, kind): one window of them when `limit` is given."""
        from app.domain import deadlines as dl

        self._ensure_deadlines()
        d, c = t.CaseDeadlineRow, t.CaseRow
        stmt = (
            select(
                c.id, c.uid, c.child_name, d.kind, d.due_on, d.target_record, d.target_uid,
                d.target_section, d.detail, d.visible_from,
            )
            .join(c, c.id == d.case_id)
            .where(self._shown(today, horizon_days))
            .order_by(d.due_on, c.name_key, c.uid, d.kind)
            .offset(max(0, offset))
        )
        if limit is not None:
            stmt = stmt.limit(max(0, limit))
        # The overview shows open cases' children by name: each window read is an audited view.
        with self._vault.session() as s:
            rows = s.execute(stmt).all()
            self._audit("view_deadlines", "deadlines", str(len({r[0] for r in rows})), None)
        found: list[tuple[int, Any]] = []
        for case_id, uid, name, kind, due_on, record, target_uid, section, detail, shown in rows:
            window = (due_on - shown).days
            item = dl.DeadlineItem(
                dl.DeadlineKind(kind),
                due_on,
                dl.DeadlineTarget(record, target_uid, section),
                detail,
                window,
            )
            deadline = dl.make_deadline(uid, name, item, today, horizon_days)
            if deadline is not None:
                found.append((case_id, deadline))
        return found

    def deadline_counts(self, today: date, *, horizon_days: int = 30) -> dict[str, int]:
        """How many deadlines are overdue, due today and upcoming: {"overdue": n, …}."""
        self._ensure_deadlines()
        d = t.CaseDeadlineRow
        bucket = sql_case(
            (d.due_on < today, "overdue"), (d.due_on == today, "due"), else_="upcoming"
        )
        stmt = (
            select(bucket, func.count(d.id))
            .where(self._shown(today, horizon_days))
            .group_by(bucket)
        )
        with self._vault.read_session() as s:
            return {str(key): int(n) for key, n in s.execute(stmt).all()}

    @staticmethod
    def _shown(today: date, horizon_days: int) -> Any:
        d = t.CaseDeadlineRow
        return or_(d.due_on <= today + timedelta(days=horizon_days), d.visible_from <= today)

    def rebuild_deadlines(self) -> int:
        """Recompute every case's stored deadlines and list columns from its records (after an
        upgrade, or by `stafet deadlines --rebuild`). Returns the number of cases."""
        done = 0
        with self._vault.session() as s:
            s.execute(delete(t.CaseDeadlineRow))
            ids = list(s.scalars(select(t.CaseRow.id).order_by(t.CaseRow.id)))
            for first in range(0, len(ids), 500):
                chunk = ids[first : first + 500]
                cases = load_cases(s, t.CaseRow.id.in_(chunk), deadline_view=True)
                for row in s.scalars(select(t.CaseRow).where(t.CaseRow.id.in_(chunk))):
                    summary.store(s, row, cases[row.id], replace=False)
                    done += 1
                s.flush()
            self._vault.audit.append("deadlines.rebuild", "vault", "deadlines", actor=self.actor or None)
        self._vault.settings_set(STALE_DEADLINES, False)
        return done

    def _ensure_deadlines(self) -> None:
        if self._vault.settings_get(STALE_DEADLINES):
            logger.info("stored deadlines marked stale: rebuilding")
            self.rebuild_deadlines()

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
        child = _normalised_child(child)
        checked(child, "barnet")
        validate_text(created_by.name, "oprettet af", required=True, max_chars=500)
        checked([*custodians], "forældre")
        checked([*siblings], "søskende")
        checked(created_by, "oprettet af")
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

    def _insert_case(self, case: r.Case, action: str) -> int:
        with self._vault.session() as s:
            case_id = self._insert_case_in(s, case, action)
        logger.info("case %s: %s", case_id, action)
        return case_id

    def _insert_case_in(self, s: Any, case: r.Case, action: str) -> int:
        """A whole case as new rows in the open write session, with its audit row."""
        stamp = now()
        for entry in case.entries:
            if entry.recorded_at is None:
                entry.recorded_at = stamp
        # The whole case is in hand: its list columns and deadlines come from it, not a re-read.
        row = t.CaseRow(**mp.header_columns(case))
        keys = refresh_keys(row)
        s.add(row)
        s.flush()
        summary.store(s, row, case, replace=False)
        s.add_all(t.SearchKeyRow(case_id=row.id, key=k) for k in keys)
        s.add_all(mp.body_rows(row.id, case))
        self._audit(action, "case", case.uid, case.uid)
        case_id: int = row.id
        return case_id

    # -----------------------------------------------------------------------------------------
    # the child and the family
    # -----------------------------------------------------------------------------------------

    def update_child(self, case_id: int, child: r.Child) -> None:
        from app.domain.validation import validate_child

        validate_child(child, date.today())
        child = _normalised_child(child)
        checked(child, "barnet")
        with self._change(case_id, "change", "child") as ch:
            ch.row.child_name = child.name
            ch.row.child_cpr = child.cpr
            ch.row.expected_birth_date = child.expected_birth_date
            ch.s.execute(delete(t.SearchKeyRow).where(t.SearchKeyRow.case_id == case_id))
            ch.s.add_all(t.SearchKeyRow(case_id=case_id, key=k) for k in refresh_keys(ch.row))

    def save_custodian(self, case_id: int, custodian: r.Custodian) -> str:
        checked(custodian, "forælder")
        with self._change(case_id, "change", "custodian") as ch:
            ch.upsert(t.CustodianRow, custodian.uid, mp.custodian_row(case_id, custodian))
            ch.record_id = custodian.uid
        return custodian.uid

    def save_sibling(self, case_id: int, sibling: r.Sibling) -> str:
        checked(sibling, "søskende")
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
        # Only a review date can move the deadlines or the list columns: any other entry leaves
        # them as they are, so adding one costs the same in a 10- and a 10,000-entry case.
        review = entry.section is r.LogSection.REVIEW
        with self._change(case_id, "add", "log_entry", refresh=review) as ch:
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
        review = new_entry.section is r.LogSection.REVIEW
        with self._change(case_id, "revise", "log_entry", refresh=review) as ch:
            _check_supersedable(ch.s, t.LogEntryRow, case_id, old_uid, "Posten")
            old_section = ch.s.scalar(
                select(t.LogEntryRow.section).where(
                    t.LogEntryRow.case_id == case_id, t.LogEntryRow.uid == old_uid
                )
            )
            ch.refresh = review or old_section == r.LogSection.REVIEW.value
            stored = replace(new_entry, supersedes=old_uid, recorded_at=now())
            ch.s.add(mp.entry_row(case_id, stored))
            ch.record_id = stored.uid
        return stored.uid

    def add_actor_row(self, case_id: int, row: r.ActorRow) -> str:
        checked(row, "række")
        with self._change(case_id, "add", "actor_row") as ch:
            if row.supersedes:
                _check_supersedable(ch.s, t.ActorRowRow, case_id, row.supersedes, "Rækken")
            ch.s.add(mp.actor_row_row(case_id, row))
            ch.record_id = row.uid
        return row.uid

    def revise_actor_row(self, case_id: int, old_uid: str, new_row: r.ActorRow) -> str:
        checked(new_row, "række")
        if new_row.uid == old_uid:
            new_row = replace(new_row, uid=r.new_uid())
        with self._change(case_id, "revise", "actor_row") as ch:
            _check_supersedable(ch.s, t.ActorRowRow, case_id, old_uid, "Rækken")
            stored = replace(new_row, supersedes=old_uid)
            ch.s.add(mp.actor_row_row(case_id, stored))
            ch.record_id = stored.uid
        return stored.uid

    def add_joint_effort(self, case_id: int, setting: r.JointEffortSetting) -> str:
        checked(setting, "indsats")
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
        checked(change, "niveau")
        with self._change(case_id, "add", "level_change") as ch:
            ch.s.add(mp.level_row(case_id, change))
            ch.record_id = change.uid
        return change.uid

    def set_eye_on_child(self, case_id: int, person: r.Person, since: date) -> str:
        eye = r.EyeOnChild(since=since, person=person)
        checked(eye, "øje-på-barnet")
        with self._change(case_id, "add", "eye_on_child") as ch:
            ch.s.add(mp.eye_row(case_id, eye))
            ch.record_id = eye.uid
        return eye.uid

    # -----------------------------------------------------------------------------------------
    # the baton (rules in app.domain.baton)
    # -----------------------------------------------------------------------------------------

    def _baton_step(self, case_id: int, action: str, step: Callable[[Any], r.BatonEvent]) -> str:
        from app.domain.baton import BatonState

        with self._change(case_id, action, "baton_event") as ch:
            events = ch.s.scalars(
                select(t.BatonEventRow)
                .where(t.BatonEventRow.case_id == case_id)
                .order_by(t.BatonEventRow.id)
            ).all()
            state = BatonState.from_events([mp.to_baton(e) for e in events])
            event = step(state)
            checked(event, "stafetten")
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
        from app.domain.baton import BatonState, same_name
        from app.domain.closing import validate_closure
        from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation

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
            checked(closure, "afslutning")
            # A copy that was handed over (or sent for information) is not the log: the log is
            # closed by its holder, elsewhere. This laptop only files its copy away or deletes
            # it, so neither the BTI conditions nor the holder rule apply, and the baton history
            # gets no closing event (the log may come back here one day).
            event = None
            if not row.read_only:
                validate_closure(closure, created_on=row.created_on)
                if self.actor and state.holder is not None and not same_name(
                    self.actor, state.holder.name
                ):
                    raise RuleViolation(
                        "Baton",
                        QT_TRANSLATE_NOOP("Baton", "Kun stafetholderen kan afslutte stafetloggen."),
                    )
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
                if event is not None:
                    s.add(mp.baton_row(case_id, event))
                for key, value in mp.closure_columns(closure).items():
                    setattr(row, key, value)
                row.updated_at = now()
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
    # undo and drafts
    # -----------------------------------------------------------------------------------------

    _RETRACTABLE: tuple[tuple[type[Any], str], ...] = (
        (t.LogEntryRow, "log_entry"),
        (t.ActorRowRow, "actor_row"),
        (t.JointEffortRow, "joint_effort"),
        (t.LevelChangeRow, "level_change"),
        (t.EyeOnChildRow, "eye_on_child"),
        (t.BatonEventRow, "baton_event"),
        (t.AssessmentRow, "assessment"),
        (t.NetworkMapRow, "network_map"),
        (t.MeetingRow, "meeting"),
        (t.ConsentRow, "consent"),
        (t.NotificationRow, "notification"),
        (t.ObservationRow, "observation"),
        (t.ChildVoiceRow, "child_voice"),
    )

    def retract(self, case_id: int, uid: str) -> None:
        """Undo of a record just added: only a version that nothing supersedes may go."""
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            if row.closed_on is not None:
                raise CaseClosed()
            check_writable(row)
            for table, record_type in self._RETRACTABLE:
                found = s.scalar(select(table).where(table.case_id == case_id, table.uid == uid))
                if found is None:
                    continue
                if hasattr(table, "supersedes") and is_superseded(s, table, case_id, uid):
                    raise CannotRetract()
                if table is t.BatonEventRow and (
                    found.kind == r.BatonEventKind.CREATED.value
                    or s.scalar(
                        select(func.max(table.id)).where(table.case_id == case_id)
                    )
                    != found.id
                ):
                    # Only the newest baton step goes back (an offer, an answer, a withdrawal):
                    # the chain of holders stays a true story, and the first holder stays.
                    raise CannotRetract()
                if (
                    table is t.LevelChangeRow
                    and (
                        s.scalar(
                            select(func.count()).select_from(table).where(table.case_id == case_id)
                        )
                        or 0
                    )
                    <= 1
                ):
                    raise LastLevel()
                s.delete(found)
                row.updated_at = now()
                summary.refresh(s, row)
                self._audit("retract", record_type, uid, row.uid)
                return
        raise RecordNotFound("Posten")

    def save_draft(self, case_id: int, key: str, text: str) -> None:
        """Autosave of text not yet saved as a record: one short write, no list refresh."""
        checked({key: text}, "kladde")
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


def _normalised_child(child: r.Child) -> r.Child:
    """The CPR number as stored and exported: "DDMMYY-SSSS", never with spaces or a newline."""
    from app.domain.validation import parse_cpr

    if not child.cpr:
        return replace(child, cpr=None)
    return replace(child, cpr=parse_cpr(child.cpr).value)


def _answerer(state: Any, person: r.Person | None) -> r.Person:
    """The person answering an offer: given, else the one it was offered to."""
    return person or state.offered_to or r.Person(name="")


def _check_entry(entry: r.LogEntry) -> None:
    """What the user typed: a text, and dates in a sensible range (1900 to 20 years ahead)."""
    from app.domain.validation import validate_date_range, validate_text

    validate_text(entry.text, "tekst", required=True)
    checked(entry, "posten")
    validate_date_range(entry.entry_date, "dato")
    if entry.due_on is not None:
        validate_date_range(entry.due_on, "opfølgningsdato")


__all__ = ["CaseService", "CaseSummary", "MergeResult", "NextDeadline", "agreement_row_uid"]
