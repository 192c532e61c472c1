"""What the app's own accessibility interfaces share: a name read from the widget's text, and a
factory installed once.

Qt picks an interface for a widget from the installed factories; `headings.py` (the Heading role
for labels) and `toggle_buttons.py` (pressed/not pressed buttons) each add one for the widgets
they mark with a property.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

_installed: set[Callable[[str, object], QAccessibleInterface | None]] = set()


class NamedByText(QAccessibleWidget):
    """An interface whose name is the widget's accessible name, else its text without the & of
    a mnemonic (Qt's own would read the & or fall back to a caption)."""

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt override
        if kind == QAccessible.Text.Name:
            widget = self.widget()
            return widget.accessibleName() or widget.text().replace("&", "")
        return super().text(kind)


def install_once(factory: Callable[[str, object], QAccessibleInterface | None]) -> None:
    """Install `factory` with Qt the first time it is asked for (before the first query)."""
    if factory not in _installed:
        QAccessible.installFactory(factory)
        _installed.add(factory)
