"""The case list as a table model: child, CPR (masked), stafetholder, level, next deadline."""

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

from app.domain.validation import format_date
from app.ui.cpr import shown_cpr
from app.ui.qtmodels.paging import Fetch, Pager

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_UID_ROLE = Qt.ItemDataRole.UserRole + 2
CHILD, CPR, HOLDER, LEVEL, DEADLINE = range(5)


translate = QCoreApplication.translate


class CaseListModel(QAbstractTableModel):
    """Rows are `CaseSummary` items from CaseService.list_cases (never edited here)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pager = Pager()
        self._revealed: set[int] = set()  # case ids whose CPR is shown in full, on demand
        self._family_safe = False
        self._today = None  # set by the panel: overdue deadlines are shown in red

    @property
    def _cases(self) -> list[Any]:
        return self._pager.rows

    # -- feeding -------------------------------------------------------------------------------

    def set_cases(self, cases: list[Any], today: Any = None) -> None:
        """All rows at once."""
        self.set_page(list(cases), len(cases), None, today)

    def set_page(self, first: list[Any], total: int, fetch: Fetch | None, today: Any = None) -> None:
        """The first window of the list, how many there are in all, and how to get more."""
        self.beginResetModel()
        self._today = today
        self._pager.start(first, total, fetch)
        self._revealed &= {c.id for c in self._cases}
        self.endResetModel()

    def total(self) -> int:
        return self._pager.total

    def clear(self) -> None:
        self.beginResetModel()
        self._pager.clear()
        self._revealed.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._pager.fetch_more(self._append)

    def _append(self, rows: list[Any]) -> None:
        start = len(self._cases)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._cases.extend(rows)
        self.endInsertRows()

    def case_at(self, row: int) -> Any:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: int) -> int:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return -1

    def set_family_safe(self, on: bool) -> None:
        self._family_safe = on
        if on:
            self._revealed.clear()
        self._cpr_changed()

    def toggle_reveal(self, row: int) -> bool:
        """Show or mask the full CPR number of one row; False in the family-safe view."""
        case = self.case_at(row)
        if case is None or self._family_safe or not case.cpr:
            return False
        self._revealed ^= {case.id}
        index = self.index(row, CPR)
        self.dataChanged.emit(index, index)
        return case.id in self._revealed

    def _cpr_changed(self) -> None:
        if self._cases:
            self.dataChanged.emit(self.index(0, CPR), self.index(len(self._cases) - 1, CPR))

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("CaseListModel", "Barn"),
            translate("CaseListModel", "Cpr-nr."),
            translate("CaseListModel", "Stafetholder"),
            translate("CaseListModel", "Niveau"),
            translate("CaseListModel", "Næste frist"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._cases)):
            return None
        case = self._cases[index.row()]
        col = index.column()
        if role == CASE_ID_ROLE:
            return case.id
        if role == CASE_UID_ROLE:
            return case.uid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == CHILD:
                closed = translate("CaseListModel", " (afsluttet)") if case.closed else ""
                return case.child_name + closed
            if col == CPR:
                if not case.cpr:
                    return translate("CaseListModel", "ufødt / ikke kendt")
                return shown_cpr(
                    case.cpr, revealed=case.id in self._revealed, family_safe=self._family_safe
                )
            if col == HOLDER:
                return case.holder
            if col == LEVEL:
                return translate("CaseListModel", "Niveau {n}").format(n=int(case.level))
            if col == DEADLINE:
                nd = case.next_deadline
                if nd is None:
                    return ""
                shown = f"{format_date(nd.on)}  {QCoreApplication.translate('Deadlines', nd.title)}"
                if self._today and nd.on < self._today:
                    # said in words, not by the red colour alone (WCAG 1.4.1)
                    return translate("CaseListModel", "Overskredet: {deadline}").format(
                        deadline=shown
                    )
                return shown
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == CPR
            and case.cpr
            and not self._family_safe
        ):
            return translate("CaseListModel", "Vis hele nummeret med »Vis cpr-nr.«")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == DEADLINE
            and case.next_deadline
            and self._today
        ):
            if case.next_deadline.on < self._today:
                from PySide6.QtGui import QColor

                from app.ui.theme import current_theme

                return QColor(current_theme().error)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == DEADLINE
            and case.next_deadline
            and self._today
        ):
            if case.next_deadline.on < self._today:
                return translate("CaseListModel", "Fristen er overskredet.")
        if role == Qt.ItemDataRole.ForegroundRole and case.closed:
            from PySide6.QtGui import QColor

            from app.ui.theme import current_theme

            return QColor(current_theme().superseded)
        return None
