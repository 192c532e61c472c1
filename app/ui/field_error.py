"""Point at the field in error: focus moves there and a screen reader hears why (WCAG 3.3.1).

The message itself stays where it is shown (under the field or at the foot of the form). The
field in error gets the focus (scrolled into view) and, until the message is cleared, carries
the message as its accessible description, so a reader that comes back to it hears it again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from app.ui.announce import announce

logger = logging.getLogger(__name__)

# message widget → (field, the field's own description before the error was put on it)
_MARKED: dict[int, tuple[QWidget, str]] = {}


class FieldProblem(ValueError):
    """A problem in the form found before saving, with the field it is about."""

    def __init__(self, text: str, field: QWidget | None) -> None:
        super().__init__(text)
        self.field = field


def unmark(message: QWidget) -> None:
    """Give the field marked through `message` its own description back."""
    marked = _MARKED.pop(id(message), None)
    if marked is None:
        return
    field, description = marked
    try:
        field.setAccessibleDescription(description)
    except RuntimeError:  # the field is gone (the form was rebuilt): nothing to give back
        pass


def point_at(message: QWidget, text: str, field: QWidget | None) -> None:
    """Say `text` at once; move focus to `field` and describe it with `text` (None: focus stays)."""
    unmark(message)
    if not text:
        return
    if field is not None:
        _MARKED[id(message)] = (field, field.accessibleDescription())
        field.setAccessibleDescription(text)
        _scroll_to(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    announce(message, text, urgent=True)


def _scroll_to(field: QWidget) -> None:
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(field)
        parent = parent.parentWidget()


def field_named(
    err: BaseException, *fields: QWidget | tuple[str, QWidget | None]
) -> QWidget | None:
    """The field a ValidationError names (its `field`), among `fields`; None if none matches.

    A field is a widget with a `field_name` (a DateField) or a (name, widget) pair with the name
    the form passed to the domain's check (e.g. `validate_text(..., "aktør")`).
    """
    wanted = getattr(err, "field", None)
    if not wanted:
        return None
    for item in fields:
        name, widget = item if isinstance(item, tuple) else (getattr(item, "field_name", ""), item)
        if widget is not None and name == wanted:
            return widget
    return None
