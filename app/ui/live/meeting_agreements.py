"""The GØR agreements of a running meeting: who does what, by when, and who follows up."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Agreement
from app.ui.form_layout import make_label, name_field
from app.ui.live.common import date_edit, date_of, plain_line
from app.ui.live.labels import to_qdate
from app.ui.theme import text_scale
from app.ui.live.meeting_models import AgreementsModel

logger = logging.getLogger(__name__)

BASE_POINT_SIZE = 15.0  # readable from across a coffee table on a 1366×768 laptop


def meeting_font(points: float, bold: bool = False) -> QFont:
    """A font of this size for the meeting screens (sizes are what the sofa can read), grown
    with the person's text-size setting like every other text."""
    font = QFont()
    font.setPointSizeF(points * text_scale() / 100)
    font.setBold(bold)
    return font


class AgreementsTable(QTableView):
    """Who, what, by when, who follows up: 'what' gets the room, the rest what they need."""

    SHARES = (0.22, 0.42, 0.14, 0.22)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        width = self.viewport().width()
        for column, share in enumerate(self.SHARES):
            self.setColumnWidth(column, int(width * share))


class AgreementsPanel(QFrame):
    """The entry row, the table of agreements, the next meeting's date, and "write into the log"."""

    edited = Signal()  # an agreement or the next meeting changed: the meeting autosaves
    apply_requested = Signal()
    problem = Signal(str)  # a message for the user ("" clears it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsPanel")
        self.model = AgreementsModel(self)
        self.model.edited.connect(self.edited)
        self.who = QComboBox(self)
        self.who.setEditable(True)
        self.what = plain_line(self, self.tr("Hvad skal gøres?"))
        self.by_when = date_edit(date.today(), self)
        self.follow_up_by = QComboBox(self)
        self.follow_up_by.setEditable(True)
        self.add_agreement_button = QPushButton(self.tr("&Tilføj aftale"), self)
        self.add_agreement_button.setObjectName("addAgreement")
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.what.returnPressed.connect(self.add_agreement)
        # The date field: Tab leaves it (not its day/month/year parts) and Return adds the row.
        self.by_when.installEventFilter(self)
        self.by_when.setCurrentSectionIndex(0)
        grid = QGridLayout()
        grid.addWidget(make_label(self.tr("H&vem:"), self.who), 0, 0)
        grid.addWidget(self.who, 1, 0)
        grid.addWidget(make_label(self.tr("&Gør hvad:"), self.what), 0, 1)
        grid.addWidget(self.what, 1, 1)
        grid.addWidget(make_label(self.tr("S&enest:"), self.by_when), 0, 2)
        grid.addWidget(self.by_when, 1, 2)
        grid.addWidget(make_label(self.tr("Følger &op:"), self.follow_up_by), 0, 3)
        grid.addWidget(self.follow_up_by, 1, 3)
        grid.addWidget(self.add_agreement_button, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(3, 1)

        self.agreements_table = AgreementsTable(self)
        self.agreements_table.setModel(self.model)
        name_field(self.agreements_table, self.tr("Aftaler"))
        self.agreements_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreements_table.verticalHeader().hide()
        self.remove_agreement_button = QPushButton(self.tr("Fjern aftale"), self)
        self.remove_agreement_button.clicked.connect(
            lambda: self.model.remove(self.agreements_table.currentIndex().row())
        )
        self.next_meeting = QCheckBox(self.tr("Næste &møde:"), self)
        self.next_meeting_on = date_edit(date.today() + timedelta(weeks=6), self)
        name_field(self.next_meeting_on, self.tr("Dato for næste møde"))
        self.next_meeting.toggled.connect(self.next_meeting_on.setEnabled)
        self.next_meeting.toggled.connect(lambda _on: self.edited.emit())
        self.next_meeting_on.dateChanged.connect(lambda _d: self.edited.emit())
        self.next_meeting_on.setEnabled(False)
        self.apply_button = QPushButton(self.tr("Skriv aftalerne i &stafetloggen"), self)
        self.apply_button.setObjectName("applyAgreements")
        self.apply_button.clicked.connect(self.apply_requested)
        row = QHBoxLayout()
        row.addWidget(self.remove_agreement_button)
        row.addStretch(1)
        row.addWidget(self.next_meeting)
        row.addWidget(self.next_meeting_on)
        row.addSpacing(16)
        row.addWidget(self.apply_button)

        entry_font = meeting_font(BASE_POINT_SIZE - 1)
        # The theme styles inputs with its own size; the panel's sheet wins for its children.
        self.setStyleSheet(f"QWidget {{ font-size: {BASE_POINT_SIZE - 1:.0f}pt; }}")
        for widget in (
            self.who,
            self.what,
            self.by_when,
            self.follow_up_by,
            self.add_agreement_button,
            self.agreements_table,
            self.remove_agreement_button,
            self.next_meeting,
            self.next_meeting_on,
            self.apply_button,
        ):
            widget.setFont(entry_font)
        for combo in (self.who, self.follow_up_by):
            combo.lineEdit().setFont(entry_font)
            combo.setMinimumWidth(200)
        self.agreements_table.setWordWrap(True)
        self.agreements_table.verticalHeader().setDefaultSectionSize(
            int(self.agreements_table.fontMetrics().lineSpacing() * 1.8)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        heading = QLabel(self.tr("Aftaler: hvem gør hvad, og hvornår?"), self)
        heading.setStyleSheet(f"font-size: {BASE_POINT_SIZE + 1:.0f}pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.agreements_table, 1)
        layout.addLayout(row)

    def load(
        self, agreements: list[Agreement], names: list[str], next_on: date | None, today: date
    ) -> None:
        for combo in (self.who, self.follow_up_by):
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(-1)
            combo.clearEditText()
        self.model.blockSignals(True)
        self.model.set_agreements(agreements)
        self.model.blockSignals(False)
        self.by_when.setDate(to_qdate(today + timedelta(weeks=2)))
        self.next_meeting.blockSignals(True)
        self.next_meeting.setChecked(next_on is not None)
        self.next_meeting.blockSignals(False)
        self.next_meeting_on.setEnabled(next_on is not None)
        self.next_meeting_on.blockSignals(True)
        self.next_meeting_on.setDate(to_qdate(next_on or today + timedelta(weeks=6)))
        self.next_meeting_on.blockSignals(False)

    def add_name(self, name: str) -> None:
        for combo in (self.who, self.follow_up_by):
            combo.addItem(name)

    def next_meeting_date(self) -> date | None:
        return date_of(self.next_meeting_on) if self.next_meeting.isChecked() else None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt override
        from PySide6.QtCore import QEvent, Qt

        if watched is self.by_when and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_agreement()
                return True
            if key == Qt.Key.Key_Tab and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.follow_up_by.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Backtab or (
                key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.what.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def add_agreement(self) -> Agreement | None:
        who = " ".join(self.who.currentText().split())
        what = " ".join(self.what.text().split())
        if not who or not what:
            self.problem.emit(self.tr("Skriv både hvem og hvad, før aftalen tilføjes."))
            return None
        self.problem.emit("")
        agreement = Agreement(
            who=who,
            what=what,
            by_when=date_of(self.by_when),
            follow_up_by=" ".join(self.follow_up_by.currentText().split()),
        )
        self.model.add(agreement)
        self.what.clear()
        self.who.setCurrentIndex(-1)
        self.who.clearEditText()
        self.who.setFocus()
        return agreement

    def clear(self) -> None:
        self.model.set_agreements([])
        for combo in (self.who, self.follow_up_by):
            combo.clear()
        self.what.clear()
