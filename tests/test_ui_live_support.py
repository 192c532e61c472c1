"""Shared fixtures and helpers for the live-meeting page tests (imported by test_ui_live_*.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext

TODAY = date(2025, 10, 6)  # a Monday, a month after the synthetic case was created


@pytest.fixture
def live_ctx(svc, case_id, qtbot) -> Iterator[UiContext]:  # noqa: ANN001
    """A UI context on the real service and vault, with the Hans Hansen case open."""
    ctx = UiContext(svc, today=lambda: TODAY)
    ctx.current_case_id = case_id
    yield ctx
    from PySide6.QtWidgets import QApplication

    # Closing the pages writes what waits for autosave; then the worker may stop.
    for widget in QApplication.topLevelWidgets():
        widget.close()
    wait_idle(qtbot, ctx)
    ctx.shutdown()


def wait_idle(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    """Until every queued service call has run and its result is back on the GUI thread."""
    qtbot.waitUntil(lambda: not ctx.busy, timeout=10_000)


def open_page(qtbot, ctx: UiContext, page_type: type) -> QWidget:  # noqa: ANN001
    """A live page following the context, showing the freshly loaded case."""
    page = page_type(ctx)
    qtbot.addWidget(page)
    ctx.case_changed.connect(page.show_case)
    ctx.family_safe_changed.connect(page.set_family_safe)
    page.resize(1280, 760)
    page.show()
    reload(qtbot, ctx)
    return page


def reload(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    wait_idle(qtbot, ctx)
    with qtbot.waitSignal(ctx.case_changed, timeout=10_000):
        ctx.reload_case()
    wait_idle(qtbot, ctx)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Input widgets a screen reader could not name (the form row helper sets the names)."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QRadioButton,
        QTextEdit,
    )

    from app.ui.live.signature_pad import SignaturePad

    kinds = (
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        SignaturePad,
    )
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the inner editor of a combo box or date field: the outer one is named
        if isinstance(widget, QHeaderView):
            continue  # part of its table, which carries the name
        if isinstance(widget, (QCheckBox, QRadioButton)):
            if not (widget.text() or widget.accessibleName()):
                missing.append(type(widget).__name__)
            continue
        if isinstance(widget, kinds) and not widget.accessibleName().strip():
            name = type(widget).__name__
            if (
                isinstance(widget, QAbstractItemView)
                and widget.parent() is not None
                and isinstance(widget.parent().parent(), QComboBox)
            ):
                continue  # a combo box's popup list
            missing.append(f"{name} under {type(widget.parentWidget()).__name__}")
    return missing
