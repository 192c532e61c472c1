"""Living-room safety: idle lock clears every screen, family-safe view, CPR clipboard, QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.domain import records as r
from app.ui.personal_text import widget_texts
from tests.fixtures_ui import (
    GUI_PASSPHRASE,
    WAIT_MS,
    create_case_through_gui,
    unlock_through_gui,
    wait_idle,
)

PERSONAL = ("Hans", "Lilly", "Ib Hansen", "120320", "4235", "Olga ringer", "skolen i Ringsted")


def _all_texts() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        texts.extend(t for t in widget_texts(top) if t)
    return texts


def _leaks() -> list[str]:
    return [t for t in _all_texts() if any(p in t for p in PERSONAL)]


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _add_entry(qtbot, window, section, text, *, internal=False):
    editor = window.workspace.case_view.pages[0].sections[section]
    before = len(editor.shown_entries)
    qtbot.keyClicks(editor.text, text)
    editor.internal.setChecked(internal)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.shown_entries) == before + 1)
    wait_idle(qtbot, window.ctx)
    return editor


def test_idle_lock_leaves_no_personal_text_in_any_widget_and_returns_to_the_case(
    qtbot, unlocked_window
):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    _add_entry(qtbot, window, r.LogSection.DECISION, "Olga ringer til Lilly om skolen i Ringsted")
    page = window.workspace.case_view.pages[0]
    qtbot.keyClicks(page.sections[r.LogSection.GOAL].text, "Hans skal trives")  # a draft, not added
    window.workspace.case_view.tabs.setCurrentIndex(0)
    page.header.copy_cpr()
    assert QGuiApplication.clipboard().text() == "120320-4235"
    assert _leaks(), "the case is on screen before the lock"

    window.idle.set_seconds(1)
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert window.stack.currentWidget() is window.access
    assert _leaks() == []
    assert QGuiApplication.clipboard().text() == ""
    assert window.workspace.cases.model.rowCount() == 0

    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.ctx.case is not None)
    assert window.ctx.current_case_id == case_id
    assert window.workspace.tabs.currentWidget() is window.workspace.case_view
    page = window.workspace.case_view.pages[0]
    qtbot.waitUntil(
        lambda: page.sections[r.LogSection.GOAL].text.toPlainText() == "Hans skal trives"
    )


def test_ctrl_l_locks_and_drops_the_key(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    vault = window.vault
    _activate(qtbot, window)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.is_locked
    wait_idle(qtbot, window.ctx)
    assert vault.is_locked
    assert _leaks() == []


def test_family_safe_view_hides_cpr_internal_notes_and_shows_a_banner(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    _add_entry(qtbot, window, r.LogSection.NOTE, "Intern: far drikker om aftenen", internal=True)
    _add_entry(qtbot, window, r.LogSection.GOAL, "Hans går glad i børnehave")
    page = window.workspace.case_view.pages[0]
    cases = window.workspace.cases
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    texts = _all_texts()
    assert any("far drikker" in t for t in texts)

    _activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F12)
    assert window.ctx.family_safe
    assert window.banner.isVisible()
    assert window.action_family_safe.isChecked()
    texts = _all_texts()
    assert not any("far drikker" in t for t in texts)
    assert any("Hans går glad" in t for t in texts)
    assert not any("120320" in t for t in texts)
    assert not page.header.reveal.isVisible() and not page.header.copy.isVisible()
    assert cases.view.isColumnHidden(1)

    window.action_family_safe.trigger()  # the toolbar toggle asks for the passphrase first
    assert window.banner.isVisible()
    dialog = window._leave_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.secret, GUI_PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.banner.isVisible())
    assert any("far drikker" in t for t in _all_texts())


def test_copied_cpr_is_marked_secret_and_cleared_after_the_delay(
    qtbot, unlocked_window, monkeypatch
):
    import app.ui.context as context

    monkeypatch.setattr(context, "SECRET_CLIPBOARD_MS", 300)
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    window.workspace.show_cases()
    cases = window.workspace.cases
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    cases.select_case(-1)
    qtbot.mouseClick(cases.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "120320-4235"
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=WAIT_MS)


def test_clearing_the_clipboard_leaves_the_users_own_copy_alone(qtbot, unlocked_window):
    window = unlocked_window
    window.ctx.copy_secret("120320-4235")
    QGuiApplication.clipboard().setText("mødested: biblioteket")
    window.ctx.clear_secret_clipboard()
    assert QGuiApplication.clipboard().text() == "mødested: biblioteket"


def test_cpr_is_masked_in_the_case_list_until_asked_for(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    window.workspace.show_cases()
    cases = window.workspace.cases
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    cell = cases.model.index(0, 1)
    assert cases.model.data(cell) == "120320-XXXX"
    cases.select_case(-1)
    qtbot.mouseClick(cases.reveal_button, Qt.MouseButton.LeftButton)
    assert cases.model.data(cell) == "120320-4235"
    qtbot.mouseClick(cases.reveal_button, Qt.MouseButton.LeftButton)
    assert cases.model.data(cell) == "120320-XXXX"


def test_search_as_you_type_by_name_and_cpr_prefix(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window, "Hans Hansen", "120320-4235")
    create_case_through_gui(qtbot, window, "Mette Mortensen", "050519-4122")
    window.workspace.show_cases()
    cases = window.workspace.cases
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2)
    qtbot.keyClicks(cases.search, "met")
    qtbot.waitUntil(
        lambda: cases.model.rowCount() == 1 and "Mette" in cases.model.data(cases.model.index(0, 0))
    )
    cases.search.clear()
    qtbot.keyClicks(cases.search, "1203")
    qtbot.waitUntil(
        lambda: cases.model.rowCount() == 1 and "Hans" in cases.model.data(cases.model.index(0, 0))
    )


def test_qsettings_file_never_holds_names_or_cpr(qtbot, unlocked_window, ui_settings_dir: Path):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    _add_entry(qtbot, window, r.LogSection.DECISION, "Olga ringer til Lilly om skolen i Ringsted")
    window.workspace.show_cases()
    window.save_window_state()
    window.close()
    files = [p for p in ui_settings_dir.rglob("*") if p.is_file()]
    assert files, "the window state was saved"
    content = "\n".join(p.read_text("utf-8", errors="replace") for p in files)
    assert "settings_version" in content
    for secret in (*PERSONAL, "Olga Jensen", "solsikke"):
        assert secret not in content


def test_idle_time_is_set_in_preferences_and_kept_in_the_vault(qtbot, unlocked_window, monkeypatch):
    from app.ui.preferences import PreferencesDialog

    window = unlocked_window

    def answer(dialog):
        dialog.idle_minutes.setValue(2)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    window.action_preferences.trigger()
    wait_idle(qtbot, window.ctx)
    assert window.idle.seconds == 120
    assert window.vault.settings_get("idle_lock_seconds") == 120
    window.lock()
    unlock_through_gui(qtbot, window)
    assert window.idle.seconds == 120 and window.idle.active


def test_quitting_clears_a_copied_cpr_from_the_clipboard(qtbot, unlocked_window):
    window = unlocked_window
    window.ctx.copy_secret("120320-4235")
    assert QGuiApplication.clipboard().text() == "120320-4235"
    window.close()
    assert QGuiApplication.clipboard().text() == ""
    assert window.is_locked


def test_unlocking_returns_to_the_page_the_user_was_on(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    tabs = window.workspace.case_view.tabs
    if tabs.count() < 2:
        return  # only the stafetlog page is installed: the case itself is checked above
    tabs.setCurrentIndex(tabs.count() - 1)
    window.lock()
    unlock_through_gui(qtbot, window)
    qtbot.waitUntil(lambda: window.ctx.case is not None)
    assert tabs.currentIndex() == tabs.count() - 1
