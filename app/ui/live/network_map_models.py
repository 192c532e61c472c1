"""Qt item models over a network map draft: the 5×5 overview grid and one cell's actor list."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.records import MapActor, MapColumn, MapRow
from app.ui.live.labels import (
    COLUMN_COLOURS,
    map_column_label,
    map_column_short,
    map_row_heading,
)

logger = logging.getLogger(__name__)

ROWS = list(MapRow)
COLUMNS = list(MapColumn)
Index = QModelIndex | QPersistentModelIndex


class MapDraft(QObject):
    """The actors being edited; every change is announced so grid, cell list and picture follow."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actors: list[MapActor] = []

    def actors(self) -> list[MapActor]:
        return list(self._actors)

    def load(self, actors: list[MapActor]) -> None:
        self._actors = [replace(a) for a in actors]
        self.changed.emit()

    def in_cell(self, row: MapRow, column: MapColumn) -> list[MapActor]:
        return [a for a in self._actors if a.row == row and a.column == column]

    def add(self, actor: MapActor) -> None:
        self._actors.append(actor)
        self.changed.emit()

    def remove(self, uid: str) -> None:
        self._actors = [a for a in self._actors if a.uid != uid]
        self.changed.emit()

    def update(self, uid: str, **values: str) -> None:
        for i, actor in enumerate(self._actors):
            if actor.uid == uid:
                self._actors[i] = replace(actor, **values)
        self.changed.emit()


class MapGridModel(QAbstractTableModel):
    """Read-only overview: one cell per member × source of help, listing the actors' names."""

    def __init__(self, draft: MapDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        draft.changed.connect(self._refresh)

    def _refresh(self) -> None:
        if ROWS and COLUMNS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ROWS) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, index: Index) -> tuple[MapRow, MapColumn]:
        return ROWS[index.row()], COLUMNS[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.cell(index)
        actors = self._draft.in_cell(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(a.name or a.organisation for a in actors)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            names = ", ".join(a.name or a.organisation for a in actors)
            return f"{map_row_heading(row)}, {map_column_label(column)}: {names or '–'}"
        if role == Qt.ItemDataRole.BackgroundRole and actors:
            return QBrush(QColor(COLUMN_COLOURS[column]).lighter(185))
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(COLUMNS) and role == Qt.ItemDataRole.ToolTipRole:
            return map_column_label(COLUMNS[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal and 0 <= section < len(COLUMNS):
            return map_column_short(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(ROWS):
            return map_row_heading(ROWS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


CELL_FIELDS = ("name", "organisation", "contact", "effort")


class CellActorsModel(QAbstractTableModel):
    """The actors of one grid cell, editable in place (name, organisation, contact, effort)."""

    def __init__(self, draft: MapDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._cell: tuple[MapRow, MapColumn] = (MapRow.CHILD, MapColumn.OWN_MUNICIPALITY)
        self._rows: list[MapActor] = []
        self._editing = False
        draft.changed.connect(self._reload)
        self._reload()

    def set_cell(self, row: MapRow, column: MapColumn) -> None:
        self._cell = (row, column)
        self._reload()

    def cell(self) -> tuple[MapRow, MapColumn]:
        return self._cell

    def actor_at(self, row: int) -> MapActor | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _reload(self) -> None:
        if self._editing:
            # An edit of ours: the row set is unchanged, only refresh the values.
            self._rows = self._draft.in_cell(*self._cell)
            return
        self.beginResetModel()
        self._rows = self._draft.in_cell(*self._cell)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(CELL_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self._rows[index.row()], CELL_FIELDS[index.column()])
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        actor = self._rows[index.row()]
        text = " ".join(str(value).split()) if index.column() != 2 else str(value).strip()
        self._editing = True
        try:
            self._draft.update(actor.uid, **{CELL_FIELDS[index.column()]: text})
        finally:
            self._editing = False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Navn"), self.tr("Organisation"), self.tr("Kontakt"), self.tr("Indsats"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


@dataclass
class MapChanges:
    """What changed between two map versions, by actor uid."""

    added: list[MapActor] = field(default_factory=list)
    removed: list[MapActor] = field(default_factory=list)
    changed: list[tuple[MapActor, MapActor]] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def diff_maps(before: list[MapActor], after: list[MapActor]) -> MapChanges:
    """Actors are matched by uid; one re-entered under a new uid is matched by member and name."""
    old = {a.uid: a for a in before}
    new = {a.uid: a for a in after}
    unmatched_old = {_identity(a): uid for uid, a in old.items() if uid not in new}
    for uid, actor in list(new.items()):
        if uid in old:
            continue
        prior_uid = unmatched_old.pop(_identity(actor), None)
        if prior_uid is not None:
            old[uid] = old.pop(prior_uid)
    changes = MapChanges()
    changes.added = [a for uid, a in new.items() if uid not in old]
    changes.removed = [a for uid, a in old.items() if uid not in new]
    for uid, actor in new.items():
        prior = old.get(uid)
        if prior is not None and _key(prior) != _key(actor):
            changes.changed.append((prior, actor))
    return changes


def _identity(actor: MapActor) -> tuple[str, str]:
    return actor.row.value, " ".join((actor.name or actor.organisation).casefold().split())


def _key(actor: MapActor) -> tuple[str, ...]:
    return (
        actor.row.value,
        actor.column.value,
        actor.name,
        actor.organisation,
        actor.contact,
        actor.effort,
    )
