"""The derived views on the record dataclasses: current level, current entries, current rows."""

from __future__ import annotations

from datetime import date

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
