"""An oracle for the deadlines engine (issue 17): a second, deliberately simple implementation of
the record rules of SPEC §3, one plain loop per rule and no shared helpers, compared with the
engine as a SET over generated cases with several records of each kind.

Covered here: consent expiry and renewal, actor follow-ups, review dates, the next meeting and the
GØR agreements, the underretning's acknowledgement (6 hverdage) and telling the parents, closed
(destroyed) cases, the horizon. Not covered by this oracle: the municipal steps, the scale duty
and niveau 2 (their own example tests are in test_domain_deadlines.py). Notifications are made in
September–November, when Denmark has no public holiday, so a hverdag is Monday to Friday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import compute
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
    LogEntry,
    LogSection,
    Meeting,
    Notification,
    NotificationForm,
    PartyKind,
    Person,
)

OLGA = Person(name="Olga Jensen")
START = date(2026, 9, 1)


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
            continue  # a destroyed log: nothing left to remind of
        # consent: each live consent's last day, unless a later one lasts longer (a renewal)
        for consent in case.consents:
            if consent.revoked_on is not None:
                continue
            renewed = False
            for other in case.consents:
                if (other.revoked_on is None and other.signed_on > consent.signed_on
                        and other.valid_until > consent.valid_until):
                    renewed = True
            if not renewed:
                add(case, "consent_expires", consent.valid_until, consent.uid, window=30)
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
    return expected


def engine(cases: list[Case], today: date, horizon: int) -> set[tuple]:
    return {
        (d.case_uid, d.kind.value, d.due_on, d.status.value, d.target.uid, d.detail)
        for d in compute(cases, today, horizon_days=horizon)
    }


days = st.integers(0, 120)
names = st.sampled_from(["Familiehuset", "PPR", "Skolen", "Børnehaven"])


@st.composite
def consents(draw):
    # a few end dates, so consents often end on the same day (a renewal must last LONGER)
    until = START + timedelta(days=draw(st.sampled_from([20, 60, 90, 150])))
    signed = until - timedelta(days=draw(st.integers(0, 300)))  # within the legal year
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
    made = START + timedelta(days=draw(st.integers(0, 80)))  # 01.09–20.11: no holidays
    acknowledged = draw(st.one_of(st.none(), st.just(made + timedelta(days=2))))
    informed = draw(st.booleans())
    return Notification(form=NotificationForm.AGE_6_18, made_on=made, notifier=OLGA,
                        acknowledged_on=acknowledged, parents_informed=informed,
                        parents_informed_on=made if informed and draw(st.booleans()) else None)


@st.composite
def cases(draw):
    meeting_list = draw(st.lists(meetings(), max_size=3, unique_by=lambda m: m.starts_at))
    uids = [m.uid for m in meeting_list]
    closed = draw(st.booleans()) and draw(st.booleans())  # about one case in four
    return Case(
        child=Child(name=draw(st.sampled_from(["Hans", "Anna", "Bo"]))),
        created_by=OLGA,
        created_on=START,
        consents=draw(st.lists(consents(), max_size=4)),
        actor_rows=draw(st.lists(actor_rows(uids), max_size=4)),
        entries=draw(st.lists(reviews(), max_size=4)),
        meetings=meeting_list,
        notifications=draw(st.lists(notifications(), max_size=4)),
        closure=CaseClosure(closed_on=START, reasons=[ClosureReason.THRIVING], explanation="x",
                            disposition=Disposition.DESTROY, closed_by=OLGA) if closed else None,
    )


@settings(max_examples=300, deadline=None)  # no time limits in unit tests
@given(all_cases=st.lists(cases(), min_size=1, max_size=4),
       today=days.map(lambda n: START + timedelta(days=n)),
       horizon=st.sampled_from([0, 1, 7, 29, 30, 31, 60]))
def test_the_engine_finds_exactly_the_deadlines_the_oracle_finds(all_cases, today, horizon):
    assert engine(all_cases, today, horizon) == oracle(all_cases, today, horizon)
