"""Long lists arrive in windows: the case list and the deadlines tab read the first window with
the total, fetch more as the user scrolls, and the deadlines tab is not read again when nothing
changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import records as r
from tests.fixtures_models import OLGA
from tests.fixtures_ui import WAIT_MS, wait_idle

SMALL_PAGE = 4


@pytest.fixture
def many_cases(unlocked_window, monkeypatch):  # noqa: ANN001, ANN201
    """Eleven cases, each with one follow-up deadline, and windows of four rows."""
    import app.ui.case_list as case_list
    import app.ui.deadlines_panel as deadlines_panel

    monkeypatch.setattr(case_list, "PAGE", SMALL_PAGE)
    monkeypatch.setattr(deadlines_panel, "PAGE", SMALL_PAGE)
    window = unlocked_window
    service = window.ctx.service
    today = window.ctx.today()
    for n in range(11):
        case_id = service.create_case(
            r.Child(name=f"Barn {n:02d} Hansen"), OLGA, created_on=today - timedelta(days=30)
        )
        service.add_actor_row(
            case_id,
            r.ActorRow(actor="Familiehuset", changed_on=today, effort="Samtaler",
                       follow_up_on=today + timedelta(days=n)),
        )
    return window


def _scroll_to_end(qtbot, view) -> None:  # noqa: ANN001
    """What scrolling down does: ask for the next window until the whole list is there."""
    model = view.model()

    def all_there() -> bool:
        if model.canFetchMore():
            model.fetchMore()
        return model.rowCount() == model.total()

    qtbot.waitUntil(all_there, timeout=WAIT_MS)


def test_the_case_list_reads_one_window_and_fetches_the_rest_on_scroll(
    qtbot, many_cases, monkeypatch
):
    window = many_cases
    service = window.ctx.service
    calls: list[tuple[int, int | None]] = []
    real = service.list_cases

    def spy(search=None, *, offset=0, limit=None):  # noqa: ANN001, ANN202
        calls.append((offset, limit))
        return real(search, offset=offset, limit=limit)

    monkeypatch.setattr(service, "list_cases", spy)
    panel = window.workspace.cases
    panel.refresh()
    wait_idle(qtbot, window.ctx)
    assert calls[0] == (0, SMALL_PAGE)  # never the whole list at once
    assert panel.model.total() == 11
    assert "11" in panel.count.text()  # the count is the whole list, not the window
    _scroll_to_end(qtbot, panel.view)
    assert all(limit == SMALL_PAGE for _offset, limit in calls)
    assert [offset for offset, _limit in calls] == [0, 4, 8]
    names = [panel.model.case_at(i).child_name for i in range(panel.model.rowCount())]
    assert names == [f"Barn {n:02d} Hansen" for n in range(11)]


def test_the_deadlines_tab_reads_one_window_counts_all_and_opens_the_right_case(
    qtbot, many_cases
):
    window = many_cases
    window.action_show_deadlines.trigger()
    panel = window.workspace.deadlines
    qtbot.waitUntil(lambda: panel.model.total() == 11, timeout=WAIT_MS)
    assert "I dag: 1" in panel.summary.text() and "Kommende: 10" in panel.summary.text()
    _scroll_to_end(qtbot, panel.view)
    children = [panel.model.deadline_at(i).child_name for i in range(11)]
    assert children == [f"Barn {n:02d} Hansen" for n in range(11)]
    panel.view.setCurrentIndex(panel.model.index(9, 0))
    panel.open_selected()
    qtbot.waitUntil(lambda: window.ctx.current_case_id is not None, timeout=WAIT_MS)
    opened = window.ctx.service.load(window.ctx.current_case_id)
    assert opened.child.name == "Barn 09 Hansen"


def test_showing_the_deadlines_tab_again_reads_only_after_a_change(qtbot, many_cases, monkeypatch):
    window = many_cases
    service = window.ctx.service
    reads: list[date] = []
    real = service.deadline_counts
    monkeypatch.setattr(service, "deadline_counts", lambda today: reads.append(today) or real(today))
    window.action_show_deadlines.trigger()
    wait_idle(qtbot, window.ctx)
    window.workspace.show_cases()
    window.action_show_deadlines.trigger()
    wait_idle(qtbot, window.ctx)
    assert len(reads) == 1  # shown twice, nothing changed: read once
    window.workspace.deadlines.mark_stale()  # what a saved change does (ctx.case_changed)
    window.workspace.show_cases()
    window.action_show_deadlines.trigger()
    wait_idle(qtbot, window.ctx)
    assert len(reads) == 2


def test_a_long_section_opens_with_its_newest_versions_and_shows_the_rest_on_request(
    qtbot, unlocked_window
):
    from app.ui.stafetlog.section import NEWEST_SHOWN
    from tests.fixtures_ui import create_case_through_gui

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    service = window.ctx.service
    start = date(2024, 1, 1)
    for n in range(NEWEST_SHOWN + 5):
        service.add_entry(
            case_id,
            r.LogEntry(section=r.LogSection.NOTE, entry_date=start + timedelta(days=n),
                       text=f"Note nummer {n:03d}", author="Olga Jensen"),
        )
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    editor = window.workspace.case_view.pages[0].sections[r.LogSection.NOTE]
    qtbot.waitUntil(lambda: len(editor.shown_entries) == NEWEST_SHOWN + 5, timeout=WAIT_MS)
    drawn = editor.history.text()
    assert f"Note nummer {NEWEST_SHOWN + 4:03d}" in drawn  # the newest is there at once
    assert "Note nummer 004" not in drawn and "Note nummer 005" in drawn  # the oldest 5 wait
    assert editor.older_button.isVisibleTo(editor) and "5" in editor.older_button.text()
    editor.older_button.click()
    assert "Note nummer 000" in editor.history.text()
    assert not editor.older_button.isVisibleTo(editor)


def test_opening_a_case_records_one_view_after_the_case_is_shown(qtbot, unlocked_window):
    from tests.fixtures_ui import create_case_through_gui

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    vault = window.ctx.service.vault
    uid = window.ctx.service.load(case_id, audit=False).uid

    def views() -> int:
        return sum(e.action == "case.view" for e in vault.audit.extract(uid))

    before = views()
    window.workspace.open_case(case_id)
    wait_idle(qtbot, window.ctx)
    assert views() == before + 1
    window.ctx.reload_case()  # what every saved change does: not another viewing
    wait_idle(qtbot, window.ctx)
    assert views() == before + 1


def test_the_workspace_is_built_while_the_passphrase_is_typed(qtbot, gateway, ui_settings_dir):
    """First unlock to case list within a second: the (empty) pages are built while the unlock
    window waits for the passphrase, not after the click. Nothing personal is on them, and a
    wrong passphrase still leaves the window locked on the unlock screen."""
    from PySide6.QtCore import Qt

    from app.ui.main_window import MainWindow
    from tests.fixtures_ui import GUI_PASSPHRASE

    vault, _key = gateway.create(GUI_PASSPHRASE)
    vault.lock()
    window = MainWindow(gateway)
    qtbot.addWidget(window)
    window.show()
    window.start()
    form = window.access.unlock_form
    qtbot.waitUntil(lambda: window.access.stack.currentWidget() is form, timeout=WAIT_MS)
    qtbot.waitUntil(form.passphrase.isEnabled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT_MS)  # no click yet
    assert window.is_locked
    assert window.stack.currentWidget() is window.access
    assert window.workspace.cases.model.rowCount() == 0
    qtbot.keyClicks(form.passphrase, "forkert " + GUI_PASSPHRASE)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=WAIT_MS)
    assert window.is_locked
    assert window.stack.currentWidget() is window.access
    assert window.workspace.cases.model.rowCount() == 0
    window.ctx.shutdown()
