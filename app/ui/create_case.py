"""The 'new case' dialog: the child (CPR or expected birth date), custodians, who creates it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP, UserError, ValidationError
from app.ui.context import UiContext
from app.ui.date_field import DateField
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)

RELATIONS = (
    QT_TRANSLATE_NOOP("Relation", "mor"),
    QT_TRANSLATE_NOOP("Relation", "far"),
    QT_TRANSLATE_NOOP("Relation", "plejemor"),
    QT_TRANSLATE_NOOP("Relation", "plejefar"),
    QT_TRANSLATE_NOOP("Relation", "værge"),
)


class CustodianFields(QGroupBox):
    def __init__(self, title: str, relation: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = FormLayout(self)
        self.name = QLineEdit()
        form.add_row(self.tr("Navn:"), self.name)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        for value in RELATIONS:
            self.relation.addItem(QCoreApplication.translate("Relation", value), value)
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        form.add_row(self.tr("Relation til barnet:"), self.relation)
        self.custody = QCheckBox(self.tr("Har forældremyndighed"))
        self.custody.setChecked(True)
        form.addRow("", self.custody)
        self.contact = QLineEdit()
        form.add_row(self.tr("Kontakt (telefon, e-mail):"), self.contact)

    def custodian(self) -> r.Custodian | None:
        name = self.name.text().strip()
        if not name:
            return None
        text = self.relation.currentText().strip()
        index = self.relation.currentIndex()
        # A picked item is stored by its Danish value; a typed relation as typed.
        relation = (
            self.relation.itemData(index)
            if index >= 0 and self.relation.itemText(index) == text
            else text
        )
        return r.Custodian(
            name=name,
            relation=(relation or "").strip() or "forælder",
            has_custody=self.custody.isChecked(),
            contact=self.contact.text().strip(),
        )


class CreateCaseDialog(QDialog):
    """Opened with `open()` (not exec): the window stays alive; `created(case_id)` on success."""

    created = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("createCaseDialog")
        self.setWindowTitle(self.tr("Ny stafetlog"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "En stafetlog følger ét barn gennem ét forløb. Du bliver selv stafetholder, "
                "indtil en anden tager imod stafetten."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        child_box = QGroupBox(self.tr("Barnet"))
        form = FormLayout(child_box)
        self.child_name = QLineEdit()
        self.child_name.setObjectName("childName")
        form.add_row(self.tr("Barnets &navn:"), self.child_name)
        self.name_message = InlineMessage()
        form.addRow("", self.name_message)
        self.cpr = QLineEdit()
        self.cpr.setObjectName("childCpr")
        self.cpr.setPlaceholderText(self.tr("ddmmåå-xxxx"))
        self.cpr.setMaxLength(11)
        form.add_row(self.tr("&Cpr-nr.:"), self.cpr, help_text=self.tr("Kan udfyldes senere."))
        self.cpr_message = InlineMessage()
        form.addRow("", self.cpr_message)
        self.unborn = QCheckBox(self.tr("Barnet er &ufødt"))
        self.unborn.setObjectName("unborn")
        form.addRow("", self.unborn)
        self.expected = DateField(self.tr("forventet fødselsdato"), optional=True)
        self.expected.setObjectName("expectedBirthDate")
        self.expected.setEnabled(False)
        form.add_row(self.tr("&Forventet fødselsdato:"), self.expected)
        self.expected_message = InlineMessage()
        form.addRow("", self.expected_message)
        self.unborn.toggled.connect(self._unborn_toggled)
        layout.addWidget(child_box)

        self.first = CustodianFields(self.tr("Forælder / myndighedsindehaver"), "mor")
        self.second = CustodianFields(self.tr("Anden forælder / myndighedsindehaver"), "far")
        parents = QHBoxLayout()
        parents.addWidget(self.first)
        parents.addWidget(self.second)
        layout.addLayout(parents)

        creator_box = QGroupBox(self.tr("Oprettet af"))
        form = FormLayout(creator_box)
        me = getattr(ctx, "profile", None)  # the profile: who creates the case, never the OS login
        self.creator = QLineEdit(me.name if me else getattr(ctx.service, "actor", "") or "")
        self.creator.setObjectName("createdBy")
        form.add_row(self.tr("&Dit navn:"), self.creator)
        self.organisation = QLineEdit(me.organisation if me else "")
        self.organisation.setObjectName("createdByOrganisation")
        form.add_row(self.tr("&Arbejdssted:"), self.organisation)
        self.role = QLineEdit(me.role if me else "")
        self.role.setObjectName("createdByRole")
        form.add_row(
            self.tr("&Rolle:"),
            self.role,
            help_text=self.tr("For eksempel pædagog, sundhedsplejerske, lærer."),
        )
        self.created_on = DateField(self.tr("dato for oprettelse"))
        self.created_on.setObjectName("createdOn")
        self.created_on.set_value(ctx.today())
        form.add_row(self.tr("Dato for &oprettelse:"), self.created_on)
        self.creator_message = InlineMessage()
        form.addRow("", self.creator_message)
        layout.addWidget(creator_box)

        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Opret stafetlog"))
        self.ok_button.setObjectName("createCaseOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.child_name.setFocus()

    def _unborn_toggled(self, on: bool) -> None:
        self.expected.setEnabled(on)
        self.cpr.setEnabled(not on)
        if on:
            self.cpr.clear()
        else:
            self.expected.clear()

    def _messages(self) -> list[InlineMessage]:
        return [
            self.name_message,
            self.cpr_message,
            self.expected_message,
            self.creator_message,
            self.message,
        ]

    def _show_error(self, err: UserError) -> None:
        text = err.render(QCoreApplication.translate)
        field = getattr(err, "field", "")
        if "navn" in field and "barn" in field:
            target, widget = self.name_message, self.child_name
        elif "cpr" in field:
            target, widget = self.cpr_message, self.cpr
        elif "fødselsdato" in field:
            target, widget = self.expected_message, self.expected
        elif "oprettet" in field or "oprettelse" in field:
            target, widget = self.creator_message, self.creator
        else:
            target, widget = self.message, None
        target.say(text)
        if widget is not None:
            widget.setFocus()

    def build(self) -> tuple[r.Child, r.Person, list[r.Custodian], Any]:
        """The records to create; raises ValidationError (shown inline) for bad input."""
        from app.domain.validation import parse_cpr, validate_child, validate_text

        today = self.ctx.today()
        name = validate_text(
            self.child_name.text().strip(), "barnets navn", required=True, max_chars=500
        )
        cpr_text = self.cpr.text().strip()
        cpr = (
            str(parse_cpr(cpr_text, "barnets cpr-nummer"))
            if cpr_text and not self.unborn.isChecked()
            else None
        )
        expected = None
        if self.unborn.isChecked():
            expected = self.expected.value()
            if expected is None:
                raise ValidationError(
                    "forventet fødselsdato",
                    "CreateCaseDialog",
                    QCoreApplication.translate(
                        "CreateCaseDialog", "Skriv den forventede fødselsdato for det ufødte barn."
                    ),
                )
        child = r.Child(name=name, cpr=cpr, expected_birth_date=expected)
        validate_child(child, today)
        creator = r.Person(
            name=validate_text(
                self.creator.text().strip(), "oprettet af", required=True, max_chars=500
            ),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
        )
        created_on = self.created_on.value()
        custodians = [c for c in (self.first.custodian(), self.second.custodian()) if c]
        return child, creator, custodians, created_on

    def submit(self) -> None:
        for message in self._messages():
            message.clear()
        try:
            child, creator, custodians, created_on = self.build()
        except UserError as err:
            self._show_error(err)
            return
        self.ok_button.setEnabled(False)
        service = self.ctx.service
        self.ctx.run(
            service.create_case,
            child,
            creator,
            custodians=custodians,
            created_on=created_on,
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, case_id: int) -> None:
        self.ok_button.setEnabled(True)
        self.created.emit(int(case_id))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_error(exc)
        else:
            self.message.say(self.ctx.error_text(exc))
