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
from app.ui.qtmodels.deadlines import CASE_ID_ROLE, DEADLINE_ROLE, DeadlinesModel
from app.ui.qtmodels.paging import PAGE

logger = logging.getLogger(__name__)


class DeadlinesPanel(QWidget):
    open_requested = Signal(int, object)  # case id, DeadlineTarget

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deadlinesPanel")
        self._stale = True  # read again when next shown: a write or a new day since last read
        self._read_on = None
        ctx.case_changed.connect(self.mark_stale)
        ctx.case_removed.connect(self.mark_stale)
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
        # One line per row at a fixed height: the view lays out only the rows it shows, never
        # thousands of wrapped ones (the full text is in the tooltip and the accessible text).
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
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

    def mark_stale(self, *_args: Any) -> None:
        self._stale = True

    def refresh_if_stale(self) -> None:
        """When the tab is shown: read again only after a change or when the day has turned."""
        if self._stale or self._read_on != self.ctx.today():
            self.refresh()

    def refresh(self) -> None:
        service = self.ctx.service
        if service is None or self.ctx.family_safe:
            return  # family-safe view: other families' deadlines are never fetched
        today = self.ctx.today()
        self._stale = False
        self._read_on = today

        def load() -> tuple[list[Any], dict[str, int]]:
            return service.deadline_page(today, limit=PAGE), service.deadline_counts(today)

        def fetch(offset: int, deliver: Any) -> None:
            self.ctx.run_read(
                lambda: service.deadline_page(today, offset=offset, limit=PAGE), on_done=deliver
            )

        self.ctx.run_read(load, on_done=lambda result: self._loaded(result, fetch))

    def _loaded(self, result: tuple[list[Any], dict[str, int]], fetch: Any) -> None:
        if self.ctx.family_safe:
            return  # asked before the view was turned on
        first, counts = result
        self.model.set_page(first, counts, fetch)
        if not first:
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
        self._stale = True
        self.summary.clear()

    def _activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        item = self.model.data(self.model.index(index.row(), 0), DEADLINE_ROLE)
        case_id = self.model.data(self.model.index(index.row(), 0), CASE_ID_ROLE)
        if item is not None and case_id is not None:
            self.open_requested.emit(case_id, item.target)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._activated(index)
