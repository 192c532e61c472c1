"""A date field typed as dd.mm.åååå, checked by the domain's parser with an inline message."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.validation import format_date, parse_danish_date

logger = logging.getLogger(__name__)


class DateField(QLineEdit):
    """Empty, or a real date. `value()` raises the domain's ValidationError for bad input."""

    def __init__(self, field_name: str, *, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.field_name = field_name
        self.optional = optional
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.åååå"))
        self.setMaxLength(10)
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 24
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)  # a date is short: a full-width field reads as free text
        self._default: Callable[[], date] | None = None

    def default_to(self, default: Callable[[], date]) -> None:
        """Fill the field with `default()` now and whenever it is found empty again (a lock
        empties every field; the next unlock calls restore_default)."""
        self._default = default
        self.set_value(default())

    def restore_default(self) -> None:
        if self._default is not None and not self.text().strip():
            self.set_value(self._default())

    def value(self) -> date | None:
        text = self.text().strip()
        if not text and self.optional:
            return None
        return parse_danish_date(text, self.field_name)

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")
