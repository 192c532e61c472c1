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
