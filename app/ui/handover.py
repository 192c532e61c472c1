"""The handover in the GUI: "Overdrag stafetten…", "Modtag overdragelse…" (Filer, drag-and-drop)
with a preview before anything is written, and the answer (accept / decline) as a receipt.

Every vault call runs on the context's worker (`ctx.run`); the dialogs only show and collect.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import UserError
from app.domain.validation import format_date
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate reads translate("Handover", "…") calls
SUFFIX = ".stafet"
_services: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def handover_for(ctx: Any) -> Any:
    """The handover service of the open vault (one per CaseService: it caches the keys)."""
    from app.handover.service import Handover

    service = ctx.service
    found = _services.get(service)
    if found is None:
        found = Handover(service.vault, service)
        _services[service] = found
    return found


def vouched_text(contact: Any) -> str:
    """How sure we are that the card is the person's: checked by phone, vouched for by the
    municipality's directory, or not checked at all."""
    if contact.verified:
        return translate("Handover", "bekræftet")
    if getattr(contact, "source", "") == "kommunen":
        return translate("Handover", "bekræftet af kommunen")
    return translate("Handover", "IKKE bekræftet – ring og tjek det")


def _file_filter() -> str:
    return translate("Handover", "Stafet-overdragelse (*.stafet)")


def choose_target(parent: QWidget, suggested: str) -> Path | None:
    """Where to write a `.stafet` file (the save dialog); None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Handover", "Gem overdragelsesfilen"), suggested, _file_filter()
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix == SUFFIX else target.with_name(target.name + SUFFIX)


class SendDialog(QDialog):
    """Pick a contact (and copy or baton), check the consent, write the file."""

    sent = Signal(str)  # the recipient's name
    open_consent = Signal()

    def __init__(self, ctx: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverSendDialog")
        self.setMinimumWidth(620)
        self.setWindowTitle(translate("Handover", "Overdrag stafetten"))
        self.ctx = ctx
        self.case_id = case_id
        self._contacts: list[Any] = []
        self.via_server = False  # a relay server is remembered: queue instead of a file
        layout = QVBoxLayout(self)
        self.hint = hint = QLabel(
            translate(
                "Handover",
                "Stafetten sendes krypteret til modtageren som en .stafet-fil. Modtageren får den, "
                "når hun eller han har sagt ja. Forældrenes samtykke skal nævne modtageren.",
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        layout.addWidget(hint)
        form = FormLayout()
        self.contact = QComboBox()
        self.contact.setObjectName("handoverContact")
        form.add_row(translate("Handover", "Modtager:"), self.contact)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("handoverFingerprint")
        self.fingerprint.setWordWrap(True)
        form.add_row(translate("Handover", "Fingeraftryk:"), self.fingerprint)
        self.copy = QCheckBox(
            translate("Handover", "Kun en kopi til orientering (stafetten bliver hos dig)")
        )
        self.copy.setObjectName("handoverCopy")
        form.add_row("", self.copy)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("handoverPath")
        browse = QPushButton(translate("Handover", "Vælg…"))
        browse.setObjectName("handoverBrowse")
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.path_label = form.add_row(translate("Handover", "Fil:"), path_row, focus=self.path)
        self.browse = browse
        layout.addLayout(form)
        self.message = InlineMessage()
        self.message.setObjectName("handoverMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.consent_button = QPushButton(translate("Handover", "Åbn samtykket"))
        self.consent_button.setObjectName("handoverOpenConsent")
        self.consent_button.hide()
        self.consent_button.clicked.connect(self._open_consent)
        buttons.addWidget(self.consent_button)
        buttons.addStretch(1)
        cancel = QPushButton(translate("Handover", "Annullér"))
        cancel.clicked.connect(self.reject)
        self.send_button = QPushButton(translate("Handover", "Overdrag"))
        self.send_button.setObjectName("handoverSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._send)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.contact.currentIndexChanged.connect(self._contact_changed)
        self.copy.toggled.connect(
            lambda on: self.send_button.setText(
                translate("Handover", "Send kopien") if on else translate("Handover", "Overdrag")
            )
        )
        self.send_button.setEnabled(False)
        ctx.run(self._load_contacts, on_done=self._contacts_loaded)

    def _load_contacts(self) -> tuple[list[Any], bool]:
        from app.people import ContactBook
        from app.sync import store

        vault = self.ctx.service.vault
        contacts = [c for c in ContactBook(vault).list() if not c.revoked]
        return contacts, store.remembered_server(vault) is not None

    def _contacts_loaded(self, loaded: tuple[list[Any], bool]) -> None:
        contacts, self.via_server = loaded
        self._contacts = contacts
        if self.via_server:
            # The municipality's relay carries it: no file to choose, nothing on a USB stick.
            for widget in (self.path_label, self.path, self.browse):
                widget.hide()
            self.hint.setText(
                translate(
                    "Handover",
                    "Stafetten sendes krypteret til modtageren via kommunens server, så snart "
                    "du er på nettet. Modtageren får den, når hun eller han har sagt ja. "
                    "Forældrenes samtykke skal nævne modtageren.",
                )
            )
        self.contact.clear()
        for contact in contacts:
            card = contact.card
            where = ", ".join(part for part in (card.role, card.organisation) if part)
            self.contact.addItem(f"{card.name} ({where})" if where else card.name)
        if not contacts:
            self.message.say(
                translate(
                    "Handover",
                    "Din kontaktbog er tom. Importér modtagerens kontaktkort, og tjek "
                    "fingeraftrykket, før du overdrager stafetten.",
                )
            )
        self.send_button.setEnabled(bool(contacts))
        self._contact_changed()

    def selected(self) -> Any | None:
        index = self.contact.currentIndex()
        return self._contacts[index] if 0 <= index < len(self._contacts) else None

    def _contact_changed(self) -> None:
        contact = self.selected()
        if contact is None:
            self.fingerprint.clear()
            return
        state = vouched_text(contact)
        self.fingerprint.setText(f"{contact.fingerprint} ({state})")
        if not self.path.text().strip():
            stem = "".join(ch for ch in contact.card.name if ch.isalnum() or ch in " -").strip()
            self.path.setText(str(Path.home() / f"stafet-til-{stem.replace(' ', '-')}{SUFFIX}"))

    def _browse(self) -> None:
        target = choose_target(self, self.path.text())
        if target is not None:
            self.path.setText(str(target))

    def _send(self) -> None:
        self.message.clear()
        self.consent_button.hide()
        self.adjustSize()
        contact = self.selected()
        text = self.path.text().strip()
        if contact is None or not (text or self.via_server):
            self.message.say(translate("Handover", "Vælg en modtager og en fil."))
            return
        target: Path | None = None
        if not self.via_server:
            target = Path(text)
            if target.suffix != SUFFIX:
                target = target.with_name(target.name + SUFFIX)
        self.send_button.setEnabled(False)
        self.ctx.run(
            handover_for(self.ctx).send,
            self.case_id,
            contact,
            target,
            copy=self.copy.isChecked(),
            on=self.ctx.today(),
            on_done=lambda _sent: self._done(contact),
            on_error=self._failed,
        )

    def _done(self, contact: Any) -> None:
        self.sent.emit(contact.card.name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.handover.errors import HandoverError

        self.send_button.setEnabled(True)
        self.message.say(self.ctx.error_text(exc))
        self.adjustSize()  # room for the message
        consent_words = ("samtykke",)
        if isinstance(exc, UserError) and (
            isinstance(exc, HandoverError) or type(exc).__name__ == "SharingRefused"
        ):
            if any(word in exc.source.lower() for word in consent_words):
                self.consent_button.show()

    def _open_consent(self) -> None:
        self.open_consent.emit()
        self.reject()


class ReceivePreview(QDialog):
    """Who sent what, and when: shown before anything is written."""

    def __init__(self, incoming: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPreview")
        self.setMinimumWidth(520)
        self.setWindowTitle(translate("Handover", "Modtag overdragelse"))
        self.incoming = incoming
        sender = incoming.sender
        card = sender.card
        layout = QVBoxLayout(self)
        what = {
            "bundle": translate(
                "Handover", "{name} overdrager stafetten for {child} til dig ({entries} poster)."
            ),
            "copy": translate(
                "Handover",
                "{name} sender en kopi til orientering af stafetloggen for {child} "
                "({entries} poster). Stafetten bliver hos afsenderen.",
            ),
            "accepted": translate("Handover", "Kvittering: {name} har taget imod stafetten."),
            "declined": translate(
                "Handover",
                "Kvittering: {name} har sagt nej tak til stafetten. Begrundelse: {reason}",
            ),
        }[incoming.answer or incoming.kind]
        self.summary = QLabel(
            what.format(
                name=card.name,
                child=incoming.child_name,
                entries=incoming.entries,
                reason=incoming.reason,
            )
        )
        self.summary.setObjectName("handoverSummary")
        self.summary.setProperty("personal", True)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = FormLayout()
        where = ", ".join(part for part in (card.role, card.organisation) if part)
        self.sender_label = QLabel(f"{card.name} ({where})" if where else card.name)
        self.sender_label.setObjectName("handoverSender")
        form.add_row(translate("Handover", "Afsender:"), self.sender_label)
        moment = incoming.sent_at.astimezone()
        self.sent_label = QLabel(f"{format_date(moment.date())} {moment:%H:%M}")
        self.sent_label.setObjectName("handoverSent")
        form.add_row(translate("Handover", "Sendt:"), self.sent_label)
        self.fingerprint = QLabel(f"{sender.fingerprint} ({vouched_text(sender)})")
        self.fingerprint.setObjectName("handoverFingerprint")
        form.add_row(translate("Handover", "Fingeraftryk:"), self.fingerprint)
        layout.addLayout(form)
        self.warning = QLabel(
            translate(
                "Handover",
                "Afsenderens fingeraftryk er ikke bekræftet i din kontaktbog. Ring til afsenderen, "
                "og tjek det, før du modtager filen.",
            )
        )
        self.warning.setObjectName("handoverUnverified")
        self.warning.setWordWrap(True)
        self.warning.setVisible(not sender.verified and sender.source != "kommunen")
        layout.addWidget(self.warning)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(translate("Handover", "Annullér"))
        cancel.setObjectName("handoverCancel")
        cancel.clicked.connect(self.reject)
        self.receive_button = QPushButton(translate("Handover", "Modtag"))
        self.receive_button.setObjectName("handoverReceive")
        self.receive_button.setDefault(True)
        self.receive_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.receive_button)
        layout.addLayout(buttons)


class HandoverActions(QObject):
    """The main window's "Modtag overdragelse…" (Filer) and drops of `.stafet` files on it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.preview: ReceivePreview | None = None
        self.receive = QAction(translate("Handover", "&Modtag overdragelse…"), window)
        self.receive.setObjectName("actionReceiveHandover")
        self.receive.triggered.connect(self.choose_file)
        window.addAction(self.receive)
        file_menu = window.findChild(QObject, "menuFile")
        if file_menu is not None:
            actions = file_menu.actions()
            file_menu.insertAction(actions[1] if len(actions) > 1 else None, self.receive)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.ctx.unlocked.connect(lambda: self.receive.setEnabled(True))
        self.ctx.locked.connect(lambda: self.receive.setEnabled(False))
        self.receive.setEnabled(not getattr(window, "is_locked", True))

    @staticmethod
    def _dropped_file(event: Any) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].suffix.lower() == SUFFIX else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.ctx.service is not None and self._dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_file(event)
            if self.ctx.service is not None and path is not None:
                event.acceptProposedAction()
                self.open_file(path)
                return True
        return super().eventFilter(watched, event)

    def choose_file(self) -> None:
        if self.ctx.service is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Handover", "Modtag overdragelse"),
            str(Path.home()),
            _file_filter(),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Check the file on the worker, then show the preview; nothing is written yet."""
        self.ctx.run(handover_for(self.ctx).read, path, on_done=self._show_preview)

    def _show_preview(
        self,
        incoming: Any,
        receive: Callable[[Any], int] | None = None,
        after: Callable[[], None] | None = None,
    ) -> ReceivePreview:
        """The preview; "Modtag" writes through `receive` (default: the file's path). `after`
        runs once the person has answered and the step is done (the relay's next bundle)."""
        self.preview = preview = ReceivePreview(incoming, self.window)
        preview.accepted.connect(lambda: self._receive(incoming, receive, after))
        if after is not None:
            preview.rejected.connect(after)
        preview.finished.connect(preview.deleteLater)
        preview.open()
        return preview

    def _receive(
        self,
        incoming: Any,
        receive: Callable[[Any], int] | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        def received(case_id: int) -> None:
            texts = {
                "bundle": translate(
                    "Handover", "Overdragelsen er modtaget. Tag imod stafetten, eller sig nej tak."
                ),
                "copy": translate("Handover", "Kopien til orientering er modtaget."),
                "accepted": translate(
                    "Handover", "Kvitteringen er modtaget: stafetten er givet videre til {name}."
                ),
                "declined": translate(
                    "Handover", "Kvitteringen er modtaget: {name} sagde nej tak til stafetten."
                ),
            }
            text = texts[incoming.answer or incoming.kind].format(name=incoming.sender_name)
            workspace = getattr(self.window, "workspace", None)
            if workspace is not None:
                workspace.open_case(case_id)
                workspace.cases.refresh()
            self.ctx.user_message.emit(text)
            if after is not None:
                after()

        def failed(exc: BaseException) -> None:
            self.ctx.report_error(exc)
            if after is not None:
                after()

        self.ctx.run(
            receive or handover_for(self.ctx).receive, incoming, on_done=received, on_error=failed
        )
