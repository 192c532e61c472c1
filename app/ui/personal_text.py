"""Find and wipe the texts a widget tree shows: used on lock, and by the tests that check it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

logger = logging.getLogger(__name__)


def model_texts(
    model: QAbstractItemModel | None, parent: QModelIndex | None = None
) -> Iterator[str]:
    """Every display/tooltip/edit text in a model, recursively (header texts included)."""
    if model is None:
        return
    parent = parent or QModelIndex()
    rows = model.rowCount(parent)
    # PySide makes columnCount/hasChildren private on list and table models: ask flat models
    # through their public shape instead.
    is_list = isinstance(model, QAbstractListModel)
    is_table = isinstance(model, QAbstractTableModel)
    cols = 1 if is_list else model.columnCount(parent)
    if not parent.isValid():
        for col in range(cols):
            value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if value:
                yield str(value)
    for row in range(rows):
        for col in range(cols):
            index = model.index(row, col, parent)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.EditRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value
            if col == 0 and not (is_list or is_table) and model.hasChildren(index):
                yield from model_texts(model, index)


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text a user (or a screen reader) could read off `root` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        for text in (w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()):
            if text:
                yield text
        if isinstance(w, QLineEdit):
            yield w.text()
            yield w.placeholderText()
        elif isinstance(w, QTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QPlainTextEdit):
            yield w.toPlainText()
        elif isinstance(w, QLabel):
            yield w.text()
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w.itemText(i)
            if w.isEditable():
                yield w.currentText()
        elif isinstance(w, QAbstractSpinBox):
            yield w.text()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w.tabText(i)
        if isinstance(w, QAbstractItemView):
            yield from model_texts(w.model())


def clear_personal_texts(root: QWidget) -> None:
    """Empty every editable field below `root`. Labels with data are the page's own job."""
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            w.clear()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            w.clear()
            w.document().clearUndoRedoStacks()
        elif isinstance(w, QComboBox) and w.isEditable():
            w.clearEditText()
        if w.property("personal"):
            # Widgets marked personal (a label with a name, a tool tip with a CPR) lose it all.
            if isinstance(w, QLabel):
                w.clear()
            elif isinstance(w, QAbstractButton):
                w.setText("")
            w.setToolTip("")
            w.setAccessibleDescription("")
