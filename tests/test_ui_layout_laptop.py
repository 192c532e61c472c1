"""Issue 10, point 9: the layout at 1366×768 (and so at 200 %), checked as a user would see it.

Each test opens the synthetic demo case (Hans Hansen) at laptop size and asserts what a user
notices: a line fully in view, a field not squashed, labels that don't overlap, text big enough.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.fixtures_documents import TODAY, demo_window  # noqa: F401 - the fixture
from tests.fixtures_ui import wait_idle
from tests.layout_checks import at_laptop_size, fully_seen, settle, squashed, why_not_seen

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests


def _page(window, page_type):  # noqa: ANN001, ANN202
    views = window.workspace.case_view
    index = next(i for i, p in enumerate(views.pages) if isinstance(p, page_type))
    views.set_current_page_index(index)
    return views.pages[index]


def test_the_meeting_pages_status_lines_are_fully_in_view(qtbot, demo_window) -> None:  # noqa: ANN001
    from app.ui.live.common import show_message
    from app.ui.live.meeting_page import MeetingPage

    window = demo_window
    at_laptop_size(qtbot, window)
    page = _page(window, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: page.plan_status.text() == "Planen er gemt.")
    show_message(page.message, "Vælg mindst ét punkt på dagsordenen.")
    settle(qtbot)
    for line in (page.message, page.plan_status):
        assert fully_seen(line), why_not_seen(line)
        assert not squashed(line), why_not_seen(line)

    held = next(m for m in window.ctx.case.meetings if m.held)
    page._meeting_finished(held.uid)  # the end screen: the family plan is one click away
    settle(qtbot)
    for widget in (page.plan_status, page.print_plan_done):
        assert fully_seen(widget), why_not_seen(widget)
    assert page.plan_status.text().startswith("Mødet er afsluttet")
