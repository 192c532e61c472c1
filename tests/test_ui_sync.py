"""The relay in the GUI (pytest-qt, real vaults): with a server remembered, "Overdrag" queues
instead of asking for a file and the background sync sends it; the status bar says when it
last synced or why it failed; a pulled bundle gets the file's preview before anything is
written; locking clears the state."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.sync import store
from tests.fixtures_handover import make_laptop
from tests.fixtures_sync import remember_a_server
from tests.fixtures_ui import wait_idle
from tests.test_sync_end_to_end import ARNE, Town
from tests.test_ui_handover import _dialog, _open_case, open_window  # noqa: F401 - fixture


def _pushed(vault) -> list[str]:  # noqa: ANN001
    """The kinds of the bundles the server has stored for this laptop."""
    import sqlalchemy as sa

    with vault.read_session() as s:
        query = sa.select(store.outbox.c.kind).where(store.outbox.c.pushed_at.is_not(None))
        return [row.kind for row in s.execute(query)]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_shows_as_failed_and_locking_clears_it(
    qtbot, open_window, tmp_path  # noqa: ANN001, F811
):
    lap = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    remember_a_server(lap.vault, tmp_path / "ca", f"https://127.0.0.1:{_closed_port()}")
    lap.vault.lock()
    window = open_window(lap)
    status = window.relay_sync.label
    qtbot.waitUntil(lambda: status.isVisible() and "mislykkedes" in status.text())
    assert "Serveren svarer ikke" in status.text()
    assert window.relay_sync.action.isEnabled()
    window.lock()
    assert status.text() == "" and not status.isVisible()
    assert not window.relay_sync.action.isEnabled()


def test_sync_now_without_a_server_says_how_to_connect(
    qtbot, open_window, tmp_path  # noqa: ANN001, F811
):
    lap = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    lap.vault.lock()
    window = open_window(lap)
    window.relay_sync.action.trigger()
    qtbot.waitUntil(lambda: "ingen server" in window.message_bar.text())
    assert "stafet sync --server" in window.message_bar.text()
    assert not window.relay_sync.label.isVisible()


def test_send_queues_instead_of_a_file_and_the_sync_delivers_it_to_a_preview(
    qtbot, open_window, tmp_path, pg_url, monkeypatch, capsys  # noqa: ANN001, F811
):
    from app.ui.handover import ReceivePreview, SendDialog

    town = Town(tmp_path, pg_url, monkeypatch)
    try:
        for lap in (town.kirsten, town.arne):
            assert town.run(lap, "sync", "--server", town.url, "--ca", str(town.server.ca)) == 0
        window = open_window(town.kirsten)
        page = _open_case(qtbot, window, town.case_id)
        qtbot.mouseClick(page.baton.handover_button, Qt.MouseButton.LeftButton)
        dialog = _dialog(qtbot, SendDialog)
        qtbot.waitUntil(lambda: dialog.contact.count() > 0)
        assert dialog.via_server and not dialog.path.isVisible()
        assert "via kommunens server" in dialog.hint.text()
        index = next(i for i in range(dialog.contact.count()) if ARNE in dialog.contact.itemText(i))
        dialog.contact.setCurrentIndex(index)
        assert "bekræftet af kommunen" in dialog.fingerprint.text()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window.ctx)
        status = window.relay_sync.label
        qtbot.waitUntil(lambda: status.text().startswith("Synkroniseret kl."))
        assert "venter" not in status.text()
        assert store.counts(window.ctx.service.vault).to_push == 0  # on the server now
        assert "sendes via kommunens server" in window.message_bar.text()
        assert not list(tmp_path.rglob("*.stafet"))  # no file anywhere
        window.lock()
        wait_idle(qtbot, window.ctx)
        assert status.text() == ""

        arne = open_window(town.arne)
        preview = _dialog(qtbot, ReceivePreview)  # pulled in the background, nothing written yet
        assert "overdrager stafetten for Hans Hansen til dig" in preview.summary.text()
        assert arne.ctx.service.case_id_for_uid(town.case_uid) is None
        qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, arne.ctx)
        qtbot.waitUntil(lambda: arne.ctx.service.case_id_for_uid(town.case_uid) is not None)
        assert store.counts(arne.ctx.service.vault).not_received == 0
        assert not any(
            isinstance(w, ReceivePreview) and w.isVisible() for w in QApplication.topLevelWidgets()
        )

        # Arne accepts: the receipt is queued and synced, no file is asked for.
        def no_file(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            raise AssertionError("a file was asked for while a server is remembered")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", no_file)
        arne_case = arne.ctx.service.case_id_for_uid(town.case_uid)
        arne_page = _open_case(qtbot, arne, arne_case)
        qtbot.waitUntil(lambda: arne_page.baton.incoming_box.isVisible())
        qtbot.mouseClick(arne_page.baton.receipt_accept, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, arne.ctx)
        qtbot.waitUntil(lambda: ARNE in arne_page.baton.holder.text())
        qtbot.waitUntil(lambda: "sendes via kommunens server" in arne.message_bar.text())
        qtbot.waitUntil(lambda: _pushed(arne.ctx.service.vault) == ["receipt"])
        assert store.counts(arne.ctx.service.vault).to_push == 0
    finally:
        town.server.stop()
