"""Form rows: every field gets a buddy label and an accessible name (as novelWriter does)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

logger = logging.getLogger(__name__)


def accessible_label(text: str) -> str:
    """The label text as a screen reader should say it: no mnemonic '&', no trailing colon."""
    cleaned = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return cleaned.strip().rstrip(":").strip()


def name_field(field: QWidget, name: str, description: str = "") -> QWidget:
    """Give a field without a visible label (a table, a toolbar search box) its accessible name."""
    field.setAccessibleName(accessible_label(name))
    if description:
        field.setAccessibleDescription(description)
    return field


def make_label(text: str, field: QWidget | None, parent: QWidget | None = None) -> QLabel:
    """A label that is the buddy of `field` (Alt+mnemonic focuses the field) and names it."""
    label = QLabel(text, parent)
    if field is not None:
        label.setBuddy(field)
        field.setAccessibleName(accessible_label(text))
    return label


class FormLayout(QFormLayout):
    """A calm two-column form: label right-aligned on the left, fields growing on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(8)

    def add_row(
        self,
        text: str,
        field: QWidget | QLayout,
        *,
        help_text: str = "",
        focus: QWidget | None = None,
    ) -> QLabel:
        """Add 'label: field'. For a layout, `focus` is the widget the label should point at."""
        target = focus if focus is not None else field if isinstance(field, QWidget) else None
        label = make_label(text, target)
        if help_text and target is not None:
            target.setAccessibleDescription(help_text)
            target.setToolTip(help_text)
        self.addRow(label, field)
        return label
