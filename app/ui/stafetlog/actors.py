"""The actors' table: editable (an edit is a new dated version), with its history on demand."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import records as r
from app.domain.messages import UserError
from app.domain.validation import validate_text
from app.ui.date_field import DateField
from app.ui.field_error import field_named
from app.ui.form_layout import FormLayout, name_field
from app.ui.inline_message import InlineMessage
from app.ui.plain_text_marks import attach_plain_marks
from app.ui.qtmodels.actors import ActorTableModel
from app.ui.stafetlog.texts import translate

logger = logging.getLogger(__name__)


class ActorsBox(QGroupBox):
    add_requested = Signal(object)  # ActorRow

    def __init__(self, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(translate("Stafetlog", "Aktørernes indsats"), parent)
        self.setObjectName("actorsBox")
        self._today = today
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "Stafetlog",
                "Dobbeltklik på en celle for at rette. "
                "En rettelse gemmes som en ny, dateret række; den gamle bevares.",
            )
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = ActorTableModel(today, self)
        self.view = QTableView()
        self.view.setObjectName("actorTable")
        name_field(self.view, translate("Stafetlog", "Aktørernes indsats"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 140), (1, 120), (3, 150), (4, 180)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )  # the effort is the long text
        layout.addWidget(self.view)
        self.show_history = QCheckBox(translate("Stafetlog", "Vis tidligere versioner"))
        self.show_history.setObjectName("actorHistory")
        self.show_history.toggled.connect(self._toggle_history)
        layout.addWidget(self.show_history)

        self.editor = QGroupBox(translate("Stafetlog", "Ny række"))
        form = FormLayout(self.editor)
        self.actor = QLineEdit()
        self.actor.setObjectName("newActor")
        form.add_row(translate("Stafetlog", "Aktør:"), self.actor)
        # The parties the case already knows, and Familieretshuset (seed 000), as suggestions.
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.actor.setCompleter(completer)
        self.effort = QLineEdit()
        self.effort.setObjectName("newActorEffort")
        form.add_row(translate("Stafetlog", "Hvilken indsats er iværksat:"), self.effort)
        attach_plain_marks(self.effort)
        self.follow_up_on = DateField(
            translate("Stafetlog", "hvornår følges der op"), optional=True
        )
        self.follow_up_on.setObjectName("newActorFollowUpOn")
        form.add_row(translate("Stafetlog", "Hvornår følges der op:"), self.follow_up_on)
        self.follow_up_by = QLineEdit()
        self.follow_up_by.setObjectName("newActorFollowUpBy")
        form.add_row(translate("Stafetlog", "Hvem følger op:"), self.follow_up_by)
        self.internal = QCheckBox(translate("Stafetlog", "Intern (skjules i familievisningen)"))
        form.addRow("", self.internal)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_button = QPushButton(translate("Stafetlog", "Tilføj række"))
        self.add_button.setObjectName("actorAdd")
        self.add_button.clicked.connect(self._submit)
        row.addWidget(self.add_button)
        form.addRow(row)
        self.message = InlineMessage()
        form.addRow(self.message)
        layout.addWidget(self.editor)
        self.model.invalid_input.connect(self.message.say)

    def show_case(self, case: r.Case, *, family_safe: bool, editable: bool) -> None:
        from app.domain.family_court import NAME as FAMILY_COURT

        names = [translate("FamilyCourt", FAMILY_COURT)]
        names += [row.actor for row in case.actor_rows]
        for network_map in case.network_maps:
            names += [a.organisation or a.name for a in network_map.actors]
        self._suggestions.setStringList(sorted({n for n in names if n.strip()}))
        self.model.set_family_safe(family_safe)
        self.model.set_rows(case.actor_rows, editable=editable)
        self.view.resizeRowsToContents()
        self._fit_height()
        self.editor.setVisible(editable)

    def _fit_height(self) -> None:
        """Show every row without an inner scroll bar (the page scrolls), up to a sane height."""
        rows = sum(self.view.rowHeight(i) for i in range(self.model.rowCount()))
        chrome = self.view.horizontalHeader().height() + 2 * self.view.frameWidth() + 4
        self.view.setFixedHeight(max(120, min(rows + chrome, 640)))

    def _toggle_history(self, on: bool) -> None:
        self.model.set_show_history(on)
        self.view.resizeRowsToContents()
        self._fit_height()

    def _submit(self) -> None:
        self.message.clear()
        try:
            row = r.ActorRow(
                actor=validate_text(
                    self.actor.text().strip(),
                    translate("Stafetlog", "aktør"),
                    required=True,
                    max_chars=500,
                ),
                changed_on=self._today(),
                effort=validate_text(
                    self.effort.text().strip(), translate("Stafetlog", "indsats"), required=True
                ),
                follow_up_on=self.follow_up_on.value(),
                follow_up_by=self.follow_up_by.text().strip(),
                internal=self.internal.isChecked(),
            )
        except UserError as err:
            where = field_named(
                err,
                (translate("Stafetlog", "aktør"), self.actor),
                (translate("Stafetlog", "indsats"), self.effort),
                self.follow_up_on,
            )
            self.message.say(err.render(QCoreApplication.translate), where)
            return
        self.add_requested.emit(row)

    def done(self) -> None:
        for field in (self.actor, self.effort, self.follow_up_on, self.follow_up_by):
            field.clear()
        self.internal.setChecked(False)

    def select_row(self, uid: str) -> bool:
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.uid == uid:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.setFocus()
                return True
        return False

    def clear(self) -> None:
        self.model.clear()
        self.done()
        self.message.clear()
