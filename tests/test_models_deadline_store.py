"""The stored deadlines (case_deadlines) and the list columns always equal a full recomputation
from the records, whatever sequence of writes came before; the case list reads in windows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.domain import deadlines
from app.domain import records as r
from app.domain.messages import UserError
from app.models import summary
from app.models.service import STALE_DEADLINES, CaseService
from tests.fixtures_models import ARNE, OLGA

TODAY = date(2026, 3, 10)
DAYS = st.integers(min_value=-120, max_value=400).map(lambda n: TODAY + timedelta(days=n))
MAYBE_DAY = st.none() | DAYS


def _new_case(svc: CaseService, name: str) -> int:
    return svc.create_case(r.Child(name=name), OLGA, created_on=date(2025, 9, 1))


def _newest(svc: CaseService, case_id: int, attr: str) -> object | None:
    found = getattr(svc.load(case_id), attr)
    return found[-1] if found else None


# Each step is one service write as the GUI makes it; a write the rules refuse changes nothing,
# which the comparison at the end checks as well.
def _entry(svc, case_id, section, on, due):  # noqa: ANN001
    svc.add_entry(
        case_id,
        r.LogEntry(section=section, entry_date=on, text="Vi taler sammen.", author="Olga Jensen",
                   due_on=due if section is r.LogSection.REVIEW else None),
    )


def _revise(svc, case_id, on, due):  # noqa: ANN001
    entry = _newest(svc, case_id, "entries")
    if entry is not None:
        svc.revise_entry(
            case_id, entry.uid,
            r.LogEntry(section=entry.section, entry_date=on, text="Rettet.", author="Olga Jensen",
                       due_on=due if entry.section is r.LogSection.REVIEW else None),
        )


def _actor(svc, case_id, on, due):  # noqa: ANN001
    svc.add_actor_row(
        case_id, r.ActorRow(actor="Familiehuset", changed_on=on, effort="Samtaler",
                            follow_up_on=due, follow_up_by="Kirsten Petersen"),
    )


def _consent(svc, case_id, on, due):  # noqa: ANN001
    svc.save_consent(
        case_id,
        r.Consent(
            purpose="Samarbejde om Hans",
            signed_on=on,
            valid_until=due or on + timedelta(days=300),
            givers=[r.ConsentGiver(name="Lilly Hansen", relation="mor", signed_on=on,
                                   signature_png=None)],
            parties=[r.ConsentParty(kind=list(r.PartyKind)[0], name="Arne Andersen")],
        ),
    )


def _revoke(svc, case_id, on, _due):  # noqa: ANN001
    consent = _newest(svc, case_id, "consents")
    if consent is not None:
        svc.revoke_consent(case_id, consent.uid, on)


def _notification(svc, case_id, on, due):  # noqa: ANN001
    svc.save_notification(
        case_id,
        r.Notification(form=r.NotificationForm.AGE_0_6, made_on=on, notifier=OLGA,
                       acknowledged_on=due, parents_informed=True),  # no "tell the parents" item
    )


def _meeting(svc, case_id, on, due):  # noqa: ANN001
    svc.save_meeting(
        case_id,
        r.Meeting(
            starts_at=datetime.combine(on, datetime.min.time(), tzinfo=UTC),
            place="Børnehaven",
            next_meeting_on=due,
            agreements=[r.Agreement(who="Arne Andersen", what="Ringer til far", by_when=due)],
        ),
    )


def _apply(svc, case_id, _on, _due):  # noqa: ANN001
    meeting = _newest(svc, case_id, "meetings")
    if meeting is not None:
        svc.apply_agreements(case_id, meeting.uid)


def _municipal(svc, case_id, on, due):  # noqa: ANN001
    svc.save_municipal_steps(
        case_id,
        r.MunicipalSteps(aware_on=on, investigation_decided_on=on, investigation_done_on=due,
                         action_plan_on=on, violence_or_abuse_suspected=True,
                         police_or_hospital_involved=due is None),
    )


def _baton(svc, case_id, on, _due):  # noqa: ANN001
    svc.offer_baton(case_id, ARNE, on)
    svc.accept_baton(case_id, on, ARNE)


def _retract(svc, case_id, _on, _due):  # noqa: ANN001
    for attr in ("actor_rows", "entries", "consents"):
        newest = _newest(svc, case_id, attr)
        if newest is not None:
            svc.retract(case_id, newest.uid)
            return


def _close(svc, case_id, on, _due):  # noqa: ANN001
    case = svc.load(case_id)
    holder = summary.holder_of(case)
    svc.close_case(
        case_id,
        r.CaseClosure(closed_on=max(on, date(2025, 9, 1)), reasons=[r.ClosureReason.THRIVING, r.ClosureReason.LOW_RISK,
                               r.ClosureReason.DECIDED_TOGETHER],
                      explanation="Hans trives.", disposition=r.Disposition.ARCHIVE,
                      closed_by=r.Person(name=holder or "Olga Jensen")),
    )


WRITES = [_entry, _revise, _actor, _consent, _revoke, _notification, _meeting, _apply,
          _municipal, _baton, _retract, _close]
STEP = st.tuples(
    st.sampled_from(WRITES),
    st.integers(min_value=0, max_value=2),  # which case
    st.sampled_from(list(r.LogSection)),
    DAYS,
    MAYBE_DAY,
)


def _assert_stored_equals_recomputed(svc: CaseService, ids: list[int], today: date) -> None:
    whole = [svc.load(case_id) for case_id in ids]
    expected = deadlines.compute(whole, today)
    stored = svc.deadlines(today)
    assert sorted(map(repr, stored)) == sorted(map(repr, expected))
    assert [d.due_on for d in stored] == sorted(d.due_on for d in stored)
    counts = svc.deadline_counts(today)
    for status in deadlines.DeadlineStatus:
        assert counts.get(status.value, 0) == sum(d.status is status for d in expected)
    listed = {c.id: c for c in svc.list_cases()}
    for case_id, case in zip(ids, whole, strict=True):
        columns = summary.columns_for(case)
        row = listed[case_id]
        assert row.holder == columns["holder_name"]
        assert int(row.level) == columns["level"]
        assert (row.next_deadline.on if row.next_deadline else None) == columns["next_deadline_on"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=12), today=DAYS)
def test_stored_deadlines_equal_a_full_recomputation_after_any_writes(vault, steps, today):
    svc = CaseService(vault, actor="Olga Jensen")
    with vault.session() as s:  # the vault is shared by the examples: start each one empty
        s.execute(text("DELETE FROM cases"))
    ids = [_new_case(svc, name) for name in ("Hans Hansen", "Sofie Nielsen", "Ali Berg")]
    for write, which, section, on, due in steps:
        case_id = ids[which]
        try:
            if write is _entry:
                write(svc, case_id, section, on, due)
            else:
                write(svc, case_id, on, due)
        except UserError:
            pass  # refused by the rules: nothing may have changed, checked below
    _assert_stored_equals_recomputed(svc, ids, today)


def test_an_ordinary_entry_leaves_the_stored_deadlines_alone_and_a_review_date_moves_them(
    svc, case_id
):
    before = svc.deadlines(TODAY)
    _entry(svc, case_id, r.LogSection.DECISION, TODAY, None)
    assert svc.deadlines(TODAY) == before
    _entry(svc, case_id, r.LogSection.REVIEW, TODAY, TODAY + timedelta(days=5))
    (review,) = [d for d in svc.deadlines(TODAY) if d.kind is deadlines.DeadlineKind.REVIEW]
    assert review.due_on == TODAY + timedelta(days=5)
    (row,) = svc.list_cases()
    assert row.next_deadline is not None and row.next_deadline.on == TODAY + timedelta(days=5)


def test_a_stale_table_is_rebuilt_from_the_records_before_it_is_read(svc, case_id, vault):
    _actor(svc, case_id, TODAY, TODAY + timedelta(days=3))
    assert len(svc.deadlines(TODAY)) == 1  # the new vault's first read clears the mark
    with vault.session() as s:
        s.execute(text("DELETE FROM case_deadlines"))
    assert svc.deadlines(TODAY) == []  # what an upgraded vault holds before its first rebuild
    vault.settings_set(STALE_DEADLINES, True)
    (found,) = svc.deadlines(TODAY)
    assert found.kind is deadlines.DeadlineKind.ACTOR_FOLLOW_UP
    assert vault.settings_get(STALE_DEADLINES) is False


def test_rebuild_restores_a_damaged_table(svc, case_id, vault):
    _actor(svc, case_id, TODAY, TODAY + timedelta(days=3))
    _notification(svc, case_id, TODAY, None)
    expected = svc.deadlines(TODAY)
    with vault.session() as s:
        s.execute(text("DELETE FROM case_deadlines"))
    assert svc.rebuild_deadlines() == 1
    assert svc.deadlines(TODAY) == expected
    assert len(expected) == 2


def test_deadline_pages_join_up_to_the_whole_list(svc):
    ids = [_new_case(svc, f"Barn {n:02d}") for n in range(7)]
    for n, case_id in enumerate(ids):
        _actor(svc, case_id, TODAY, TODAY + timedelta(days=n % 3))
        _notification(svc, case_id, TODAY - timedelta(days=n), None)
    whole = svc.deadline_page(TODAY)
    assert len(whole) == 14
    pages = [svc.deadline_page(TODAY, offset=o, limit=4) for o in range(0, 16, 4)]
    assert [pair for page in pages for pair in page] == whole
    assert {case_id for case_id, _d in whole} == set(ids)
    by_uid = {c.uid: c.id for c in svc.list_cases()}
    assert all(by_uid[d.case_uid] == case_id for case_id, d in whole)


def test_case_list_windows_join_up_to_the_whole_list_open_cases_first(svc):
    ids = [_new_case(svc, name) for name in ("Åse Berg", "Bo Ahl", "Ali Berg", "Carl Dam")]
    _close(svc, ids[2], TODAY, None)  # Ali Berg: closed, so listed after the open ones
    whole = svc.list_cases()
    assert [c.child_name for c in whole] == ["Bo Ahl", "Carl Dam", "Åse Berg", "Ali Berg"]
    windows = [svc.list_cases(offset=o, limit=3) for o in (0, 3, 6)]
    assert [c for w in windows for c in w] == whole
    assert svc.count_cases() == 4
    assert svc.count_cases("berg") == 2
    assert [c.child_name for c in svc.list_cases("berg", limit=1)] == ["Åse Berg"]


def test_the_case_list_order_is_served_by_an_index_not_a_sort(vault, svc):
    _new_case(svc, "Hans Hansen")
    with vault.read_session() as s:
        plan = s.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM cases "
                "ORDER BY list_group, name_key, id LIMIT 100"
            )
        ).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_cases_list_order" in details
    assert "TEMP B-TREE" not in details


@given(
    dates=st.lists(
        st.tuples(DAYS, MAYBE_DAY), min_size=0, max_size=8
    )
)
def test_review_items_are_handled_by_any_other_later_review(dates):
    """The linear rule gives what the plain definition says: handled once ANOTHER review entry
    is dated on or after the review date."""
    entries = [
        r.LogEntry(section=r.LogSection.REVIEW, entry_date=on, text="x", author="a", due_on=due)
        for on, due in dates
    ]
    case = r.Case(child=r.Child(name="Hans Hansen"), created_by=OLGA, created_on=date(2025, 1, 1),
                  entries=entries)
    got = {i.target.uid for i in deadlines.case_items(case)
           if i.kind is deadlines.DeadlineKind.REVIEW}
    expected = {
        e.uid
        for e in entries
        if e.due_on is not None
        and not any(o.uid != e.uid and o.entry_date >= e.due_on for o in entries)
    }
    assert got == expected


@pytest.mark.parametrize("section", [r.LogSection.DECISION, r.LogSection.GOAL])
def test_a_revised_review_entry_moved_to_another_section_drops_its_deadline(svc, case_id, section):
    _entry(svc, case_id, r.LogSection.REVIEW, TODAY, TODAY + timedelta(days=4))
    (entry,) = svc.load(case_id).entries
    svc.revise_entry(
        case_id, entry.uid,
        r.LogEntry(section=section, entry_date=TODAY, text="Flyttet.", author="Olga Jensen"),
    )
    expected = deadlines.compute([svc.load(case_id)], TODAY)
    assert svc.deadlines(TODAY) == expected
