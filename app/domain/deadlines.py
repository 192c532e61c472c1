"""Every deadline and reminder across cases, from the records and a given `today` (SPEC §3)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

from app.domain import consent as consent_rules
from app.domain import legal
from app.domain.dates import add_months, add_working_days, meeting_moment
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.messages import ValidationError
from app.domain.records import (
    Case,
    Disposition,
    Level,
    LogSection,
    MunicipalSteps,
    current_actor_rows,
    current_entries,
)
from app.domain.scales import scale_for
from app.domain.validation import age_on

logger = logging.getLogger(__name__)

_T = QT_TRANSLATE_NOOP
ACKNOWLEDGE_WORKING_DAYS = 6
INVESTIGATION_MONTHS = 4
FIRST_FOLLOW_UP_MONTHS = 3  # BL § 95, stk. 2: at the latest 3 months after the help started
CHILDREN_HOUSE_AGE_LIMIT = 18  # BL § 124 (BEK om børnehuse § 1): a child or young person under 18


class DeadlineStatus(str, Enum):
    OVERDUE = "overdue"  # before today
    DUE = "due"  # today
    UPCOMING = "upcoming"  # within the horizon


STATUS_TITLES = {
    DeadlineStatus.OVERDUE: _T("Deadlines", "Overskredet"),
    DeadlineStatus.DUE: _T("Deadlines", "I dag"),
    DeadlineStatus.UPCOMING: _T("Deadlines", "Kommende"),
}


class DeadlineKind(str, Enum):
    CONSENT_EXPIRES = "consent_expires"
    ACTOR_FOLLOW_UP = "actor_follow_up"
    REVIEW = "review"
    NEXT_MEETING = "next_meeting"
    AGREEMENT = "agreement"
    NOTIFICATION_ACKNOWLEDGEMENT = "notification_acknowledgement"
    INVESTIGATION = "investigation"
    ACTION_PLAN_FOLLOW_UP = "action_plan_follow_up"
    CHILDREN_HOUSE = "children_house"
    NOTIFICATION_DUTY = "notification_duty"  # a scale placement with the duty, no underretning
    TELL_PARENTS = "tell_parents"  # an underretning the parents have not been told of
    LEVEL_TWO_CONSENT = "level_two_consent"  # niveau 2 without a consent
    ARCHIVED_LOG = "archived_log"  # an archived log: renew the consent or delete it


class DeadlineTarget(NamedTuple):
    """Where the user lands when opening the item (a named tuple: cheap to make in bulk)."""

    record: str  # "consent", "actor_row", "entry", "meeting", "notification", "municipal"
    uid: str | None = None  # the record's uid (None for the case-wide municipal steps)
    section: str | None = None  # a LogSection value or a MunicipalSteps field name


@dataclass(frozen=True)
class Deadline:
    case_uid: str
    child_name: str
    kind: DeadlineKind
    due_on: date
    status: DeadlineStatus
    title: str  # Danish source text, marked for translation (context "Deadlines")
    source: str  # the rule behind it, from app.domain.legal (context "Legal")
    target: DeadlineTarget
    detail: str = ""  # who or what it concerns, from the record (an actor, an agreement)


TITLES = {
    DeadlineKind.CONSENT_EXPIRES: _T("Deadlines", "Samtykket udløber – forny det i tide"),
    DeadlineKind.ACTOR_FOLLOW_UP: _T("Deadlines", "Opfølgning på en aktørs indsats"),
    DeadlineKind.REVIEW: _T("Deadlines", "Tag situationen op igen"),
    DeadlineKind.NEXT_MEETING: _T("Deadlines", "Næste koordinationsmøde"),
    DeadlineKind.AGREEMENT: _T("Deadlines", "Aftale fra koordinationsmødet"),
    DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT: _T(
        "Deadlines", "Kommunen skal kvittere for underretningen"
    ),
    DeadlineKind.INVESTIGATION: _T("Deadlines", "Den børnefaglige undersøgelse skal være færdig"),
    DeadlineKind.ACTION_PLAN_FOLLOW_UP: _T("Deadlines", "Opfølgning på barnets plan"),
    DeadlineKind.CHILDREN_HOUSE: _T("Deadlines", "Inddrag børnehuset nu"),
    DeadlineKind.NOTIFICATION_DUTY: _T(
        "Deadlines", "Lav eller registrér underretningen efter placeringen på bekymringsskalaen"
    ),
    DeadlineKind.TELL_PARENTS: _T("Deadlines", "Fortæl forældrene om underretningen"),
    DeadlineKind.LEVEL_TWO_CONSENT: _T("Deadlines", "Niveau 2 kræver forældrenes samtykke"),
    DeadlineKind.ARCHIVED_LOG: _T(
        "Deadlines", "Arkiveret stafetlog: forny samtykket til opbevaringen, eller slet loggen"
    ),
}

# The rule behind each kind: one table of sources (app.domain.legal), texts in context "Legal".
SOURCES = {
    DeadlineKind.CONSENT_EXPIRES: legal.CONSENT_ONE_YEAR.text,
    DeadlineKind.ACTOR_FOLLOW_UP: legal.ACTOR_FOLLOW_UP.text,
    DeadlineKind.REVIEW: legal.REVIEW.text,
    DeadlineKind.NEXT_MEETING: legal.NEXT_MEETING.text,
    DeadlineKind.AGREEMENT: legal.AGREEMENT.text,
    DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT: legal.ACKNOWLEDGE_WITHIN_6_WORKING_DAYS.text,
    DeadlineKind.INVESTIGATION: legal.INVESTIGATION_4_MONTHS.text,
    DeadlineKind.ACTION_PLAN_FOLLOW_UP: legal.FOLLOW_UP.text,
    DeadlineKind.CHILDREN_HOUSE: legal.CHILDREN_HOUSE.text,
    DeadlineKind.NOTIFICATION_DUTY: legal.DUTY_TO_NOTIFY.text,
    DeadlineKind.TELL_PARENTS: legal.TELL_PARENTS.text,
    DeadlineKind.LEVEL_TWO_CONSENT: legal.LEVEL_TWO_CONSENT.text,
    DeadlineKind.ARCHIVED_LOG: legal.ARCHIVED_LOG.text,
}


class _Item(NamedTuple):  # a tuple: the engine makes tens of thousands of these
    kind: DeadlineKind
    due_on: date
    target: DeadlineTarget
    detail: str = ""
    window_days: int = 0  # shown this many days ahead even with a shorter horizon


# What `case_items` gives; the vault stores these per case and rebuilds them when it reads.
DeadlineItem = _Item


def status_for(due_on: date, today: date, horizon_days: int) -> DeadlineStatus | None:
    """Overdue before today, due today, upcoming within the horizon, else not shown (None)."""
    if due_on < today:
        return DeadlineStatus.OVERDUE
    if due_on == today:
        return DeadlineStatus.DUE
    if due_on <= today + timedelta(days=horizon_days):
        return DeadlineStatus.UPCOMING
    return None


def compute(cases: Iterable[Case], today: date, *, horizon_days: int = 30) -> list[Deadline]:
    """All open deadlines of the open cases, sorted by date (overdue first), then child and kind."""
    found: list[Deadline] = []
    for case in cases:
        for item in case_items(case):
            deadline = make_deadline(case.uid, case.child.name, item, today, horizon_days)
            if deadline is not None:
                found.append(deadline)
    names: dict[str, str] = {}
    found.sort(
        key=lambda d: (
            d.due_on,
            names.get(d.child_name) or names.setdefault(d.child_name, d.child_name.casefold()),
            d.case_uid,
            _KIND_ORDER[d.kind],
        )
    )
    return found


def case_items(case: Case) -> list[_Item]:
    """Every deadline the case's records give, whatever today is (a closed log has only the
    archive reminder, and a destroyed one is gone).

    Independent of `today` on purpose: the vault stores these per case at each write, and the
    dashboard only picks the ones to show by date (see `make_deadline`).
    """
    if case.closure is not None:
        return list(_archived_items(case))
    return list(_items(case))


def make_deadline(
    case_uid: str, child_name: str, item: _Item, today: date, horizon_days: int = 30
) -> Deadline | None:
    """The dashboard line for one item as of `today`, or None when it lies beyond the horizon."""
    item_status = status_for(item.due_on, today, max(horizon_days, item.window_days))
    if item_status is None:
        return None
    return Deadline(
        case_uid=case_uid,
        child_name=child_name,
        kind=item.kind,
        due_on=item.due_on,
        status=item_status,
        title=TITLES[item.kind],
        source=SOURCES[item.kind],
        target=item.target,
        detail=item.detail,
    )


_KIND_ORDER = {kind: kind.value for kind in DeadlineKind}


def _items(case: Case) -> Iterator[_Item]:
    yield from _consent_items(case)
    yield from _actor_items(case)
    yield from _review_items(case)
    yield from _meeting_items(case)
    yield from _notification_items(case)
    yield from _municipal_items(case)
    yield from _duty_items(case)
    yield from _level_items(case)


def _archived_items(case: Case) -> Iterator[_Item]:
    """A destroyed log is gone; an archived one is kept only while a consent covers it.

    Seed 003 ~6332-6346: keeping the log must serve a purpose, and the consent to keep it is
    renewed at least every year. The reminder falls due when the newest consent lapses (or at
    once, on the closing date, when none covers the time after closing).
    """
    closure = case.closure
    if closure is None or closure.disposition is not Disposition.ARCHIVE:
        return
    live = [c for c in case.consents if c.revoked_on is None]
    lapses = max((consent_rules.lapses_on(c) for c in live), default=None)
    due = lapses if lapses is not None and lapses > closure.closed_on else closure.closed_on
    yield _Item(
        kind=DeadlineKind.ARCHIVED_LOG,
        due_on=due,
        target=DeadlineTarget(record="consent"),
        window_days=consent_rules.REMIND_DAYS,
    )


def _consent_items(case: Case) -> Iterator[_Item]:
    """The newest consent's last day, shown 30 days ahead; a lapsed one stays until renewed."""
    live = [c for c in case.consents if c.revoked_on is None]
    for consent in live:
        lapses = consent_rules.lapses_on(consent)
        renewed = any(
            other.signed_on > consent.signed_on and consent_rules.lapses_on(other) > lapses
            for other in live
        )
        if renewed:
            continue
        yield _Item(
            kind=DeadlineKind.CONSENT_EXPIRES,
            due_on=lapses,
            target=DeadlineTarget(record="consent", uid=consent.uid),
            window_days=consent_rules.REMIND_DAYS,
        )


def _actor_items(case: Case) -> Iterator[_Item]:
    """A follow-up date in the actors' table stays until a newer row replaces the row."""
    for row in current_actor_rows(case.actor_rows):
        if row.follow_up_on is None:
            continue
        who = row.follow_up_by or row.actor
        yield _Item(
            kind=DeadlineKind.ACTOR_FOLLOW_UP,
            due_on=row.follow_up_on,
            target=DeadlineTarget(record="actor_row", uid=row.uid),
            detail=who,
        )


def _review_items(case: Case) -> Iterator[_Item]:
    """A review date is handled once a later REVIEW entry is written on or after that date."""
    reviews = current_entries(case.entries, LogSection.REVIEW)
    # The two latest entry dates answer "is there ANOTHER entry on or after the date?" for every
    # entry at once: a log with thousands of reviews stays linear, not quadratic.
    latest = sorted((entry.entry_date for entry in reviews), reverse=True)[:2]
    for entry in reviews:
        if entry.due_on is None:
            continue
        if entry.entry_date == latest[0]:
            others_latest = latest[1] if len(latest) > 1 else None
        else:
            others_latest = latest[0]
        if others_latest is not None and others_latest >= entry.due_on:
            continue
        yield _Item(
            kind=DeadlineKind.REVIEW,
            due_on=entry.due_on,
            target=DeadlineTarget(record="entry", uid=entry.uid, section=LogSection.REVIEW.value),
        )


def _meeting_items(case: Case) -> Iterator[_Item]:
    """The newest meeting's next date; GØR agreements until they are moved to the actors' table."""
    if not case.meetings:
        return
    applied = {row.from_meeting_uid for row in case.actor_rows if row.from_meeting_uid}
    newest = max(case.meetings, key=lambda m: meeting_moment(m.starts_at))
    if newest.next_meeting_on is not None:
        yield _Item(
            kind=DeadlineKind.NEXT_MEETING,
            due_on=newest.next_meeting_on,
            target=DeadlineTarget(record="meeting", uid=newest.uid),
        )
    for meeting in case.meetings:
        if meeting.uid in applied:
            continue  # the actors' table now carries these agreements and their follow-ups
        for agreement in meeting.agreements:
            if agreement.by_when is None:
                continue
            yield _Item(
                kind=DeadlineKind.AGREEMENT,
                due_on=agreement.by_when,
                target=DeadlineTarget(record="meeting", uid=meeting.uid, section="6b"),
                detail=agreement.who,
            )


def _notification_items(case: Case) -> Iterator[_Item]:
    for notification in case.notifications:
        target = DeadlineTarget(record="notification", uid=notification.uid)
        if notification.acknowledged_on is None:
            yield _Item(
                kind=DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT,
                due_on=add_working_days(notification.made_on, ACKNOWLEDGE_WORKING_DAYS),
                target=target,
            )
        # The parents are told (seed 003 ~2725, ~3020): a reminder until it is recorded.
        if not notification.parents_informed and notification.parents_informed_on is None:
            yield _Item(kind=DeadlineKind.TELL_PARENTS, due_on=notification.made_on, target=target)


def _duty_items(case: Case) -> Iterator[_Item]:
    """A placement that carries the duty to notify stays a reminder until an underretning is
    recorded on or after it ("Senere" on the prompt leaves this deadline behind)."""
    made = [n.made_on for n in case.notifications]
    for assessment in case.assessments:
        try:
            category = scale_for(assessment.scale).category(assessment.category)
        except ValidationError:
            continue  # an impossible category is refused on import; nothing to remind of
        if not category.requires_notification:
            continue
        if any(on >= assessment.assessed_on for on in made):
            continue
        yield _Item(
            kind=DeadlineKind.NOTIFICATION_DUTY,
            due_on=assessment.assessed_on,
            target=DeadlineTarget(record="assessment", uid=assessment.uid),
        )


def _level_items(case: Case) -> Iterator[_Item]:
    """Niveau 2 needs the parents' consent as a rule (seed 003 ~799): remind while none holds
    for the time since the case moved to niveau 2."""
    if case.level is not Level.TWO:
        return
    since = max(c.on for c in case.levels if c.level is Level.TWO)
    for consent in case.consents:
        if consent.revoked_on is None and consent_rules.lapses_on(consent) >= since:
            return
    yield _Item(
        kind=DeadlineKind.LEVEL_TWO_CONSENT,
        due_on=since,
        target=DeadlineTarget(record="consent"),
    )


def next_follow_up(steps: MunicipalSteps) -> date | None:
    """The next follow-up on the help (BL § 95), or None when there is nothing to follow up.

    The first comes at the earliest of: the afdækning or undersøgelse done alongside the help,
    and 3 months after the help started. At that first follow-up the municipality decides the
    cadence; until it is recorded, the next follow-up is due at once (the latest one's date).
    Old cases without a start date of the help count from barnets plan.
    """
    started = steps.help_started_on or steps.action_plan_on
    if started is None:
        return None
    done = [d for d in steps.action_plan_followups if d >= started]
    if not done:
        first = add_months(started, FIRST_FOLLOW_UP_MONTHS)
        finished = steps.investigation_done_on
        if finished is not None and started <= finished < first:
            first = finished
        return first
    if not steps.follow_up_every_months or steps.follow_up_every_months < 1:
        return max(done)
    return add_months(max(done), steps.follow_up_every_months)


def children_house_required(case: Case) -> bool:
    """All of: violence or abuse suspected; an investigation (or the revision of one) decided;
    police or hospital involved; the child under 18 when it was decided (BL §§ 124-126)."""
    steps = case.municipal
    decided = steps.investigation_decided_on or steps.revision_decided_on
    if not (steps.violence_or_abuse_suspected and decided and steps.police_or_hospital_involved):
        return False
    child = getattr(case, "child", None)  # the screen may ask before a child is known
    age = age_on(child, decided) if child is not None else None
    return age is None or age < CHILDREN_HOUSE_AGE_LIMIT


def _municipal_items(case: Case) -> Iterator[_Item]:
    steps = case.municipal
    # BL § 20, stk. 3: only an investigation that has been decided has a deadline; it runs
    # from when the municipality became aware (or from the decision when that is unknown).
    decided = steps.investigation_decided_on
    if decided is not None and steps.investigation_done_on is None:
        yield _Item(
            kind=DeadlineKind.INVESTIGATION,
            due_on=add_months(steps.aware_on or decided, INVESTIGATION_MONTHS),
            target=DeadlineTarget(record="municipal", section="investigation_done_on"),
        )
    follow_up = next_follow_up(steps)
    if follow_up is not None:
        yield _Item(
            kind=DeadlineKind.ACTION_PLAN_FOLLOW_UP,
            due_on=follow_up,
            target=DeadlineTarget(record="municipal", section="action_plan_followups"),
        )
    # The children's house contributes to the investigation: once that is done the item ends.
    if children_house_required(case) and steps.investigation_done_on is None:
        due = steps.investigation_decided_on or steps.revision_decided_on
        assert due is not None
        yield _Item(
            kind=DeadlineKind.CHILDREN_HOUSE,
            due_on=due,
            target=DeadlineTarget(record="municipal", section="police_or_hospital_involved"),
        )
