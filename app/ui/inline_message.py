"""A small inline message under a field: calm red text, hidden when there is nothing to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.announce import announce


class InlineMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("inlineError", True)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        announce(self, text, urgent=True)  # an error under a field: read at once

    def clear(self) -> None:  # noqa: D102 - QLabel.clear plus hide
        super().clear()
        self.hide()
