"""The workspace through real widgets: create a vault and a case, write in the log, undo, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import records as r
from tests.fixtures_ui import WAIT_MS, create_case_through_gui, wait_idle


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


def _page(window):
    return window.workspace.case_view.pages[0]


def test_typed_text_reaches_the_vault_as_a_draft_and_comes_back_after_a_lock(
    qtbot, unlocked_window
):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.DECISION]
    qtbot.keyClicks(editor.text, "Olga ringer til Lilly hver fredag")
    # No save button: the pause after typing sends the draft (well within a second).
    from app.ui.stafetlog import section as section_module

    assert section_module.DRAFT_DELAY_MS < 1000 and section_module.DRAFT_MAX_WAIT_MS < 1000
    service = window.ctx.service
    qtbot.waitUntil(
        lambda: (
            service.drafts(case_id).get("entry:decision") == "Olga ringer til Lilly hver fredag"
        ),
        timeout=WAIT_MS,
    )
    window.lock()
    assert editor.text.toPlainText() == ""
    from tests.fixtures_ui import unlock_through_gui

    unlock_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.DECISION]
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Olga ringer til Lilly hver fredag")


def test_adding_an_entry_is_undoable_and_redoable(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.GOAL]
    qtbot.keyClicks(editor.text, "Hans leger med de andre børn hver dag")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    service = window.ctx.service

    def goals() -> list[str]:
        return [e.text for e in service.load(case_id).entries if e.section is r.LogSection.GOAL]

    assert goals() == ["Hans leger med de andre børn hver dag"]
    qtbot.waitUntil(lambda: len(editor.shown_entries) == 1)
    assert editor.text.toPlainText() == ""  # the editor is ready for the next entry
    assert "entry:goal" not in service.drafts(case_id)
    window.action_undo.trigger()
    wait_idle(qtbot, window.ctx)
    assert goals() == []
    qtbot.waitUntil(lambda: len(editor.shown_entries) == 0)
    window.action_redo.trigger()
    wait_idle(qtbot, window.ctx)
    assert goals() == ["Hans leger med de andre børn hver dag"]


def test_a_revision_keeps_the_old_version_struck_through(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.GOAL]
    qtbot.keyClicks(editor.text, "Hans sover godt")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.shown_entries) == 1)
    first = editor.shown_entries[0]
    assert f"revise:{first.uid}" in editor.history.text()  # the "Ret" link
    editor.history.linkActivated.emit(f"revise:{first.uid}")
    assert editor.text.toPlainText() == "Hans sover godt"
    editor.text.clear()
    qtbot.keyClicks(editor.text, "Hans sover godt og spiser morgenmad")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.shown_entries) == 2)
    case = window.ctx.service.load(case_id)
    goal = [e for e in case.entries if e.section is r.LogSection.GOAL]
    assert len(goal) == 2 and goal[1].supersedes == goal[0].uid
    assert editor.superseded_uids == {goal[0].uid}
    html = editor.history.text()
    assert "<s>" in html and "revise:" + goal[0].uid not in html  # no "Ret" on an old version
    assert html.index("Hans sover godt") < html.index("morgenmad")  # the old version first


def test_typing_without_a_pause_still_saves_at_least_every_second(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.NOTE]
    text = "Lilly fortæller, at Hans sover bedre nu"
    sent: list[str] = []
    editor.draft_changed.connect(lambda _key, draft: sent.append(draft))
    qtbot.keyClicks(editor.text, text, delay=45)  # about 1.8 s of steady typing, no pause
    # The pause timer never fired, yet a draft left for the vault while the user still typed.
    assert any(draft and draft != text and text.startswith(draft) for draft in sent)
    qtbot.waitUntil(
        lambda: window.ctx.service.drafts(case_id).get("entry:note") == text, timeout=WAIT_MS
    )


def test_the_window_shows_unsaved_work_until_the_vault_has_it(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.DISCUSSED_BY]
    qtbot.keyClicks(editor.text, "Olga og Arne")
    assert not window.isWindowModified()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert window.isWindowModified()  # pushed, not yet committed
    wait_idle(qtbot, window.ctx)
    assert not window.isWindowModified()
    assert window.ctx.undo_stack.canUndo()
