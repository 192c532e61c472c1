"""Headings a screen reader knows as headings (WCAG 1.3.1, 2.4.6; EN 301 549 11.1.3.1).

Qt widgets have no heading role of their own: a bold QLabel is announced as plain text. A label
made by `heading()` (or marked with `mark_heading()`) answers QAccessible.Role.Heading through an
accessibility factory installed once, so Orca and NVDA list it among the page's headings and can
jump between them. The look (size, weight) stays each caller's; only the role is shared.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.accessible_roles import NamedByText, install_once

logger = logging.getLogger(__name__)

HEADING_PROPERTY = "a11yHeading"  # the heading level (1 = page, 2 = section, 3 = part)


class _HeadingInterface(NamedByText):
    """A label that says it is a heading; its name is its text (without the & of a mnemonic)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)


def _factory(key: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and obj.property(HEADING_PROPERTY):
        return _HeadingInterface(obj)
    return None


def install() -> None:
    """Let marked labels answer the heading role (idempotent; before the first query)."""
    install_once(_factory)


def mark_heading(label: QLabel, level: int = 2) -> QLabel:
    """Make `label` a heading of `level` to assistive technology; returns it."""
    install()
    label.setProperty(HEADING_PROPERTY, level)
    return label


def heading(
    text: str, parent: QWidget | None = None, *, level: int = 2, scale: float = 1.0
) -> QLabel:
    """A bold heading label (its font `scale` times the base size) with the heading role."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return mark_heading(label, level)


def heading_level(widget: QWidget) -> int:
    """The heading level a label was marked with (0: not a heading)."""
    return int(widget.property(HEADING_PROPERTY) or 0)
