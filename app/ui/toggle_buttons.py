"""Toggle buttons that a screen reader announces as toggle buttons, pressed or not (WCAG 4.1.2).

Qt reports a checkable QPushButton as a *check box*, so "Vis intern note (kun til dig)" was read
as "check box, not checked": a button that looks like a button but is announced as something
else. `toggle_button()` gives it the Button role with the checkable, checked and pressed states
(UI Automation then offers the Toggle pattern: NVDA says "toggle button, pressed"), and the
Toggle / Press actions that click it, so the state is right and it still works from the reader.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton

from app.ui.accessible_roles import NamedByText, install_once

logger = logging.getLogger(__name__)

TOGGLE_PROPERTY = "a11yToggle"


class _ToggleInterface(NamedByText):
    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.Button)
        self._button = button

    def state(self) -> QAccessible.State:  # noqa: D102 - Qt override
        state = super().state()
        on = self._button.isChecked()
        state.checkable = True
        state.checked = on
        state.pressed = on
        return state

    def actionNames(self) -> list[str]:  # noqa: N802, D102 - Qt override
        return [QAccessibleActionInterface.toggleAction(), QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: N802, D102 - Qt override
        if name in self.actionNames() and self._button.isEnabled():
            self._button.click()


def _factory(key: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, QAbstractButton) and obj.property(TOGGLE_PROPERTY):
        return _ToggleInterface(obj)
    return None


def install() -> None:
    """Let marked buttons answer as toggle buttons (idempotent; before the first query)."""
    install_once(_factory)


def toggle_button(button: QAbstractButton) -> QAbstractButton:
    """Make `button` checkable and announced as a toggle button with its state; returns it."""
    install()
    button.setProperty(TOGGLE_PROPERTY, True)
    button.setCheckable(True)
    return button
