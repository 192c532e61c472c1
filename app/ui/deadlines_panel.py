"""The deadlines dashboard: overdue, due today and upcoming across all open cases, with the rule."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.form_layout import name_field
from app.ui.qtmodels.deadlines import DEADLINE_ROLE, DeadlinesModel

logger = logging.getLogger(__name__)


class DeadlinesPanel(QWidget):
    open_requested = Signal(int, object)  # case id, DeadlineTarget

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deadlinesPanel")
        self._case_ids: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.refresh_button = QPushButton(self.tr("&Opdatér"))
        self.refresh_button.setObjectName("refreshDeadlines")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.model = DeadlinesModel(self)
        self.view = QTableView()
        self.view.setObjectName("deadlineTable")
        name_field(self.view, self.tr("Frister"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 110), (1, 100), (2, 190), (4, 340)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # "what" gets the room
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)
        hint = QLabel(self.tr("Tryk Enter eller dobbeltklik for at åbne sagen det rigtige sted."))
        hint.setProperty("hint", True)
        layout.addWidget(hint)

    def refresh(self) -> None:
        service = self.ctx.service
        if service is None:
            return
        today = self.ctx.today()

        def load() -> tuple[list[Any], dict[str, int]]:
            items = service.deadlines(today)
            ids = {c.uid: c.id for c in service.list_cases()}
            return items, ids

        self.ctx.run_read(load, on_done=self._loaded)

    def _loaded(self, result: tuple[list[Any], dict[str, int]]) -> None:
        items, self._case_ids = result
        self.model.set_deadlines(items)
        self.view.resizeRowsToContents()
        counts = self.model.counts()
        if not items:
            self.summary.setText(self.tr("Ingen frister de næste 30 dage."))
        else:
            self.summary.setText(
                self.tr(
                    "Overskredet: {overdue}   ·   I dag: {due}   ·   Kommende: {upcoming}"
                ).format(
                    overdue=counts.get("overdue", 0),
                    due=counts.get("due", 0),
                    upcoming=counts.get("upcoming", 0),
                )
            )

    def clear(self) -> None:
        self.model.clear()
        self._case_ids = {}
        self.summary.clear()

    def _activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        item = self.model.data(self.model.index(index.row(), 0), DEADLINE_ROLE)
        if item is None:
            return
        case_id = self._case_ids.get(item.case_uid)
        if case_id is not None:
            self.open_requested.emit(case_id, item.target)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)
