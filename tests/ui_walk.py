"""Walking the whole window for tests: every widget's text, every menu action, every dialog.

Generic on purpose: a dialog or menu added later is walked without changing the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, QTimer
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


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def keys_in_reach(window) -> list[tuple[str, str]]:  # noqa: ANN001
    """(key, where) for every mnemonic and shortcut a user can press on the screen as it is.

    Mnemonics become "Alt+x"; shortcuts are in portable text. Menus count by their title in the
    menu bar; actions count when enabled and on the window or a visible widget.
    """
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    found: list[tuple[str, str]] = []

    def add_mnemonic(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((f"Alt+{letter.upper()}", where))

    bar = window.menuBar()
    if bar.isVisible() and bar.isEnabled():
        for action in bar.actions():
            if action.isVisible() and action.isEnabled():
                add_mnemonic(action.text(), f"menu {action.text()}")
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        if isinstance(w, QAbstractButton) and w.isEnabled():
            add_mnemonic(w.text(), f"button {w.text()}")
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
            add_mnemonic(w.text(), f"label {w.text()}")
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add_mnemonic(w.title(), f"group {w.title()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.isTabEnabled(i):
                    add_mnemonic(w.tabText(i), f"tab {w.tabText(i)}")
    seen: set[int] = set()
    owners = [window, *widgets]
    scoped = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for owner in owners:
        for action in owner.actions():
            if id(action) in seen or not action.isEnabled():
                continue
            if action.shortcutContext() in scoped and owner is not window:
                continue  # fires only while its own widget has focus: no clash possible
            seen.add(id(action))
            for seq in action.shortcuts():
                text = seq.toString(QKeySequence.SequenceFormat.PortableText)
                if text:
                    found.append((text, f"action {action.objectName() or action.text()}"))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.context() in scoped:
            continue  # fires only while its own widget has focus
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
            for seq in shortcut.keys():
                text = seq.toString(QKeySequence.SequenceFormat.PortableText)
                if text:
                    found.append((text, f"shortcut on {parent.objectName()}"))
    return found


def clashes(window) -> dict[str, list[str]]:  # noqa: ANN001
    by_key: dict[str, list[str]] = {}
    for key, where in keys_in_reach(window):
        by_key.setdefault(key.lower(), []).append(where)
    return {k: v for k, v in by_key.items() if len(v) > 1}
