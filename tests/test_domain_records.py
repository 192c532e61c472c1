"""The derived views on the record dataclasses: current level, current entries, current rows."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from app.domain import records as r


def _case(levels: list[r.LevelChange]) -> r.Case:
    return r.Case(
        child=r.Child(name="Testbarn"),
        created_by=r.Person(name="Olga Jensen"),
        created_on=date(2026, 1, 5),
        levels=levels,
    )


def test_a_case_without_level_changes_is_at_level_one():
    assert _case([]).level is r.Level.ONE


def test_the_latest_dated_level_change_decides_the_level():
    case = _case(
        [
            r.LevelChange(on=date(2026, 3, 1), level=r.Level.THREE),
            r.LevelChange(on=date(2026, 1, 5), level=r.Level.ONE),
        ]
    )
    assert case.level is r.Level.THREE


def test_two_changes_on_the_same_day_the_one_recorded_last_wins():
    # Raised to level 2 in the morning, to level 3 after the afternoon's underretning.
    case = _case(
        [
            r.LevelChange(on=date(2026, 1, 5), level=r.Level.ONE),
            r.LevelChange(on=date(2026, 2, 9), level=r.Level.TWO),
            r.LevelChange(on=date(2026, 2, 9), level=r.Level.THREE),
        ]
    )
    assert case.level is r.Level.THREE


def test_a_revised_entry_replaces_the_old_one_in_the_current_log_but_both_are_kept():
    first = r.LogEntry(section=r.LogSection.GOAL, entry_date=date(2026, 1, 5), text="Hans trives.")
    second = r.LogEntry(
        section=r.LogSection.GOAL,
        entry_date=date(2026, 1, 5),
        text="Hans trives og leger med de andre børn.",
        supersedes=first.uid,
    )
    entries = [first, second]
    assert r.current_entries(entries, r.LogSection.GOAL) == [second]
    assert len(entries) == 2


def test_the_levels_are_numbered_as_the_toolkit_and_the_screens_show_them():
    # "Niveau 1/2/3" on the case list and the log header, and the number the vault stores
    assert [int(level) for level in r.Level] == [1, 2, 3]
    assert [level.name for level in r.Level] == ["ONE", "TWO", "THREE"]


def test_records_are_built_by_field_name_only():
    # A positional value lands in whichever field comes first: after a field is added or moved,
    # signed_on and valid_until (or two names) would swap without a sound. Every record refuses.
    classes = [c for c in vars(r).values()
               if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == r.__name__]
    assert len(classes) >= 20
    for cls in classes:
        count = len([f for f in dataclasses.fields(cls) if f.init])
        with pytest.raises(TypeError):
            cls(*[None] * count)


def test_a_new_record_starts_as_the_forms_show_it():
    # What a caseworker sees before ticking anything: a custodian has custody; an entry, a row
    # and an observation are shared (not internal); a participant is a professional, invited,
    # not yet marked as attended; a meeting is with consent and not yet held; a consent giver is
    # an adult; the parents are not yet told; no violence or police is recorded.
    person = r.Person(name="Olga Jensen")
    assert r.Custodian(name="Lilly Hansen", relation="mor").has_custody is True
    assert r.LogEntry(section=r.LogSection.GOAL, entry_date=date(2026, 1, 5), text="x").internal is False
    assert r.ActorRow(actor="PPR", changed_on=date(2026, 1, 5), effort="x").internal is False
    assert r.Observation(observed_on=date(2026, 1, 5), observer="O", workplace="S").internal is False
    p = r.Participant(name="Arne Andersen")
    assert (p.is_family, p.invited, p.attended) == (False, True, False)
    m = r.Meeting(starts_at=datetime(2026, 1, 5, 9), place="Skolen")
    assert (m.without_consent_49a, m.held) == (False, False)
    giver = r.ConsentGiver(name="Lilly Hansen", relation="mor")
    assert (giver.is_child, giver.ticked) == (False, False)  # an adult; nothing ticked for them
    n = r.Notification(form=r.NotificationForm.AGE_0_6, made_on=date(2026, 1, 5), notifier=person)
    assert n.parents_informed is False
    # the child's words stay with the professional until the child says yes to sharing them
    words = r.ChildVoice(heard_on=date(2026, 1, 5), words="Jeg vil bo hos mor", heard_by="Olga")
    assert words.may_share is False
    steps = r.MunicipalSteps()
    assert (steps.violence_or_abuse_suspected, steps.police_or_hospital_involved) == (False, False)


def test_the_whole_current_log_is_every_section_with_the_revised_entries_left_out():
    goal = r.LogEntry(section=r.LogSection.GOAL, entry_date=date(2026, 1, 5), text="Hans trives.")
    review = r.LogEntry(section=r.LogSection.REVIEW, entry_date=date(2026, 1, 6), text="Igen")
    revised = r.LogEntry(section=r.LogSection.GOAL, entry_date=date(2026, 1, 5),
                         text="Hans trives og leger.", supersedes=goal.uid)
    assert r.current_entries([review, goal, revised]) == [revised, review]
