"""Issue 10: fit for the living room – the family-safe view, lock and keys, the caseworker's day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.fixtures_ui import (
    GUI_PASSPHRASE,
    create_case_through_gui,
    unlock_through_gui,
    wait_idle,
)
from tests.ui_walk import all_texts, menu_actions, trigger_and_inspect, visible_dialogs

OTHER_NAME = "Sofie Nielsen"
OTHER_CPR = "150318-4412"


def _leaks(texts: list[str]) -> list[str]:
    digits = OTHER_CPR.replace("-", "")
    return [
        t
        for t in texts
        if OTHER_NAME.lower() in t.lower() or OTHER_CPR in t or digits in t.replace("-", "")
    ]


def _two_cases_with_one_open(qtbot, window) -> int:  # noqa: ANN001
    create_case_through_gui(qtbot, window, name=OTHER_NAME, cpr=OTHER_CPR)
    window.workspace.cases.refresh()
    wait_idle(qtbot, window.ctx)
    return create_case_through_gui(qtbot, window)


def test_family_safe_view_shows_no_other_family_on_any_tab_menu_or_dialog(
    qtbot, unlocked_window
):  # noqa: ANN001
    window = unlocked_window
    _two_cases_with_one_open(qtbot, window)
    window.workspace.show_deadlines()
    wait_idle(qtbot, window.ctx)
    assert _leaks(all_texts()), "the walk must see the other case before F12 (else it proves nothing)"

    window.action_family_safe.trigger()
    wait_idle(qtbot, window.ctx)
    assert window.ctx.family_safe

    ws = window.workspace
    leaks: list[str] = []
    # Every tab that can still be reached, and every page of the open case.
    for index in range(ws.tabs.count()):
        if ws.tabs.isTabVisible(index) and ws.tabs.isTabEnabled(index):
            ws.tabs.setCurrentIndex(index)
            wait_idle(qtbot, window.ctx)
            leaks += _leaks(all_texts())
    assert ws.tabs.currentWidget() is ws.case_view
    for page in range(ws.case_view.tabs.count()):
        ws.case_view.set_current_page_index(page)
        wait_idle(qtbot, window.ctx)
        leaks += _leaks(all_texts())

    # Every menu and toolbar action that is enabled, and every dialog it opens.
    skip = {window.action_quit, window.action_lock, window.action_family_safe}
    walked = 0
    for action in menu_actions(window):
        if action in skip or not action.isEnabled():
            continue
        trigger_and_inspect(qtbot, action, lambda _d: leaks.extend(_leaks(all_texts())))
        wait_idle(qtbot, window.ctx)
        leaks += _leaks(all_texts())
        walked += 1
        assert window.ctx.family_safe, f"{action.objectName()} turned the family-safe view off"
    assert walked >= 3
    for action in (
        window.action_show_cases,
        window.action_show_deadlines,
        window.action_find,
        window.action_new_case,
    ):
        assert not action.isEnabled()
    assert not leaks, leaks


def test_turning_family_safe_off_asks_for_the_passphrase_or_the_pin(qtbot, unlocked_window):  # noqa: ANN001
    from app.ui.family_safe_exit import LeaveFamilySafeDialog
    from app.vault.pin import set_pin

    window = unlocked_window
    _two_cases_with_one_open(qtbot, window)
    window.action_family_safe.trigger()
    assert window.ctx.family_safe

    def dialog() -> LeaveFamilySafeDialog:
        qtbot.waitUntil(lambda: any(isinstance(d, LeaveFamilySafeDialog) for d in visible_dialogs()))
        return next(d for d in visible_dialogs() if isinstance(d, LeaveFamilySafeDialog))

    window.action_family_safe.trigger()  # F12 again: asks, does not turn off
    d = dialog()
    assert window.ctx.family_safe and window.action_family_safe.isChecked()
    qtbot.keyClicks(d.secret, "forkert frase")
    qtbot.keyClick(d.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(d.error.isVisible)
    assert window.ctx.family_safe
    d.reject()
    assert window.ctx.family_safe

    window.action_family_safe.trigger()
    d = dialog()
    qtbot.keyClicks(d.secret, GUI_PASSPHRASE)
    qtbot.keyClick(d.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.ctx.family_safe)
    assert not window.action_family_safe.isChecked()
    qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() == 2)

    # A PIN set in Indstillinger works too; only its salted hash is in the vault.
    set_pin(window.vault, "4711")
    stored = window.vault.get_secret("family_safe_pin")
    assert b"4711" not in stored and b"salt" in stored
    window.action_family_safe.trigger()
    window.action_family_safe.trigger()
    d = dialog()
    qtbot.keyClicks(d.secret, "4711")
    qtbot.keyClick(d.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.ctx.family_safe)


def test_while_locked_no_menu_or_action_takes_keys(qtbot, unlocked_window):  # noqa: ANN001
    window = unlocked_window
    window.action_lock.trigger()
    qtbot.waitUntil(lambda: window.is_locked)
    assert not window.menuBar().isEnabled()
    enabled = [
        a.objectName() or a.text()
        for a in window.findChildren(type(window.action_quit))
        if a.isEnabled() and a.menu() is None and not a.isSeparator()
    ]
    assert enabled == []
    # Alt opens the menu bar's keyboard mode in a normal window; typing the passphrase after it
    # must still land in the field, and Return must not run "Afslut".
    form = window.access.unlock_form
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Alt)
    qtbot.keyClicks(form.passphrase, "fa")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert window.isVisible()
    from PySide6.QtWidgets import QApplication, QMenu

    assert not any(isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets())
    form.passphrase.clear()
    unlock_through_gui(qtbot, window)
    assert window.menuBar().isEnabled() and window.action_quit.isEnabled()


def _meeting_page(window):  # noqa: ANN001, ANN202
    from app.ui.live.meeting_page import MeetingPage

    ws = window.workspace
    index = next(i for i, p in enumerate(ws.case_view.pages) if isinstance(p, MeetingPage))
    ws.case_view.set_current_page_index(index)
    return ws.case_view.pages[index]


def _answer_next_box(qtbot, button_text: str) -> list[str]:  # noqa: ANN001
    """Click `button_text` in the next message box (shown with exec()); returns its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append(box.text())
                for button in box.buttons():
                    if button.text().replace("&", "") == button_text:
                        button.click()
                        return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    return seen


def test_quitting_during_a_meeting_asks_first(qtbot, unlocked_window):  # noqa: ANN001
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    page = _meeting_page(window)
    page.plan_new()
    wait_idle(qtbot, window.ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode)
    assert window.meeting_in_progress()

    seen = _answer_next_box(qtbot, "Bliv i mødet")
    window.close()
    assert seen and "møde" in seen[0]
    assert window.isVisible() and not window.is_locked

    _answer_next_box(qtbot, "Afslut Stafet")
    window.close()
    assert not window.isVisible() and window.is_locked


def test_dates_and_drafts_come_back_after_a_lock_and_an_entry_can_be_added(qtbot, unlocked_window):  # noqa: ANN001
    from datetime import date

    from app.domain import records as r
    from app.ui.date_field import DateField
    from app.domain.validation import format_date

    window = unlocked_window
    window.ctx.set_today(lambda: date(2026, 3, 2))
    case_id = create_case_through_gui(qtbot, window)
    page = window.workspace.case_view.pages[0]
    editor = page.sections[r.LogSection.DECISION]
    qtbot.keyClicks(editor.text, "Olga ringer hver fredag")
    service = window.ctx.service
    qtbot.waitUntil(lambda: service.drafts(case_id).get("entry:decision") == "Olga ringer hver fredag")

    window.action_lock.trigger()  # Ctrl+L (the idle lock calls the same slot)
    assert window.is_locked
    assert editor.text.toPlainText() == "" and editor.entry_date.text() == ""  # lock clears
    unlock_through_gui(qtbot, window)

    editor = window.workspace.case_view.pages[0].sections[r.LogSection.DECISION]
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Olga ringer hver fredag")
    dated = [f for f in window.workspace.case_view.findChildren(DateField) if f._default]
    assert len(dated) >= 6
    assert all(f.text() == "02.03.2026" for f in dated), [f.text() for f in dated]
    assert editor.entry_date.text() == format_date(date(2026, 3, 2))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(
        lambda: any(e.text == "Olga ringer hver fredag" for e in window.ctx.case.entries)
    )
    assert not editor.message.text()


def test_the_first_window_fills_a_laptop_screen(qtbot, main_window) -> None:  # noqa: ANN001
    free = main_window.screen().availableGeometry()
    assert free.width() <= 1600  # the offscreen screen is laptop-sized
    assert main_window.width() <= free.width() and main_window.height() <= free.height()
    assert main_window.isMaximized() or (
        main_window.width() >= free.width() * 0.95 and main_window.height() >= free.height() * 0.9
    )


def test_the_cpr_number_keeps_its_distance_from_vis(qtbot, unlocked_window) -> None:  # noqa: ANN001
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    header = window.workspace.case_view.pages[0].header
    value = header.values["cpr"]
    qtbot.waitUntil(header.reveal.isVisible)
    gap = header.reveal.mapTo(header, header.reveal.rect().topLeft()).x() - value.mapTo(
        header, value.rect().topRight()
    ).x()
    assert gap >= 12


def test_qts_own_dialogs_speak_danish(qtbot) -> None:  # noqa: ANN001
    """qtbase's Danish catalogue (shipped in the PySide6 wheel) is loaded with Danish."""
    from PySide6.QtCore import QCoreApplication

    from app.ui import i18n

    try:
        assert "qtbase" in i18n.install_translations("da")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Filer af type:"
    finally:
        i18n.install_translations("da")


def test_preferences_have_no_mnemonic_twice_in_english(qtbot) -> None:  # noqa: ANN001
    """"&Lock after inactivity" and "&Language" both took Alt+L in English."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from app.ui import i18n
    from app.ui.preferences import PreferencesDialog
    from tests.ui_walk import mnemonic

    try:
        assert i18n.install_translations("en")
        dialog = PreferencesDialog(300)
        qtbot.addWidget(dialog)
        letters: dict[str, list[str]] = {}
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            letter = mnemonic(w.text())
            if letter:
                letters.setdefault(letter, []).append(w.text())
        assert "Lang&uage:" in [t for texts in letters.values() for t in texts]
        assert {k: v for k, v in letters.items() if len(v) > 1} == {}
    finally:
        i18n.install_translations("da")
