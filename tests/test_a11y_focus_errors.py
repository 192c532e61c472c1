"""On a validation error, focus goes to the first field in error and the error is said at once.

WCAG 3.3.1 (EN 301 549 11.3.3.1): the error is identified in text, and a keyboard or screen-
reader user lands on the field that needs fixing; the field carries the message as its
accessible description until the message is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain import records as r
from app.ui.live.observation_page import ObservationPage
from app.ui.live.scales_page import ScalesPage
from tests.fixtures_ui import create_case_through_gui, wait_idle
from tests.test_ui_live_support import live_ctx, open_page

__all__ = ["live_ctx"]

ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


def _heard(monkeypatch) -> list[tuple[str, object]]:  # noqa: ANN001
    from app.ui import announce

    heard: list[tuple[str, object]] = []
    monkeypatch.setattr(
        announce, "_send", lambda event: heard.append((event.message(), event.politeness()))
    )
    return heard


def _focused():  # noqa: ANN202
    return QApplication.focusWidget()


def _activate(qtbot, window) -> None:  # noqa: ANN001
    """Keyboard focus needs the window to be the active one."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window())


def test_an_empty_stafetlog_entry_puts_focus_on_its_text(qtbot, unlocked_window, monkeypatch):
    window = unlocked_window
    create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    page = window.workspace.case_view.pages[0]
    editor = page.sections[r.LogSection.CONCERN_AROSE]
    heard = _heard(monkeypatch)
    _activate(qtbot, window)
    editor.add_button.setFocus()
    QTest.keyClick(editor.add_button, Qt.Key.Key_Space)
    assert editor.message.isVisible() and editor.message.text()
    assert _focused() is editor.text
    assert heard[-1] == (editor.message.text(), ASSERTIVE)
    assert editor.message.text() in editor.text.accessibleDescription()

    # A wrong date comes first in the form, so it gets the focus (not the empty text).
    editor.entry_date.clear()
    QTest.keyClicks(editor.entry_date, "31.02.2025")
    editor.add_button.setFocus()
    QTest.keyClick(editor.add_button, Qt.Key.Key_Space)
    assert _focused() is editor.entry_date
    assert editor.message.text() in editor.entry_date.accessibleDescription()
    # Once fixed, the error leaves the field's description again.
    assert editor.message.text() not in editor.text.accessibleDescription()


def test_an_actor_row_without_an_effort_puts_focus_on_the_effort(
    qtbot, unlocked_window, monkeypatch
):
    window = unlocked_window
    create_case_through_gui(qtbot, window, name="Hans Hansen", cpr="")
    actors = window.workspace.case_view.pages[0].actors
    heard = _heard(monkeypatch)
    _activate(qtbot, window)
    QTest.keyClicks(actors.actor, "Børnehaven Solsikken")
    actors.add_button.setFocus()
    QTest.keyClick(actors.add_button, Qt.Key.Key_Space)
    assert _focused() is actors.effort
    assert heard[-1] == (actors.message.text(), ASSERTIVE)


def test_a_worry_scale_without_category_or_assessor_points_at_each_in_turn(
    qtbot, live_ctx, monkeypatch
):  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ScalesPage)
    editor = page.editor
    heard = _heard(monkeypatch)
    _activate(qtbot, page)
    editor.save_button.setFocus()
    QTest.keyClick(editor.save_button, Qt.Key.Key_Space)
    first = next(iter(editor.picker.buttons.values()))
    assert _focused() is first
    assert heard[-1] == ("Vælg en kategori på skalaen først.", ASSERTIVE)
    QTest.keyClick(first, Qt.Key.Key_Space)  # choose the category with the keyboard
    assert first.isChecked()
    editor.assessors.clear()  # it starts with the caseworker's name
    editor.save_button.setFocus()
    QTest.keyClick(editor.save_button, Qt.Key.Key_Space)
    assert _focused() is editor.assessors
    assert heard[-1] == ("Skriv hvem der har lavet vurderingen.", ASSERTIVE)


def test_an_observation_without_observer_puts_focus_on_the_observer(
    qtbot, live_ctx, monkeypatch
):  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ObservationPage)
    heard = _heard(monkeypatch)
    _activate(qtbot, page)
    page.start_new()
    page.form.observer.clear()
    page.save_button.setFocus()
    QTest.keyClick(page.save_button, Qt.Key.Key_Space)
    wait_idle(qtbot, live_ctx)
    assert _focused() is page.form.observer
    assert heard[-1] == ("Skriv hvem der har observeret.", ASSERTIVE)
