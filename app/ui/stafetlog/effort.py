"""Level changes and the joint-effort settings (dato og personer ved fastlæggelse)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from app.ui.plain_text_marks import attach_plain_marks
from app.ui.stafetlog.header import current_level
from app.ui.stafetlog.texts import tr, translate

logger = logging.getLogger(__name__)

LEVEL_TEXTS = {
    r.Level.ONE: QT_TRANSLATE_NOOP(
        "Stafetlog", "Niveau 1 – én arbejdsplads handler selv på bekymringen"
    ),
    r.Level.TWO: QT_TRANSLATE_NOOP(
        "Stafetlog", "Niveau 2 – flere aktører koordinerer med fælles mål (kræver samtykke)"
    ),
    r.Level.THREE: QT_TRANSLATE_NOOP(
        "Stafetlog", "Niveau 3 – kommunens børne- og familieafdeling er inddraget"
    ),
}


class LevelBox(QGroupBox):
    level_requested = Signal(object)  # LevelChange

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(translate("Stafetlog", "Niveau"), parent)
        self.setObjectName("levelBox")
        self._today = today
        layout = QVBoxLayout(self)
        self.history = QLabel()
        self.history.setObjectName("levelHistory")
        self.history.setProperty("personal", True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.editor = QWidget()
        form = FormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.level = QComboBox()
        self.level.setObjectName("newLevel")
        for level, text in LEVEL_TEXTS.items():
            self.level.addItem(tr(text), int(level))
        form.add_row(translate("Stafetlog", "Nyt niveau:"), self.level)
        self.on = DateField(translate("Stafetlog", "dato for niveauskift"))
        self.on.setObjectName("levelDate")
        form.add_row(translate("Stafetlog", "Fra dato:"), self.on)
        self.note = QLineEdit()
        self.note.setObjectName("levelNote")
        form.add_row(translate("Stafetlog", "Begrundelse:"), self.note)
        attach_plain_marks(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(translate("Stafetlog", "Skift niveau"))
        self.button.setObjectName("levelChange")
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        form.addRow(row)
        self.message = InlineMessage()
        form.addRow(self.message)
        layout.addWidget(self.editor)
        self.on.default_to(today)

    def show_case(self, case: r.Case, editable: bool) -> None:
        lines = [
            f"<b>{format_date(c.on)}</b> "
            + html.escape(tr(LEVEL_TEXTS[c.level]))
            + (f" – {html.escape(c.note)}" if c.note else "")
            for c in sorted(case.levels, key=lambda c: c.on)
        ]
        self.history.setText("<br>".join(lines))
        self.level.setCurrentIndex(max(0, self.level.findData(int(current_level(case)))))
        self.editor.setVisible(editable)

    def _submit(self) -> None:
        self.message.clear()
        try:
            on = self.on.value()
            note = validate_text(
                self.note.text().strip(), translate("Stafetlog", "begrundelse"), max_chars=2000
            )
        except UserError as err:
            where = field_named(err, self.on, (translate("Stafetlog", "begrundelse"), self.note))
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        self.level_requested.emit(
            r.LevelChange(on=on, level=r.Level(self.level.currentData()), note=note)
        )

    def done(self) -> None:
        self.note.clear()
        self.on.set_value(self._today())

    def clear(self) -> None:
        self.history.clear()
        self.note.clear()
        self.message.clear()


class JointEffortBox(QGroupBox):
    """Who set or adjusted the joint effort, and when (levels 2–3)."""

    setting_requested = Signal(object)  # JointEffortSetting

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(
            translate("Stafetlog", "Dato og personer ved fastlæggelse af indsatsen"), parent
        )
        self.setObjectName("jointEffortBox")
        self._today = today
        layout = QVBoxLayout(self)
        self.history = QLabel()
        self.history.setObjectName("jointEffortHistory")
        self.history.setProperty("personal", True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.editor = QWidget()
        form = FormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.on = DateField(translate("Stafetlog", "dato for fastlæggelsen"))
        self.on.setObjectName("jointEffortDate")
        form.add_row(translate("Stafetlog", "Dato:"), self.on)
        self.persons = QPlainTextEdit()
        self.persons.setObjectName("jointEffortPersons")
        self.persons.setTabChangesFocus(True)
        self.persons.setPlaceholderText(
            translate(
                "Stafetlog",
                "Én person pr. linje, for eksempel »Børnesagsbehandler (Arne Andersen)«",
            )
        )
        self.persons.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        form.add_row(translate("Stafetlog", "Personer:"), self.persons)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(translate("Stafetlog", "Tilføj fastlæggelse"))
        self.button.setObjectName("jointEffortAdd")
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        form.addRow(row)
        self.message = InlineMessage()
        form.addRow(self.message)
        layout.addWidget(self.editor)
        self.on.default_to(today)

    def show_case(self, case: r.Case, editable: bool) -> None:
        lines = [
            f"<b>{format_date(s.set_on)}</b> " + html.escape(", ".join(s.persons))
            for s in sorted(case.joint_effort, key=lambda s: s.set_on)
        ]
        self.history.setText(
            "<br>".join(lines) if lines else translate("Stafetlog", "Ingen endnu.")
        )
        self.editor.setVisible(editable)

    def _submit(self) -> None:
        self.message.clear()
        try:
            on = self.on.value()
            persons = [p.strip() for p in self.persons.toPlainText().splitlines() if p.strip()]
            if not persons:
                validate_text("", translate("Stafetlog", "personer"), required=True)
            for person in persons:
                validate_text(person, translate("Stafetlog", "personer"), max_chars=500)
        except UserError as err:
            where = field_named(err, self.on, (translate("Stafetlog", "personer"), self.persons))
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        self.setting_requested.emit(r.JointEffortSetting(set_on=on, persons=persons))

    def done(self) -> None:
        self.persons.clear()
        self.on.set_value(self._today())

    def clear(self) -> None:
        self.history.clear()
        self.persons.clear()
        self.message.clear()
