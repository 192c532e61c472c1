"""Deadlines across cases (from domain.deadlines): status, date, child, what, legal source."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.validation import format_date

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS, DUE, CHILD, WHAT, SOURCE = range(5)
STATUS_COLOURS = {"overdue": "#9a2a1a", "due": "#8a5a00", "upcoming": "#2f5f63"}


translate = QCoreApplication.translate


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class DeadlinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_deadlines(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_deadlines([])

    def deadline_at(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for item in self._items:
            key = getattr(item.status, "value", str(item.status))
            found[key] = found.get(key, 0) + 1
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("DeadlinesModel", "Status"),
            translate("DeadlinesModel", "Dato"),
            translate("DeadlinesModel", "Barn"),
            translate("DeadlinesModel", "Hvad"),
            translate("DeadlinesModel", "Regel"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == DEADLINE_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == STATUS:
                from app.domain.deadlines import STATUS_TITLES

                return _tr("Deadlines", STATUS_TITLES[item.status])
            if col == DUE:
                return format_date(item.due_on)
            if col == CHILD:
                return item.child_name
            if col == WHAT:
                title = _tr("Deadlines", item.title)
                return f"{title} – {item.detail}" if item.detail else title
            if col == SOURCE:
                return _tr("Deadlines", item.source)
        if role == Qt.ItemDataRole.ToolTipRole and col in (WHAT, SOURCE):
            return _tr("Deadlines", item.source)
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            return QColor(STATUS_COLOURS.get(getattr(item.status, "value", ""), "#222222"))
        return None
