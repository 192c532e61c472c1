"""Shortcuts that fight (issue 10, point 5): on every screen each key does one thing."""

from __future__ import annotations

from app.ui.live.meeting_page import MeetingPage
from tests.fixtures_documents import demo_window  # noqa: F401 - the fixture
from tests.fixtures_ui import wait_idle
from tests.test_ui_i18n import english  # noqa: F401 - the fixture
from tests.ui_walk import clashes, keys_in_reach

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests


def test_no_two_mnemonics_or_shortcuts_share_a_key_on_any_screen(qtbot, demo_window) -> None:  # noqa: ANN001
    window = demo_window
    ws = window.workspace
    found: dict[str, dict[str, list[str]]] = {}

    def check(screen: str) -> None:
        wait_idle(qtbot, window.ctx)
        clash = clashes(window)
        if clash:
            found[screen] = clash

    for tab in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(tab)
        check(f"tab {ws.tabs.tabText(tab)}")
    ws.tabs.setCurrentWidget(ws.case_view)
    for index in range(ws.case_view.tabs.count()):
        ws.case_view.set_current_page_index(index)
        check(f"page {ws.case_view.tabs.tabText(index)}")

    page = next(p for p in ws.case_view.pages if isinstance(p, MeetingPage))
    ws.case_view.set_current_page_index(ws.case_view.pages.index(page))
    page.plan_new()
    check("meeting plan")
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode)
    check("meeting mode, first point")
    mode = page.mode
    mode.go_to(mode._points.index("6b"))
    check("meeting mode, agreements")
    assert not window.menuBar().isVisible()  # the meeting's Alt-letters are the meeting's own
    quits = [k for k, where in keys_in_reach(window) if k == "Ctrl+Q"]
    assert quits == ["Ctrl+Q"]  # bound once: it works (twice was an "ambiguous overload")
    mode.flush()
    page.show_plan()
    page.stack.setCurrentWidget(page._overview)
    assert window.menuBar().isVisible()
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_in_english_too(qtbot, english, demo_window) -> None:  # noqa: ANN001
    """The English texts have their own letters: the same walk, in English."""
    assert demo_window.menuBar().actions()[0].text() == "&File"
    test_no_two_mnemonics_or_shortcuts_share_a_key_on_any_screen(qtbot, demo_window)
