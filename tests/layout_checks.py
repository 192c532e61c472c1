"""Geometry a user notices, for the layout tests: what is on screen, clipped, overlapping, small.

The tests size the window to a 1366×768 laptop (the issue's walk). 200 % scaling on the same
laptop's panel doubled (2732×1536) gives the same logical size, so one check covers both: Qt
lays out in device-independent pixels, and point sizes are the same at both scales.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

# A 1366×768 screen less a 40 px task bar; a title bar comes on top of that on a real desktop,
# so 1366×728 is the most a maximised window's content gets (and more than most).
LAPTOP = QSize(1366, 728)


def at_laptop_size(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Show `window` as it opens on the laptop: its content 1366×728, laid out."""
    window.showNormal()
    window.resize(LAPTOP)
    qtbot.waitUntil(lambda: window.size() == LAPTOP)
    settle(qtbot)


def settle(qtbot) -> None:  # noqa: ANN001
    """Let pending layout requests and resizes run (they are posted events)."""
    qtbot.wait(50)


def window_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def seen_rect(widget: QWidget) -> QRect:
    """The part of the widget a user can see: clipped by every parent (scroll areas included)."""
    rect = window_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(window_rect(parent))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return rect


def fully_seen(widget: QWidget) -> bool:
    """Shown, not empty, and not cut by any parent or the window's edge."""
    return (
        widget.isVisible()
        and not widget.size().isEmpty()
        and seen_rect(widget) == window_rect(widget)
    )


def why_not_seen(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__} {widget.objectName()!r}: visible={widget.isVisible()}, "
        f"at {window_rect(widget).getRect()}, seen {seen_rect(widget).getRect()}"
    )


def squashed(widget: QWidget) -> bool:
    """Smaller than the least it needs to show its content (Qt then clips its text)."""
    need = widget.minimumSizeHint()
    return widget.width() < need.width() or widget.height() < need.height()
