"""Closing the stafetlog: reasons, an explanation, and archive or destroy (destroy is confirmed)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.closing import DISPOSITION_TITLES, REASON_TITLES, REQUIRED_REASONS
from app.domain.messages import UserError
from app.domain.validation import format_date, validate_text
from app.ui.date_field import DateField
from app.ui.field_error import field_named
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage
from app.ui.plain_text_marks import attach_plain_marks
from app.ui.stafetlog.header import person_text
from app.ui.stafetlog.texts import translate

logger = logging.getLogger(__name__)


def confirm_destroy(parent: QWidget) -> bool:
    """Destroying is final: ask in plain words, with 'No' as the default answer."""
    answer = QMessageBox.warning(
        parent,
        translate("Stafetlog", "Slet stafetloggen for altid?"),
        translate(
            "Stafetlog",
            "Stafetloggen og alt, der hører til den (netværkskort, møder, samtykker, "
            "underretninger), bliver slettet fra boksen og kan ikke hentes tilbage. "
            "Vil du slette den?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ClosingBox(QGroupBox):
    close_requested = Signal(object)  # CaseClosure

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(translate("Stafetlog", "Afslut stafetloggen"), parent)
        self.setObjectName("closingBox")
        self._today = today
        self.closed_by: r.Person | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("closureStatus")
        self.status.setProperty("personal", True)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "Stafetlog",
                "Loggen afsluttes, når stafetholderen og samarbejdspartnerne vurderer, at barnet "
                "trives igen, og at risikoen for tilbagefald er lille.",
            )
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        editor_layout.addWidget(hint)
        self._hint = hint
        self.local_copy = False  # a handed-over or information copy: only filed away or deleted
        self.reasons: dict[r.ClosureReason, QCheckBox] = {}
        moved = QLabel(
            translate(
                "Stafetlog",
                "Er familien flyttet? Så afsluttes loggen ikke: find en ny stafetholder, hvor "
                "familien bor nu, og giv stafetten videre.",
            )
        )
        moved.setObjectName("closingMovedHint")
        self._moved = moved
        moved.setProperty("hint", True)
        moved.setWordWrap(True)
        editor_layout.addWidget(moved)
        reasons_box = QGroupBox(translate("Stafetlog", "Alle tre skal være opfyldt"))
        reasons_layout = QVBoxLayout(reasons_box)
        for reason in REQUIRED_REASONS:  # the BTI conditions; moving or "other" close nothing
            box = QCheckBox(QCoreApplication.translate("Closing", REASON_TITLES[reason]))
            box.setObjectName(f"reason_{reason.value}")
            reasons_layout.addWidget(box)
            self.reasons[reason] = box
        editor_layout.addWidget(reasons_box)
        self._reasons_box = reasons_box
        form = FormLayout()
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("closureExplanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        attach_plain_marks(self.explanation)
        form.add_row(translate("Stafetlog", "Forklaring:"), self.explanation)
        self.closed_on = DateField(translate("Stafetlog", "dato for afslutning"))
        self.closed_on.setObjectName("closedOn")
        form.add_row(translate("Stafetlog", "Dato:"), self.closed_on)
        editor_layout.addLayout(form)
        disposition_box = QGroupBox(translate("Stafetlog", "Hvad skal der ske med loggen?"))
        disposition_layout = QVBoxLayout(disposition_box)
        self.archive = QRadioButton(
            QCoreApplication.translate("Closing", DISPOSITION_TITLES[r.Disposition.ARCHIVE])
        )
        self.archive.setObjectName("dispositionArchive")
        self.archive.setChecked(True)
        self.destroy_choice = QRadioButton(
            QCoreApplication.translate("Closing", DISPOSITION_TITLES[r.Disposition.DESTROY])
        )
        self.destroy_choice.setObjectName("dispositionDestroy")
        disposition_layout.addWidget(self.archive)
        disposition_layout.addWidget(self.destroy_choice)
        editor_layout.addWidget(disposition_box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(translate("Stafetlog", "Afslut stafetloggen…"))
        self.button.setObjectName("closeCase")
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        editor_layout.addLayout(row)
        self.message = InlineMessage()
        editor_layout.addWidget(self.message)
        layout.addWidget(self.editor)
        self.closed_on.default_to(today)

    def show_case(
        self,
        case: r.Case,
        holder: r.Person | None,
        editable: bool,
        *,
        local_copy_by: r.Person | None = None,
    ) -> None:
        """`local_copy_by`: this laptop's copy was handed over or is a copy for information;
        the person at the keyboard files it away or deletes it (the log is closed elsewhere)."""
        self.local_copy = local_copy_by is not None
        self.closed_by = local_copy_by or holder
        for part in (self._hint, self._moved, self._reasons_box):
            part.setVisible(not self.local_copy)
        if case.closure is not None:
            c = case.closure
            reasons = ", ".join(
                QCoreApplication.translate("Closing", REASON_TITLES[x]) for x in c.reasons
            )
            self.status.setText(
                translate(
                    "Stafetlog", "Afsluttet {date} af {person}. Grund: {reasons}. {explanation}"
                ).format(
                    date=format_date(c.closed_on),
                    person=person_text(c.closed_by),
                    reasons=reasons,
                    explanation=c.explanation,
                )
            )
            self.status.show()
        else:
            self.status.clear()
            self.status.hide()
        self.editor.setVisible(editable)

    def _submit(self) -> None:
        self.message.clear()
        try:
            closure = r.CaseClosure(
                closed_on=self.closed_on.value(),
                reasons=[reason for reason, box in self.reasons.items() if box.isChecked()],
                explanation=validate_text(
                    self.explanation.toPlainText().strip(), translate("Stafetlog", "forklaring")
                ),
                disposition=r.Disposition.DESTROY
                if self.destroy_choice.isChecked()
                else r.Disposition.ARCHIVE,
                closed_by=self.closed_by or r.Person(name=""),
            )
            from app.domain.closing import validate_closure

            if not self.local_copy:
                validate_closure(closure)
        except UserError as err:
            where = field_named(
                err, self.closed_on, (translate("Stafetlog", "forklaring"), self.explanation)
            )
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        if closure.disposition is r.Disposition.DESTROY and not confirm_destroy(self):
            return
        self.close_requested.emit(closure)

    def clear(self) -> None:
        self.status.clear()
        self.explanation.clear()
        for box in self.reasons.values():
            box.setChecked(False)
        self.archive.setChecked(True)
        self.message.clear()
