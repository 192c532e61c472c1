"""The case list: search as you type (name or CPR prefix), open, create, reveal or copy a CPR."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.form_layout import make_label, name_field
from app.ui.qtmodels.case_list import CASE_ID_ROLE, CPR, CaseListModel
from app.ui.qtmodels.paging import PAGE

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120


class CaseListPanel(QWidget):
    open_requested = Signal(int)  # case id
    new_case_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseListPanel")
        self._query_seq = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Navn eller begyndelsen af et cpr-nr."))
        top.addWidget(make_label(self.tr("&Søg:"), self.search))
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("&Ny sag…"))
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(self.new_case_requested)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.model = CaseListModel(self)
        self.view = QTableView()
        self.view.setObjectName("caseTable")
        name_field(self.view, self.tr("Sager"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 120)
        header.resizeSection(2, 200)
        header.resizeSection(3, 80)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Å&bn sagen"))
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(self.open_selected)
        self.reveal_button = QPushButton(self.tr("Vis &cpr-nr."))
        self.reveal_button.setObjectName("revealCprButton")
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.copy_button = QPushButton(self.tr("&Kopiér cpr-nr."))
        self.copy_button.setObjectName("copyCprButton")
        self.copy_button.setToolTip(self.tr("Udklipsholderen tømmes igen efter 30 sekunder."))
        self.copy_button.clicked.connect(self.copy_selected)
        for button in (self.open_button, self.reveal_button, self.copy_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.count = QLabel()
        self.count.setProperty("hint", True)
        bottom.addWidget(self.count)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_return)
        ctx.family_safe_changed.connect(self._family_safe_changed)
        self._family_safe_changed(ctx.family_safe)

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.ctx.service
        if service is None or self.ctx.family_safe:
            return  # family-safe view: other families' cases are never listed
        self._query_seq += 1
        seq = self._query_seq
        query = self.search.text().strip()

        search = query or None

        def load() -> tuple[list, int]:
            return service.list_cases(search, limit=PAGE), service.count_cases(search)

        def fetch(offset: int, deliver: Any) -> None:
            self.ctx.run_read(
                lambda: service.list_cases(search, offset=offset, limit=PAGE), on_done=deliver
            )

        def shown(result: tuple[list, int]) -> None:
            if seq != self._query_seq or self.ctx.family_safe:
                return  # an older search answered late; a newer one is on its way
            first, total = result
            selected = self.selected_case_id()
            self.model.set_page(first, total, fetch, self.ctx.today())
            self.count.setText(self.tr("%n sag(er)", "", total))
            self.select_case(selected if selected is not None else -1)

        self.ctx.run_read(load, on_done=shown)

    def clear(self) -> None:
        self._timer.stop()
        self._query_seq += 1
        self.search.clear()
        self._query_seq += 1
        self._timer.stop()
        self.model.clear()
        self.count.clear()

    def _family_safe_changed(self, on: bool) -> None:
        self.model.set_family_safe(on)
        self.reveal_button.setEnabled(not on)
        self.copy_button.setEnabled(not on)
        self.view.setColumnHidden(CPR, on)

    # -- selection and actions -----------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def selected_case_id(self) -> int | None:
        case = self.model.case_at(self.selected_row())
        return case.id if case is not None else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id) if case_id >= 0 else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        case_id = self.model.data(self.model.index(index.row(), 0), CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))

    def _search_return(self) -> None:
        if self.model.rowCount() >= 1:
            self.select_case(-1)
            self.view.setFocus()

    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_requested.emit(case_id)

    def reveal_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.toggle_reveal(row)

    def copy_selected(self) -> None:
        case = self.model.case_at(self.selected_row())
        if case is not None and case.cpr and not self.ctx.family_safe:
            self.ctx.copy_secret(case.cpr)
            self.ctx.user_message.emit(
                self.tr("Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder.")
            )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            self.open_selected()
            return
        super().keyPressEvent(event)
