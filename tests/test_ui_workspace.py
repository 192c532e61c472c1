"""The workspace through real widgets: create a vault and a case, write in the log, undo, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import records as r
from tests.fixtures_ui import create_case_through_gui, wait_idle


def test_create_vault_and_case_through_the_gui(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    case = window.ctx.service.load(case_id)
    assert case.child.cpr == "120320-4235"
    assert [c.name for c in case.custodians] == ["Lilly Hansen", "Ib Hansen"]
    assert case.created_by.name == "Olga Jensen"
    page = window.workspace.case_view.pages[0]
    assert page.header.values["child"].text() == "Hans Hansen"
    assert page.header.values["cpr"].text() == "120320-XXXX"
