"""The collaboration levels: the level now, and where an underretning moves the case."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain.levels import NOTIFICATION_NOTE, current_level, level_after_notification
from app.domain.records import Level, LevelChange


def change(on: date, level: Level) -> LevelChange:
    return LevelChange(on=on, level=level)


def test_a_case_without_changes_is_at_niveau_1():
    assert current_level([]) is Level.ONE


def test_the_newest_change_wins_whatever_order_they_were_listed_in():
    older, newer = change(date(2026, 3, 1), Level.THREE), change(date(2026, 5, 1), Level.TWO)
    assert current_level([older, newer]) is Level.TWO
    assert current_level([newer, older]) is Level.TWO


def test_on_a_same_day_tie_the_change_recorded_last_wins():
    first, second = change(date(2026, 5, 1), Level.THREE), change(date(2026, 5, 1), Level.ONE)
    assert current_level([first, second]) is Level.ONE
    assert current_level([second, first]) is Level.THREE


def test_an_underretning_moves_the_case_to_niveau_3_on_its_own_day():
    moved = level_after_notification([change(date(2026, 3, 1), Level.TWO)], date(2026, 11, 9))
    assert moved is not None
    assert (moved.on, moved.level, moved.note) == (date(2026, 11, 9), Level.THREE,
                                                   NOTIFICATION_NOTE)
    # without any change yet (niveau 1): the day of the underretning too
    assert level_after_notification([], date(2026, 11, 9)).on == date(2026, 11, 9)


def test_an_underretning_dated_before_the_newest_change_is_dated_that_change_so_it_holds():
    # A back-dated underretning must not land under a later change: niveau 3 is the level now.
    levels = [change(date(2026, 11, 20), Level.TWO), change(date(2026, 3, 1), Level.ONE)]
    moved = level_after_notification(levels, date(2026, 11, 9))
    assert moved is not None and moved.on == date(2026, 11, 20)
    assert current_level([*levels, moved]) is Level.THREE


def test_a_case_at_niveau_3_is_not_moved_again():
    assert level_after_notification([change(date(2026, 3, 1), Level.THREE)], date(2026, 11, 9)) is None


some_day = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(st.lists(st.builds(LevelChange, on=some_day, level=st.sampled_from(list(Level)))), some_day)
def test_after_an_underretning_the_case_is_at_niveau_3(levels, made_on):
    moved = level_after_notification(levels, made_on)
    after = levels if moved is None else [*levels, moved]
    assert current_level(after) is Level.THREE
    if moved is not None:
        assert moved.on >= made_on
