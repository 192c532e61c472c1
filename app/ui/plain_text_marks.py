"""Plain-language marks: a subtle underline under flagged passages, the suggestion in a tooltip.

Never blocking: the marks only decorate the text. Attach with `attach_plain_marks(widget)` to a
QTextEdit, QPlainTextEdit or QLineEdit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.ui.theme import current_theme

logger = logging.getLogger(__name__)

Checker = Callable[[str], Sequence[Any]]


def default_checker(text: str) -> Sequence[Any]:
    """The domain's plain-language checker; no marks at all if it cannot be imported."""
    try:
        from app.domain.plain_language import check
    except ImportError:
        return ()
    try:
        return check(text)
    except Exception:  # noqa: BLE001 - a checker bug must never get in the way of typing
        logger.exception("plain-language check failed")
        return ()


def finding_text(finding: Any) -> str:
    """'message — suggestion', translated when the catalogue knows the texts."""
    translate = QCoreApplication.translate
    message = translate("PlainLanguage", str(getattr(finding, "message", "") or ""))
    suggestion = str(getattr(finding, "suggestion", "") or "")
    if suggestion:
        suggestion = translate("PlainLanguage", suggestion)
        return translate("PlainMarks", "{message} Forslag: {suggestion}").format(
            message=message, suggestion=suggestion
        )
    return message


def mark_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(current_theme().strength_fair))  # muted: visible, not alarming
    return fmt


class PlainLanguageHighlighter(QSyntaxHighlighter):
    """Underlines findings block by block; the editor's tooltip shows the suggestion."""

    def __init__(self, document: QTextDocument, checker: Checker | None = None) -> None:
        super().__init__(document)
        self._check = checker or default_checker
        self._format = mark_format()

    def findings(self, text: str) -> Sequence[Any]:
        return self._check(text)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for f in self._check(text):
            start, end = int(f.start), int(f.end)
            if end > start:
                self.setFormat(start, end - start, self._format)


class _EditorTooltips(QObject):
    """Shows the finding under the mouse as a tooltip on a QTextEdit/QPlainTextEdit viewport."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit, highlighter: PlainLanguageHighlighter):
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        editor.viewport().installEventFilter(self)

    def findings_at(self, position: int) -> list[Any]:
        block = self._editor.document().findBlock(position)
        offset = position - block.position()
        return [f for f in self._highlighter.findings(block.text()) if f.start <= offset < f.end]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            cursor = self._editor.cursorForPosition(event.pos())
            found = self.findings_at(cursor.position())
            if found:
                QToolTip.showText(
                    event.globalPos(), "\n".join(finding_text(f) for f in found), self._editor
                )
            else:
                QToolTip.hideText()
            return True
        return False


class LineEditMarks(QObject):
    """The QLineEdit equivalent: the same underline (drawn as preedit formatting) and a tooltip."""

    def __init__(self, edit: QLineEdit, checker: Checker | None = None) -> None:
        super().__init__(edit)
        self._edit = edit
        self._check = checker or default_checker
        self._base_tooltip = edit.toolTip()
        self.findings: Sequence[Any] = ()
        edit.textChanged.connect(self._refresh)
        self._refresh(edit.text())

    def _refresh(self, text: str) -> None:
        self.findings = self._check(text) if text else ()
        tips = [finding_text(f) for f in self.findings]
        self._edit.setToolTip("\n".join([t for t in (self._base_tooltip, *tips) if t]))
        self._edit.setProperty("plainFindings", bool(self.findings))
        # QLineEdit has no rich text; formatting attributes of an empty input-method event are
        # the supported way to decorate ranges of its text without changing it.
        cursor = self._edit.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat,
                int(f.start) - cursor,
                int(f.end) - int(f.start),
                mark_format(),
            )
            for f in self.findings
            if int(f.end) > int(f.start)
        ]
        QCoreApplication.sendEvent(self._edit, QInputMethodEvent("", attributes))


def attach_plain_marks(widget: QWidget, checker: Checker | None = None) -> QObject:
    """Mark plain-language findings in `widget` as the user types; returns the helper object."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        highlighter = PlainLanguageHighlighter(widget.document(), checker)
        widget.setProperty("plainMarks", True)
        _EditorTooltips(widget, highlighter)
        return highlighter
    if isinstance(widget, QLineEdit):
        widget.setProperty("plainMarks", True)
        return LineEditMarks(widget, checker)
    raise TypeError(f"plain-language marks need a text field, not {type(widget).__name__}")


def marked_ranges(widget: QTextEdit | QPlainTextEdit) -> list[tuple[int, int]]:
    """(start, end) document positions currently underlined — what the tests look at."""
    ranges = []
    block = widget.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            if fr.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                ranges.append(
                    (block.position() + fr.start, block.position() + fr.start + fr.length)
                )
        block = block.next()
    return ranges
