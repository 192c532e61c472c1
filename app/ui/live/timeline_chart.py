"""A worry-scale history drawn by hand: one person's placements over time, meetings marked."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.live.labels import fmt_date
from app.ui.theme import PAPER

logger = logging.getLogger(__name__)

# Drawn as on paper (app/ui/theme.PAPER): the same white chart in every theme.
LINE = QColor(PAPER.line)
MEETING = QColor(PAPER.muted)  # meeting marks and their dates: 7.6:1 on white
DUTY_BAND = QColor(PAPER.duty_band)
LABEL_LINES = 2  # lines of date labels per kind (assessments, meetings) before one is left out


@dataclass(frozen=True)
class ChartPoint:
    on: date
    category: int


class TimelineChart(QWidget):
    """Categories on the vertical axis (the most serious at the top), dates along the bottom.

    The band of categories that carry the duty to notify is tinted, so a rising line that
    enters it is visible at a glance.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[ChartPoint] = []
        self._meetings: list[date] = []
        self._categories = 5
        self._duty_from = 3
        self._category_names: list[str] = []
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_history(
        self,
        points: list[ChartPoint],
        meetings: list[date],
        categories: int,
        duty_from: int,
        category_names: list[str] | None = None,
    ) -> None:
        self._points = sorted(points, key=lambda p: p.on)
        self._meetings = sorted(set(meetings))
        self._categories = categories
        self._duty_from = duty_from
        self._category_names = list(category_names or [])
        self.setAccessibleDescription(self.describe())
        self.update()

    def clear(self) -> None:
        self._points, self._meetings, self._category_names = [], [], []
        self.setAccessibleDescription("")
        self.update()

    def points(self) -> list[ChartPoint]:
        return list(self._points)

    def meetings(self) -> list[date]:
        return list(self._meetings)

    def describe(self) -> str:
        """What a screen reader says instead of the picture."""
        if not self._points:
            return self.tr("Ingen vurderinger endnu.")
        parts = [
            self.tr("{date}: kategori {category}").format(date=fmt_date(p.on), category=p.category)
            for p in self._points
        ]
        return "; ".join(parts)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 220)

    def _span(self) -> tuple[date, date]:
        days = [p.on for p in self._points] + self._meetings
        first, last = min(days), max(days)
        if first == last:
            first, last = first - timedelta(days=15), last + timedelta(days=15)
        pad = max(3, (last - first).days // 20)
        return first - timedelta(days=pad), last + timedelta(days=pad)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def _plot_left(self) -> float:
        return 24 + self.fontMetrics().horizontalAdvance("5")

    def _labels(self) -> list[tuple[QRectF, str, bool]]:
        """Every date label under the plot (rect, text, is a meeting), none overlapping.

        Close dates ("Møde 17.11", "Møde 07.12") ran into each other on one line; labels that
        would touch go to a second line, and only when both lines are full is one left out
        (the tooltip and the screen reader's description still have every date).
        """
        if not self._points and not self._meetings:
            return []
        metrics = QFontMetricsF(self._small_font())
        left = self._plot_left()
        plot_width = self.width() - left - 16
        first, last = self._span()
        total = max(1, (last - first).days)

        def x_of(day: date) -> float:
            return left + plot_width * (day - first).days / total

        dates = [(p.on.strftime("%d.%m.%y"), x_of(p.on)) for p in self._points]
        meetings = [
            (self.tr("Møde {date}").format(date=day.strftime("%d.%m")), x_of(day))
            for day in self._meetings
        ]
        found: list[tuple[QRectF, str, bool]] = []
        line = 0
        for texts, is_meeting in ((dates, False), (meetings, True)):
            spans = [(x, metrics.horizontalAdvance(text)) for text, x in texts]
            places = stagger(spans, self.width(), LABEL_LINES)
            used = 0
            for (text, _x), (_centre, width), place in zip(texts, spans, places, strict=True):
                if place is None:
                    continue
                label_left, row = place
                used = max(used, row + 1)
                top = (line + row) * metrics.height()
                found.append((QRectF(label_left, top, width, metrics.height()), text, is_meeting))
            line += used
        return found

    def label_rects(self) -> list[QRectF]:
        """Where the date labels stand on the widget (for tests and the tooltip)."""
        base = self._plot_area().bottom() + 4
        return [rect.translated(0, base) for rect, _text, _m in self._labels()]

    def _plot_area(self) -> QRectF:
        metrics = QFontMetricsF(self._small_font())
        lines = {round(rect.top() / metrics.height()) for rect, _t, _m in self._labels()}
        left = self._plot_left()
        below = (len(lines) or 1) * metrics.height() + 8
        return QRectF(left, 14, self.width() - left - 16, self.height() - 14 - below)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(PAPER.background))
        metrics = painter.fontMetrics()
        area = self._plot_area()
        left = area.left()
        if area.width() < 40 or area.height() < 40:
            return
        n = max(1, self._categories)
        step = area.height() / n

        def y_of(category: int) -> float:
            return area.bottom() - (category - 0.5) * step

        # The categories that carry the duty to notify.
        duty_top = area.top()
        duty_bottom = area.bottom() - (self._duty_from - 1) * step
        painter.fillRect(
            QRectF(area.left(), duty_top, area.width(), duty_bottom - duty_top), DUTY_BAND
        )
        painter.setPen(QPen(QColor(PAPER.faint), 1))
        for c in range(1, n + 1):
            painter.drawLine(QPointF(area.left(), y_of(c)), QPointF(area.right(), y_of(c)))
            painter.setPen(QColor(PAPER.text))
            painter.drawText(
                QRectF(0, y_of(c) - metrics.height() / 2, left - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(c),
            )
            painter.setPen(QPen(QColor(PAPER.faint), 1))
        painter.setPen(QPen(QColor(PAPER.rule), 1))
        painter.drawRect(area)

        if not self._points and not self._meetings:
            painter.setPen(QColor(PAPER.muted))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Ingen vurderinger endnu"))
            return
        first, last = self._span()
        total = max(1, (last - first).days)

        def x_of(day: date) -> float:
            return area.left() + area.width() * (day - first).days / total

        # Meetings as dashed verticals; the dates under the plot, meetings on their own line.
        for day in self._meetings:
            x = x_of(day)
            painter.setPen(QPen(MEETING, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.setFont(self._small_font())
        for rect, text, is_meeting in self._labels():
            painter.setPen(MEETING if is_meeting else QColor(PAPER.text))
            painter.drawText(
                rect.translated(0, area.bottom() + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

        if self._points:
            path = QPainterPath(QPointF(x_of(self._points[0].on), y_of(self._points[0].category)))
            for p in self._points[1:]:
                path.lineTo(QPointF(x_of(p.on), y_of(p.category)))
            painter.setPen(QPen(LINE, 2.5))
            painter.drawPath(path)
            for p in self._points:
                centre = QPointF(x_of(p.on), y_of(p.category))
                duty = p.category >= self._duty_from
                painter.setBrush(QBrush(QColor(PAPER.duty) if duty else LINE))
                painter.setPen(QPen(QColor(PAPER.background), 1.5))
                painter.drawEllipse(centre, 6, 6)


def stagger(
    spans: list[tuple[float, float]], total: float, lines: int, gap: float = 8.0
) -> list[tuple[float, int] | None]:
    """For each label (centre, width), in order of x: its left edge and line, or None.

    A label keeps to the widget (0..total) and goes on the first line where it stays `gap`
    clear of the label before it; when no line has room it is left out.
    """
    ends = [float("-inf")] * lines
    placed: list[tuple[float, int] | None] = []
    for centre, width in spans:
        left = _inside(centre - width / 2, width, total)
        for line in range(lines):
            if left >= ends[line] + gap:
                ends[line] = left + width
                placed.append((left, line))
                break
        else:
            placed.append(None)
    return placed


def _inside(left: float, width: float, total: float) -> float:
    """A label's left edge moved so the whole label stays on the widget."""
    return max(2.0, min(left, total - width - 2.0))
