"""Qt item models for a meeting: the participants (invited, attended) and the GØR agreements."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.records import Agreement, Participant
from app.ui.live.labels import fmt_date, from_qdate, to_qdate

logger = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

PARTICIPANT_FIELDS = ("name", "organisation", "role", "responsibility", "decision_authority")
INVITED, ATTENDED = len(PARTICIPANT_FIELDS), len(PARTICIPANT_FIELDS) + 1


class _RowsModel(QAbstractTableModel):
    """A table of editable records: a copy in, a copy out, rows added and removed one by one."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _copy_rows(self) -> list[Any]:
        return [replace(row) for row in self._rows]

    def _set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = [replace(row) for row in rows]
        self.endResetModel()

    def add(self, record: Any) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)


class ParticipantsModel(_RowsModel):
    """Name, organisation, role, responsibility, decision authority; ticks for invited/attended."""

    def __init__(self, parent: QObject | None = None, *, show_attendance: bool = True) -> None:
        super().__init__(parent)
        self._attendance = show_attendance

    def participants(self) -> list[Participant]:
        return self._copy_rows()

    def set_participants(self, participants: list[Participant]) -> None:
        self._set_rows(participants)

    def names(self) -> set[str]:
        return {p.name.casefold() for p in self._rows}

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(PARTICIPANT_FIELDS) + (2 if self._attendance else 1)

    def _titles(self) -> list[str]:
        return [
            self.tr("Navn"),
            self.tr("Arbejdssted"),
            self.tr("Rolle"),
            self.tr("Ansvarsområde"),
            self.tr("Kan beslutte"),
            self.tr("Inviteret"),
            self.tr("Deltog"),
        ]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self._titles()
        return titles[section] if 0 <= section < self.columnCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if column < len(PARTICIPANT_FIELDS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return getattr(p, PARTICIPANT_FIELDS[column])
            return None
        ticked = p.invited if column == INVITED else p.attended
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{name}: {what}").format(
                name=p.name, what=self._titles()[column] if ticked else self.tr("nej")
            )
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        p = self._rows[index.row()]
        column = index.column()
        if column < len(PARTICIPANT_FIELDS) and role == Qt.ItemDataRole.EditRole:
            setattr(p, PARTICIPANT_FIELDS[column], " ".join(str(value).split()))
        elif column >= len(PARTICIPANT_FIELDS) and role == Qt.ItemDataRole.CheckStateRole:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            if column == INVITED:
                p.invited = state == Qt.CheckState.Checked
            else:
                p.attended = state == Qt.CheckState.Checked
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def set_attended(self, row: int, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.setData(self.index(row, ATTENDED), state, Qt.ItemDataRole.CheckStateRole)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(PARTICIPANT_FIELDS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable


AGREEMENT_COLUMNS = 4  # who, what, by when, who follows up


class AgreementsModel(_RowsModel):
    """The GØR rows: who does what, by when, and who follows up."""

    def agreements(self) -> list[Agreement]:
        return self._copy_rows()

    def set_agreements(self, agreements: list[Agreement]) -> None:
        self._set_rows(agreements)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else AGREEMENT_COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Hvem"), self.tr("Gør hvad"), self.tr("Senest"), self.tr("Følger op"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        column = index.column()
        if column == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return fmt_date(a.by_when)
            if role == Qt.ItemDataRole.EditRole:
                return to_qdate(a.by_when) if a.by_when else QDate()
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (a.who, a.what, None, a.follow_up_by)[column]
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        a = self._rows[index.row()]
        column = index.column()
        if column == 2:
            if isinstance(value, QDate):
                a.by_when = from_qdate(value) if value.isValid() else None
            elif isinstance(value, date):
                a.by_when = value
            elif value in (None, ""):
                a.by_when = None
            else:
                return False
        else:
            text = " ".join(str(value).split())
            if column == 0:
                a.who = text
            elif column == 1:
                a.what = text
            else:
                a.follow_up_by = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
