"""A pad that captures a signature as real pen or mouse strokes and renders them to PNG."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.announce import announce
from app.ui.theme import LIGHT, PAPER, focus_colour_on

logger = logging.getLogger(__name__)

# A click or a tiny scratch is not a signature: ask for a little real ink first.
MIN_INK_LENGTH = 40.0
INK = QColor(PAPER.ink)  # on white paper in every theme (app/ui/theme.PAPER)


class SignaturePad(QWidget):
    """Collects strokes (lists of points) from a tablet pen or a mouse.

    The strokes themselves are the signature; `to_png()` draws them on white, cropped to the ink,
    so what is stored is what the person drew, never a typed name.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(150)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Skriv under her med pen, finger eller mus"))
        self._was_empty = True
        self._describe()
        self.changed.connect(self._state_changed)

    # -- what a screen reader hears ------------------------------------------------------------

    def state_text(self) -> str:
        return (
            self.tr("Tom: ingen underskrift endnu.")
            if self.is_empty()
            else self.tr("Underskrevet.")
        )

    def _describe(self) -> None:
        self.setAccessibleDescription(
            f"{self.state_text()} {self.tr('Skriv under her med pen, finger eller mus')}"
        )

    def _state_changed(self) -> None:
        self._describe()
        empty = self.is_empty()
        if empty != self._was_empty:
            self._was_empty = empty
            announce(self, self.state_text())

    # -- state -------------------------------------------------------------------------------

    def strokes(self) -> list[list[QPointF]]:
        return [list(s) for s in self._strokes]

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self._strokes:
            for a, b in zip(stroke, stroke[1:], strict=False):
                total += math.hypot(b.x() - a.x(), b.y() - a.y())
        return total

    def is_empty(self) -> bool:
        """True until enough ink is on the pad to count as a signature."""
        return self.ink_length() < MIN_INK_LENGTH

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- input -------------------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([QPointF(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        stroke = self._strokes[-1]
        if stroke and stroke[-1] == pos:
            return
        stroke.append(QPointF(pos))
        self.update()

    def _end(self, pos: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(pos)
        self._drawing = False
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        # Accepting the tablet event stops Qt from synthesising the mouse events as well.
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            if event.pressure() > 0 or self._drawing:
                self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    # -- drawing -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 150)

    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self._strokes:
            if not stroke:
                continue
            path.moveTo(stroke[0])
            if len(stroke) == 1:
                path.lineTo(stroke[0] + QPointF(0.5, 0.5))  # a dot stays visible
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PAPER.background))
        baseline_y = self.height() - 30
        painter.setPen(QPen(QColor(PAPER.rule), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline_y, self.width() - 16, baseline_y)
        if not self._strokes:
            painter.setPen(QColor(PAPER.muted))  # 7.6:1 on the white pad
            painter.drawText(
                QRectF(16, baseline_y + 4, self.width() - 32, 24),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("Skriv under her"),
            )
        painter.setPen(_ink_pen())
        painter.drawPath(self._path())
        if self.hasFocus():  # a 2 px ring in the theme's focus colour (≥ 3:1 on white)
            painter.setPen(QPen(QColor(focus_colour_on(PAPER.background)), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(QColor(LIGHT.field_border), 1))  # the pad is white in every theme
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def to_image(self, margin: int = 8) -> QImage:
        """The ink on white, cropped to the strokes (plus a margin)."""
        path = self._path()
        bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin)
        width = max(1, math.ceil(bounds.width()))
        height = max(1, math.ceil(bounds.height()))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(PAPER.background))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.topLeft())
        painter.setPen(_ink_pen())
        painter.drawPath(path)
        painter.end()
        return image

    def to_png(self) -> bytes:
        """The signature as PNG bytes; refuses an empty pad (the caller shows the message)."""
        if self.is_empty():
            raise ValueError("empty signature")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def _ink_pen() -> QPen:
    pen = QPen(INK, 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
