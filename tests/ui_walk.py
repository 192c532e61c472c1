"""Walking the whole window for tests: every widget's text, every menu action, every dialog.

Generic on purpose: a dialog or menu added later is walked without changing the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QToolBar, QWidget

from app.ui.personal_text import widget_texts

def all_texts() -> list[str]:
    """Every text of every top-level window and dialog (shown or not), plus their actions."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        try:
            texts.extend(t for t in widget_texts(top) if t)
            for widget in [top, *top.findChildren(QWidget)]:
                if isinstance(widget, QMenu):
                    texts.append(widget.title())
                for action in widget.actions():
                    texts.extend(t for t in (action.text(), action.toolTip()) if t)
        except RuntimeError:
            continue  # deleted while walking
    return texts


def menu_actions(window) -> list[QAction]:  # noqa: ANN001
    """Every action reachable from the menu bar and the toolbars (sub-menus included)."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu().actions())
            elif action not in found:
                found.append(action)

    walk(window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        walk(bar.actions())
    return found


def visible_dialogs() -> list[QDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def trigger_and_inspect(
    qtbot, action: QAction, inspect: Callable[[QDialog], None], settle_ms: int = 400  # noqa: ANN001
) -> int:
    """Trigger `action`; every dialog it opens (modal or not) is inspected and then closed.

    A timer does the inspecting, so a dialog run with exec() is handled inside its own loop.
    Returns how many dialogs were seen.
    """
    seen: list[int] = []
    ages: dict[int, int] = {}

    def tick() -> None:
        for dialog in visible_dialogs():
            key = id(dialog)
            ages[key] = ages.get(key, 0) + 1
            if ages[key] * 100 < settle_ms:
                continue  # let it load what it loads on the worker
            inspect(dialog)
            seen.append(key)
            dialog.reject()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(tick)
    timer.start()
    try:
        action.trigger()
        qtbot.wait(settle_ms + 300)
        qtbot.waitUntil(lambda: not visible_dialogs(), timeout=30_000)
    finally:
        timer.stop()
    return len(set(seen))
