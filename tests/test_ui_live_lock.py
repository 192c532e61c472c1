"""Locking wipes every personal text from every live page (the demo case shows on all of them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from app.ui.live import LIVE_PAGES
from app.ui.live.network_map_page import NetworkMapPage
from app.ui.personal_text import widget_texts
from tests.test_ui_live_support import TODAY, wait_idle

PERSONAL = ("Hans", "Lilly", "Ib Hansen", "Olga", "Arne", "Kirsten", "Jannie", "Mogens")


@pytest.fixture
def demo_ctx(svc, qtbot):  # noqa: ANN001, ANN201
    from app.models.demo import install_demo
    from app.ui.context import UiContext

    case_id = install_demo(svc, today=TODAY)[0]
    ctx = UiContext(svc, today=lambda: TODAY)
    ctx.current_case_id = case_id
    yield ctx
    for widget in QApplication.topLevelWidgets():
        widget.close()
    wait_idle(qtbot, ctx)
    ctx.shutdown()


def test_clear_leaves_no_personal_text_on_any_live_page(qtbot, demo_ctx) -> None:  # noqa: ANN001
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    pages = [cls(demo_ctx) for cls in LIVE_PAGES]
    for page in pages:
        tabs.addTab(page, page.page_title())
        demo_ctx.case_changed.connect(page.show_case)
    tabs.resize(1366, 768)
    tabs.show()
    with qtbot.waitSignal(demo_ctx.case_changed, timeout=10_000):
        demo_ctx.reload_case()
    wait_idle(qtbot, demo_ctx)
    # Open what a caseworker would have open: a meeting running, a consent form, a notification.
    by_type = {type(p).__name__: p for p in pages}
    by_type["MeetingPage"].plan_new()
    wait_idle(qtbot, demo_ctx)
    by_type["MeetingPage"].start_meeting()
    wait_idle(qtbot, demo_ctx)
    by_type["NotificationPage"].start_new()
    by_type["ObservationPage"].start_new()
    before = " ".join(t for page in pages for t in widget_texts(page))
    assert "Lilly" in before and "Olga" in before  # the check below is not vacuous

    for page in pages:
        page.clear()
    QApplication.processEvents()
    for page in pages:
        leaked = [t for t in widget_texts(page) if any(name in t for name in PERSONAL)]
        assert leaked == [], (type(page).__name__, leaked[:5])
    assert by_type[NetworkMapPage.__name__].scene.items() == []
