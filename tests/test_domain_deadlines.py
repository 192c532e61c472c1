"""The deadlines engine: each legal or agreed date shows up as due, overdue or upcoming."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import legal
from app.domain.deadlines import DeadlineKind, DeadlineStatus, compute, status_for
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
    MunicipalSteps,
    Notification,
    NotificationForm,
    PartyKind,
    Person,
)

TODAY = date(2026, 11, 23)  # a Monday
OLGA = Person(name="Olga Jensen")


def case(name: str = "Hans Hansen", **changes) -> Case:
    values = dict(child=Child(name=name), created_by=OLGA, created_on=date(2026, 1, 5))
    values.update(changes)
    return Case(**values)


def kinds(deadlines) -> list[DeadlineKind]:
    return [d.kind for d in deadlines]


def make_consent(signed: date, until: date, **changes) -> Consent:
    return Consent(
        purpose="Samarbejde om Hans",
        signed_on=signed,
        valid_until=until,
        givers=[ConsentGiver(name="Lilly Hansen", relation="mor")],
        parties=[ConsentParty(kind=PartyKind.SCHOOL_DAYCARE)],
        **changes,
    )


# -- consent ---------------------------------------------------------------------------------------


def test_consent_expiry_appears_30_days_before_even_with_a_shorter_horizon():
    c = make_consent(date(2026, 1, 1), date(2026, 12, 23))  # 30 days after TODAY
    found = compute([case(consents=[c])], TODAY, horizon_days=7)
    assert kinds(found) == [DeadlineKind.CONSENT_EXPIRES]
    assert found[0].status is DeadlineStatus.UPCOMING and found[0].due_on == date(2026, 12, 23)
    assert found[0].source == legal.CONSENT_ONE_YEAR.text  # BTI practice, not statute
    assert "BTI" in found[0].source and "§ 28, stk. 5" not in found[0].source
    assert found[0].target.record == "consent" and found[0].target.uid == c.uid
    assert compute([case(consents=[c])], TODAY - timedelta(days=1), horizon_days=7) == []


def test_a_lapsed_consent_is_overdue_until_a_new_one_is_signed():
    old = make_consent(date(2025, 11, 1), date(2026, 11, 1))
    found = compute([case(consents=[old])], TODAY)
    assert [(d.kind, d.status) for d in found] == [
        (DeadlineKind.CONSENT_EXPIRES, DeadlineStatus.OVERDUE)
    ]
    renewed = make_consent(date(2026, 11, 20), date(2027, 11, 20))
    assert compute([case(consents=[old, renewed])], TODAY) == []


def test_a_revoked_consent_has_no_reminder():
    c = make_consent(date(2026, 1, 1), date(2026, 12, 1), revoked_on=date(2026, 6, 1))
    assert compute([case(consents=[c])], TODAY) == []


# -- the log and the meetings ----------------------------------------------------------------------


def test_follow_up_dates_in_the_actors_table_count_only_on_the_current_row():
    row = ActorRow(actor="Familiehuset", changed_on=date(2026, 10, 1), effort="Samtaler med mor",
                   follow_up_on=date(2026, 11, 20), follow_up_by="Kirsten Petersen")
    found = compute([case(actor_rows=[row])], TODAY)
    assert [(d.kind, d.status, d.detail) for d in found] == [
        (DeadlineKind.ACTOR_FOLLOW_UP, DeadlineStatus.OVERDUE, "Kirsten Petersen")
    ]
    newer = ActorRow(actor="Familiehuset", changed_on=date(2026, 11, 20), effort="Samtaler",
                     follow_up_on=date(2027, 2, 1), supersedes=row.uid)
    assert compute([case(actor_rows=[row, newer])], TODAY) == []


def test_review_dates_until_the_situation_is_taken_up_again():
    review = LogEntry(section=LogSection.REVIEW, entry_date=date(2026, 10, 1),
                      text="Vi ser på det igen", due_on=TODAY)
    found = compute([case(entries=[review])], TODAY)
    assert [(d.kind, d.status) for d in found] == [(DeadlineKind.REVIEW, DeadlineStatus.DUE)]
    taken_up = LogEntry(section=LogSection.REVIEW, entry_date=TODAY, text="Taget op igen",
                        due_on=date(2027, 3, 1))
    assert compute([case(entries=[review, taken_up])], TODAY) == []


def test_next_meeting_of_the_newest_meeting_and_agreements_not_yet_in_the_table():
    first = Meeting(starts_at=datetime(2026, 10, 1, 9, tzinfo=UTC), place="Børnehaven",
                    next_meeting_on=date(2026, 11, 1))
    second = Meeting(
        starts_at=datetime(2026, 11, 2, 9, tzinfo=UTC), place="Familiehuset",
        next_meeting_on=date(2026, 12, 10),
        agreements=[Agreement(who="Olga Jensen", what="Ringer til mor", by_when=date(2026, 11, 25)),
                    Agreement(who="Arne Andersen", what="Sender brev")],
    )
    found = compute([case(meetings=[first, second])], TODAY)
    assert [(d.kind, d.due_on, d.detail) for d in found] == [
        (DeadlineKind.AGREEMENT, date(2026, 11, 25), "Olga Jensen"),
        (DeadlineKind.NEXT_MEETING, date(2026, 12, 10), ""),
    ]
    applied = ActorRow(actor="Olga Jensen", changed_on=date(2026, 11, 2), effort="Ringer til mor",
                       from_meeting_uid=second.uid)
    assert kinds(compute([case(meetings=[first, second], actor_rows=[applied])], TODAY)) == [
        DeadlineKind.NEXT_MEETING
    ]


# -- municipal steps -------------------------------------------------------------------------------


def test_the_municipality_acknowledges_an_underretning_within_six_working_days():
    made = date(2026, 11, 13)  # a Friday: six working days later is Monday 23.11
    n = Notification(form=NotificationForm.AGE_0_6, made_on=made, notifier=OLGA)
    found = compute([case(notifications=[n])], TODAY)
    assert [(d.kind, d.due_on, d.status) for d in found] == [
        (DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT, date(2026, 11, 23), DeadlineStatus.DUE)
    ]
    n.acknowledged_on = date(2026, 11, 18)
    assert compute([case(notifications=[n])], TODAY) == []


def test_the_investigation_is_due_four_months_after_the_municipality_became_aware():
    steps = MunicipalSteps(aware_on=date(2026, 7, 31))
    found = compute([case(municipal=steps)], TODAY)
    assert [(d.kind, d.due_on, d.status) for d in found] == [
        (DeadlineKind.INVESTIGATION, date(2026, 11, 30), DeadlineStatus.UPCOMING)
    ]
    assert "fire måneder" in found[0].source
    steps.investigation_done_on = date(2026, 11, 1)
    assert compute([case(municipal=steps)], TODAY) == []


def test_action_plan_follow_up_after_three_months_then_every_six():
    steps = MunicipalSteps(action_plan_on=date(2026, 8, 31))
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 11, 30)]
    steps.action_plan_followups = [date(2026, 11, 20)]
    assert compute([case(municipal=steps)], TODAY) == []  # next: 20.05.2027, beyond the horizon
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY, horizon_days=200)] == [
        date(2027, 5, 20)
    ]


def test_childrens_house_is_an_immediate_item_when_all_three_criteria_hold():
    steps = MunicipalSteps(
        aware_on=date(2026, 11, 1),
        investigation_decided_on=date(2026, 11, 20),
        violence_or_abuse_suspected=True,
        police_or_hospital_involved=False,
    )
    assert DeadlineKind.CHILDREN_HOUSE not in kinds(compute([case(municipal=steps)], TODAY))
    steps.police_or_hospital_involved = True
    found = [d for d in compute([case(municipal=steps)], TODAY)
             if d.kind is DeadlineKind.CHILDREN_HOUSE]
    assert len(found) == 1 and found[0].status is DeadlineStatus.OVERDUE
    steps.violence_or_abuse_suspected = False
    assert DeadlineKind.CHILDREN_HOUSE not in kinds(compute([case(municipal=steps)], TODAY))


# -- across cases ----------------------------------------------------------------------------------


def test_closed_cases_have_no_deadlines():
    closed = case(
        municipal=MunicipalSteps(aware_on=date(2026, 1, 1)),
        closure=CaseClosure(closed_on=date(2026, 6, 1), reasons=[ClosureReason.THRIVING],
                            explanation="Hans trives", disposition=Disposition.ARCHIVE,
                            closed_by=OLGA),
    )
    assert compute([closed], TODAY) == []


def test_sorted_by_date_with_overdue_first_across_cases():
    a = case("Anna", municipal=MunicipalSteps(aware_on=date(2026, 7, 30)))  # due 30.11
    b = case("Bo", municipal=MunicipalSteps(aware_on=date(2026, 7, 1)))  # overdue 01.11
    c = case("Cille", entries=[LogEntry(section=LogSection.REVIEW, entry_date=TODAY, text="x",
                                        due_on=TODAY)])
    found = compute([a, b, c], TODAY)
    assert [(d.child_name, d.status) for d in found] == [
        ("Bo", DeadlineStatus.OVERDUE), ("Cille", DeadlineStatus.DUE),
        ("Anna", DeadlineStatus.UPCOMING),
    ]
    assert all(d.title and d.source for d in found)


# -- properties ------------------------------------------------------------------------------------


@settings(deadline=None)  # no time limits in unit tests
@given(due=st.dates(), today=st.dates(), horizon=st.integers(0, 400))
def test_status_partitions_the_dates(due, today, horizon):
    result = status_for(due, today, horizon)
    if due < today:
        assert result is DeadlineStatus.OVERDUE
    elif due == today:
        assert result is DeadlineStatus.DUE
    elif (due - today).days <= horizon:
        assert result is DeadlineStatus.UPCOMING
    else:
        assert result is None


some_date = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def cases(draw) -> Case:
    aware = draw(st.none() | some_date)
    plan = draw(st.none() | some_date)
    rows = [
        ActorRow(actor=f"Aktør {i}", changed_on=draw(some_date), effort="Indsats",
                 follow_up_on=draw(st.none() | some_date))
        for i in range(draw(st.integers(0, 3)))
    ]
    notifications = [
        Notification(form=NotificationForm.AGE_6_18, made_on=draw(some_date), notifier=OLGA,
                     acknowledged_on=draw(st.none() | some_date))
        for _ in range(draw(st.integers(0, 2)))
    ]
    consents = []
    for _ in range(draw(st.integers(0, 2))):
        signed = draw(some_date)
        consents.append(make_consent(signed, signed + timedelta(days=draw(st.integers(0, 365)))))
    return case(
        name=draw(st.sampled_from(["Hans", "Anna", "Bo"])),
        actor_rows=rows,
        notifications=notifications,
        consents=consents,
        municipal=MunicipalSteps(
            aware_on=aware,
            investigation_decided_on=draw(st.none() | some_date),
            action_plan_on=plan,
            violence_or_abuse_suspected=draw(st.booleans()),
            police_or_hospital_involved=draw(st.booleans()),
        ),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(cases(), max_size=4), some_date, st.integers(1, 200), st.integers(0, 60))
def test_deadlines_move_only_forward_as_days_pass(all_cases, today, later, horizon):
    now = compute(all_cases, today, horizon_days=horizon)
    then = compute(all_cases, today + timedelta(days=later), horizon_days=horizon)
    order = [DeadlineStatus.UPCOMING, DeadlineStatus.DUE, DeadlineStatus.OVERDUE]
    key = lambda d: (d.case_uid, d.kind, d.due_on, d.target)  # noqa: E731
    later_status = {key(d): d.status for d in then}
    for item in now:
        if item.status is not DeadlineStatus.UPCOMING:  # due/overdue items never vanish
            assert later_status[key(item)] is DeadlineStatus.OVERDUE
        elif key(item) in later_status:
            assert order.index(later_status[key(item)]) >= order.index(item.status)
    assert now == sorted(now, key=lambda d: (d.due_on, d.child_name.casefold(), d.case_uid,
                                               d.kind.value))
    for item in now:
        assert item.status is status_for(item.due_on, today, max(horizon, 30)) or (
            item.status is status_for(item.due_on, today, horizon)
        )
