"""The record tables: one row type per BTI record, every row tagged with its case for fast loads.

Every table carries `case_id` (also the grandchildren), so a whole case loads with one query per
table and destruction is one DELETE per table. Record uids are unique within their case.
Enums are stored as their string values; the mapping module turns them back into enums.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base

logger = logging.getLogger(__name__)

UID = String(32)
NAME = String(400)


def _case_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def _children(target: str) -> Mapped:  # type: ignore[type-arg]
    return relationship(
        target, cascade="all, delete-orphan", order_by=f"{target}.id", lazy="raise_on_sql"
    )


class CaseRow(Base):
    """The case header, the closure, the municipal steps and a few denormalised list columns."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(UID, index=True)
    child_name: Mapped[str] = mapped_column(Text)
    child_cpr: Mapped[str | None] = mapped_column(String(11))
    # Search keys: digits of the CPR number, and the lower-cased name (see search.py).
    cpr_digits: Mapped[str | None] = mapped_column(String(10), index=True)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    expected_birth_date: Mapped[date | None] = mapped_column(Date)
    created_by_name: Mapped[str] = mapped_column(Text)
    created_by_organisation: Mapped[str] = mapped_column(Text, default="")
    created_by_role: Mapped[str] = mapped_column(Text, default="")
    created_by_contact: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime | None]

    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reasons: Mapped[list[str]]
    closure_explanation: Mapped[str] = mapped_column(Text, default="")
    closure_disposition: Mapped[str | None] = mapped_column(String(16))
    closed_by_name: Mapped[str] = mapped_column(Text, default="")
    closed_by_organisation: Mapped[str] = mapped_column(Text, default="")
    closed_by_role: Mapped[str] = mapped_column(Text, default="")
    closed_by_contact: Mapped[str] = mapped_column(Text, default="")

    aware_on: Mapped[date | None] = mapped_column(Date)
    investigation_decided_on: Mapped[date | None] = mapped_column(Date)
    investigation_done_on: Mapped[date | None] = mapped_column(Date)
    action_plan_on: Mapped[date | None] = mapped_column(Date)
    action_plan_followups: Mapped[list[date]]
    violence_or_abuse_suspected: Mapped[bool] = mapped_column(Boolean, default=False)
    police_or_hospital_involved: Mapped[bool] = mapped_column(Boolean, default=False)
    revision_decided_on: Mapped[date | None] = mapped_column(Date)  # migration 0005
    help_started_on: Mapped[date | None] = mapped_column(Date)
    follow_up_every_months: Mapped[int | None] = mapped_column(Integer)
    # The family's case at Familieretshuset (migration 0009): noted_on set means there is one.
    family_court_noted_on: Mapped[date | None] = mapped_column(Date)
    family_court_track: Mapped[str | None] = mapped_column(String(16))
    family_court_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    # After a handover (app/handover): read-only here, but still archivable/destroyable.
    handed_over_to: Mapped[str] = mapped_column(Text, default="", server_default="")
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # Denormalised for the case list (5,000 cases in ≤ 50 ms): refreshed by every service write.
    level: Mapped[int] = mapped_column(Integer, default=1)
    holder_name: Mapped[str] = mapped_column(Text, default="")
    next_deadline_on: Mapped[date | None] = mapped_column(Date, index=True)
    next_deadline_title: Mapped[str] = mapped_column(Text, default="")
    # 0 open, 1 closed: the list shows open cases first, and (list_group, name_key, id) is one
    # index that serves that order (SQLite cannot reflect an index on `closed_on IS NOT NULL`).
    list_group: Mapped[int] = mapped_column(Integer, default=0)

    search_keys: Mapped[list[SearchKeyRow]] = _children("SearchKeyRow")
    custodians: Mapped[list[CustodianRow]] = _children("CustodianRow")
    siblings: Mapped[list[SiblingRow]] = _children("SiblingRow")
    entries: Mapped[list[LogEntryRow]] = _children("LogEntryRow")
    joint_effort: Mapped[list[JointEffortRow]] = _children("JointEffortRow")
    actor_rows: Mapped[list[ActorRowRow]] = _children("ActorRowRow")
    baton: Mapped[list[BatonEventRow]] = _children("BatonEventRow")
    eye_on_child: Mapped[list[EyeOnChildRow]] = _children("EyeOnChildRow")
    levels: Mapped[list[LevelChangeRow]] = _children("LevelChangeRow")
    assessments: Mapped[list[AssessmentRow]] = _children("AssessmentRow")
    network_maps: Mapped[list[NetworkMapRow]] = _children("NetworkMapRow")
    meetings: Mapped[list[MeetingRow]] = _children("MeetingRow")
    consents: Mapped[list[ConsentRow]] = _children("ConsentRow")
    notifications: Mapped[list[NotificationRow]] = _children("NotificationRow")
    observations: Mapped[list[ObservationRow]] = _children("ObservationRow")
    child_voices: Mapped[list[ChildVoiceRow]] = _children("ChildVoiceRow")
    drafts: Mapped[list[DraftRow]] = _children("DraftRow")
    deadlines: Mapped[list[CaseDeadlineRow]] = _children("CaseDeadlineRow")


    @property
    def read_only(self) -> bool:
        """Handed over to another laptop, or received as a copy: this laptop only keeps it."""
        return bool(self.handed_over_to) or bool(self.is_copy)

class SearchKeyRow(Base):
    """Each word-start suffix of the child's name ("hans hansen", "hansen"): prefix search."""

    __tablename__ = "case_search_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    key: Mapped[str] = mapped_column(Text, index=True)


class _PerCase:
    """Rows that are records of their own: a uid unique within the case."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(UID)


class CustodianRow(_PerCase, Base):
    __tablename__ = "custodians"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    name: Mapped[str] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(Text)
    has_custody: Mapped[bool] = mapped_column(Boolean)
    contact: Mapped[str] = mapped_column(Text, default="")


class SiblingRow(_PerCase, Base):
    __tablename__ = "siblings"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    name: Mapped[str] = mapped_column(Text)
    birth_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class LogEntryRow(_PerCase, Base):
    __tablename__ = "log_entries"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    section: Mapped[str] = mapped_column(String(32))
    entry_date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    yes: Mapped[bool | None] = mapped_column(Boolean)
    due_on: Mapped[date | None] = mapped_column(Date)
    about_uid: Mapped[str | None] = mapped_column(UID)
    supersedes: Mapped[str | None] = mapped_column(UID)
    also_supersedes: Mapped[list[str]]  # a resolved merge conflict (migration 0006)
    recorded_at: Mapped[datetime | None]

    links: Mapped[list[EntryLinkRow]] = _children("EntryLinkRow")


class EntryLinkRow(Base):
    __tablename__ = "entry_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("log_entries.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    target_uid: Mapped[str] = mapped_column(UID)


class JointEffortRow(_PerCase, Base):
    __tablename__ = "joint_effort_settings"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    set_on: Mapped[date] = mapped_column(Date)
    persons: Mapped[list[str]]


class ActorRowRow(_PerCase, Base):
    """A row of the actors' table (the class name says: an ORM row of an ActorRow record)."""

    __tablename__ = "actor_rows"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    actor: Mapped[str] = mapped_column(Text)
    changed_on: Mapped[date] = mapped_column(Date)
    effort: Mapped[str] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    follow_up_by: Mapped[str] = mapped_column(Text, default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    from_meeting_uid: Mapped[str | None] = mapped_column(UID)
    supersedes: Mapped[str | None] = mapped_column(UID)
    also_supersedes: Mapped[list[str]]  # a resolved merge conflict (migration 0006)


class BatonEventRow(_PerCase, Base):
    __tablename__ = "baton_events"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    kind: Mapped[str] = mapped_column(String(16))
    on: Mapped[date] = mapped_column(Date)
    person_name: Mapped[str] = mapped_column(Text)
    person_organisation: Mapped[str] = mapped_column(Text, default="")
    person_role: Mapped[str] = mapped_column(Text, default="")
    person_contact: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class EyeOnChildRow(_PerCase, Base):
    __tablename__ = "eye_on_child"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    since: Mapped[date] = mapped_column(Date)
    person_name: Mapped[str] = mapped_column(Text)
    person_organisation: Mapped[str] = mapped_column(Text, default="")
    person_role: Mapped[str] = mapped_column(Text, default="")
    person_contact: Mapped[str] = mapped_column(Text, default="")


class LevelChangeRow(_PerCase, Base):
    __tablename__ = "level_changes"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    on: Mapped[date] = mapped_column(Date)
    level: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class AssessmentRow(_PerCase, Base):
    __tablename__ = "assessments"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    scale: Mapped[str] = mapped_column(String(16))
    subject_uid: Mapped[str | None] = mapped_column(UID)
    assessed_on: Mapped[date] = mapped_column(Date)
    category: Mapped[int] = mapped_column(Integer)
    assessors: Mapped[list[str]]
    signs: Mapped[list[str]]
    other_signs: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class NetworkMapRow(_PerCase, Base):
    __tablename__ = "network_maps"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    made_on: Mapped[date] = mapped_column(Date)
    holder_name: Mapped[str] = mapped_column(Text)
    holder_organisation: Mapped[str] = mapped_column(Text, default="")
    holder_role: Mapped[str] = mapped_column(Text, default="")
    holder_contact: Mapped[str] = mapped_column(Text, default="")

    actors: Mapped[list[MapActorRow]] = _children("MapActorRow")


class MapActorRow(_PerCase, Base):
    __tablename__ = "map_actors"
    __table_args__ = (UniqueConstraint("map_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    map_id: Mapped[int] = mapped_column(
        ForeignKey("network_maps.id", ondelete="CASCADE"), index=True
    )
    row: Mapped[str] = mapped_column(String(16))
    column: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    effort: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(_PerCase, Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    starts_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    agenda: Mapped[list[str]]
    next_meeting_on: Mapped[date | None] = mapped_column(Date)
    without_consent_49a: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_of_uid: Mapped[str | None] = mapped_column(UID)
    held: Mapped[bool] = mapped_column(Boolean, default=False)

    participants: Mapped[list[ParticipantRow]] = _children("ParticipantRow")
    minutes: Mapped[list[MinutesRow]] = _children("MinutesRow")
    agreements: Mapped[list[AgreementRow]] = _children("AgreementRow")


class ParticipantRow(_PerCase, Base):
    __tablename__ = "meeting_participants"
    __table_args__ = (UniqueConstraint("meeting_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    responsibility: Mapped[str] = mapped_column(Text, default="")
    decision_authority: Mapped[str] = mapped_column(Text, default="")
    is_family: Mapped[bool] = mapped_column(Boolean, default=False)
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)


class MinutesRow(Base):
    """The minutes of one agenda point, written live during the meeting."""

    __tablename__ = "meeting_minutes"
    __table_args__ = (UniqueConstraint("meeting_id", "point"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    point: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class AgreementRow(_PerCase, Base):
    __tablename__ = "meeting_agreements"
    __table_args__ = (UniqueConstraint("meeting_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    who: Mapped[str] = mapped_column(Text)
    what: Mapped[str] = mapped_column(Text)
    by_when: Mapped[date | None] = mapped_column(Date)
    follow_up_by: Mapped[str] = mapped_column(Text, default="")


class ConsentRow(_PerCase, Base):
    __tablename__ = "consents"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    purpose: Mapped[str] = mapped_column(Text)
    signed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revocation_note: Mapped[str] = mapped_column(Text, default="")

    givers: Mapped[list[ConsentGiverRow]] = _children("ConsentGiverRow")
    parties: Mapped[list[ConsentPartyRow]] = _children("ConsentPartyRow")


class ConsentGiverRow(_PerCase, Base):
    __tablename__ = "consent_givers"
    __table_args__ = (UniqueConstraint("consent_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(Text)
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_on: Mapped[date | None] = mapped_column(Date)
    # Consent without drawing (0010): typed name + tick, witnessed by the caseworker.
    typed_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    ticked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    witnessed_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    witnessed_at: Mapped[datetime | None]


class ConsentPartyRow(_PerCase, Base):
    __tablename__ = "consent_parties"
    __table_args__ = (UniqueConstraint("consent_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text, default="")


class NotificationRow(_PerCase, Base):
    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    form: Mapped[str] = mapped_column(String(16))
    made_on: Mapped[date] = mapped_column(Date)
    notifier_name: Mapped[str] = mapped_column(Text)
    notifier_organisation: Mapped[str] = mapped_column(Text, default="")
    notifier_role: Mapped[str] = mapped_column(Text, default="")
    notifier_contact: Mapped[str] = mapped_column(Text, default="")
    observed: Mapped[str] = mapped_column(Text, default="")
    assumed: Mapped[str] = mapped_column(Text, default="")
    signs: Mapped[list[str]]
    parents_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    parents_informed_on: Mapped[date | None] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)

    answers: Mapped[list[NotificationAnswerRow]] = _children("NotificationAnswerRow")


class NotificationAnswerRow(Base):
    __tablename__ = "notification_answers"
    __table_args__ = (UniqueConstraint("notification_id", "section"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    notification_id: Mapped[int] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE"), index=True
    )
    section: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class ObservationRow(_PerCase, Base):
    __tablename__ = "observations"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    observed_on: Mapped[date] = mapped_column(Date)
    observer: Mapped[str] = mapped_column(Text)
    workplace: Mapped[str] = mapped_column(Text)
    signs: Mapped[list[str]]
    internal: Mapped[bool] = mapped_column(Boolean, default=False)

    answers: Mapped[list[ObservationAnswerRow]] = _children("ObservationAnswerRow")


class ObservationAnswerRow(Base):
    __tablename__ = "observation_answers"
    __table_args__ = (UniqueConstraint("observation_id", "question"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class CaseDeadlineRow(Base):
    """One deadline the case's records give (domain.deadlines.case_items), kept at each write.

    The dashboard over 50,000 cases reads a date window of this table instead of loading every
    case: `visible_from` is the first day it is shown even beyond the usual horizon (a consent's
    expiry is announced 30 days ahead).
    """

    __tablename__ = "case_deadlines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    kind: Mapped[str] = mapped_column(String(40))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    visible_from: Mapped[date] = mapped_column(Date, index=True)
    target_record: Mapped[str] = mapped_column(String(40))
    target_uid: Mapped[str | None] = mapped_column(UID)
    target_section: Mapped[str | None] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")


class DraftRow(Base):
    """Text typed but not yet saved as a record (autosave): one per case and field key."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    key: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


# Deleting a case deletes grandchildren before children before the case (see service.destroy).
TABLES_BY_DEPTH = (
    EntryLinkRow,
    MapActorRow,
    ParticipantRow,
    MinutesRow,
    AgreementRow,
    ConsentGiverRow,
    ConsentPartyRow,
    NotificationAnswerRow,
    ObservationAnswerRow,
    SearchKeyRow,
    CaseDeadlineRow,
    CustodianRow,
    SiblingRow,
    LogEntryRow,
    JointEffortRow,
    ActorRowRow,
    BatonEventRow,
    EyeOnChildRow,
    LevelChangeRow,
    AssessmentRow,
    NetworkMapRow,
    MeetingRow,
    ConsentRow,
    NotificationRow,
    ObservationRow,
    DraftRow,
)

Index("ix_cases_closed_on", CaseRow.closed_on)
Index("ix_cases_list_order", CaseRow.list_group, CaseRow.name_key, CaseRow.id)


class ChildVoiceRow(_PerCase, Base):
    """The child's own words (migration 0009); a correction is a new row with `supersedes`."""

    __tablename__ = "child_voices"
    __table_args__ = (UniqueConstraint("case_id", "uid"),)

    case_id: Mapped[int] = _case_fk()
    heard_on: Mapped[date] = mapped_column(Date)
    words: Mapped[str] = mapped_column(Text)
    heard_by: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(16))
    situation: Mapped[str] = mapped_column(Text, default="")
    house: Mapped[str | None] = mapped_column(String(16))
    may_share: Mapped[bool] = mapped_column(Boolean, default=False)
    meeting_uid: Mapped[str | None] = mapped_column(UID)
    supersedes: Mapped[str | None] = mapped_column(UID)
    also_supersedes: Mapped[list[str]]
    recorded_at: Mapped[datetime | None]
