"""Pressing Tab through a page or a dialog as a keyboard user does, and judging the order.

Generic on purpose: a control added later is walked (and must be reached) without changing the
tests. "Visual order" is reading order: down the page, and a new column to the right starts at
its top; going back up or left within the same column is out of order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)


def owner(widget: QWidget | None) -> QWidget | None:
    """The control a focused inner part belongs to (a spin box's or combo box's line edit)."""
    found = widget
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            found = parent
        parent = parent.parentWidget()
    return found


def tab_stops(scope: QWidget) -> list[QWidget]:
    """Every control in `scope` a user can see and reach with Tab."""
    stops = []
    for w in scope.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.focusProxy() is not None:
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(w, QScrollBar):
            continue
        if owner(w) is not w:
            continue  # the inner parts of a spin or combo box go with it
        if isinstance(w, QTabBar) and w.count() < 2:
            continue
        stops.append(w)
    return stops


@dataclass
class Walk:
    order: list[QWidget]
    ended: str  # "left" the scope, came back to the "start", "stuck" on a widget, or "too long"
    next_widget: QWidget | None

    def names(self) -> list[str]:
        return [describe(w) for w in self.order]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = ""
    for getter in ("accessibleName", "text", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            text = value() or ""
        if text:
            break
    return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"


def tab_through(qtbot, scope: QWidget, start: QWidget, limit: int = 300) -> Walk:  # noqa: ANN001
    """Put the focus on `start` and press Tab until the focus leaves `scope` or comes round."""
    window = scope.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: owner(QApplication.focusWidget()) is owner(start))
    first = owner(start)
    order: list[QWidget] = [first] if scope.isAncestorOf(first) else []
    repeats = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = owner(QApplication.focusWidget())
        if now is None:
            return Walk(order, "left", None)
        if now is owner(before) and now is not first:
            # Tab steps through the links inside a label (each is a stop); anything else that
            # keeps the focus swallows Tab.
            repeats += 1
            if not isinstance(now, QLabel) or repeats > 20:
                return Walk(order, "stuck", now)
            continue
        repeats = 0
        if now is first:
            return Walk(order, "start", now)
        if now is not scope and not scope.isAncestorOf(now):
            if order:
                return Walk(order, "left", now)
            continue  # still on its way into the scope
        if now in order:
            return Walk(order, "round", now)
        order.append(now)
    return Walk(order, "too long", None)


def screen_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def out_of_reading_order(order: list[QWidget], slack: int = 4) -> list[str]:
    """Steps that go back up the same column, or to the left on the same line."""
    wrong = []
    # A scroll area's own stop (named, so a keyboard can scroll text with no fields) is the
    # region, not a control in it: where it stands is not reading order.
    order = [w for w in order if not isinstance(w, QScrollArea)]
    for a, b in zip(order, order[1:]):
        ra, rb = screen_rect(a), screen_rect(b)
        new_column = rb.left() >= ra.right() - slack
        above = rb.bottom() < ra.top() + slack
        same_line = rb.top() < ra.bottom() - slack and ra.top() < rb.bottom() - slack
        left = rb.right() <= ra.left() + slack
        if (above and not new_column) or (same_line and left):
            wrong.append(f"{describe(a)} {ra.getRect()} → {describe(b)} {rb.getRect()}")
    return wrong


def scrolls_into_view(widget: QWidget) -> bool:
    """A control inside a scroll area counts as reached even when it was scrolled away."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def first_in_reading_order(order: list[QWidget]) -> list[QWidget]:
    """The walk of a dialog comes round: start it at the control highest up, then leftmost."""
    if not order:
        return order
    rects = [screen_rect(w) for w in order]
    # The first row: what the highest control's middle line crosses (a button a pixel taller
    # than the line edit beside it is on the same row, and the row starts at its left).
    line = min(rects, key=lambda r: (r.top(), r.left())).center().y()
    row = [i for i, r in enumerate(rects) if r.top() <= line <= r.bottom()]
    top = min(row, key=lambda i: rects[i].left())
    return order[top:] + order[:top]
