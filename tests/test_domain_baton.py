"""The baton: exactly one holder until closing, and a handover only counts once it is accepted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.baton import BatonState, eye_on_child_at, holder_on
from app.domain.closing import validate_closure
from app.domain.messages import RuleViolation
from app.domain.records import (
    BatonEvent,
    BatonEventKind,
    CaseClosure,
    ClosureReason,
    Disposition,
    EyeOnChild,
    Person,
)

OLGA = Person(name="Olga Jensen", organisation="Børnehaven Solsikken", role="stuepædagog")
ARNE = Person(name="Arne Andersen", organisation="Familieafdelingen", role="sagsbehandler")
KIRSTEN = Person(name="Kirsten Petersen", organisation="Familiehuset")
D0 = date(2007, 9, 6)


def started() -> tuple[BatonState, list[BatonEvent]]:
    event = BatonState().create(OLGA, D0)
    return BatonState.from_events([event]), [event]


def closure(**changes) -> CaseClosure:
    values = dict(
        closed_on=date(2008, 6, 1),
        reasons=[ClosureReason.THRIVING, ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER],
        explanation="Hans trives i børnehaven, og mor er i behandling.",
        disposition=Disposition.ARCHIVE,
        closed_by=OLGA,  # the holder
    )
    values.update(changes)
    return CaseClosure(**values)


def test_the_old_holder_keeps_the_baton_until_the_offer_is_accepted():
    state, events = started()
    offer = state.offer(ARNE, D0 + timedelta(days=5))
    events.append(offer)
    state = BatonState.from_events(events)
    assert state.holder == OLGA and state.offered_to == ARNE
    events.append(state.accept(Person(name="  arne  andersen "), D0 + timedelta(days=7)))
    state = BatonState.from_events(events)
    assert state.holder.name == "  arne  andersen " and state.offered_to is None
    assert state.holder_since == D0 + timedelta(days=7)


def test_a_declined_or_withdrawn_offer_leaves_the_holder_in_place():
    state, events = started()
    events.append(state.offer(ARNE, D0))
    state = BatonState.from_events(events)
    events.append(state.decline(ARNE, D0, note="Har ikke tid nu"))
    state = BatonState.from_events(events)
    assert state.holder == OLGA and state.offered_to is None
    events.append(state.offer(KIRSTEN, D0))
    state = BatonState.from_events(events)
    events.append(state.withdraw(D0))
    state = BatonState.from_events(events)
    assert state.holder == OLGA and state.offered_to is None


def test_only_one_offer_at_a_time():
    state, events = started()
    state = state.apply(state.offer(ARNE, D0))
    with pytest.raises(RuleViolation, match="Arne Andersen"):
        state.offer(KIRSTEN, D0)


def test_the_baton_cannot_be_offered_to_its_holder():
    state, _ = started()
    with pytest.raises(RuleViolation, match="har allerede stafetten"):
        state.offer(Person(name="OLGA JENSEN"), D0)


def test_accepting_needs_an_offer_to_that_very_person():
    state, _ = started()
    with pytest.raises(RuleViolation, match="ikke tilbudt"):
        state.accept(ARNE, D0)
    state = state.apply(state.offer(ARNE, D0))
    with pytest.raises(RuleViolation, match="Kun Arne Andersen"):
        state.accept(KIRSTEN, D0)
    with pytest.raises(RuleViolation):
        state.decline(KIRSTEN, D0)


def test_withdrawing_needs_an_open_offer():
    state, _ = started()
    with pytest.raises(RuleViolation, match="intet tilbud"):
        state.withdraw(D0)


def test_nothing_happens_to_the_baton_after_closing():
    state, _ = started()
    state = state.apply(state.offer(ARNE, D0))
    state = state.apply(state.close(closure()))
    assert state.closed and state.offered_to is None
    assert holder_on([], D0) is None
    for action in (
        lambda: state.offer(KIRSTEN, date(2008, 7, 1)),
        lambda: state.accept(ARNE, date(2008, 7, 1)),
        lambda: state.withdraw(date(2008, 7, 1)),
        lambda: state.close(closure(closed_on=date(2008, 7, 1))),
    ):
        with pytest.raises(RuleViolation, match="afsluttet"):
            action()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reasons": []}, "mindst én grund"),
        ({"explanation": "   "}, "hvorfor"),
        ({"closed_by": Person(name="")}, "hvem der afslutter"),
        ({"disposition": "shred"}, "arkiveres eller slettes"),
    ],
)
def test_closing_needs_a_reason_an_explanation_and_a_disposition(changes, message):
    state, _ = started()
    with pytest.raises(RuleViolation, match=message):
        state.close(closure(**changes))


def test_only_the_holder_closes_the_log():
    state, _ = started()
    with pytest.raises(RuleViolation, match="Kun stafetholderen"):
        state.close(closure(closed_by=KIRSTEN))
    state = state.apply(state.offer(ARNE, D0))
    with pytest.raises(RuleViolation, match="Kun stafetholderen"):
        state.close(closure(closed_by=ARNE))  # offered, not yet accepted: not the holder
    state = state.apply(state.accept(ARNE, D0 + timedelta(days=1)))
    with pytest.raises(RuleViolation, match="Kun stafetholderen"):
        state.close(closure(closed_by=OLGA))  # the former holder has let go
    assert state.close(closure(closed_by=ARNE)).person == ARNE


@pytest.mark.parametrize(
    "reasons",
    [
        [ClosureReason.THRIVING],
        [ClosureReason.THRIVING, ClosureReason.LOW_RISK],
        [ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER],
        [ClosureReason.THRIVING, ClosureReason.DECIDED_TOGETHER],
        [ClosureReason.OTHER],
        [ClosureReason.THRIVING, ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER,
         ClosureReason.OTHER],
    ],
)
def test_closing_needs_all_three_bti_conditions_and_nothing_else(reasons):
    state, _ = started()
    with pytest.raises(RuleViolation, match="alle tre"):
        state.close(closure(reasons=reasons))


def test_a_family_that_moves_gets_a_new_holder_not_a_closed_log():
    state, _ = started()
    for reasons in (
        [ClosureReason.MOVED],
        [ClosureReason.THRIVING, ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER,
         ClosureReason.MOVED],
    ):
        with pytest.raises(RuleViolation, match="ny stafetholder"):
            state.close(closure(reasons=reasons))


def test_closing_cannot_be_dated_before_the_log_was_created():
    with pytest.raises(RuleViolation, match="før den er oprettet"):
        validate_closure(closure(closed_on=date(2007, 1, 1)), created_on=D0)


def test_a_log_has_one_creation_and_nothing_comes_before_it():
    state, _ = started()
    with pytest.raises(RuleViolation, match="allerede en stafetholder"):
        state.create(ARNE, D0)
    with pytest.raises(RuleViolation, match="ingen stafetholder"):
        BatonState().offer(ARNE, D0)
    with pytest.raises(RuleViolation):
        BatonState.from_events([BatonEvent(kind=BatonEventKind.ACCEPTED, on=D0, person=ARNE)])


def test_events_cannot_go_back_in_time():
    state, _ = started()
    with pytest.raises(RuleViolation, match="06.09.2007"):
        state.offer(ARNE, D0 - timedelta(days=1))


def test_a_stored_history_that_breaks_the_rules_is_refused_on_replay():
    events = [
        BatonEvent(kind=BatonEventKind.CREATED, on=D0, person=OLGA),
        BatonEvent(kind=BatonEventKind.OFFERED, on=D0, person=ARNE),
        BatonEvent(kind=BatonEventKind.ACCEPTED, on=D0, person=KIRSTEN),
    ]
    with pytest.raises(RuleViolation):
        BatonState.from_events(events)


def test_holder_on_a_date_follows_the_history():
    state, events = started()
    state = state.apply(events_append(events, state.offer(ARNE, date(2007, 10, 1))))
    state = state.apply(events_append(events, state.accept(ARNE, date(2007, 10, 3))))
    assert holder_on(events, date(2007, 10, 2)) == OLGA
    assert holder_on(events, date(2007, 10, 3)) == ARNE
    assert holder_on(events, date(2007, 9, 1)) is None


def events_append(events: list[BatonEvent], event: BatonEvent) -> BatonEvent:
    events.append(event)
    return event


def test_eye_on_child_is_the_latest_assignment_up_to_the_date():
    history = [
        EyeOnChild(since=date(2007, 9, 6), person=OLGA),
        EyeOnChild(since=date(2008, 1, 15), person=KIRSTEN),
    ]
    assert eye_on_child_at(history, date(2007, 9, 5)) is None
    assert eye_on_child_at(history, date(2007, 12, 31)) == OLGA
    assert eye_on_child_at(list(reversed(history)), date(2008, 1, 15)) == KIRSTEN


# -- property: random sequences of actions ---------------------------------------------------------

PEOPLE = [OLGA, ARNE, KIRSTEN, Person(name="Lilly Hansen")]
action = st.tuples(
    st.sampled_from(["offer", "accept", "decline", "withdraw", "close"]),
    st.sampled_from(PEOPLE),
    st.integers(min_value=-2, max_value=10),  # days after the previous action (may go back)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(action, max_size=30))
def test_always_exactly_one_holder_until_closed_and_it_changes_only_on_acceptance(actions):
    state, events = started()
    on = D0
    for name, person, step in actions:
        on = on + timedelta(days=step)
        before = state
        try:
            if name == "offer":
                event = state.offer(person, on)
            elif name in ("accept", "decline"):
                event = getattr(state, name)(person, on)
            elif name == "withdraw":
                event = state.withdraw(on)
            else:
                event = state.close(closure(closed_on=on, closed_by=person))
        except RuleViolation:
            assert state == before  # a refused action changes nothing
            continue
        if event.kind is BatonEventKind.CLOSED:
            assert event.person == before.holder  # only the holder ever closes
        state = state.apply(event)
        events.append(event)
        if not state.closed:
            assert state.holder is not None
        if state.holder != before.holder:
            assert event.kind is BatonEventKind.ACCEPTED
            assert before.offered_to is not None and state.holder == before.offered_to
        if state.offered_to is not None:
            assert state.holder.name.casefold() != state.offered_to.name.casefold()
    assert BatonState.from_events(events) == state  # the stored history replays to the same state


# -- every refusal with its Danish message, and replays that break the rules (issue 17) ------------


def test_someone_never_offered_the_baton_cannot_decline_it_in_a_replayed_history():
    events = [
        BatonEvent(kind=BatonEventKind.CREATED, on=D0, person=OLGA),
        BatonEvent(kind=BatonEventKind.OFFERED, on=D0, person=ARNE),
        BatonEvent(kind=BatonEventKind.DECLINED, on=D0, person=KIRSTEN),
    ]
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events(events)
    assert str(caught.value) == (
        "Stafetten er tilbudt til Arne Andersen. Kun Arne Andersen kan svare på tilbuddet."
    )


def test_a_replayed_decline_or_withdrawal_without_an_offer_is_refused():
    created = BatonEvent(kind=BatonEventKind.CREATED, on=D0, person=OLGA)
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events(
            [created, BatonEvent(kind=BatonEventKind.DECLINED, on=D0, person=ARNE)]
        )
    assert str(caught.value) == (
        "Stafetten er ikke tilbudt til nogen. Stafetholderen skal tilbyde den først."
    )
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events(
            [created, BatonEvent(kind=BatonEventKind.WITHDRAWN, on=D0, person=ARNE)]
        )
    assert str(caught.value) == "Der er intet tilbud om stafetten at trække tilbage."


def test_a_replayed_history_with_events_after_closing_or_back_in_time_is_refused():
    created = BatonEvent(kind=BatonEventKind.CREATED, on=D0, person=OLGA)
    closed = BatonEvent(kind=BatonEventKind.CLOSED, on=D0 + timedelta(days=30), person=OLGA)
    state = BatonState.from_events([created, closed])
    assert state.closed and state.closed_on == D0 + timedelta(days=30)
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events(
            [created, closed, BatonEvent(kind=BatonEventKind.CLOSED, on=date(2008, 1, 1),
                                         person=OLGA)]
        )
    assert str(caught.value) == "Stafetloggen er afsluttet. Stafetten kan ikke gives videre."
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events(
            [created, BatonEvent(kind=BatonEventKind.CLOSED, on=D0 - timedelta(days=1),
                                 person=OLGA)]
        )
    assert str(caught.value) == (
        "Datoen ligger før den seneste ændring af stafetten (06.09.2007). Ret datoen."
    )
    with pytest.raises(RuleViolation) as caught:
        BatonState.from_events([created, created])
    assert str(caught.value) == "Stafetloggen har allerede en stafetholder."


def test_an_event_on_the_same_day_as_the_last_one_is_fine():
    state, _ = started()
    state = state.apply(state.offer(ARNE, D0))
    state = state.apply(state.accept(ARNE, D0))
    assert state.holder == ARNE and state.holder_since == D0


def test_every_refused_action_says_why_in_danish():
    state, _ = started()
    with pytest.raises(RuleViolation) as caught:
        BatonState().create(Person(name="  "), D0)
    assert str(caught.value) == "Skriv navnet på personen."
    with pytest.raises(RuleViolation) as caught:
        state.offer(Person(name=" \t"), D0)
    assert str(caught.value) == "Skriv navnet på personen."
    with pytest.raises(RuleViolation) as caught:
        state.offer(Person(name="olga  jensen"), D0)
    assert str(caught.value) == "olga  jensen har allerede stafetten."
    with pytest.raises(RuleViolation) as caught:
        BatonState().offer(ARNE, D0)
    assert str(caught.value) == "Stafetloggen har endnu ingen stafetholder."
    offered = state.apply(state.offer(ARNE, D0))
    with pytest.raises(RuleViolation) as caught:
        offered.offer(KIRSTEN, D0)
    assert str(caught.value) == (
        "Stafetten er allerede tilbudt til Arne Andersen. Vent på svar, eller træk "
        "tilbuddet tilbage først."
    )
    with pytest.raises(RuleViolation) as caught:
        offered.decline(KIRSTEN, D0)
    assert str(caught.value) == (
        "Stafetten er tilbudt til Arne Andersen. Kun Arne Andersen kan svare på tilbuddet."
    )
    with pytest.raises(RuleViolation) as caught:
        state.decline(ARNE, D0)
    assert str(caught.value) == (
        "Stafetten er ikke tilbudt til nogen. Stafetholderen skal tilbyde den først."
    )


def test_the_withdrawal_names_the_person_who_was_offered_the_baton():
    state, _ = started()
    state = state.apply(state.offer(ARNE, D0))
    event = state.withdraw(D0 + timedelta(days=1), note="Forkert person")
    assert event.kind is BatonEventKind.WITHDRAWN and event.person == ARNE
    assert state.apply(event).last_on == D0 + timedelta(days=1)


def test_nobody_holds_the_baton_after_the_log_is_closed():
    state, events = started()
    events.append(state.close(closure()))
    assert holder_on(events, date(2008, 5, 31)) == OLGA
    assert holder_on(events, date(2008, 6, 1)) is None


def test_a_new_eye_on_child_assignment_on_the_same_day_replaces_the_earlier_one():
    history = [
        EyeOnChild(since=date(2008, 1, 15), person=OLGA),
        EyeOnChild(since=date(2008, 1, 15), person=KIRSTEN),
    ]
    assert eye_on_child_at(history, date(2008, 1, 15)) == KIRSTEN
    assert eye_on_child_at(history, date(2008, 1, 14)) is None


def test_closing_refusals_give_their_full_danish_message():
    state, _ = started()
    expected = [
        ({"reasons": []}, "Vælg mindst én grund til at afslutte stafetloggen, for eksempel at "
                          "barnet trives igen."),
        ({"reasons": ["thriving", "bored"]}, "Grunden til afslutningen er ukendt."),
        ({"explanation": "\n"}, "Skriv kort, hvorfor stafetloggen afsluttes, så forældrene kan "
                                "læse det."),
        ({"closed_by": Person(name=" ")}, "Skriv hvem der afslutter stafetloggen."),
        ({"disposition": "shred"}, "Vælg om stafetloggen skal arkiveres eller slettes."),
    ]
    for changes, message in expected:
        with pytest.raises(RuleViolation) as caught:
            state.close(closure(**changes))
        assert str(caught.value) == message
    with pytest.raises(RuleViolation) as caught:
        validate_closure(closure(closed_on=D0 - timedelta(days=1)), created_on=D0)
    assert str(caught.value) == "Stafetloggen kan ikke afsluttes, før den er oprettet. Ret datoen."


def test_a_log_may_be_closed_on_the_day_it_was_created_with_reasons_given_as_text():
    as_text = [reason.value for reason in closure().reasons]  # as a stored case gives them
    validate_closure(closure(closed_on=D0, reasons=as_text), created_on=D0)
    state, _ = started()
    assert state.apply(state.close(closure(closed_on=D0))).closed_on == D0
