"""An oracle for the deadlines engine (issue 17): a second, deliberately simple implementation of
the record rules of SPEC §3, one plain loop per rule and no shared helpers, compared with the
engine as a SET over generated cases with several records of each kind.

Covered here: consent expiry and renewal (and the one-year cap), actor follow-ups, review dates,
the next meeting and the GØR agreements, the underretning's acknowledgement (6 hverdage) and
telling the parents, the duty to notify after a worry-scale placement, niveau 2 without a consent,
the municipal steps (the investigation's 4 months, the BL § 95 follow-up, the children's house),
closed cases (destroyed: nothing; archived: the consent-to-keep reminder), the horizon. Which
worry-scale categories carry the duty is data (app.domain.scales); the oracle reads that table,
not the engine's lookup. Notifications are made in September–November, when Denmark has no
public holiday, so a hverdag is Monday to Friday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import compute
from app.domain.scales import CHILD_SCALE, PARENT_SCALE
from app.domain.records import (
    ActorRow,
    Agreement,
    Case,
    CaseClosure,
    Child,
    ClosureReason,
    Consent,
    ConsentGiver,
    ConsentParty,
    Disposition,
    Level,
    LevelChange,
    LogEntry,
    LogSection,
    Meeting,
    MunicipalSteps,
    Notification,
    NotificationForm,
    PartyKind,
    Person,
    ScaleAssessment,
    ScaleKind,
)

OLGA = Person(name="Olga Jensen")
START = date(2026, 9, 1)
# CPR numbers of children born around 18 years before the generated dates (the children's house
# is for a child under 18 on the day the investigation was decided)
BORN = {"201108-4235": date(2008, 11, 20), "211108-4235": date(2008, 11, 21),
        "010109-4238": date(2009, 1, 1)}
DUTY = {(scale.kind, c.number): c.requires_notification
        for scale in (CHILD_SCALE, PARENT_SCALE) for c in scale.categories}


def months_later(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    last = 31
    while True:
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            last -= 1


def lapses(consent: Consent) -> date:
    """The chosen last day, but never more than one year after signing."""
    return min(consent.valid_until, months_later(consent.signed_on, 12))


def oracle(cases: list[Case], today: date, horizon: int) -> set[tuple]:
    expected: set[tuple] = set()

    def add(case, kind, due, uid, detail="", window=0):
        shown_until = today + timedelta(days=max(horizon, window))
        if due < today:
            status = "overdue"
        elif due == today:
            status = "due"
        elif due <= shown_until:
            status = "upcoming"
        else:
            return
        expected.add((case.uid, kind, due, status, uid, detail))

    for case in cases:
        if case.closure is not None:
            if case.closure.disposition is Disposition.ARCHIVE:
                # kept only while a consent covers it: due when the newest live one lapses, or
                # on the closing date when none reaches past it
                due = case.closure.closed_on
                for consent in case.consents:
                    if consent.revoked_on is None and lapses(consent) > due:
                        due = lapses(consent)
                add(case, "archived_log", due, None, window=30)
            continue  # a destroyed log: nothing left to remind of
        # consent: each live consent's last day, unless a later one lasts longer (a renewal)
        for consent in case.consents:
            if consent.revoked_on is not None:
                continue
            renewed = False
            for other in case.consents:
                if (other.revoked_on is None and other.signed_on > consent.signed_on
                        and lapses(other) > lapses(consent)):
                    renewed = True
            if not renewed:
                add(case, "consent_expires", lapses(consent), consent.uid, window=30)
        # actors' table: every row's follow-up date
        for row in case.actor_rows:
            if row.follow_up_on is not None:
                add(case, "actor_follow_up", row.follow_up_on, row.uid,
                    row.follow_up_by or row.actor)
        # reviews: a date counts until ANOTHER review entry is written on or after it
        for entry in case.entries:
            if entry.due_on is None:
                continue
            handled = False
            for other in case.entries:
                if other is not entry and other.entry_date >= entry.due_on:
                    handled = True
            if not handled:
                add(case, "review", entry.due_on, entry.uid)
        # meetings: the newest meeting's next date
        newest = None
        for meeting in case.meetings:
            if newest is None or meeting.starts_at > newest.starts_at:
                newest = meeting
        if newest is not None and newest.next_meeting_on is not None:
            add(case, "next_meeting", newest.next_meeting_on, newest.uid)
        # GØR agreements with a date, until their meeting's agreements are in the actors' table
        for meeting in case.meetings:
            applied = False
            for row in case.actor_rows:
                if row.from_meeting_uid == meeting.uid:
                    applied = True
            if applied:
                continue
            for agreement in meeting.agreements:
                if agreement.by_when is not None:
                    add(case, "agreement", agreement.by_when, meeting.uid, agreement.who)
        # underretninger: acknowledged within 6 hverdage; the parents are told
        for notification in case.notifications:
            if notification.acknowledged_on is None:
                due, left = notification.made_on, 6
                while left:
                    due += timedelta(days=1)
                    if due.weekday() < 5:
                        left -= 1
                add(case, "notification_acknowledgement", due, notification.uid)
            if not notification.parents_informed and notification.parents_informed_on is None:
                add(case, "tell_parents", notification.made_on, notification.uid)
        # a worry-scale placement with the duty to notify, until an underretning on or after it
        for assessment in case.assessments:
            if not DUTY.get((assessment.scale, assessment.category), False):
                continue
            answered = False
            for notification in case.notifications:
                if notification.made_on >= assessment.assessed_on:
                    answered = True
            if not answered:
                add(case, "notification_duty", assessment.assessed_on, assessment.uid)
        # niveau 2 (the latest change; the one recorded last on a same-day tie) needs a consent
        # that holds on or after the day the case moved to niveau 2
        level, level_on, since = Level.ONE, None, None
        for change in case.levels:
            if level_on is None or change.on >= level_on:
                level, level_on = change.level, change.on
            if change.level is Level.TWO and (since is None or change.on > since):
                since = change.on
        if level is Level.TWO:
            covered = False
            for consent in case.consents:
                if consent.revoked_on is None and lapses(consent) >= since:
                    covered = True
            if not covered:
                add(case, "level_two_consent", since, None)
        steps = case.municipal
        # the børnefaglige undersøgelse: 4 months from awareness (or the decision), until done
        if steps.investigation_decided_on is not None and steps.investigation_done_on is None:
            start = steps.aware_on if steps.aware_on is not None else steps.investigation_decided_on
            add(case, "investigation", months_later(start, 4), None)
        # BL § 95: the first follow-up 3 months after the help started (or the investigation
        # done alongside it, if sooner); then the municipality's cadence from the latest one
        started = steps.help_started_on if steps.help_started_on else steps.action_plan_on
        if started is not None:
            latest = None
            for followed in steps.action_plan_followups:
                if followed >= started and (latest is None or followed > latest):
                    latest = followed
            if latest is None:
                due = months_later(started, 3)
                done = steps.investigation_done_on
                if done is not None and started <= done and done < due:
                    due = done
            elif steps.follow_up_every_months and steps.follow_up_every_months >= 1:
                due = months_later(latest, steps.follow_up_every_months)
            else:
                due = latest  # the cadence is not decided yet: decide it now
            add(case, "action_plan_follow_up", due, None)
        # the children's house: all criteria, the child under 18 on the day it was decided
        decided = steps.investigation_decided_on or steps.revision_decided_on
        if (decided is not None and steps.violence_or_abuse_suspected
                and steps.police_or_hospital_involved and steps.investigation_done_on is None):
            born = BORN.get(case.child.cpr or "")
            under_18 = True
            if born is not None and born <= decided:
                age = decided.year - born.year
                if (decided.month, decided.day) < (born.month, born.day):
                    age -= 1
                under_18 = age < 18
            if under_18:
                add(case, "children_house", decided, None)
    return expected


def engine(cases: list[Case], today: date, horizon: int) -> set[tuple]:
    return {
        (d.case_uid, d.kind.value, d.due_on, d.status.value, d.target.uid, d.detail)
        for d in compute(cases, today, horizon_days=horizon)
    }


days = st.integers(0, 120)
names = st.sampled_from(["Familiehuset", "PPR", "Skolen", "Børnehaven"])


# Dates drawn often from a few shared days too, so records fall on the same day (a placement and
# an underretning, a follow-up and the start of the help): the rules' edges are "on or after".
SHARED = [0, 1, 30, 31, 60]
some_day = st.one_of(st.sampled_from(SHARED), days).map(lambda n: START + timedelta(days=n))
maybe_day = st.one_of(st.none(), some_day)


@st.composite
def consents(draw):
    # a few end dates, so consents often end on the same day (a renewal must last LONGER); some
    # are signed more than a year before their chosen end, so the one-year cap decides
    until = START + timedelta(days=draw(st.sampled_from([20, 60, 90, 150])))
    signed = until - timedelta(days=draw(st.one_of(st.integers(0, 300), st.integers(360, 420))))
    revoked = draw(st.one_of(st.none(), st.just(signed + timedelta(days=draw(st.integers(0, 30))))))
    return Consent(purpose="Samarbejde", signed_on=signed, valid_until=until, revoked_on=revoked,
                   givers=[ConsentGiver(name="Lilly Hansen", relation="mor")],
                   parties=[ConsentParty(kind=PartyKind.SCHOOL_DAYCARE, name="Skolen")])


@st.composite
def actor_rows(draw, meeting_uids):
    follow_up = draw(st.one_of(st.none(), days.map(lambda n: START + timedelta(days=n))))
    applied = draw(st.one_of(st.none(), st.sampled_from(meeting_uids))) if meeting_uids else None
    return ActorRow(actor=draw(names), changed_on=START, effort="Støtte", follow_up_on=follow_up,
                    follow_up_by=draw(st.sampled_from(["", "Kirsten Petersen"])),
                    from_meeting_uid=applied)


@st.composite
def reviews(draw):
    due = draw(st.one_of(st.none(), days.map(lambda n: START + timedelta(days=n))))
    return LogEntry(section=LogSection.REVIEW, entry_date=START + timedelta(days=draw(days)),
                    text="Tages op igen", due_on=due)


@st.composite
def meetings(draw):
    agreements = [
        Agreement(who=draw(names), what="Gør noget",
                  by_when=draw(st.one_of(st.none(), days.map(lambda n: START + timedelta(days=n)))))
        for _ in range(draw(st.integers(0, 3)))
    ]
    return Meeting(starts_at=datetime(2026, 9, 1, 9, tzinfo=UTC) + timedelta(hours=draw(days)),
                   place="Skolen", agreements=agreements,
                   next_meeting_on=draw(st.one_of(
                       st.none(), days.map(lambda n: START + timedelta(days=n)))))


@st.composite
def notifications(draw):
    made = START + timedelta(days=draw(st.one_of(st.sampled_from(SHARED), st.integers(0, 80))))
    # 01.09–20.11: no holidays
    acknowledged = draw(st.one_of(st.none(), st.just(made + timedelta(days=2))))
    informed = draw(st.booleans())
    return Notification(form=NotificationForm.AGE_6_18, made_on=made, notifier=OLGA,
                        acknowledged_on=acknowledged, parents_informed=informed,
                        parents_informed_on=made if informed and draw(st.booleans()) else None)


@st.composite
def assessments(draw):
    scale = draw(st.sampled_from([ScaleKind.CHILD, ScaleKind.PARENT]))
    return ScaleAssessment(scale=scale, assessed_on=draw(some_day),
                           category=draw(st.integers(0, 6)))  # 0 and 6: never a category


@st.composite
def level_changes(draw):
    # few distinct days, so same-day changes happen (the one recorded last counts)
    on = START + timedelta(days=draw(st.sampled_from([0, 10, 40, 90])))
    return LevelChange(on=on, level=draw(st.sampled_from(list(Level))))


@st.composite
def municipal_steps(draw):
    # from months before the first `today`, so the 3- and 4-month deadlines fall among them
    early = st.one_of(st.none(), st.sampled_from(SHARED), st.integers(-150, 120)).map(
        lambda n: None if n is None else START + timedelta(days=n))
    return MunicipalSteps(
        aware_on=draw(early),
        investigation_decided_on=draw(early),
        investigation_done_on=draw(maybe_day),
        action_plan_on=draw(early),
        action_plan_followups=draw(st.lists(early.filter(bool), max_size=3)),
        violence_or_abuse_suspected=draw(st.booleans()),
        police_or_hospital_involved=draw(st.booleans()),
        revision_decided_on=draw(early),
        help_started_on=draw(early),
        follow_up_every_months=draw(st.sampled_from([None, 0, 1, 2, 6])),
    )


@st.composite
def closures(draw):
    return CaseClosure(closed_on=draw(some_day), reasons=[ClosureReason.THRIVING],
                       explanation="x", closed_by=OLGA,
                       disposition=draw(st.sampled_from(list(Disposition))))


@st.composite
def cases(draw):
    meeting_list = draw(st.lists(meetings(), max_size=3, unique_by=lambda m: m.starts_at))
    uids = [m.uid for m in meeting_list]
    closed = draw(st.booleans()) and draw(st.booleans())  # about one case in four
    return Case(
        child=Child(name=draw(st.sampled_from(["Hans", "Anna", "Bo"])),
                    cpr=draw(st.sampled_from([None, *BORN]))),
        levels=draw(st.lists(level_changes(), max_size=3)),
        assessments=draw(st.lists(assessments(), max_size=3)),
        municipal=draw(municipal_steps()),
        created_by=OLGA,
        created_on=START,
        consents=draw(st.lists(consents(), max_size=4)),
        actor_rows=draw(st.lists(actor_rows(uids), max_size=4)),
        entries=draw(st.lists(reviews(), max_size=4)),
        meetings=meeting_list,
        notifications=draw(st.lists(notifications(), max_size=4)),
        closure=draw(closures()) if closed else None,
    )


@settings(max_examples=300, deadline=None)  # no time limits in unit tests
@given(all_cases=st.lists(cases(), min_size=1, max_size=4),
       today=some_day,
       horizon=st.sampled_from([0, 1, 7, 29, 30, 31, 60]))
def test_the_engine_finds_exactly_the_deadlines_the_oracle_finds(all_cases, today, horizon):
    assert engine(all_cases, today, horizon) == oracle(all_cases, today, horizon)
