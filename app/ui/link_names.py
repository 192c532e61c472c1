"""Say which link of a rich-text label the keyboard is on (WCAG 2.4.4, 4.1.2).

A QLabel with links (the stafetlog's "Ret" after each entry) lets Tab move from link to link,
but Qt tells assistive technology nothing about it: focus stays on the label, and every link
would be the same bare "Ret". `name_links` watches the label; when Tab or Shift+Tab lands on a
link it announces that link's own name ("Ret posten fra 01.09.2025: …"), made by the caller from
the link's href, so each link says what it edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel

from app.ui.announce import announce

logger = logging.getLogger(__name__)


def href_at(label: QLabel, position: int) -> str:
    """The href of the link at `position` of the label's text (as selectionStart counts)."""
    document = QTextDocument()
    document.setHtml(label.text())
    cursor = QTextCursor(document)
    cursor.setPosition(min(position + 1, max(document.characterCount() - 1, 0)))
    return cursor.charFormat().anchorHref()


def focused_href(label: QLabel) -> str:
    """The href of the link the keyboard is on ("" when no link has the keyboard)."""
    if not label.hasFocus() or not label.hasSelectedText():
        return ""
    return href_at(label, label.selectionStart())


class _LinkWatcher(QObject):
    def __init__(self, label: QLabel, name_of: Callable[[str], str]) -> None:
        super().__init__(label)
        self._label = label
        self._name_of = name_of
        self._last = ""
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            QTimer.singleShot(0, self._say)  # after the label has moved to the next link
        elif kind == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self._say)
        elif kind == QEvent.Type.FocusOut:
            self._last = ""
        return False

    def _say(self) -> None:
        href = focused_href(self._label)
        if href and href != self._last:
            name = self._name_of(href)
            if name:
                announce(self._label, name)
        self._last = href


def name_links(label: QLabel, name_of: Callable[[str], str]) -> None:
    """Announce `name_of(href)` whenever the keyboard lands on a link of `label`."""
    _LinkWatcher(label, name_of)
