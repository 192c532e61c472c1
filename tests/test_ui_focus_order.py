"""Issue 10, point 8: Tab through every page and dialog follows the visual order, reaches every
control, and never traps (the focus leaves a page, and comes round in a dialog).

Real widgets, the synthetic demo case open, at laptop size; Tab pressed as a user presses it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabBar

from tests.fixtures_documents import demo_window  # noqa: F401 - the fixture
from tests.fixtures_ui import wait_idle
from tests.focus_walk import out_of_reading_order, tab_stops, tab_through
from tests.layout_checks import at_laptop_size, settle

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests

PAGES = 7


def _judge(walk, scope, ends) -> list[str]:  # noqa: ANN001
    problems = []
    if walk.ended not in ends:
        problems.append(f"the focus {walk.ended} at {walk.next_widget!r} after {walk.names()}")
    missed = [w for w in tab_stops(scope) if w not in walk.order]
    if missed:
        from tests.focus_walk import describe

        problems.append(f"never reached: {[describe(w) for w in missed]}")
    problems += out_of_reading_order(walk.order)
    return problems


@pytest.mark.parametrize("index", range(PAGES))
def test_tab_walks_each_page_in_reading_order_and_out_again(qtbot, demo_window, index) -> None:  # noqa: ANN001
    window = demo_window
    at_laptop_size(qtbot, window)
    views = window.workspace.case_view
    views.set_current_page_index(index)
    settle(qtbot)
    page = views.pages[index]
    tabs = views.tabs.findChild(QTabBar)
    walk = tab_through(qtbot, page, tabs)
    problems = _judge(walk, page, ("left", "start"))
    assert not problems, (views.tabs.tabText(index), problems)


def _dialogs(window) -> dict[str, object]:  # noqa: ANN001
    """Every dialog of the open case's day, opened as its action opens it (none runs exec())."""
    from app.ui.preferences import PreferencesDialog
    from tests.ui_walk import visible_dialogs

    def shown_by(action):  # noqa: ANN001, ANN202
        def open_it():  # noqa: ANN202
            before = set(map(id, visible_dialogs()))
            action.trigger()
            return next(d for d in visible_dialogs() if id(d) not in before)

        return open_it

    def preferences():  # noqa: ANN202 - the menu runs it with exec(); the same dialog, shown
        dialog = PreferencesDialog(300, window)
        dialog.show()
        return dialog

    docs = window.documents
    return {
        "Ny sag": shown_by(window.action_new_case),
        "Gem eller udskriv": docs.open_export,
        "Digital signatur": docs.open_identity,
        "Kontrollér PDF": docs.open_verify,
        "Adressebog": shown_by(window.action_contacts),
        "Indstillinger": preferences,
    }


@pytest.mark.parametrize(
    "name",
    ["Ny sag", "Gem eller udskriv", "Digital signatur", "Kontrollér PDF", "Adressebog", "Indstillinger"],
)
def test_tab_goes_round_each_dialog_in_reading_order(qtbot, demo_window, name) -> None:  # noqa: ANN001
    from tests.focus_walk import first_in_reading_order

    window = demo_window
    at_laptop_size(qtbot, window)
    dialog = _dialogs(window)[name]()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    wait_idle(qtbot, window.ctx)
    settle(qtbot)
    stops = tab_stops(dialog)
    start = dialog.focusWidget() or stops[0]
    walk = tab_through(qtbot, dialog, start)
    walk.order = first_in_reading_order(walk.order)
    problems = _judge(walk, dialog, ("start",))
    dialog.reject()
    assert not problems, (name, problems)


def _meeting_mode(qtbot, window):  # noqa: ANN001, ANN202
    """The demo case's meetings page running a meeting planned for today.

    (The demo's own meeting is planned for another day: starting it asks which date holds in a
    modal question, which is how an earlier walk hung; today's meeting starts straight away.)
    """
    from app.ui.live.meeting_page import MeetingPage

    views = window.workspace.case_view
    index = next(i for i, p in enumerate(views.pages) if isinstance(p, MeetingPage))
    views.set_current_page_index(index)
    settle(qtbot)
    page = views.pages[index]
    meeting = page.plan_new()
    wait_idle(qtbot, window.ctx)
    assert meeting is not None and page.plan.meeting().uid == meeting.uid
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    wait_idle(qtbot, window.ctx)
    return views, page


def test_tab_walks_the_running_meeting_in_reading_order_and_out_again(qtbot, demo_window) -> None:  # noqa: ANN001, E501
    from app.domain.agenda import Phase

    window = demo_window
    at_laptop_size(qtbot, window)
    views, page = _meeting_mode(qtbot, window)
    problems = {}
    for phase in (Phase.VED, Phase.KAN, Phase.VIL, Phase.GOR):
        page.mode.jump_to_phase(phase)
        settle(qtbot)
        assert page.mode.current_phase() is phase
        walk = tab_through(qtbot, page.mode, views.tabs.findChild(QTabBar))
        problems[phase.name] = _judge(walk, page.mode, ("left", "start"))
    assert not any(problems.values()), problems


def test_leaving_full_screen_and_the_meeting_puts_the_focus_where_the_user_goes_on(
    qtbot, demo_window  # noqa: ANN001
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = demo_window
    at_laptop_size(qtbot, window)
    _views, page = _meeting_mode(qtbot, window)
    mode = page.mode
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # The meeting starts with the cursor in the minutes, and Escape out of full screen keeps it
    # there: the caseworker goes on typing.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mode.minutes)
    mode.full_screen.click()
    mode.minutes.setFocus()
    qtbot.keyClick(mode.minutes, Qt.Key.Key_Escape)
    assert not mode.full_screen.isChecked() and not window.isFullScreen()
    assert QApplication.focusWidget() is mode.minutes
    # Back to the plan: the focus lands on "Start mødet", one key from resuming the meeting.
    mode.back_button.setFocus()
    qtbot.keyClick(mode.back_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is not mode
    assert QApplication.focusWidget() is page.plan.start_button
