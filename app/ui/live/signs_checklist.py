"""The signal list ("signaler på mulig mistrivsel") as a checklist model and view."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QWidget

from app.domain import signals as signal_list

logger = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class SignsModel(QAbstractListModel):
    """Group headings (not checkable) followed by their signals (checkable)."""

    selection_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []  # ("group", SignalGroup) or ("signal", Signal)
        self._groups: tuple[signal_list.SignalGroup, ...] = ()
        self._checked: set[str] = set()
        self._unknown: list[str] = []  # ids a newer version wrote: kept so nothing is lost
        self.set_groups(signal_list.CHILD_GROUPS)

    def set_groups(self, groups: tuple[signal_list.SignalGroup, ...]) -> None:
        """The child's signal list, or the parents' (the worry scale decides); ticks are kept
        only for signs in the new list, so a placement never carries the other list's ids."""
        if groups == self._groups:
            return
        self.beginResetModel()
        self._groups = groups
        self._rows = []
        for group in groups:
            self._rows.append(("group", group))
            self._rows.extend(("signal", s) for s in signal_list.signals_of((group,)))
        shown = {s.id for kind, s in self._rows if kind == "signal"}
        self._checked &= shown
        self.endResetModel()
        self.selection_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, item = self._rows[index.row()]
        if kind == "group":
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Signals", signal_list.GROUP_TITLES[item])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate("Signals", item.text)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "group":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        kind, item = self._rows[index.row()]
        if kind != "signal":
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(item.id)
        else:
            self._checked.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True

    def checked_ids(self) -> list[str]:
        """In list order, then any ids this version does not know."""
        known = [s.id for kind, s in self._rows if kind == "signal" and s.id in self._checked]
        return known + [i for i in self._unknown if i not in known]

    def set_checked_ids(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        shown = {s.id for kind, s in self._rows if kind == "signal"}
        self._checked = {i for i in ids if i in shown}
        # ids not in this list (a newer version's, or the other scale's): kept, never lost
        self._unknown = [i for i in ids if i not in shown]
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.selection_changed.emit()

    def row_of(self, signal_id: str) -> int:
        for row, (kind, item) in enumerate(self._rows):
            if kind == "signal" and item.id == signal_id:
                return row
        return -1


class SignsChecklist(QListView):
    """A list of tick boxes; the accessible name comes from the form row that holds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signs = SignsModel(self)
        self.setModel(self.signs)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMinimumHeight(160)

    def checked_ids(self) -> list[str]:
        return self.signs.checked_ids()

    def set_checked_ids(self, ids: Iterable[str]) -> None:
        self.signs.set_checked_ids(ids)

    def set_groups(self, groups: tuple[signal_list.SignalGroup, ...]) -> None:
        self.signs.set_groups(groups)
