"""Kontakter: the address book in the GUI — import a card (fingerprint read aloud), verify, revoke,
and export "Mit kontaktkort…". Every vault call runs on the write worker; nothing is written until
the user has seen the fingerprint and chosen to add the card."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.form_layout import name_field
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)

CARD_FILTER = "Kontaktkort (*.stafetkort);;Alle filer (*)"


def _status(contact: Any) -> str:
    translate = QCoreApplication.translate
    if contact.revoked:
        return translate("Contacts", "spærret")
    if contact.verified:
        return translate("Contacts", "kontrolleret")
    if contact.source == "kommunen":  # from the municipality's directory (app/sync)
        return translate("Contacts", "bekræftet af kommunen")
    return translate("Contacts", "ikke kontrolleret")


def _read_card(path: str) -> Any:
    """On the worker: the card in the file, checked (PeopleError in Danish on anything else)."""
    from app.people import card_from_bytes
    from app.people.cards import NOT_A_CARD
    from app.people.profile import PeopleError

    try:
        data = Path(path).read_bytes()
    except OSError:
        raise PeopleError(NOT_A_CARD) from None
    return card_from_bytes(data)


class ContactsDialog(QDialog):
    def __init__(self, ctx: Any, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(self.tr("Kontakter"))
        self.ctx = ctx
        self.vault = vault
        self.contacts: list[Any] = []
        self.pending: Any = None  # a card read from a file, shown but not yet added
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Dine kontakter er dem, du kan overdrage stafetten til og dele med. Få deres "
                "kontaktkort, og ring til dem: læs fingeraftrykket højt sammen, før du markerer "
                "kortet som kontrolleret."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("contactsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Navn"),
                self.tr("Stilling"),
                self.tr("Arbejdsplads"),
                self.tr("Status"),
                self.tr("Fingeraftryk"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        name_field(self.table, self.tr("Kontakter"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Importér kontaktkort…"))
        self.import_button.setObjectName("contactImport")
        self.import_button.clicked.connect(self.choose_card)
        self.verify_button = QPushButton(self.tr("Markér som &kontrolleret"))
        self.verify_button.setObjectName("contactVerify")
        self.verify_button.setToolTip(
            self.tr("Markér kontakten som kontrolleret: I har læst fingeraftrykket højt sammen.")
        )
        self.verify_button.clicked.connect(self.verify_selected)
        self.revoke_button = QPushButton(self.tr("&Spær…"))
        self.revoke_button.setObjectName("contactRevoke")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.export_button = QPushButton(self.tr("&Mit kontaktkort…"))
        self.export_button.setObjectName("contactExport")
        self.export_button.clicked.connect(self.export_my_card)
        for button in (self.import_button, self.verify_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)

        # The card just read: who it says it is and the fingerprint to read aloud.
        self.pending_box = QGroupBox(self.tr("Nyt kontaktkort"))
        self.pending_box.setObjectName("pendingCard")
        box = QVBoxLayout(self.pending_box)
        self.pending_who = QLabel()
        self.pending_who.setObjectName("pendingWho")
        self.pending_who.setWordWrap(True)
        box.addWidget(self.pending_who)
        box.addWidget(
            QLabel(self.tr("Ring til personen, og læs fingeraftrykket højt sammen:"))
        )
        self.pending_fingerprint = QLabel()
        self.pending_fingerprint.setObjectName("pendingFingerprint")
        self.pending_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        big = QFont(self.pending_fingerprint.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.pending_fingerprint.setFont(big)
        name_field(self.pending_fingerprint, self.tr("Fingeraftryk"))
        box.addWidget(self.pending_fingerprint)
        buttons = QHBoxLayout()
        self.add_verified_button = QPushButton(self.tr("Det &passer – tilføj som kontrolleret"))
        self.add_verified_button.setObjectName("pendingAddVerified")
        self.add_verified_button.clicked.connect(lambda: self.add_pending(verified=True))
        self.add_button = QPushButton(self.tr("&Tilføj uden kontrol"))
        self.add_button.setObjectName("pendingAdd")
        self.add_button.clicked.connect(lambda: self.add_pending(verified=False))
        self.discard_button = QPushButton(self.tr("&Annullér"))
        self.discard_button.setObjectName("pendingDiscard")
        self.discard_button.clicked.connect(self.discard_pending)
        for button in (self.add_verified_button, self.add_button, self.discard_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.pending_box.hide()
        layout.addWidget(self.pending_box)

        self.info = QLabel()
        self.info.setObjectName("contactsInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.message = InlineMessage()
        self.message.setObjectName("contactsMessage")
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(820, 460)
        self._update_buttons()
        self.refresh()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        from app.people import ContactBook

        vault = self.vault
        self.ctx.run(lambda: ContactBook(vault).list(), on_done=self._show, on_error=self._failed)

    def _show(self, contacts: list[Any]) -> None:
        self.contacts = list(contacts)
        self.table.setRowCount(len(self.contacts))
        for i, c in enumerate(self.contacts):
            values = (c.name, c.card.role, c.card.organisation, _status(c), c.fingerprint)
            for column, value in enumerate(values):
                self.table.setItem(i, column, QTableWidgetItem(value))
        self._update_buttons()

    def selected(self) -> Any:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.contacts[min(rows)] if rows else None

    def select_contact(self, contact_id: int) -> None:
        for i, c in enumerate(self.contacts):
            if c.id == contact_id:
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.verify_button.setEnabled(bool(chosen and not chosen.verified and not chosen.revoked))
        self.revoke_button.setEnabled(bool(chosen and not chosen.revoked))

    def _failed(self, exc: BaseException) -> None:
        self.message.say(self.ctx.error_text(exc))

    # -- import --------------------------------------------------------------------------------

    def choose_card(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Importér kontaktkort"), "", CARD_FILTER
        )
        if path:
            self.read_card(path)

    def read_card(self, path: str) -> None:
        self.message.clear()
        self.ctx.run(_read_card, path, on_done=self._card_read, on_error=self._failed)

    def _card_read(self, card: Any) -> None:
        from app.people import fingerprint

        self.pending = card
        who = ", ".join(x for x in (card.name, card.role, card.organisation, card.contact) if x)
        self.pending_who.setText(who)
        self.pending_fingerprint.setText(fingerprint(card))
        self.pending_box.show()
        self.add_verified_button.setFocus()

    def discard_pending(self) -> None:
        self.pending = None
        self.pending_box.hide()
        self.pending_fingerprint.clear()
        self.pending_who.clear()

    def add_pending(self, *, verified: bool) -> None:
        card = self.pending
        if card is None:
            return
        from app.people import ContactBook

        vault = self.vault

        def add() -> Any:
            book = ContactBook(vault)
            contact = book.add(card)
            return book.mark_verified(contact.id) if verified else contact

        def added(contact: Any) -> None:
            self.discard_pending()
            self.info.setText(
                self.tr("{name} er tilføjet ({status}).").format(
                    name=contact.name, status=_status(contact)
                )
            )
            self.refresh()

        self.ctx.run(add, on_done=added, on_error=self._failed)

    # -- verify, revoke --------------------------------------------------------------------------

    def verify_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from app.people import ContactBook

        vault = self.vault
        self.ctx.run(
            lambda: ContactBook(vault).mark_verified(chosen.id),
            on_done=lambda _c: self.refresh(),
            on_error=self._failed,
        )

    def confirm_revoke(self, contact: Any) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Spær kontakt"),
            self.tr(
                "Spær {name}? Kortet bruges ikke mere: overdragelser fra og til det afvises. "
                "Få et nyt kontaktkort, hvis personen skal bruges igen."
            ).format(name=contact.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm_revoke(chosen):
            return
        from app.people import ContactBook

        vault = self.vault
        self.ctx.run(
            lambda: ContactBook(vault).revoke(chosen.id),
            on_done=lambda _c: self.refresh(),
            on_error=self._failed,
        )

    # -- my card -------------------------------------------------------------------------------

    def export_my_card(self) -> None:
        me = getattr(self.ctx, "profile", None)
        suggestion = f"{me.name}.stafetkort" if me else "kontaktkort.stafetkort"
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Gem mit kontaktkort"), suggestion, CARD_FILTER
        )
        if path:
            self.write_my_card(path)

    def write_my_card(self, path: str) -> None:
        from app.people import card_to_bytes, fingerprint, my_card
        from app.reports.sharing import write_atomically

        vault = self.vault
        self.message.clear()

        def write() -> str:
            card = my_card(vault)  # the keys are made here the first time
            write_atomically(Path(path), card_to_bytes(card))
            return fingerprint(card)

        def written(spoken: str) -> None:
            self.info.setText(
                self.tr(
                    "Dit kontaktkort er gemt. Giv det til den anden, og læs dit fingeraftryk "
                    "højt, når I ringer: {fingerprint}"
                ).format(fingerprint=spoken)
            )

        self.ctx.run(write, on_done=written, on_error=self._failed)

