"""A small inline message under a field: calm red text, hidden when there is nothing to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.announce import announce
from app.ui.field_error import point_at, unmark


class InlineMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("inlineError", True)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str, field: QWidget | None = None) -> None:
        """Show `text`; an error is read at once, and focus moves to `field` (if given)."""
        self.setText(text)
        self.setVisible(bool(text))
        if field is None:
            unmark(self)
            announce(self, text, urgent=True)  # an error under a field: read at once
        else:
            point_at(self, text, field)

    def clear(self) -> None:  # noqa: D102 - QLabel.clear plus hide
        super().clear()
        self.hide()
        unmark(self)
