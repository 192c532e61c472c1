"""The baton: who holds it, a pending offer (accept / decline / withdraw), and øje-på-barnet."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import format_date, validate_text
from app.ui.date_field import DateField
from app.ui.field_error import field_named
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage
from app.ui.stafetlog.header import person_text
from app.ui.stafetlog.texts import tr, translate
from app.ui.theme import current_theme
from app.ui.toggle_buttons import toggle_button

logger = logging.getLogger(__name__)

EVENT_TITLES = {
    r.BatonEventKind.CREATED: QT_TRANSLATE_NOOP("Stafetlog", "Stafetholder fra start: {person}"),
    r.BatonEventKind.OFFERED: QT_TRANSLATE_NOOP("Stafetlog", "Stafetten tilbudt til {person}"),
    r.BatonEventKind.ACCEPTED: QT_TRANSLATE_NOOP("Stafetlog", "{person} tog imod stafetten"),
    r.BatonEventKind.DECLINED: QT_TRANSLATE_NOOP(
        "Stafetlog", "{person} sagde nej tak til stafetten"
    ),
    r.BatonEventKind.WITHDRAWN: QT_TRANSLATE_NOOP("Stafetlog", "Tilbuddet blev trukket tilbage"),
    r.BatonEventKind.CLOSED: QT_TRANSLATE_NOOP("Stafetlog", "Stafetloggen blev afsluttet"),
}


class PersonFields(QWidget):
    """Name, workplace, role and contact of a professional."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = FormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setObjectName(f"{prefix}_name")
        form.add_row(translate("Stafetlog", "Navn:"), self.name)
        self.organisation = QLineEdit()
        self.organisation.setObjectName(f"{prefix}_organisation")
        form.add_row(translate("Stafetlog", "Arbejdssted:"), self.organisation)
        self.role = QLineEdit()
        self.role.setObjectName(f"{prefix}_role")
        form.add_row(translate("Stafetlog", "Rolle:"), self.role)
        self.contact = QLineEdit()
        self.contact.setObjectName(f"{prefix}_contact")
        form.add_row(translate("Stafetlog", "Kontakt:"), self.contact)

    def person(self) -> r.Person:
        return r.Person(
            name=validate_text(
                self.name.text().strip(),
                translate("Stafetlog", "navn"),
                required=True,
                max_chars=500,
            ),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
            contact=self.contact.text().strip(),
        )

    def clear(self) -> None:
        for field in (self.name, self.organisation, self.role, self.contact):
            field.clear()


class BatonBox(QGroupBox):
    offer_requested = Signal(object, object, str)  # Person, date, note
    accept_requested = Signal(object)  # date
    decline_requested = Signal(object)
    withdraw_requested = Signal(object)
    eye_requested = Signal(object, object)  # Person, since
    handover_requested = Signal()  # "Overdrag stafetten…": the send dialog
    receipt_accept_requested = Signal()  # a received handover: accept, write the receipt
    receipt_decline_requested = Signal(str)  # … or decline with this reason

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(translate("Stafetlog", "Stafetten og øje-på-barnet"), parent)
        self.setObjectName("batonBox")
        self._today = today
        layout = QVBoxLayout(self)
        self.holder = QLabel()
        self.holder.setObjectName("batonHolder")
        self.holder.setProperty("personal", True)
        self.holder.setWordWrap(True)
        layout.addWidget(self.holder)
        rule = QLabel(
            translate(
                "Stafetlog",
                "Der er altid præcis én stafetholder. Den, der har stafetten, beholder den, indtil "
                "den nye stafetholder har sagt ja. Først da skifter stafetten hænder.",
            )
        )
        rule.setProperty("hint", True)
        rule.setWordWrap(True)
        layout.addWidget(rule)

        self.pending = QLabel()
        self.pending.setObjectName("batonPending")
        self.pending.setProperty("personal", True)
        self.pending.setWordWrap(True)
        self.pending.hide()
        layout.addWidget(self.pending)
        answer = QHBoxLayout()
        self.accept_button = QPushButton(translate("Stafetlog", "Tag imod stafetten"))
        self.accept_button.setObjectName("batonAccept")
        self.decline_button = QPushButton(translate("Stafetlog", "Sig nej tak"))
        self.decline_button.setObjectName("batonDecline")
        self.withdraw_button = QPushButton(translate("Stafetlog", "Træk tilbuddet tilbage"))
        self.withdraw_button.setObjectName("batonWithdraw")
        for button in (self.accept_button, self.decline_button, self.withdraw_button):
            answer.addWidget(button)
            button.hide()
        answer.addStretch(1)
        layout.addLayout(answer)
        self.answer_date = DateField(translate("Stafetlog", "dato for svaret"))
        self.answer_date.setObjectName("batonAnswerDate")
        self.answer_form = QWidget()
        form = FormLayout(self.answer_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.add_row(translate("Stafetlog", "Dato for svaret:"), self.answer_date)
        self.answer_form.hide()
        layout.addWidget(self.answer_form)
        self.accept_button.clicked.connect(lambda: self._answer(self.accept_requested))
        self.decline_button.clicked.connect(lambda: self._answer(self.decline_requested))
        self.withdraw_button.clicked.connect(lambda: self._answer(self.withdraw_requested))

        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("batonReadOnly")
        self.read_only_note.setProperty("personal", True)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)
        self.incoming_box = QWidget()
        self.incoming_box.setObjectName("batonIncomingBox")
        incoming = QVBoxLayout(self.incoming_box)
        incoming.setContentsMargins(0, 0, 0, 0)
        self.incoming_text = QLabel()
        self.incoming_text.setObjectName("batonIncoming")
        self.incoming_text.setProperty("personal", True)
        self.incoming_text.setWordWrap(True)
        incoming.addWidget(self.incoming_text)
        reason_form = FormLayout()
        reason_form.setContentsMargins(0, 0, 0, 0)
        self.decline_reason = QLineEdit()
        self.decline_reason.setObjectName("batonDeclineReason")
        reason_form.add_row(
            translate("Stafetlog", "Begrundelse, hvis du siger nej tak:"), self.decline_reason
        )
        incoming.addLayout(reason_form)
        receipt_row = QHBoxLayout()
        self.receipt_accept = QPushButton(translate("Stafetlog", "Tag imod og skriv kvittering…"))
        self.receipt_accept.setObjectName("batonReceiptAccept")
        self.receipt_decline = QPushButton(
            translate("Stafetlog", "Sig nej tak og skriv kvittering…")
        )
        self.receipt_decline.setObjectName("batonReceiptDecline")
        receipt_row.addWidget(self.receipt_accept)
        receipt_row.addWidget(self.receipt_decline)
        receipt_row.addStretch(1)
        incoming.addLayout(receipt_row)
        self.incoming_box.hide()
        layout.addWidget(self.incoming_box)
        self.receipt_accept.clicked.connect(self.receipt_accept_requested)
        self.receipt_decline.clicked.connect(self._receipt_decline)

        toggles = QHBoxLayout()
        self.handover_button = QPushButton(translate("Stafetlog", "Overdrag stafetten…"))
        self.handover_button.setObjectName("batonHandover")
        self.handover_button.setToolTip(
            translate(
                "Stafetlog",
                "Send stafetten krypteret til en kontakt på en anden computer (.stafet-fil)",
            )
        )
        self.handover_button.clicked.connect(self.handover_requested)
        toggles.addWidget(self.handover_button)
        self.offer_toggle = QPushButton(translate("Stafetlog", "Tilbyd stafetten til en anden…"))
        self.offer_toggle.setObjectName("batonOfferToggle")
        toggle_button(self.offer_toggle)  # read as a toggle button, pressed or not
        self.eye_toggle = QPushButton(translate("Stafetlog", "Vælg øje-på-barnet…"))
        self.eye_toggle.setObjectName("eyeToggle")
        toggle_button(self.eye_toggle)
        toggles.addWidget(self.offer_toggle)
        toggles.addWidget(self.eye_toggle)
        toggles.addStretch(1)
        layout.addLayout(toggles)
        self._editable = True
        self._offered = False

        self.offer_box = QGroupBox(translate("Stafetlog", "Tilbyd stafetten til en anden"))
        offer_layout = QVBoxLayout(self.offer_box)
        self.offer_person = PersonFields("offer")
        offer_layout.addWidget(self.offer_person)
        offer_form = FormLayout()
        self.offer_date = DateField(translate("Stafetlog", "dato for tilbuddet"))
        self.offer_date.setObjectName("offerDate")
        offer_form.add_row(translate("Stafetlog", "Dato:"), self.offer_date)
        self.offer_note = QLineEdit()
        self.offer_note.setObjectName("offerNote")
        offer_form.add_row(translate("Stafetlog", "Bemærkning:"), self.offer_note)
        offer_layout.addLayout(offer_form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.offer_button = QPushButton(translate("Stafetlog", "Tilbyd stafetten"))
        self.offer_button.setObjectName("batonOffer")
        self.offer_button.clicked.connect(self._offer)
        row.addWidget(self.offer_button)
        offer_layout.addLayout(row)
        layout.addWidget(self.offer_box)

        self.eye_box = QGroupBox(translate("Stafetlog", "Øje-på-barnet"))
        eye_layout = QVBoxLayout(self.eye_box)
        eye_hint = QLabel(
            translate(
                "Stafetlog",
                "Den person, der holder øje med barnet mellem møderne. "
                "Det behøver ikke være stafetholderen.",
            )
        )
        eye_hint.setProperty("hint", True)
        eye_hint.setWordWrap(True)
        eye_layout.addWidget(eye_hint)
        self.eye_person = PersonFields("eye")
        eye_layout.addWidget(self.eye_person)
        eye_form = FormLayout()
        self.eye_since = DateField(translate("Stafetlog", "fra dato"))
        self.eye_since.setObjectName("eyeSince")
        eye_form.add_row(translate("Stafetlog", "Fra dato:"), self.eye_since)
        eye_layout.addLayout(eye_form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.eye_button = QPushButton(translate("Stafetlog", "Gem øje-på-barnet"))
        self.eye_button.setObjectName("eyeSave")
        self.eye_button.clicked.connect(self._eye)
        row.addWidget(self.eye_button)
        eye_layout.addLayout(row)
        layout.addWidget(self.eye_box)

        self.history = QLabel()
        self.history.setObjectName("batonHistory")
        self.history.setProperty("personal", True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.offer_toggle.toggled.connect(self._update_forms)
        self.eye_toggle.toggled.connect(self._update_forms)
        self.offer_box.hide()
        self.eye_box.hide()
        self.reset_dates()

    def _update_forms(self) -> None:
        """The forms open on demand, so the baton's state is what the eye meets first."""
        can_offer = self._editable and not self._offered
        self.handover_button.setVisible(can_offer)
        self.offer_toggle.setVisible(can_offer)
        self.eye_toggle.setVisible(self._editable)
        self.offer_box.setVisible(can_offer and self.offer_toggle.isChecked())
        self.eye_box.setVisible(self._editable and self.eye_toggle.isChecked())
        if self.offer_box.isVisible() and self.sender() is self.offer_toggle:
            self.offer_person.name.setFocus()
        if self.eye_box.isVisible() and self.sender() is self.eye_toggle:
            self.eye_person.name.setFocus()

    def reset_dates(self) -> None:
        for field in (self.answer_date, self.offer_date, self.eye_since):
            field.default_to(self._today)

    def show_handover(
        self, read_only_text: str, waiting_from: str | None, awaiting: str | None = None
    ) -> None:
        """A handover's marks: why the case is read-only here, whose offer waits for our answer,
        or whose receipt we wait for (then only the receipt can answer our offer)."""
        self.read_only_note.setText(read_only_text)
        self.read_only_note.setVisible(bool(read_only_text))
        if awaiting and self._offered and not waiting_from:
            self.read_only_note.setText(
                translate(
                    "Stafetlog",
                    "Overdragelsesfilen er sendt til {name}. Svaret kommer som en kvittering, "
                    "som du modtager under Filer → Modtag overdragelse…",
                ).format(name=awaiting)
            )
            self.read_only_note.show()
            self.accept_button.hide()
            self.decline_button.hide()
            self.answer_form.setVisible(self.withdraw_button.isVisible())
        waiting = bool(waiting_from) and self._offered
        if waiting:
            self.incoming_text.setText(
                translate(
                    "Stafetlog",
                    "{name} har overdraget stafetten til dig. Tag imod den, eller sig nej tak "
                    "med en begrundelse. Dit svar sendes til {name} som en kvittering.",
                ).format(name=waiting_from)
            )
        self.incoming_box.setVisible(waiting)
        if waiting:  # the answer goes back as a receipt, not as a local step
            for button in (self.accept_button, self.decline_button, self.withdraw_button):
                button.hide()
            self.answer_form.hide()

    def _receipt_decline(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.message.clear()
        try:
            reason = validate_text(
                self.decline_reason.text().strip(),
                translate("Stafetlog", "begrundelse"),
                required=True,
                max_chars=2000,
            )
        except UserError as err:
            self.message.say(err.render(QCoreApplication.translate), self.decline_reason)
            return
        self.receipt_decline_requested.emit(reason)

    def show_case(self, case: r.Case, state, editable: bool) -> None:  # noqa: ANN001 - BatonState
        if state.holder is not None:
            self.holder.setText(
                translate("Stafetlog", "Stafetholder: {person}, siden {date}.").format(
                    person=person_text(state.holder),
                    date=format_date(state.holder_since) if state.holder_since else "",
                )
            )
        else:
            self.holder.setText(
                translate("Stafetlog", "Stafetloggen er afsluttet. Ingen har stafetten.")
            )
        offered = state.offered_to is not None and editable
        if offered:
            self.pending.setText(
                translate(
                    "Stafetlog",
                    "Stafetten er tilbudt til {person} den {date}. Indtil {name} siger ja, har "
                    "{holder} stadig stafetten.",
                ).format(
                    person=person_text(state.offered_to),
                    date=format_date(state.offered_on) if state.offered_on else "",
                    name=state.offered_to.name,
                    holder=state.holder.name if state.holder else "",
                )
            )
        self.pending.setVisible(offered)
        for button in (self.accept_button, self.decline_button, self.withdraw_button):
            button.setVisible(offered)
        self.answer_form.setVisible(offered)
        self._editable, self._offered = editable, offered
        self._update_forms()
        dated = []
        for order, event in enumerate(case.baton):
            title = tr(EVENT_TITLES[event.kind]).format(
                person=html.escape(person_text(event.person))
            )
            note = f" – {html.escape(event.note)}" if event.note else ""
            dated.append((event.on, 0, order, f"<b>{format_date(event.on)}</b> {title}{note}"))
        for order, eye in enumerate(case.eye_on_child):
            text = translate("Stafetlog", "Øje-på-barnet: {person}").format(
                person=html.escape(person_text(eye.person))
            )
            dated.append((eye.since, 1, order, f"<b>{format_date(eye.since)}</b> {text}"))
        lines = [line for *_key, line in sorted(dated, key=lambda d: d[:3])]
        self.history.setText(
            f"<p style='color:{current_theme().hint}'>"
            + translate("Stafetlog", "Historik")
            + "</p>"
            + "<br>".join(lines)
            if lines
            else ""
        )

    def _answer(self, signal) -> None:  # noqa: ANN001 - a bound Signal
        self.message.clear()
        try:
            on = self.answer_date.value()
        except UserError as err:
            from PySide6.QtCore import QCoreApplication

            self.message.say(err.render(QCoreApplication.translate), self.answer_date)
            return
        signal.emit(on)

    def _offer(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.message.clear()
        try:
            person = self.offer_person.person()
            on = self.offer_date.value()
        except UserError as err:
            where = field_named(err, self.offer_date) or self.offer_person.name
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        self.offer_requested.emit(person, on, self.offer_note.text().strip())

    def _eye(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.message.clear()
        try:
            person = self.eye_person.person()
            since = self.eye_since.value()
        except UserError as err:
            where = field_named(err, self.eye_since) or self.eye_person.name
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        self.eye_requested.emit(person, since)

    def step_done(self) -> None:
        self.offer_toggle.setChecked(False)
        self.eye_toggle.setChecked(False)
        self.offer_person.clear()
        self.offer_note.clear()
        self.eye_person.clear()
        self.reset_dates()

    def clear(self) -> None:
        self.step_done()
        for label in (self.holder, self.pending, self.history):
            label.clear()
        self.show_handover("", None, None)
        self.decline_reason.clear()
        self.message.clear()
