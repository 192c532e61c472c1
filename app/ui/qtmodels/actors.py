"""The stafetlog's actors' table as an editable model: an edit becomes a superseding version.

The model never writes: `revise_requested(old_row, new_row)` asks the page to push an undo
command that calls the service; the model follows when the case is reloaded. Superseded rows
stay visible (greyed and struck through) when the history is shown.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import format_date, parse_danish_date, validate_text
from app.ui.theme import current_theme

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ACTOR, CHANGED_ON, EFFORT, FOLLOW_UP_ON, FOLLOW_UP_BY = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ActorTableModel", "Aktør"),
    QT_TRANSLATE_NOOP("ActorTableModel", "Dato for ændring"),
    QT_TRANSLATE_NOOP("ActorTableModel", "Hvilken indsats er iværksat"),
    QT_TRANSLATE_NOOP("ActorTableModel", "Hvornår følges der op"),
    QT_TRANSLATE_NOOP("ActorTableModel", "Hvem følger op"),
)


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActorTableModel", text)


class ActorTableModel(QAbstractTableModel):
    revise_requested = Signal(object, object)  # old ActorRow, new ActorRow
    invalid_input = Signal(str)  # a translated message for the page to show inline

    def __init__(self, today: Any = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._all: list[r.ActorRow] = []
        self._rows: list[r.ActorRow] = []
        self._superseded: set[str] = set()
        self._show_history = False
        self._family_safe = False
        self._editable = True

    # -- feeding -------------------------------------------------------------------------------

    def set_rows(self, rows: list[r.ActorRow], *, editable: bool = True) -> None:
        self._all = list(rows)
        self._editable = editable
        self._rebuild()

    def clear(self) -> None:
        self._all = []
        self._rebuild()

    def set_show_history(self, on: bool) -> None:
        self._show_history = on
        self._rebuild()

    def set_family_safe(self, on: bool) -> None:
        self._family_safe = on
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._superseded = r.superseded_uids(self._all)
        if self._show_history:
            rows = sorted(self._all, key=lambda x: (x.changed_on, x.uid not in self._superseded))
        else:
            rows = r.current_actor_rows(self._all)
        if self._family_safe:
            rows = [x for x in rows if not x.internal]
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> r.ActorRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_superseded(self, row: int) -> bool:
        item = self.row_at(row)
        return item is not None and item.uid in self._superseded

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() != CHANGED_ON and not self.is_superseded(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return item
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if col == ACTOR:
                return item.actor
            if col == CHANGED_ON:
                return format_date(item.changed_on)
            if col == EFFORT:
                return item.effort
            if col == FOLLOW_UP_ON:
                return format_date(item.follow_up_on) if item.follow_up_on else ""
            if col == FOLLOW_UP_BY:
                return item.follow_up_by
        superseded = item.uid in self._superseded
        if role == Qt.ItemDataRole.ForegroundRole and superseded:
            return QColor(current_theme().superseded)
        if role == Qt.ItemDataRole.FontRole and superseded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if superseded:
                return translate(
                    "ActorTableModel", "Ændret senere – den gamle version bevares i loggen."
                )
            if item.internal:
                return translate("ActorTableModel", "Intern: skjules i familievisningen.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        old = self._rows[index.row()]
        text = str(value if value is not None else "").strip()
        col = index.column()
        try:
            if col == ACTOR:
                new = replace(
                    old,
                    actor=validate_text(
                        text, translate("ActorTableModel", "aktør"), required=True, max_chars=500
                    ),
                )
            elif col == EFFORT:
                new = replace(
                    old,
                    effort=validate_text(
                        text, translate("ActorTableModel", "indsats"), required=True
                    ),
                )
            elif col == FOLLOW_UP_ON:
                when = (
                    parse_danish_date(text, translate("ActorTableModel", "hvornår følges der op"))
                    if text
                    else None
                )
                new = replace(old, follow_up_on=when)
            elif col == FOLLOW_UP_BY:
                new = replace(
                    old,
                    follow_up_by=validate_text(
                        text, translate("ActorTableModel", "hvem følger op"), max_chars=500
                    ),
                )
            else:
                return False
        except UserError as err:
            self.invalid_input.emit(err.render(QCoreApplication.translate))
            return False
        if new == old:
            return False
        new = replace(new, uid=r.new_uid(), supersedes=old.uid, changed_on=self._today())
        self.revise_requested.emit(old, new)
        return True
