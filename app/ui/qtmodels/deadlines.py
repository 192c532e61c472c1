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
from app.ui.qtmodels.paging import Fetch, Pager
from app.ui.theme import current_theme

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS, DUE, CHILD, WHAT, SOURCE = range(5)


def status_colour(status: str) -> str:
    """The status column's text colour in the theme in use (the words say it too)."""
    theme = current_theme()
    return {
        "overdue": theme.error,
        "due": theme.deadline_due,
        "upcoming": theme.deadline_upcoming,
    }.get(status, theme.text)


translate = QCoreApplication.translate


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class DeadlinesModel(QAbstractTableModel):
    """(case id, Deadline) rows, fetched in windows as the view scrolls (see paging.py)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pager = Pager()
        self._counts: dict[str, int] = {}

    def set_page(
        self, first: list[tuple[int, Any]], counts: dict[str, int], fetch: Fetch | None
    ) -> None:
        """The first window, the counts per status (their sum is the total) and how to get more."""
        self.beginResetModel()
        self._counts = dict(counts)
        self._pager.start(first, sum(counts.values()), fetch)
        self.endResetModel()

    def set_deadlines(self, items: list[Any], case_ids: dict[str, int] | None = None) -> None:
        """All rows at once (tests, small lists): Deadline items, with their case ids if known."""
        ids = case_ids or {}
        pairs = [(ids.get(item.case_uid), item) for item in items]
        counts: dict[str, int] = {}
        for _case_id, item in pairs:
            key = getattr(item.status, "value", str(item.status))
            counts[key] = counts.get(key, 0) + 1
        self.set_page(pairs, counts, None)

    def clear(self) -> None:
        self.set_page([], {}, None)

    def deadline_at(self, row: int) -> Any:
        rows = self._pager.rows
        return rows[row][1] if 0 <= row < len(rows) else None

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def total(self) -> int:
        return self._pager.total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._pager.fetch_more(self._append)

    def _append(self, rows: list[Any]) -> None:
        start = len(self._pager.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._pager.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._pager.rows)

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
        rows = self._pager.rows
        if not index.isValid() or not (0 <= index.row() < len(rows)):
            return None
        case_id, item = rows[index.row()]
        col = index.column()
        if role == DEADLINE_ROLE:
            return item
        if role == CASE_ID_ROLE:
            return case_id
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
                return _tr("Legal", item.source)
        if role == Qt.ItemDataRole.ToolTipRole and col in (WHAT, SOURCE):
            return _tr("Legal", item.source)
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            return QColor(status_colour(getattr(item.status, "value", "")))
        return None
