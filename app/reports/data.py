"""Plain views derived from a records.Case for the documents: holder, history, the family plan."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.baton import BatonState
from app.domain.messages import RuleViolation
from app.domain.records import (
    ActorRow,
    BatonEvent,
    BatonEventKind,
    Case,
    LogEntry,
    LogSection,
    Meeting,
    Person,
    current_actor_rows,
    current_entries,
)
from app.reports.text import local_time

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Who holds the baton, who keeps an eye on the child
# ---------------------------------------------------------------------------------------------


def baton_history(case: Case) -> list[BatonEvent]:
    return sorted(case.baton, key=lambda e: e.on)  # stable: same-day events keep stored order


def current_holder(case: Case) -> Person | None:
    """The stafetholder now: the baton rules decide (an open offer does not change hands)."""
    try:
        return BatonState.from_events(baton_history(case)).holder
    except RuleViolation:  # a history the rules reject is still printed: last accepted holds it
        logger.warning("baton history breaks the rules; printing the last accepted holder")
        holder = None
        for event in baton_history(case):
            if event.kind in (BatonEventKind.CREATED, BatonEventKind.ACCEPTED):
                holder = event.person
        return holder


def holder_changes(case: Case) -> list[BatonEvent]:
    """Dated history of who held the baton (the template's "Husk dato ved ændringer")."""
    kinds = (BatonEventKind.CREATED, BatonEventKind.ACCEPTED, BatonEventKind.CLOSED)
    return [e for e in baton_history(case) if e.kind in kinds]


def current_eye(case: Case) -> Person | None:
    if not case.eye_on_child:
        return None
    return max(case.eye_on_child, key=lambda e: e.since).person


def person_line(person: Person | None, *, with_contact: bool = False) -> str:
    """'Olga Jensen, stuepædagog, Børnehaven Solsikken'."""
    if person is None:
        return "–"
    parts = [person.name, person.role, person.organisation]
    if with_contact:
        parts.append(person.contact)
    return ", ".join(p for p in parts if p)


def parents_names(case: Case) -> str:
    names = [c.name for c in case.custodians]
    if len(names) <= 1:
        return names[0] if names else "–"
    return ", ".join(names[:-1]) + " og " + names[-1]


def last_updated(case: Case) -> date | None:
    if case.updated_at is not None:
        return local_time(case.updated_at).date()
    stamps = [e.recorded_at for e in case.entries if e.recorded_at]
    return local_time(max(stamps)).date() if stamps else None


def subject_name(case: Case, subject_uid: str | None) -> str:
    """The person a scale placement or a family goal is about."""
    if subject_uid is None:
        return case.child.name
    for custodian in case.custodians:
        if custodian.uid == subject_uid:
            return f"{custodian.name} ({custodian.relation})"
    for sibling in case.siblings:
        if sibling.uid == subject_uid:
            return f"{sibling.name} (søskende)"
    return "Ukendt person"


# ---------------------------------------------------------------------------------------------
# Entries with their history
# ---------------------------------------------------------------------------------------------


@dataclass
class EntryWithHistory:
    """A current entry and the earlier versions it replaced, newest first."""

    entry: LogEntry
    earlier: list[LogEntry] = field(default_factory=list)


def with_history(
    entries: list[LogEntry], section: LogSection, *, include_internal: bool = True
) -> list[EntryWithHistory]:
    by_uid = {e.uid: e for e in entries}
    result = []
    for current in current_entries(entries, section):
        if current.internal and not include_internal:
            continue
        earlier: list[LogEntry] = []
        seen = {current.uid}
        step = current.supersedes
        while step and step in by_uid and step not in seen:  # guard against a looped chain
            seen.add(step)
            old = by_uid[step]
            if include_internal or not old.internal:
                earlier.append(old)
            step = old.supersedes
        result.append(EntryWithHistory(current, earlier))
    return result


def visible_actor_rows(case: Case, *, include_internal: bool) -> list[ActorRow]:
    return [r for r in current_actor_rows(case.actor_rows) if include_internal or not r.internal]


def superseded_actor_rows(case: Case, *, include_internal: bool) -> list[ActorRow]:
    current = {r.uid for r in current_actor_rows(case.actor_rows)}
    return sorted(
        (
            r
            for r in case.actor_rows
            if r.uid not in current and (include_internal or not r.internal)
        ),
        key=lambda r: r.changed_on,
    )


# ---------------------------------------------------------------------------------------------
# Meetings
# ---------------------------------------------------------------------------------------------


def meetings_in_order(case: Case) -> list[Meeting]:
    return sorted(case.meetings, key=lambda m: m.starts_at)


def next_meeting(case: Case, now: datetime) -> Meeting | None:
    upcoming = [m for m in case.meetings if m.starts_at >= now and not m.held]
    return min(upcoming, key=lambda m: m.starts_at) if upcoming else None


# ---------------------------------------------------------------------------------------------
# The family plan
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanTask:
    who: str
    what: str
    by_when: date | None  # a GØR agreement: done by then; an actor's effort: followed up then
    starts_on: date | None = None  # an actor's effort: when it began (None for an agreement)


@dataclass(frozen=True)
class FamilyPlan:
    """Everything the one-page family plan shows; nothing internal, no CPR, no scales."""

    child_name: str
    goals: list[str]
    tasks: list[PlanTask]
    next_meeting_at: datetime | None
    next_meeting_on: date | None  # when only a date was agreed
    next_meeting_place: str
    contact: Person | None
    eye_on_child: Person | None


def family_plan(case: Case, now: datetime) -> FamilyPlan:
    """The plan as the family sees it today: shared goals, who does what by when, who to call."""
    goals = _texts(current_entries(case.entries, LogSection.SHARED_GOAL_CHILD))
    goals += _texts(current_entries(case.entries, LogSection.SHARED_GOAL_FAMILY))
    if not goals:  # level 1: the local goal is the plan
        goals = _texts(current_entries(case.entries, LogSection.GOAL))

    tasks = [
        PlanTask(r.actor, r.effort, r.follow_up_on, starts_on=r.changed_on)
        for r in visible_actor_rows(case, include_internal=False)
    ]
    # Agreements from the latest meeting that are not yet rows of the actors' table.
    applied = {r.from_meeting_uid for r in case.actor_rows if r.from_meeting_uid}
    held = [m for m in meetings_in_order(case) if m.held]
    if held and held[-1].uid not in applied:
        tasks += [PlanTask(a.who, a.what, a.by_when) for a in held[-1].agreements]
    tasks.sort(key=lambda t: (t.by_when is None, t.by_when or date.max))

    upcoming = next_meeting(case, now)
    agreed_on = None
    if upcoming is None and held and held[-1].next_meeting_on:
        agreed_on = held[-1].next_meeting_on if held[-1].next_meeting_on >= now.date() else None
    return FamilyPlan(
        child_name=case.child.name,
        goals=goals,
        tasks=tasks,
        next_meeting_at=upcoming.starts_at if upcoming else None,
        next_meeting_on=agreed_on,
        next_meeting_place=upcoming.place if upcoming else "",
        contact=current_holder(case),
        eye_on_child=current_eye(case),
    )


def _texts(entries: Iterable[LogEntry]) -> list[str]:
    return [e.text for e in entries if not e.internal and e.text.strip()]
