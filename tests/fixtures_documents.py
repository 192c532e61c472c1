"""Fixtures for the document GUI tests: the main window, unlocked, with the demo case open."""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures_ui import create_vault_through_gui, wait_idle

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo_window(qtbot, main_window):  # noqa: ANN001, ANN201
    """Created through the GUI, the synthetic demo case installed and open (Hans Hansen)."""
    from app.models.demo import install_demo

    window = main_window
    create_vault_through_gui(qtbot, window)
    window.ctx.set_today(lambda: TODAY)
    ids: list[int] = []
    window.ctx.run(lambda: ids.extend(install_demo(window.ctx.service, today=TODAY)))
    wait_idle(qtbot, window.ctx)
    window.workspace.open_case(ids[0])
    qtbot.waitUntil(lambda: window.ctx.case is not None, timeout=10_000)
    wait_idle(qtbot, window.ctx)
    return window
