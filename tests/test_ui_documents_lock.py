"""Locking right after a keystroke keeps it: what was typed is in the vault after unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import records as r
from app.ui.live.meeting_page import MeetingPage
from app.ui.stafetlog.page import StafetlogPage
from app.ui.stafetlog.section import draft_key
from tests.fixtures_ui import create_case_through_gui, unlock_through_gui, wait_idle


def _lock_with_keyboard(qtbot, window, widget) -> None:  # noqa: ANN001
    """Ctrl+L straight after typing: well inside the 0.6 s autosave pause."""
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    if not window.is_locked:  # an offscreen window may not own the shortcut focus
        window.action_lock.trigger()
    assert window.is_locked


def test_minutes_typed_just_before_a_lock_are_in_the_vault(qtbot, unlocked_window) -> None:  # noqa: ANN001
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    page = window.findChildren(MeetingPage)[0]
    window.workspace.case_view.tabs.setCurrentWidget(page)
    page.plan_new()
    wait_idle(qtbot, window.ctx)
    page.start_meeting()
    wait_idle(qtbot, window.ctx)
    assert page.stack.currentWidget() is page.mode
    uid = page.mode.meeting().uid
    page.mode.minutes.setFocus()
    qtbot.keyClicks(page.mode.minutes, "Lilly fortalte om morgenerne")
    _lock_with_keyboard(qtbot, window, page.mode.minutes)
    unlock_through_gui(qtbot, window)

    case = window.ctx.service.load(case_id)
    meeting = next(m for m in case.meetings if m.uid == uid)
    assert "Lilly fortalte om morgenerne" in " ".join(meeting.minutes.values())


def test_a_log_draft_typed_just_before_a_lock_is_in_the_vault(qtbot, unlocked_window) -> None:  # noqa: ANN001
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    page = window.findChildren(StafetlogPage)[0]
    window.workspace.case_view.tabs.setCurrentWidget(page)
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Hans virker træt om morgenen")
    _lock_with_keyboard(qtbot, window, editor.text)
    unlock_through_gui(qtbot, window)

    drafts = window.ctx.service.drafts(case_id)
    assert drafts.get(draft_key(editor.section)) == "Hans virker træt om morgenen"


def test_a_lock_saves_typed_text_whose_typing_pause_already_ended(qtbot, unlocked_window) -> None:  # noqa: ANN001
    """The lock does not depend on the autosave timer: text in an editor is in the vault after
    unlocking even when its pause ended without a save (e.g. while the case was loading)."""
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    page = window.findChildren(StafetlogPage)[0]
    window.workspace.case_view.tabs.setCurrentWidget(page)
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Ib henter Hans sent")
    editor._draft_timer.stop()  # the pause ended; nothing was sent
    editor._draft_deadline.stop()
    _lock_with_keyboard(qtbot, window, editor.text)
    unlock_through_gui(qtbot, window)

    drafts = window.ctx.service.drafts(case_id)
    assert drafts.get(draft_key(editor.section)) == "Ib henter Hans sent"
