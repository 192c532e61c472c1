"""The family's case at Familieretshuset (seed 000): that there is one, since when, its track."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import family_court as fc
from app.domain import records as r
from app.domain.messages import UserError
from app.ui.date_field import DateField
from app.ui.form_layout import FormLayout
from app.ui.inline_message import InlineMessage

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate reads translate("FamilyCourt", "…") calls


class FamilyCourtBox(QGroupBox):
    """Recorded on the case, not decided here: Stafet decides nothing on Familieretshuset's area."""

    save_requested = Signal(object)  # FamilyCourtCase | None

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(translate("FamilyCourt", fc.NAME), parent)
        self.setObjectName("familyCourtBox")
        self._today = today
        layout = QVBoxLayout(self)
        hint = QLabel(translate("FamilyCourt", fc.COLOURS_NOTE))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.has_case = QCheckBox(
            translate("FamilyCourt", "Familien har en sag i Familieretshuset")
        )
        self.has_case.setObjectName("familyCourtHasCase")
        layout.addWidget(self.has_case)
        self.details = QWidget()
        form = FormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.noted_on = DateField(translate("FamilyCourt", "dato"))
        self.noted_on.setObjectName("familyCourtNotedOn")
        self.noted_on.default_to(today)
        form.add_row(translate("FamilyCourt", "Kendt siden:"), self.noted_on)
        self.track = QComboBox()
        self.track.setObjectName("familyCourtTrack")
        self.track.addItem(translate("FamilyCourt", "Sporet er ikke oplyst"), None)
        for track, title in fc.TRACK_TITLES.items():
            self.track.addItem(translate("FamilyCourt", title), track.value)
        form.add_row(translate("FamilyCourt", "Spor:"), self.track)
        self.note = QLineEdit()
        self.note.setObjectName("familyCourtNote")
        form.add_row(translate("FamilyCourt", "Kontakt og note:"), self.note)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(translate("FamilyCourt", "Gem"))
        self.save_button.setObjectName("familyCourtSave")
        self.save_button.clicked.connect(self._submit)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.has_case.toggled.connect(self.details.setVisible)
        self.details.setVisible(False)

    def show_case(self, case: r.Case, *, editable: bool) -> None:
        current = case.family_court
        self.has_case.setChecked(current is not None)
        self.details.setVisible(current is not None)
        if current is not None:
            self.noted_on.set_value(current.noted_on)
            self.track.setCurrentIndex(
                self.track.findData(current.track.value if current.track else None)
            )
            self.note.setText(current.note)
        for widget in (self.has_case, self.details, self.save_button):
            widget.setEnabled(editable)

    def value(self) -> r.FamilyCourtCase | None:
        if not self.has_case.isChecked():
            return None
        data = self.track.currentData()
        return r.FamilyCourtCase(
            noted_on=self.noted_on.value() or self._today(),
            track=r.FamilyCourtTrack(data) if data else None,
            note=self.note.text().strip(),
        )

    def _submit(self) -> None:
        self.message.clear()
        try:
            value = self.value()
        except UserError as err:
            self.message.say(err.render(QCoreApplication.translate))
            return
        self.save_requested.emit(value)

    def clear(self) -> None:
        self.has_case.setChecked(False)
        self.note.clear()
        self.noted_on.clear()
        self.noted_on.restore_default()
        self.message.clear()
