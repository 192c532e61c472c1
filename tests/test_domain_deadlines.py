"""The deadlines engine: each legal or agreed date shows up as due, overdue or upcoming."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

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
    n = Notification(form=NotificationForm.AGE_0_6, made_on=made, notifier=OLGA,
                     parents_informed=True)
    found = compute([case(notifications=[n])], TODAY)
    assert [(d.kind, d.due_on, d.status) for d in found] == [
        (DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT, date(2026, 11, 23), DeadlineStatus.DUE)
    ]
    n.acknowledged_on = date(2026, 11, 18)
    assert compute([case(notifications=[n])], TODAY) == []


def test_each_unacknowledged_underretning_has_its_own_working_day_deadline():
    # Three notifications: the first over Christmas (holidays skipped), one acknowledged, one
    # plain; each is judged on its own (skipping one or stopping early changes the answer).
    notes = [
        Notification(form=NotificationForm.AGE_6_18, made_on=date(2026, 12, 21), notifier=OLGA,
                     parents_informed=True),
        Notification(form=NotificationForm.AGE_6_18, made_on=date(2026, 12, 1), notifier=OLGA,
                     parents_informed=True, acknowledged_on=date(2026, 12, 3)),
        Notification(form=NotificationForm.AGE_6_18, made_on=date(2026, 12, 2), notifier=OLGA,
                     parents_informed=True),
    ]
    found = compute([case(notifications=notes)], date(2026, 12, 1), horizon_days=60)
    assert [(d.due_on, d.target.uid) for d in found] == [
        (date(2026, 12, 10), notes[2].uid),
        # 22, 23, 28, 29, 30.12 and 4.1: 24-26.12, 31.12 and 1.1 are not hverdage
        (date(2027, 1, 4), notes[0].uid),
    ]


def test_the_parents_must_be_told_of_every_underretning_until_it_is_recorded():
    told = Notification(form=NotificationForm.AGE_0_6, made_on=date(2026, 11, 2), notifier=OLGA,
                        acknowledged_on=date(2026, 11, 3), parents_informed=True,
                        parents_informed_on=date(2026, 11, 2))
    untold = [
        Notification(form=NotificationForm.AGE_0_6, made_on=date(2026, 11, d), notifier=OLGA,
                     acknowledged_on=date(2026, 11, 20))
        for d in (10, 5)
    ]
    found = compute([case(notifications=[told, *untold])], TODAY)
    assert [(d.kind, d.due_on, d.target.uid) for d in found] == [
        (DeadlineKind.TELL_PARENTS, date(2026, 11, 5), untold[1].uid),
        (DeadlineKind.TELL_PARENTS, date(2026, 11, 10), untold[0].uid),
    ]
    assert all("forældrene" in d.title for d in found)
    untold[1].parents_informed_on = date(2026, 11, 21)  # a date recorded is enough too
    assert [d.target.uid for d in compute([case(notifications=[told, *untold])], TODAY)] == [
        untold[0].uid
    ]


def _placement(scale: ScaleKind, category: int, on: date) -> ScaleAssessment:
    return ScaleAssessment(scale=scale, assessed_on=on, category=category)


def test_a_placement_with_the_duty_to_notify_stays_due_until_an_underretning_is_recorded():
    # "Senere" on the prompt saves the placement only: the deadline is what remains.
    placements = [
        _placement(ScaleKind.CHILD, 2, date(2026, 11, 1)),  # no duty
        _placement(ScaleKind.CHILD, 4, date(2026, 11, 10)),
        _placement(ScaleKind.PARENT, 4, date(2026, 11, 12)),
        _placement(ScaleKind.PARENT, 3, date(2026, 11, 13)),  # no duty on the parents' scale
        _placement(ScaleKind.CHILD, 3, date(2026, 11, 20)),
    ]
    found = compute([case(assessments=placements)], TODAY)
    assert [(d.kind, d.due_on) for d in found] == [
        (DeadlineKind.NOTIFICATION_DUTY, date(2026, 11, 10)),
        (DeadlineKind.NOTIFICATION_DUTY, date(2026, 11, 12)),
        (DeadlineKind.NOTIFICATION_DUTY, date(2026, 11, 20)),
    ]
    assert "§ 133" in found[0].source
    made = Notification(form=NotificationForm.AGE_0_6, made_on=date(2026, 11, 15), notifier=OLGA,
                        parents_informed=True, acknowledged_on=date(2026, 11, 16))
    later = compute([case(assessments=placements, notifications=[made])], TODAY)
    # The underretning of 15.11 answers the earlier placements, not the one of 20.11.
    assert [(d.kind, d.due_on) for d in later] == [
        (DeadlineKind.NOTIFICATION_DUTY, date(2026, 11, 20))
    ]


def test_level_two_reminds_of_the_consent_it_needs():
    levels = [LevelChange(on=date(2026, 1, 5), level=Level.ONE),
              LevelChange(on=date(2026, 11, 2), level=Level.TWO)]
    found = compute([case(levels=levels)], TODAY)
    assert [(d.kind, d.due_on) for d in found] == [(DeadlineKind.LEVEL_TWO_CONSENT, date(2026, 11, 2))]
    old = make_consent(date(2025, 1, 1), date(2025, 12, 31))  # lapsed before niveau 2
    revoked = make_consent(date(2026, 11, 1), date(2027, 10, 31), revoked_on=date(2026, 11, 3))
    found = compute([case(levels=levels, consents=[old, revoked])], TODAY)
    assert DeadlineKind.LEVEL_TWO_CONSENT in kinds(found)
    good = make_consent(date(2026, 11, 4), date(2027, 11, 3))
    assert DeadlineKind.LEVEL_TWO_CONSENT not in kinds(
        compute([case(levels=levels, consents=[old, revoked, good])], TODAY)
    )
    three = [*levels, LevelChange(on=date(2026, 11, 10), level=Level.THREE)]
    assert compute([case(levels=three)], TODAY) == []  # niveau 3: the municipality's lead


def test_the_investigation_deadline_starts_only_once_one_is_decided():
    steps = MunicipalSteps(aware_on=date(2026, 7, 31))
    assert compute([case(municipal=steps)], TODAY) == []  # aware, nothing decided: no deadline
    steps.investigation_decided_on = date(2026, 8, 20)
    found = compute([case(municipal=steps)], TODAY)
    assert [(d.kind, d.due_on, d.status) for d in found] == [
        (DeadlineKind.INVESTIGATION, date(2026, 11, 30), DeadlineStatus.UPCOMING)
    ]  # four months from when the municipality became aware
    assert "fire måneder" in found[0].source and "§ 20, stk. 3" in found[0].source
    steps.aware_on = None
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 20)]
    steps.investigation_done_on = date(2026, 11, 1)
    assert compute([case(municipal=steps)], TODAY) == []


def test_first_follow_up_three_months_after_the_help_started():
    steps = MunicipalSteps(action_plan_on=date(2026, 8, 1), help_started_on=date(2026, 8, 30))
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 11, 30)]
    assert "§ 95" in compute([case(municipal=steps)], TODAY)[0].source


def test_first_follow_up_when_the_investigation_alongside_the_help_is_done_if_that_is_sooner():
    steps = MunicipalSteps(help_started_on=date(2026, 9, 1), investigation_decided_on=date(2026, 8, 1),
                           investigation_done_on=date(2026, 10, 15))
    assert [(d.kind, d.due_on) for d in compute([case(municipal=steps)], TODAY)] == [
        (DeadlineKind.ACTION_PLAN_FOLLOW_UP, date(2026, 10, 15))
    ]
    steps.investigation_done_on = date(2026, 12, 15)  # later than 3 months: the 3 months win
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY, horizon_days=60)] == [
        date(2026, 12, 1)
    ]
    steps.investigation_done_on = date(2026, 8, 20)  # before the help: not alongside it
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 1)]


def test_after_the_first_follow_up_the_municipalitys_cadence_rules_not_six_months():
    steps = MunicipalSteps(help_started_on=date(2026, 5, 1),
                           action_plan_followups=[date(2026, 8, 1), date(2026, 4, 1)])
    # The cadence is not recorded yet: decide it now (due on the latest follow-up).
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 8, 1)]
    steps.follow_up_every_months = 2
    steps.action_plan_followups = [date(2026, 8, 1), date(2026, 10, 1), date(2026, 9, 1)]
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 1)]
    steps.follow_up_every_months = 6
    assert compute([case(municipal=steps)], TODAY) == []  # 01.04.2027, beyond the horizon


def test_an_old_case_without_the_help_start_counts_from_barnets_plan():
    steps = MunicipalSteps(action_plan_on=date(2026, 8, 31))
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 11, 30)]


def test_childrens_house_is_an_immediate_item_when_all_criteria_hold():
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
    assert "§§ 124-126" in found[0].source
    steps.violence_or_abuse_suspected = False
    assert DeadlineKind.CHILDREN_HOUSE not in kinds(compute([case(municipal=steps)], TODAY))


def test_childrens_house_also_for_the_revision_of_an_existing_investigation():
    steps = MunicipalSteps(revision_decided_on=date(2026, 11, 18), violence_or_abuse_suspected=True,
                           police_or_hospital_involved=True)
    found = [d for d in compute([case(municipal=steps)], TODAY)
             if d.kind is DeadlineKind.CHILDREN_HOUSE]
    assert [d.due_on for d in found] == [date(2026, 11, 18)]


def test_childrens_house_only_for_a_child_under_18():
    steps = MunicipalSteps(investigation_decided_on=date(2026, 11, 20),
                           violence_or_abuse_suspected=True, police_or_hospital_involved=True)
    seventeen = Child(name="Hans", cpr="211108-4235")  # 17 on 20.11.2026
    eighteen = Child(name="Hans", cpr="201108-4235")  # 18 that very day
    assert DeadlineKind.CHILDREN_HOUSE in kinds(compute([case(child=seventeen, municipal=steps)], TODAY))
    assert DeadlineKind.CHILDREN_HOUSE not in kinds(
        compute([case(child=eighteen, municipal=steps)], TODAY)
    )


# -- across cases ----------------------------------------------------------------------------------


def _closed(disposition: Disposition, consents=()) -> Case:
    return case(
        municipal=MunicipalSteps(aware_on=date(2026, 1, 1), investigation_decided_on=date(2026, 1, 2)),
        consents=list(consents),
        closure=CaseClosure(closed_on=date(2026, 6, 1), reasons=[ClosureReason.THRIVING],
                            explanation="Hans trives", disposition=disposition,
                            closed_by=OLGA),
    )


def test_closed_cases_keep_no_working_deadlines_and_an_archived_one_asks_for_consent():
    found = compute([_closed(Disposition.ARCHIVE)], TODAY)
    # No investigation deadline; the archive reminder falls due at once: nothing covers it.
    assert [(d.kind, d.due_on) for d in found] == [(DeadlineKind.ARCHIVED_LOG, date(2026, 6, 1))]
    assert "BTI" in found[0].source


def test_an_archived_log_is_due_for_review_when_its_newest_consent_lapses():
    consents = [
        make_consent(date(2026, 2, 1), date(2027, 1, 31)),
        make_consent(date(2026, 1, 1), date(2026, 12, 15)),
        make_consent(date(2026, 5, 1), date(2027, 4, 30), revoked_on=date(2026, 7, 1)),
    ]
    found = compute([_closed(Disposition.ARCHIVE, consents)], TODAY, horizon_days=90)
    assert [(d.kind, d.due_on) for d in found] == [(DeadlineKind.ARCHIVED_LOG, date(2027, 1, 31))]
    # 30 days ahead even with a shorter horizon, like a consent
    assert compute([_closed(Disposition.ARCHIVE, consents)], date(2027, 1, 2), horizon_days=7)
    assert compute([_closed(Disposition.ARCHIVE, consents)], date(2026, 12, 31), horizon_days=7) == []


def test_sorted_by_date_with_overdue_first_across_cases():
    decided = date(2026, 7, 30)
    a = case("Anna", municipal=MunicipalSteps(aware_on=date(2026, 7, 30),
                                              investigation_decided_on=decided))  # due 30.11
    b = case("Bo", municipal=MunicipalSteps(aware_on=date(2026, 7, 1),
                                            investigation_decided_on=decided))  # overdue 01.11
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
                     acknowledged_on=draw(st.none() | some_date),
                     parents_informed=draw(st.booleans()))
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


# -- several records of each kind: skipping one must not hide the rest (issue 17) -----------------


def targets(deadlines, kind: DeadlineKind) -> set[str | None]:
    return {d.target.uid for d in deadlines if d.kind is kind}


def test_a_closed_case_listed_first_does_not_hide_the_deadlines_of_the_cases_after_it():
    closure = CaseClosure(closed_on=date(2026, 6, 1), reasons=[ClosureReason.THRIVING],
                          explanation="Hans trives", disposition=Disposition.DESTROY,
                          closed_by=OLGA)  # destroyed: nothing of the log is left to remind of
    row = ActorRow(actor="Familiehuset", changed_on=date(2026, 10, 1), effort="Samtaler",
                   follow_up_on=date(2026, 11, 30))
    closed = case("Anna", closure=closure, actor_rows=[
        ActorRow(actor="Skolen", changed_on=date(2026, 5, 1), effort="Støtte",
                 follow_up_on=date(2026, 11, 30))])
    open_one = case("Bo", actor_rows=[row])
    other_closed = case("Cille", closure=closure)
    found = compute([closed, open_one, other_closed], TODAY)
    assert [(d.case_uid, d.kind, d.target.uid) for d in found] == [
        (open_one.uid, DeadlineKind.ACTOR_FOLLOW_UP, row.uid)
    ]


def test_one_acknowledged_underretning_does_not_hide_the_later_ones():
    def notification(made_on: date, acknowledged_on: date | None = None) -> Notification:
        return Notification(form=NotificationForm.AGE_0_6, made_on=made_on, notifier=OLGA,
                            acknowledged_on=acknowledged_on)

    done = notification(date(2026, 11, 2), acknowledged_on=date(2026, 11, 4))
    waiting = [notification(date(2026, 11, 9)), notification(date(2026, 11, 16))]
    also_done = notification(date(2026, 11, 17), acknowledged_on=date(2026, 11, 18))
    found = compute([case(notifications=[done, *waiting, also_done])], TODAY)
    assert targets(found, DeadlineKind.NOTIFICATION_ACKNOWLEDGEMENT) == {n.uid for n in waiting}


def test_an_actor_row_without_a_follow_up_does_not_hide_later_actors():
    without = ActorRow(actor="Børnehaven", changed_on=date(2026, 9, 1), effort="Ekstra voksen")
    with_dates = [
        ActorRow(actor="Familiehuset", changed_on=date(2026, 10, 1), effort="Samtaler",
                 follow_up_on=date(2026, 11, 20)),
        ActorRow(actor="PPR", changed_on=date(2026, 10, 15), effort="Test",
                 follow_up_on=date(2026, 12, 1)),
    ]
    found = compute([case(actor_rows=[without, *with_dates])], TODAY)
    assert targets(found, DeadlineKind.ACTOR_FOLLOW_UP) == {r.uid for r in with_dates}


def test_applied_agreements_of_one_meeting_do_not_hide_later_meetings_agreements():
    first = Meeting(
        starts_at=datetime(2026, 9, 1, 9, tzinfo=UTC), place="Børnehaven",
        agreements=[Agreement(who="Olga Jensen", what="Ringer til mor",
                              by_when=date(2026, 11, 20))],
    )
    second = Meeting(
        starts_at=datetime(2026, 10, 1, 9, tzinfo=UTC), place="Familiehuset",
        agreements=[Agreement(who="Arne Andersen", what="Sender brev"),  # no date: no deadline
                    Agreement(who="Kirsten Petersen", what="Besøger familien",
                              by_when=date(2026, 11, 26))],
    )
    third = Meeting(
        starts_at=datetime(2026, 11, 2, 9, tzinfo=UTC), place="Skolen",
        agreements=[Agreement(who="Lilly Hansen", what="Taler med lægen",
                              by_when=date(2026, 12, 3))],
    )
    applied = ActorRow(actor="Olga Jensen", changed_on=date(2026, 9, 1), effort="Ringer til mor",
                       from_meeting_uid=first.uid)
    found = compute([case(meetings=[first, second, third], actor_rows=[applied])], TODAY)
    agreements = [d for d in found if d.kind is DeadlineKind.AGREEMENT]
    assert {(d.target.uid, d.detail, d.due_on) for d in agreements} == {
        (second.uid, "Kirsten Petersen", date(2026, 11, 26)),
        (third.uid, "Lilly Hansen", date(2026, 12, 3)),
    }


def test_the_30_day_horizon_shows_day_30_and_not_day_31():
    def row(days: int) -> ActorRow:
        return ActorRow(actor=f"Aktør {days}", changed_on=date(2026, 10, 1), effort="Støtte",
                        follow_up_on=TODAY + timedelta(days=days))

    rows = [row(days) for days in (-1, 0, 29, 30, 31)]
    found = compute([case(actor_rows=rows)], TODAY)
    assert [(d.detail, d.status) for d in found] == [
        ("Aktør -1", DeadlineStatus.OVERDUE),
        ("Aktør 0", DeadlineStatus.DUE),
        ("Aktør 29", DeadlineStatus.UPCOMING),
        ("Aktør 30", DeadlineStatus.UPCOMING),
    ]
    assert [d.detail for d in compute([case(actor_rows=rows)], TODAY, horizon_days=29)] == [
        "Aktør -1", "Aktør 0", "Aktør 29"]


def test_a_renewed_consent_gets_its_own_expiry_reminder():
    old = make_consent(date(2025, 12, 1), date(2026, 12, 1))
    renewal = make_consent(date(2026, 11, 20), date(2027, 11, 20))
    for order in ([old, renewal], [renewal, old]):
        near_old_end = compute([case(consents=order)], TODAY)
        assert targets(near_old_end, DeadlineKind.CONSENT_EXPIRES) == set()
        near_renewal_end = compute([case(consents=order)], date(2027, 11, 1))
        assert targets(near_renewal_end, DeadlineKind.CONSENT_EXPIRES) == {renewal.uid}


def test_an_older_longer_and_a_newer_shorter_consent_do_not_renew_each_other():
    older_longer = make_consent(date(2026, 1, 5), date(2026, 12, 20))
    newer_shorter = make_consent(date(2026, 6, 1), date(2026, 12, 1))
    for order in ([older_longer, newer_shorter], [newer_shorter, older_longer]):
        found = compute([case(consents=order)], TODAY)
        assert targets(found, DeadlineKind.CONSENT_EXPIRES) == {
            older_longer.uid, newer_shorter.uid}


def test_each_review_date_counts_until_another_review_is_written_on_or_after_it():
    def review(written: date, due: date | None) -> LogEntry:
        return LogEntry(section=LogSection.REVIEW, entry_date=written, text="Tages op igen",
                        due_on=due)

    no_date = review(date(2026, 9, 1), None)
    handled = review(date(2026, 10, 1), date(2026, 11, 1))  # the 10.11 entry took it up
    open_late = review(date(2026, 10, 15), date(2026, 11, 20))  # nothing written since
    newest = review(date(2026, 11, 10), date(2026, 12, 1))
    for entries in ([no_date, handled, open_late, newest], [newest, open_late, handled, no_date]):
        found = compute([case(entries=entries)], TODAY)
        assert {(d.target.uid, d.status) for d in found if d.kind is DeadlineKind.REVIEW} == {
            (open_late.uid, DeadlineStatus.OVERDUE), (newest.uid, DeadlineStatus.UPCOMING)}
    # the newest review's own date is handled only by another entry, never by itself
    alone = review(date(2026, 11, 23), date(2026, 11, 23))
    assert targets(compute([case(entries=[alone])], TODAY), DeadlineKind.REVIEW) == {alone.uid}


def test_with_a_horizon_of_no_days_only_today_and_the_overdue_show():
    rows = [ActorRow(actor=f"Aktør {days}", changed_on=date(2026, 10, 1), effort="Støtte",
                     follow_up_on=TODAY + timedelta(days=days)) for days in (-1, 0, 1)]
    found = compute([case(actor_rows=rows)], TODAY, horizon_days=0)
    assert [d.detail for d in found] == ["Aktør -1", "Aktør 0"]


def test_deadlines_on_one_day_are_listed_by_child_name_whatever_the_case():
    def with_follow_up(name: str) -> Case:
        return case(name, actor_rows=[ActorRow(actor="Skolen", changed_on=date(2026, 10, 1),
                                               effort="Støtte", follow_up_on=TODAY)])

    cases = [with_follow_up(name) for name in ("Bo", "anna", "Cille", "Anna", "bo")]
    for order in (cases, list(reversed(cases))):
        names = [d.child_name for d in compute(order, TODAY)]
        assert [n.casefold() for n in names] == ["anna", "anna", "bo", "bo", "cille"]


def test_only_a_later_signed_and_longer_consent_counts_as_a_renewal():
    first = make_consent(date(2026, 1, 5), date(2026, 12, 10))
    same_day_longer = make_consent(date(2026, 1, 5), date(2026, 12, 20))
    later_same_end = make_consent(date(2026, 6, 1), date(2026, 12, 10))
    for others in ([same_day_longer], [later_same_end]):
        found = compute([case(consents=[first, *others])], TODAY)
        assert targets(found, DeadlineKind.CONSENT_EXPIRES) == {first.uid} | {c.uid for c in others}


def test_a_review_date_is_handled_by_an_earlier_written_entry_made_after_that_date():
    handled_late = LogEntry(section=LogSection.REVIEW, entry_date=date(2026, 11, 20),
                            text="Skrevet ind bagefter", due_on=date(2026, 11, 5))
    taken_up = LogEntry(section=LogSection.REVIEW, entry_date=date(2026, 11, 10),
                        text="Taget op igen")
    assert targets(compute([case(entries=[handled_late, taken_up])], TODAY),
                   DeadlineKind.REVIEW) == set()


# -- the day itself: a rule's date counts on that very day (issue 17) -----------------------------


def test_an_underretning_made_the_same_day_as_the_placement_answers_its_duty():
    placed = _placement(ScaleKind.CHILD, 4, date(2026, 11, 10))
    same_day = Notification(form=NotificationForm.AGE_6_18, made_on=date(2026, 11, 10),
                            notifier=OLGA, parents_informed=True,
                            acknowledged_on=date(2026, 11, 11))
    day_before = Notification(form=NotificationForm.AGE_6_18, made_on=date(2026, 11, 9),
                              notifier=OLGA, parents_informed=True,
                              acknowledged_on=date(2026, 11, 10))
    assert kinds(compute([case(assessments=[placed], notifications=[same_day])], TODAY)) == []
    assert kinds(compute([case(assessments=[placed], notifications=[day_before])], TODAY)) == [
        DeadlineKind.NOTIFICATION_DUTY]


def test_a_consent_lasting_until_the_day_of_niveau_2_covers_it_and_one_day_less_does_not():
    levels = [LevelChange(on=date(2026, 11, 2), level=Level.TWO)]
    until_that_day = make_consent(date(2026, 1, 5), date(2026, 11, 2))
    day_before = make_consent(date(2026, 1, 5), date(2026, 11, 1))
    assert DeadlineKind.LEVEL_TWO_CONSENT not in kinds(
        compute([case(levels=levels, consents=[until_that_day])], TODAY))
    assert DeadlineKind.LEVEL_TWO_CONSENT in kinds(
        compute([case(levels=levels, consents=[day_before])], TODAY))


def test_back_at_niveau_2_the_consent_must_hold_from_the_latest_move():
    # niveau 2 in March, back to 1 in May, niveau 2 again on 02.11: a consent that ended in
    # October covered the first time only.
    levels = [LevelChange(on=date(2026, 3, 2), level=Level.TWO),
              LevelChange(on=date(2026, 5, 4), level=Level.ONE),
              LevelChange(on=date(2026, 11, 2), level=Level.TWO)]
    ended = make_consent(date(2026, 3, 2), date(2026, 10, 30))
    found = compute([case(levels=levels, consents=[ended])], TODAY)
    assert [(d.kind, d.due_on) for d in found if d.kind is DeadlineKind.LEVEL_TWO_CONSENT] == [
        (DeadlineKind.LEVEL_TWO_CONSENT, date(2026, 11, 2))]


def test_a_follow_up_held_the_day_the_help_started_counts():
    # counted: the next one is 2 months after it (01.11, overdue), not the first follow-up
    # 3 months after the help started (01.12)
    steps = MunicipalSteps(help_started_on=date(2026, 9, 1), follow_up_every_months=2,
                           action_plan_followups=[date(2026, 9, 1)])
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 11, 1)]
    steps.action_plan_followups = [date(2026, 8, 31)]  # before the help: not a follow-up of it
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 1)]


def test_an_investigation_finished_the_day_the_help_started_brings_the_first_follow_up():
    steps = MunicipalSteps(help_started_on=date(2026, 9, 1), investigation_decided_on=date(2026, 8, 1),
                           investigation_done_on=date(2026, 9, 1))
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 9, 1)]
    steps.investigation_done_on = date(2026, 8, 31)  # the day before: not alongside the help
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 1)]


def test_a_monthly_cadence_counts_and_a_cadence_of_no_months_means_decide_it_now():
    steps = MunicipalSteps(help_started_on=date(2026, 5, 1), follow_up_every_months=1,
                           action_plan_followups=[date(2026, 11, 2)])
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 12, 2)]
    steps.follow_up_every_months = 0
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 11, 2)]


def test_the_newest_meeting_is_found_by_its_moment_also_beside_an_old_import_without_zone():
    # 10:30 in Copenhagen (UTC+1) is 09:30 UTC: the meeting stored without a zone (an old
    # import, read as UTC) at 10:00 is the newer one, and its next date is the one shown.
    copenhagen = timezone(timedelta(hours=1))
    zoned = Meeting(starts_at=datetime(2026, 11, 2, 10, 30, tzinfo=copenhagen), place="Skolen",
                    next_meeting_on=date(2026, 12, 1))
    naive = Meeting(starts_at=datetime(2026, 11, 2, 10, 0), place="Skolen",
                    next_meeting_on=date(2026, 12, 3))
    for meetings in ([zoned, naive], [naive, zoned]):
        found = compute([case(meetings=meetings)], TODAY)
        assert [(d.kind, d.target.uid, d.due_on) for d in found] == [
            (DeadlineKind.NEXT_MEETING, naive.uid, date(2026, 12, 3))]


def test_one_item_is_shown_30_days_ahead_by_default_and_not_31():
    from app.domain.deadlines import DeadlineItem, DeadlineTarget, make_deadline

    def item(days: int) -> DeadlineItem:
        return DeadlineItem(kind=DeadlineKind.REVIEW, due_on=TODAY + timedelta(days=days),
                            target=DeadlineTarget(record="entry", uid="e"))

    shown = make_deadline("c", "Hans", item(30), TODAY)
    assert shown is not None and shown.status is DeadlineStatus.UPCOMING
    assert make_deadline("c", "Hans", item(31), TODAY) is None


def test_the_newest_review_is_not_handled_by_itself_when_it_was_written_after_its_own_date():
    # Written on 20.11 about taking it up again on 15.11 (entered late): only ANOTHER review on
    # or after 15.11 handles it, and the other one is from 01.11.
    older = LogEntry(section=LogSection.REVIEW, entry_date=date(2026, 11, 1), text="Første")
    late = LogEntry(section=LogSection.REVIEW, entry_date=date(2026, 11, 20), text="Skrevet sent",
                    due_on=date(2026, 11, 15))
    for entries in ([older, late], [late, older]):
        found = compute([case(entries=entries)], TODAY)
        assert [(d.kind, d.target.uid, d.status) for d in found] == [
            (DeadlineKind.REVIEW, late.uid, DeadlineStatus.OVERDUE)]


def test_an_impossible_scale_category_does_not_hide_the_later_placements_duty():
    # category 9 cannot be on the scale (refused on import): skipped, and the next one counts
    placements = [_placement(ScaleKind.CHILD, 9, date(2026, 11, 10)),
                  _placement(ScaleKind.CHILD, 4, date(2026, 11, 12))]
    found = compute([case(assessments=placements)], TODAY)
    assert [(d.kind, d.due_on) for d in found] == [(DeadlineKind.NOTIFICATION_DUTY, date(2026, 11, 12))]


def test_without_a_decided_cadence_the_next_follow_up_is_due_on_the_latest_one_held():
    steps = MunicipalSteps(help_started_on=date(2026, 5, 1),
                           action_plan_followups=[date(2026, 10, 1), date(2026, 8, 1)])
    assert [d.due_on for d in compute([case(municipal=steps)], TODAY)] == [date(2026, 10, 1)]
