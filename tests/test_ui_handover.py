"""The handover in the GUI (pytest-qt, real vaults): send, a refusal with the way to the consent
form, receive through Filer and by drag-and-drop with the preview first, accept and decline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from app.domain import records as r
from tests.fixtures_handover import (
    CHILD,
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
)
from tests.fixtures_ui import WAIT_MS, unlock_through_gui, wait_idle
from tests.fixtures_vault import PASSPHRASE


@pytest.fixture
def office(tmp_path):  # noqa: ANN001, ANN201
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    bente = make_laptop(tmp_path, "Bente Bruun", "lærer", "Solsikkeskolen")
    exchange_cards(kirsten, arne, bente)
    case_id = start_case(kirsten, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    uid = kirsten.svc.case_uid(case_id)
    for lap in (kirsten, arne, bente):
        lap.vault.lock()
    return {"kirsten": kirsten, "arne": arne, "bente": bente, "case_id": case_id, "uid": uid}


@pytest.fixture
def open_window(qtbot, ui_settings_dir, monkeypatch):  # noqa: ANN001, ANN201
    """`open_window(lap)`: the main window on that laptop's vault, unlocked through the GUI."""
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway

    wait_until = qtbot.waitUntil
    monkeypatch.setattr(
        qtbot, "waitUntil", lambda cb, *, timeout=WAIT_MS: wait_until(cb, timeout=WAIT_MS)
    )
    windows = []

    def make(lap):  # noqa: ANN001, ANN202
        gateway = VaultGateway(
            lap.folder,
            create_options={"device_secrets": lap.keyring},
            unlock_options={"device_secrets": lap.keyring},
        )
        window = MainWindow(gateway)
        qtbot.addWidget(window)
        window.show()
        window.start()
        unlock_through_gui(qtbot, window, PASSPHRASE)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not window.is_locked:
            window.lock()
        wait_idle(qtbot, window.ctx)
        window.ctx.shutdown()


def _page(window):  # noqa: ANN001, ANN202
    return window.workspace.case_view.pages[0]


def _open_case(qtbot, window, case_id: int):  # noqa: ANN001, ANN202
    window.workspace.open_case(case_id)
    qtbot.waitUntil(lambda: window.ctx.case is not None and window.ctx.current_case_id == case_id)
    wait_idle(qtbot, window.ctx)
    return _page(window)


def _dialog(qtbot, cls):  # noqa: ANN001, ANN202
    qtbot.waitUntil(
        lambda: any(isinstance(w, cls) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible())


def _send_through_gui(qtbot, window, case_id, name, target):  # noqa: ANN001, ANN202
    from app.ui.handover import SendDialog

    page = _open_case(qtbot, window, case_id)
    assert page.baton.handover_button.isVisible()
    qtbot.mouseClick(page.baton.handover_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, SendDialog)
    qtbot.waitUntil(lambda: dialog.contact.count() > 0)
    index = next(i for i in range(dialog.contact.count()) if name in dialog.contact.itemText(i))
    dialog.contact.setCurrentIndex(index)
    assert "bekræftet" in dialog.fingerprint.text()
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    return dialog, page


def test_send_then_receive_by_menu_and_accept(qtbot, office, open_window, tmp_path, monkeypatch):  # noqa: ANN001
    from app.ui.handover import ReceivePreview

    kirsten_window = open_window(office["kirsten"])
    target = tmp_path / "til-arne.stafet"
    dialog, page = _send_through_gui(
        qtbot, kirsten_window, office["case_id"], "Arne Andersen", target
    )
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "Stafetten er tilbudt til Arne Andersen" in page.baton.pending.text())
    # Only Arne's receipt answers the offer now: no local "Tag imod" on Kirsten's laptop.
    qtbot.waitUntil(lambda: "sendt til Arne Andersen" in page.baton.read_only_note.text())
    assert not page.baton.accept_button.isVisible()
    assert not page.baton.decline_button.isVisible()
    assert "Arne Andersen" in kirsten_window.message_bar.text()
    kirsten_window.lock()
    wait_idle(qtbot, kirsten_window.ctx)

    arne_window = open_window(office["arne"])
    from PySide6.QtWidgets import QMenu

    receive = arne_window.handover.receive
    assert receive.isEnabled()
    assert receive in arne_window.findChild(QMenu, "menuFile").actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    receive.trigger()
    preview = _dialog(qtbot, ReceivePreview)
    # Who sent what, and when, before anything is written.
    assert preview.sender_label.text().startswith("Kirsten Petersen")
    assert CHILD.name in preview.summary.text()
    assert not preview.warning.isVisible()  # the contact is verified
    assert arne_window.ctx.service.list_cases() == []
    qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: arne_window.ctx.case is not None)
    wait_idle(qtbot, arne_window.ctx)
    arne_page = _page(arne_window)
    qtbot.waitUntil(lambda: arne_page.baton.incoming_box.isVisible())
    assert (
        "Kirsten Petersen har overdraget stafetten til dig" in arne_page.baton.incoming_text.text()
    )
    assert not arne_page.baton.accept_button.isVisible()  # the answer goes as a receipt

    receipt = tmp_path / "kvittering.stafet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    qtbot.mouseClick(arne_page.baton.receipt_accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(receipt.exists)
    wait_idle(qtbot, arne_window.ctx)
    qtbot.waitUntil(lambda: "Arne Andersen" in arne_page.baton.holder.text())
    assert not arne_page.baton.incoming_box.isVisible()
    arne_window.lock()
    wait_idle(qtbot, arne_window.ctx)

    # Kirsten drops the receipt on her window: preview, then her copy turns read-only.
    kirsten_window = open_window(office["kirsten"])
    k_page = _open_case(qtbot, kirsten_window, office["case_id"])
    _drop(kirsten_window, receipt)
    preview = _dialog(qtbot, ReceivePreview)
    assert "har taget imod stafetten" in preview.summary.text()
    qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, kirsten_window.ctx)
    qtbot.waitUntil(lambda: k_page.baton.read_only_note.isVisible())
    assert "Stafetten er givet videre til Arne Andersen" in k_page.baton.read_only_note.text()
    assert not k_page.baton.handover_button.isVisible()
    assert not k_page.baton.offer_toggle.isVisible()
    assert k_page.closing.isEnabled()


def _drop(window, path: Path) -> None:  # noqa: ANN001
    """A file dropped on the main window. Qt delivers drag-and-drop events only inside a real
    drag session (there is none offscreen), so they go to the window's drop handler directly:
    the event filter QApplication would call first."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (QDragEnterEvent(QPoint(20, 20), *args), QDropEvent(QPointF(20, 20), *args)):
        assert window.handover.eventFilter(window, event) is True
        assert event.isAccepted()


def test_outside_the_consent_the_dialog_says_why_and_opens_the_consent_form(
    qtbot, office, open_window, tmp_path
):  # noqa: ANN001
    window = open_window(office["kirsten"])
    target = tmp_path / "til-bente.stafet"
    dialog, _page_ = _send_through_gui(qtbot, window, office["case_id"], "Bente Bruun", target)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "samtykke nævner ikke Bente Bruun" in dialog.message.text()
    assert dialog.isVisible() and not target.exists()
    assert dialog.consent_button.isVisible()
    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    view = window.workspace.case_view
    assert type(view.pages[view.tabs.currentIndex()]).__name__ == "ConsentPage"


def test_decline_writes_a_receipt_and_leaves_a_read_only_copy(
    qtbot, office, open_window, tmp_path, monkeypatch
):  # noqa: ANN001
    from app.ui.handover import ReceivePreview

    kirsten = office["kirsten"]
    kirsten.vault = type(kirsten.vault).unlock(
        kirsten.folder, PASSPHRASE, device_secrets=kirsten.keyring
    )
    from app.handover.service import Handover
    from app.models.service import CaseService

    svc = CaseService(kirsten.vault, actor=kirsten.name)
    target = tmp_path / "til-arne.stafet"
    Handover(kirsten.vault, svc).send(office["case_id"], kirsten.contact("Arne Andersen"), target)
    kirsten.vault.lock()

    window = open_window(office["arne"])
    _drop(window, target)
    preview = _dialog(qtbot, ReceivePreview)
    qtbot.mouseClick(preview.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.case is not None)
    wait_idle(qtbot, window.ctx)
    page = _page(window)
    qtbot.waitUntil(lambda: page.baton.incoming_box.isVisible())
    qtbot.mouseClick(page.baton.receipt_decline, Qt.MouseButton.LeftButton)
    assert "begrundelse" in page.baton.message.text().lower()  # a reason is needed
    answer = tmp_path / "nej"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answer), ""))
    qtbot.keyClicks(page.baton.decline_reason, "Familien bor uden for vores distrikt.")
    qtbot.mouseClick(page.baton.receipt_decline, Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "nej.stafet").exists)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: "Kopi til orientering" in page.baton.read_only_note.text())
    assert "Kirsten Petersen" in page.baton.holder.text()
    assert not page.baton.incoming_box.isVisible()
