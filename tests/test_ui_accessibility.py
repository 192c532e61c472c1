"""Keyboard and screen-reader use: every input on every screen has a name; labels point at fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.preferences import PreferencesDialog
from tests.fixtures_ui import create_case_through_gui

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside(widget: QWidget, kinds: tuple) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, kinds):
            return True
        w = w.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        parent = w.parentWidget()
        if _inside(w, (QComboBox, QAbstractSpinBox)):
            continue  # the inner parts of a combo/spin box are named through their owner
        if type(parent).__name__ in (
            "QCalendarWidget",
            "QComboBoxPrivateContainer",
        ) or w.objectName().startswith("qt_"):
            continue  # Qt's own parts: the calendar, the drop-down list of a combo box
        if isinstance(w, QHeaderView):
            continue  # a table's header is read with the table

        if isinstance(w, INPUTS) and not w.accessibleName().strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(parent).__name__}")
        elif isinstance(w, QAbstractButton) and not (
            w.text().strip() or w.accessibleName().strip()
        ):
            if type(w).__name__ not in ("QToolButton",) or w.isVisible():
                missing.append(f"{type(w).__name__} {w.objectName()!r} without text")
    return missing


def _buddies_named(root: QWidget) -> list[str]:
    """A label with a buddy must name that buddy (so Alt+letter and the screen reader agree)."""
    wrong = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            wrong.append(label.text())
    return wrong


def test_every_field_on_the_create_and_unlock_screens_has_a_name(qtbot, main_window):
    access = main_window.access
    for form in (access.create_form, access.unlock_form, access.recovery_form):
        assert _unnamed(form) == [], type(form).__name__
        assert _buddies_named(form) == []


def test_every_field_of_the_workspace_and_every_case_page_has_a_name(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    assert _unnamed(window) == []
    assert _buddies_named(window) == []


def test_every_field_of_the_dialogs_has_a_name(qtbot, unlocked_window):
    from app.ui.create_case import CreateCaseDialog

    window = unlocked_window
    window.action_new_case.trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CreateCaseDialog) and w.isVisible()
    )
    assert _unnamed(dialog) == []
    assert _buddies_named(dialog) == []
    prefs = PreferencesDialog(300, window)
    assert _unnamed(prefs) == []
    assert prefs.idle_minutes.value() == 5


def test_tab_moves_through_the_create_form_in_reading_order(qtbot, main_window):
    form = main_window.access.create_form
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    form.user_name.setFocus()
    order = [form.user_name]
    for _ in range(6):
        QApplication.focusWidget().nextInFocusChain()
        qtbot.keyClick(QApplication.focusWidget(), "\t")
        order.append(QApplication.focusWidget())
    who = form.profile_fields
    assert order == [
        form.user_name, who.role, who.organisation, who.contact,
        form.passphrase, form.repeat, form.create_button,
    ]  # fmt: skip


def test_actions_have_names_texts_and_standard_shortcuts(qtbot, main_window):
    from PySide6.QtGui import QKeySequence

    actions = {a.objectName(): a for a in main_window.actions() if a.objectName()}
    for name in (
        "actionNewCase",
        "actionFind",
        "actionLock",
        "actionFamilySafe",
        "actionQuit",
        "actionUndo",
        "actionRedo",
        "actionPreferences",
    ):
        assert name in actions, name
        assert actions[name].text()
        assert actions[name].shortcuts(), name
    assert QKeySequence("Ctrl+L") in actions["actionLock"].shortcuts()
    assert QKeySequence("F12") in actions["actionFamilySafe"].shortcuts()
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)) <= set(
        actions["actionUndo"].shortcuts()
    )
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Find)) <= set(
        actions["actionFind"].shortcuts()
    )


def test_keyboard_only_adds_an_entry_and_finds_a_case(qtbot, unlocked_window):
    from PySide6.QtCore import Qt

    from app.domain import records as r
    from tests.fixtures_ui import wait_idle

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.workspace.case_view.pages[0].sections[r.LogSection.CONCERN_AROSE]
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Olga så det første gang i august")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window.ctx)
    texts = [e.text for e in window.ctx.service.load(case_id).entries]
    assert texts == ["Olga så det første gang i august"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.workspace.cases.search
