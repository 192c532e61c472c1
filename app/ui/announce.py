"""Tell a screen reader about a message that appears without focus moving (WCAG 4.1.3).

Qt ≥ 6.8 has QAccessibleAnnouncementEvent: the reader speaks the text at once, politely after
what it is saying or, for errors, assertively. Older Qt gets a name change on the message label,
which readers treat as a live region.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent

logger = logging.getLogger(__name__)

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # Qt < 6.8
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def _send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


def announce(source: QObject, text: str, *, urgent: bool = False) -> None:
    """Have `text` read aloud, as coming from `source` (the label or widget showing it)."""
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
    else:
        event = QAccessibleEvent(source, QAccessible.Event.NameChanged)
    _send(event)
