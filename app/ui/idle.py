"""Locks the workspace after a stretch without keyboard or mouse input."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

DEFAULT_IDLE_SECONDS = 5 * 60
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Application-wide event filter: any input restarts the countdown; `idle` fires at zero."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._seconds = DEFAULT_IDLE_SECONDS
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def seconds(self) -> float:
        return self._seconds

    def set_seconds(self, seconds: float) -> None:
        self._seconds = max(1.0, float(seconds))
        if self._timer.isActive():
            self.start()

    def start(self) -> None:
        self._timer.start(int(self._seconds * 1000))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start(int(self._seconds * 1000))
        return False
