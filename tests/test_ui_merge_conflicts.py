"""The stafetlog shows a merge conflict side by side and lets the holder resolve it (issue 11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import records as r
from app.models.service import CaseService
from app.vault import Vault
from tests.fixtures_ui import WAIT_MS, create_case_through_gui, wait_idle
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring


@pytest.fixture
def arne(tmp_path: Path):
    """Arne's laptop: a second real vault."""
    vault, _ = Vault.create(
        tmp_path / "boks-arne", PASSPHRASE, kdf=FAST_KDF, device_secrets=MemoryKeyring()
    )
    yield CaseService(vault, actor="Arne Andersen")
    vault.lock()


def _entry(text: str, author: str) -> r.LogEntry:
    return r.LogEntry(
        section=r.LogSection.CONCERN_AROSE, entry_date=date(2025, 9, 2), text=text, author=author
    )


def _conflict_on_screen(qtbot, window, arne):  # noqa: ANN001, ANN202
    """Olga and Arne each correct the same entry on their own laptop; Olga receives Arne's copy."""
    case_id = create_case_through_gui(qtbot, window)
    svc = window.ctx.service
    first = svc.add_entry(case_id, _entry("Hans er ked af det om morgenen.", "Olga Jensen"))
    arne_id = arne.import_case(svc.export_case(case_id))
    mine = svc.revise_entry(case_id, first, _entry("Olgas rettelse.", "Olga Jensen"))
    theirs = arne.revise_entry(arne_id, first, _entry("Arnes rettelse.", "Arne Andersen"))
    svc.merge_case(arne.export_case(arne_id))
    window.ctx.reload_case()
    page = window.workspace.case_view.pages[0]
    qtbot.waitUntil(lambda: page.conflicts.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    return case_id, page, mine, theirs


def test_a_conflict_shows_both_versions_side_by_side_with_who_and_when(
    qtbot, unlocked_window, arne
):
    window = unlocked_window
    _case_id, page, _mine, _theirs = _conflict_on_screen(qtbot, window, arne)
    (view,) = page.conflicts.views
    assert [t.toPlainText() for t in view.texts] in (
        ["Olgas rettelse.", "Arnes rettelse."],
        ["Arnes rettelse.", "Olgas rettelse."],
    )
    bylines = " | ".join(b.text() for b in view.bylines)
    assert "Skrevet af Olga Jensen" in bylines and "Skrevet af Arne Andersen" in bylines
    today = date.today().strftime("%d.%m.%Y")
    assert all(today in b.text() for b in view.bylines)  # when: dd.mm.yyyy kl. tt:mm
    assert "Hvornår opstod bekymringen?" in view.intro.text()
    # the two versions sit next to each other, not under each other
    left, right = (t.mapTo(view, t.rect().topLeft()) for t in view.texts)
    assert left.y() == right.y() and left.x() != right.x()


def test_keeping_one_version_resolves_the_conflict_and_keeps_both_in_history(
    qtbot, unlocked_window, arne
):
    window = unlocked_window
    case_id, page, mine, theirs = _conflict_on_screen(qtbot, window, arne)
    (view,) = page.conflicts.views
    index = [v.uid for v in view.conflict.versions].index(theirs)
    qtbot.mouseClick(view.keep_buttons[index], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.conflicts.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    case = window.ctx.service.load(case_id)
    assert [e.text for e in r.current_entries(case.entries)] == ["Arnes rettelse."]
    assert {mine, theirs} <= {e.uid for e in case.entries}
    assert window.ctx.service.conflicts(case_id) == []
    # undo brings the conflict back (the resolution was the newest version)
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: page.conflicts.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert len(window.ctx.service.conflicts(case_id)) == 1


def test_a_combined_text_resolves_the_conflict(qtbot, unlocked_window, arne):
    window = unlocked_window
    case_id, page, _mine, _theirs = _conflict_on_screen(qtbot, window, arne)
    (view,) = page.conflicts.views
    assert not view.save_combined.isEnabled()
    qtbot.keyClicks(view.combined, "Begge rettelser samlet.")
    assert view.save_combined.isEnabled()
    qtbot.mouseClick(view.save_combined, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.conflicts.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    case = window.ctx.service.load(case_id)
    (current,) = r.current_entries(case.entries)
    assert current.text == "Begge rettelser samlet."
    assert current.author == window.ctx.service.actor
