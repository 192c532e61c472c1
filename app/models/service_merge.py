"""The case service's one merge by record uid: receiving a bundle, `case import`, the relay.

Every path that brings a case into the vault goes through `merge_case`, so one case uid is
never two cases. The rules live in app.models.merge (pure); this module writes the result in
one transaction with one audit row, or nothing at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation, UserError
from app.models import mapping as mp
from app.models import merge as mg
from app.models import summary
from app.models import tables as t
from app.models.loader import load_case
from app.models.search import refresh_keys
from app.models.service_base import ServiceBase, now

logger = logging.getLogger(__name__)

CONTEXT = "CaseService"

# list name → (table, row builder, child tables with their parent column)
_WRITERS: dict[str, tuple[type[Any], Any, tuple[tuple[type[Any], str], ...]]] = {
    "custodians": (t.CustodianRow, mp.custodian_row, ()),
    "siblings": (t.SiblingRow, mp.sibling_row, ()),
    "levels": (t.LevelChangeRow, mp.level_row, ()),
    "entries": (t.LogEntryRow, mp.entry_row, ((t.EntryLinkRow, "entry_id"),)),
    "joint_effort": (t.JointEffortRow, mp.joint_effort_row, ()),
    "actor_rows": (t.ActorRowRow, mp.actor_row_row, ()),
    "baton": (t.BatonEventRow, mp.baton_row, ()),
    "eye_on_child": (t.EyeOnChildRow, mp.eye_row, ()),
    "assessments": (t.AssessmentRow, mp.assessment_row, ()),
    "network_maps": (t.NetworkMapRow, mp.map_row, ((t.MapActorRow, "map_id"),)),
    "meetings": (
        t.MeetingRow,
        mp.meeting_row,
        (
            (t.ParticipantRow, "meeting_id"),
            (t.MinutesRow, "meeting_id"),
            (t.AgreementRow, "meeting_id"),
        ),
    ),
    "consents": (
        t.ConsentRow,
        mp.consent_row,
        ((t.ConsentGiverRow, "consent_id"), (t.ConsentPartyRow, "consent_id")),
    ),
    "notifications": (
        t.NotificationRow,
        mp.notification_row,
        ((t.NotificationAnswerRow, "notification_id"),),
    ),
    "observations": (
        t.ObservationRow,
        mp.observation_row,
        ((t.ObservationAnswerRow, "observation_id"),),
    ),
    "child_voices": (t.ChildVoiceRow, mp.child_voice_row, ()),
}
assert set(_WRITERS) == set(mg.RECORD_LISTS)


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: `created` a new case, else `added` records and `changed` ones kept
    in their other version; `conflicts` is the number of open conflicts in the case after it."""

    case_id: int
    created: bool
    added: int
    conflicts: int
    changed: int = 0


class MergeRefused(UserError):
    """The two copies cannot be one case (the baton went two ways); nothing was written."""

    exit_code = 65

    def __init__(self, source: str) -> None:
        super().__init__(CONTEXT, source)


class NotAConflict(UserError):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Konflikten er allerede løst, eller den valgte udgave hører ikke til den.",
            ),
        )


class CaseMerging(ServiceBase):
    """merge_case, import_case, conflicts and resolve_conflict (mixed into CaseService)."""

    def import_case(self, data: Any) -> int:
        """A "stafet-case" document: a new case, or merged into the case with the same uid."""
        return self.merge_case(data).case_id

    def merge_case(self, data: Any) -> MergeResult:
        """Merge a "stafet-case" document (or a records.Case) by record uid; all or nothing."""
        from app.models.interchange import from_json, to_json

        # A Case in hand is checked like a document: no path into the vault skips the checks.
        incoming = from_json(to_json(data) if isinstance(data, r.Case) else data)
        with self._vault.session() as s:
            case_id = s.scalar(select(t.CaseRow.id).where(t.CaseRow.uid == incoming.uid))
            if case_id is None:
                incoming = _stamped(incoming, {})
                new_id = self._insert_case_in(s, incoming, "import")
                result = MergeResult(new_id, True, 0, len(mg.case_conflicts(incoming)))
            else:
                result = self._merge_into(s, case_id, incoming)
        logger.info(
            "case %s: merge (created=%s, added=%s, changed=%s, conflicts=%s)",
            result.case_id,
            result.created,
            result.added,
            result.changed,
            result.conflicts,
        )
        return result

    def _merge_into(self, s: Any, case_id: int, incoming: r.Case) -> MergeResult:
        row = self._case_row(s, case_id)
        local = load_case(s, case_id)
        assert local is not None
        incoming = _stamped(incoming, {e.uid: e.recorded_at for e in local.entries})
        plan = mg.plan_merge(local, incoming)
        # An archived case still takes in what the other copy wrote before (a union only).
        if plan.changes_anything:
            _check_merged(plan.merged)
            self._write_plan(s, row, plan)
        self._audit("merge", "case", incoming.uid, incoming.uid)
        return MergeResult(
            case_id,
            False,
            plan.added_count,
            len(mg.case_conflicts(plan.merged)),
            plan.replaced_count,
        )

    def _write_plan(self, s: Any, row: t.CaseRow, plan: mg.MergePlan) -> None:
        case_id = row.id
        for kind, versions in plan.replaced.items():
            table, build, children = _WRITERS[kind]
            for version in versions:
                old_id = s.scalar(
                    select(table.id).where(table.case_id == case_id, table.uid == version.uid)
                )
                for child, parent_col in children:
                    s.execute(delete(child).where(getattr(child, parent_col) == old_id))
                s.execute(delete(table).where(table.id == old_id))
                s.add(build(case_id, version))
                s.flush()
        for kind in mg.RECORD_LISTS:  # in list order: the baton's events keep their sequence
            table, build, _children = _WRITERS[kind]
            for version in plan.added.get(kind, ()):
                s.add(build(case_id, version))
        s.flush()
        merged = plan.merged
        if plan.header_changed:
            columns = mp.header_columns(merged)
            columns.pop("uid")
            for key, value in columns.items():
                setattr(row, key, value)
            s.execute(delete(t.SearchKeyRow).where(t.SearchKeyRow.case_id == case_id))
            s.add_all(t.SearchKeyRow(case_id=case_id, key=k) for k in refresh_keys(row))
        row.updated_at = merged.updated_at or now()
        s.flush()
        summary.refresh(s, row)

    # -----------------------------------------------------------------------------------------
    # conflicts
    # -----------------------------------------------------------------------------------------

    def conflicts(self, case_id: int) -> list[mg.Conflict]:
        """Log entries and actor rows revised on two laptops, waiting for the holder."""
        with self._vault.read_session() as s:
            self._case_row(s, case_id)
            case = load_case(s, case_id)
        return mg.case_conflicts(case) if case else []

    def resolve_conflict(
        self, case_id: int, conflict: mg.Conflict, keep_uid: str, text: str | None = None
    ) -> str:
        """A new version that supersedes every version of the conflict (nothing is deleted).

        `keep_uid`: the version whose content is kept; `text`: a combined text instead.
        Returns the new version's uid.
        """
        from app.domain.validation import validate_text

        if text is not None:
            validate_text(text, "tekst", required=True)
        kind = conflict.record_type
        with self._change(case_id, "resolve", kind) as ch:
            current = load_case(ch.s, case_id)
            assert current is not None
            live = {
                c.original_uid: c for c in mg.case_conflicts(current) if c.record_type == kind
            }
            found = live.get(conflict.original_uid)
            if found is None or keep_uid not in found.uids:
                raise NotAConflict()
            new = mg.resolution(found, keep_uid, text)
            if isinstance(new, r.LogEntry):
                new = replace(new, recorded_at=now(), author=self.actor or new.author)
                ch.s.add(mp.entry_row(case_id, new))
            else:
                new = replace(new, changed_on=date.today())
                ch.s.add(mp.actor_row_row(case_id, new))
            ch.record_id = new.uid
        return new.uid

    def _insert_case_in(self, s: Any, case: r.Case, action: str) -> int:
        raise NotImplementedError  # CaseService provides it


def _stamped(case: r.Case, known: dict[str, Any]) -> r.Case:
    """Entries without a recording moment (a document made by another tool) get the one the
    vault already has for them, else this one: receiving such a document twice changes nothing."""
    stamp = now()
    entries = [
        e if e.recorded_at else replace(e, recorded_at=known.get(e.uid) or stamp)
        for e in case.entries
    ]
    return replace(case, entries=entries, updated_at=case.updated_at or stamp)


def _check_merged(case: r.Case) -> None:
    """The rules a whole case must meet still hold for the union of the two copies."""
    from app.domain.baton import BatonState
    from app.domain.section49a import check_meetings

    try:
        BatonState.from_events(case.baton)
    except RuleViolation:
        raise MergeRefused(
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Sagen kan ikke flettes med den udgave, du allerede har: stafetten er givet "
                "videre på to forskellige måder i de to udgaver. Intet er ændret.",
            )
        ) from None
    try:
        check_meetings(case.meetings)
    except RuleViolation:
        raise MergeRefused(
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Sagen kan ikke flettes med den udgave, du allerede har: tilsammen har de to "
                "udgaver flere møder uden samtykke (§ 49 a), end loven tillader. Intet er ændret.",
            )
        ) from None
