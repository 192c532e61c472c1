"""The underretning form (0–6 or 6–18 years): observed and assumed apart, parents told, signs."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import forms
from app.domain.forms import SectionKind
from app.domain.records import Notification, NotificationForm, Person
from app.ui.form_layout import FormLayout, name_field
from app.ui.live.common import date_edit, date_of, plain_text, tab_order
from app.ui.live.labels import to_qdate
from app.ui.live.signs_checklist import SignsChecklist

logger = logging.getLogger(__name__)


class OptionalDate(QWidget):
    """A tick box and a date: 'yes, on this day' (or no date at all)."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tick = QCheckBox(text, self)
        self.day = date_edit(date.today(), self)
        self.day.setEnabled(False)
        self.tick.toggled.connect(self.day.setEnabled)
        self.tick.toggled.connect(lambda _on: self.changed.emit())
        self.day.dateChanged.connect(lambda _d: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tick)
        layout.addWidget(self.day)
        layout.addStretch(1)
        name_field(self.day, text)

    def value(self) -> date | None:
        return date_of(self.day) if self.tick.isChecked() else None

    def set_value(self, value: date | None, default: date) -> None:
        self.tick.setChecked(value is not None)
        self.day.setDate(to_qdate(value or default))


class NotificationFormWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notification: Notification | None = None
        self._loading = False
        self.kind = QComboBox(self)
        translate = QCoreApplication.translate
        for form in NotificationForm:
            self.kind.addItem(translate("Forms", forms.NOTIFICATION_TITLES[form]), form)
        self.kind.currentIndexChanged.connect(self._rebuild_sections)
        self.made_on = date_edit(date.today(), self)
        self.notifier_name = QLineEdit(self)
        self.notifier_org = QLineEdit(self)
        self.notifier_contact = QLineEdit(self)
        self.observed = plain_text(
            self, self.tr("Kun det, du selv har set eller hørt: hvad, hvornår og hvor."), lines=4
        )
        self.assumed = plain_text(
            self, self.tr("Det, du tror, frygter eller har hørt fra andre. Skriv hvorfor."), lines=3
        )
        self.signs = SignsChecklist(self)
        self.parents_informed = QCheckBox(self.tr("Ja, forældrene er orienteret"), self)
        self.parents_informed_on = date_edit(date.today(), self)
        self.parents_informed.toggled.connect(self.parents_informed_on.setEnabled)
        self.parents_informed_on.setEnabled(False)
        self.acknowledged = OptionalDate(self.tr("Kommunen har kvitteret den"), self)
        # 6-18 only: "Har I talt med forældrene om bekymringen?" Ja/Nej (no answer yet: blank).
        self.talked = QComboBox(self)
        self.talked.setObjectName("talkedWithParents")
        self.talked.addItem("", None)
        self.talked.addItem(self.tr("Ja"), "ja")
        self.talked.addItem(self.tr("Nej"), "nej")
        self.sections_host = QWidget(self)
        self.sections_form = FormLayout(self.sections_host)
        # The sections' titles are questions: each stands above its answer, full width.
        self.sections_form.setRowWrapPolicy(FormLayout.RowWrapPolicy.WrapAllRows)
        self.section_edits: dict[str, QPlainTextEdit] = {}

        form = FormLayout()
        form.add_row(self.tr("&Skema:"), self.kind)
        form.add_row(self.tr("Dat&o:"), self.made_on)
        form.add_row(self.tr("&Underretter:"), self.notifier_name)
        form.add_row(self.tr("&Arbejdssted:"), self.notifier_org)
        form.add_row(self.tr("&Kontakt:"), self.notifier_contact)
        observed_label = form.add_row(self.tr("Det har jeg &set eller hørt:"), self.observed)
        observed_label.setWordWrap(True)
        assumed_label = form.add_row(self.tr("Det an&tager eller frygter jeg:"), self.assumed)
        assumed_label.setWordWrap(True)
        form.add_row(self.tr("Signaler &hos barnet:"), self.signs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.sections_host)
        tail = FormLayout()
        self.talked_label = tail.add_row(
            QCoreApplication.translate("Forms", forms.TALKED_WITH_PARENTS), self.talked
        )
        self.talked_label.setWordWrap(True)
        informed = QHBoxLayout()
        informed.addWidget(self.parents_informed)
        informed.addWidget(QLabel(self.tr("den"), self))
        informed.addWidget(self.parents_informed_on)
        informed.addStretch(1)
        tail.add_row(self.tr("&Forældrene orienteret:"), informed, focus=self.parents_informed)
        name_field(self.parents_informed_on, self.tr("Dato forældrene blev orienteret"))
        tail.add_row(self.tr("Kvittering:"), self.acknowledged, focus=self.acknowledged.tick)
        layout.addLayout(tail)

        for widget in (self.notifier_name, self.notifier_org, self.notifier_contact):
            widget.textChanged.connect(self._edited)
        for edit in (self.observed, self.assumed):
            edit.textChanged.connect(self._edited)
        self.made_on.dateChanged.connect(self._edited)
        self.parents_informed.toggled.connect(self._edited)
        self.parents_informed_on.dateChanged.connect(self._edited)
        self.acknowledged.changed.connect(self._edited)
        self.talked.currentIndexChanged.connect(self._edited)
        self.signs.signs.selection_changed.connect(self._edited)
        self._rebuild_sections()

    def form_kind(self) -> NotificationForm:
        return NotificationForm(self.kind.currentData())

    def _rebuild_sections(self) -> None:
        kept = {key: edit.toPlainText() for key, edit in self.section_edits.items()}
        while self.sections_form.rowCount():
            self.sections_form.removeRow(0)
        self.section_edits = {}
        translate = QCoreApplication.translate
        for section in forms.text_sections(self.form_kind()):
            if section.kind is SectionKind.PARENTS_INFORMED:
                key = f"{section.id}"
                title = self.tr("Forældrenes bemærkninger")
            else:
                key = section.id
                title = translate("Forms", section.title)
            prompts = " ".join(translate("Forms", p) for p in section.prompts)
            edit = plain_text(self.sections_host, prompts, lines=2)
            edit.setPlainText(kept.get(key, ""))
            edit.textChanged.connect(self._edited)
            label = self.sections_form.add_row(
                f"{section.number}. {title}", edit, help_text=prompts
            )
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.section_edits[key] = edit
        tab_order(
            self.signs,
            *self.section_edits.values(),
            self.talked,
            self.parents_informed,
            self.parents_informed_on,
            self.acknowledged.tick,
            self.acknowledged.day,
        )
        asked = forms.asks_talked_with_parents(self.form_kind())
        self.talked.setVisible(asked)
        self.talked_label.setVisible(asked)
        self._edited()

    def load(self, notification: Notification) -> None:
        self._loading = True
        try:
            self._notification = notification
            self.kind.setCurrentIndex(max(0, self.kind.findData(notification.form)))
            self.made_on.setDate(to_qdate(notification.made_on))
            self.notifier_name.setText(notification.notifier.name)
            self.notifier_org.setText(notification.notifier.organisation)
            self.notifier_contact.setText(notification.notifier.contact)
            self.observed.setPlainText(notification.observed)
            self.assumed.setPlainText(notification.assumed)
            self.signs.set_checked_ids(notification.signs)
            self._rebuild_sections()
            for key, edit in self.section_edits.items():
                edit.setPlainText(notification.answers.get(key, ""))
            self.parents_informed.setChecked(notification.parents_informed)
            self.parents_informed_on.setDate(
                to_qdate(notification.parents_informed_on or notification.made_on)
            )
            self.acknowledged.set_value(notification.acknowledged_on, notification.made_on)
            talked = notification.answers.get(forms.TALKED_WITH_PARENTS_KEY)
            self.talked.setCurrentIndex(max(0, self.talked.findData(talked)))
        finally:
            self._loading = False

    def notification(self) -> Notification | None:
        if self._notification is None:
            return None
        answers = {
            key: edit.toPlainText().strip()
            for key, edit in self.section_edits.items()
            if edit.toPlainText().strip()
        }
        talked = self.talked.currentData()
        if talked and forms.asks_talked_with_parents(self.form_kind()):
            answers[forms.TALKED_WITH_PARENTS_KEY] = talked
        informed = self.parents_informed.isChecked()
        return replace(
            self._notification,
            form=self.form_kind(),
            made_on=date_of(self.made_on),
            notifier=Person(
                name=" ".join(self.notifier_name.text().split()),
                organisation=" ".join(self.notifier_org.text().split()),
                contact=self.notifier_contact.text().strip(),
            ),
            answers=answers,
            observed=self.observed.toPlainText().strip(),
            assumed=self.assumed.toPlainText().strip(),
            signs=self.signs.checked_ids(),
            parents_informed=informed,
            parents_informed_on=date_of(self.parents_informed_on) if informed else None,
            acknowledged_on=self.acknowledged.value(),
        )

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
