"""The network map as a picture: the family in the middle, each member's helpers around them."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from app.domain.records import MapActor, MapColumn, MapRow
from app.reports.palette import COLUMN_DASH, COLUMN_MARK
from app.ui.live.labels import COLUMN_COLOURS, map_column_label, map_row_label
from app.ui.theme import PAPER

logger = logging.getLogger(__name__)

# Where each family member sits around the centre (degrees, 0 = right, counter-clockwise).
MEMBER_ANGLES = {
    MapRow.CHILD: 90.0,
    MapRow.MOTHER: 162.0,
    MapRow.FATHER: 18.0,
    MapRow.SIBLINGS: 234.0,
    MapRow.FAMILY: 306.0,
}
MEMBER_RADIUS = 140.0
ACTOR_RADIUS = 100.0  # from the member, outwards (at least; wide boxes stand further out)
ACTOR_W, ACTOR_H = 190.0, 52.0
MEMBER_R = 44.0
# Readable from a sofa: no text on the map is smaller than this at 100 % (the view never shrinks
# the picture below its own size, so a point here is a point on the screen).
MAP_TEXT_PT = 11.0


def map_font(points: float = MAP_TEXT_PT, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


MARK_R = 11.0  # the radius of the column's numbered badge (room for an 11 pt digit)


def column_pen(column: MapColumn, width: float = 2.5) -> QPen:
    """The column's colour with its own dash pattern (app/reports/palette.py, like the PDF)."""
    pen = QPen(QColor(COLUMN_COLOURS[column]), width)
    if COLUMN_DASH[column]:
        pen.setDashPattern(list(COLUMN_DASH[column]))
    return pen


def column_mark_item(column: MapColumn, parent: QGraphicsRectItem | None = None):  # noqa: ANN201
    """A white badge with the column's number, outlined in the column's colour."""
    badge = QGraphicsEllipseItem(0, 0, 2 * MARK_R, 2 * MARK_R, parent)
    badge.setBrush(QBrush(QColor(PAPER.background)))
    badge.setPen(QPen(QColor(COLUMN_COLOURS[column]), 1.5))
    number = QGraphicsSimpleTextItem(COLUMN_MARK[column], badge)
    number.setBrush(QBrush(QColor(PAPER.text)))
    number.setFont(map_font(bold=True))  # text on the map: 11 pt like the rest
    box = number.boundingRect()
    number.setPos(MARK_R - box.width() / 2, MARK_R - box.height() / 2)
    return badge


class ActorItem(QGraphicsRectItem):
    """One helper on the map (counted by tests and looked up by uid)."""

    def __init__(self, actor: MapActor) -> None:
        super().__init__(-ACTOR_W / 2, -ACTOR_H / 2, ACTOR_W, ACTOR_H)
        self.actor_uid = actor.uid
        self.column = actor.column
        colour = QColor(COLUMN_COLOURS[actor.column])
        self.setBrush(QBrush(colour.lighter(175)))
        self.setPen(column_pen(actor.column))
        # The column's number in the corner: the sector is told by more than the fill colour.
        self.mark = column_mark_item(actor.column, self)
        self.mark.setPos(ACTOR_W / 2 - MARK_R - 4, -ACTOR_H / 2 + 4)
        tip = "\n".join(x for x in (actor.name, actor.organisation, actor.effort) if x)
        self.setToolTip(tip)
        title = QGraphicsSimpleTextItem(_elide(actor.name or actor.organisation, 20), self)
        title.setFont(map_font(bold=True))
        sub = QGraphicsSimpleTextItem(_elide(actor.effort or actor.organisation, 22), self)
        sub.setFont(map_font())
        title.setPos(-ACTOR_W / 2 + 8, -ACTOR_H / 2 + 4)
        sub.setPos(-ACTOR_W / 2 + 8, -ACTOR_H / 2 + 27)


class NetworkMapScene(QGraphicsScene):
    """Rebuilt from the actors each time the grid changes; cheap for the few dozen on a map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centre_title = ""
        self.description = ""

    def clear(self) -> None:  # noqa: D102 - QGraphicsScene.clear, and the words go with the picture
        super().clear()
        self.description = ""
        for view in self.views():
            view.setAccessibleDescription("")

    def actor_items(self) -> list[ActorItem]:
        return [i for i in self.items() if isinstance(i, ActorItem)]

    def show_map(
        self, actors: Iterable[MapActor], centre_title: str, member_names: dict[MapRow, str]
    ) -> None:
        self.clear()
        actors = list(actors)
        self._draw_centre(centre_title)
        for row in MapRow:
            mine = [a for a in actors if a.row == row]
            angle = math.radians(MEMBER_ANGLES[row])
            pos = QPointF(MEMBER_RADIUS * math.cos(angle), -MEMBER_RADIUS * math.sin(angle))
            self._line(QPointF(0, 0), pos, QColor(PAPER.connector), 2.0)
            self._draw_member(pos, member_names.get(row) or map_row_label(row), bool(mine))
            self._draw_actors(pos, angle, mine)
        self._draw_legend()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        # The picture as a list for a screen reader: who helps whom, in which sector.
        self.description = self.describe(actors, member_names)
        for view in self.views():
            view.setAccessibleDescription(self.description)

    def describe(self, actors: list[MapActor], member_names: dict[MapRow, str]) -> str:
        lines = []
        for row in MapRow:
            member = member_names.get(row) or map_row_label(row)
            helpers = [
                self.tr("{who} ({sector})").format(
                    who=", ".join(x for x in (a.name, a.organisation) if x),
                    sector=map_column_label(a.column),
                )
                for a in actors
                if a.row == row
            ]
            lines.append(
                self.tr("{member}: {helpers}.").format(
                    member=member,
                    helpers="; ".join(helpers) if helpers else self.tr("ingen hjælpere endnu"),
                )
            )
        return "\n".join(lines)

    def _draw_centre(self, title: str) -> None:
        r = 62.0
        circle = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
        circle.setBrush(QBrush(QColor(PAPER.family_fill)))
        circle.setPen(QPen(QColor(PAPER.family_edge), 3))
        circle.setZValue(2)
        self.addItem(circle)
        heading = QGraphicsSimpleTextItem(self.tr("Familien"), circle)
        heading.setFont(map_font(MAP_TEXT_PT + 2, bold=True))
        _centre_text(heading, QPointF(0, -12))
        name = QGraphicsSimpleTextItem(_elide(title, 14), circle)
        name.setFont(map_font())
        _centre_text(name, QPointF(0, 12))

    def _draw_member(self, pos: QPointF, label: str, has_helpers: bool) -> None:
        r = MEMBER_R
        node = QGraphicsEllipseItem(pos.x() - r, pos.y() - r, 2 * r, 2 * r)
        node.setBrush(QBrush(QColor(PAPER.node_fill if has_helpers else PAPER.node_fill_empty)))
        node.setPen(QPen(QColor(PAPER.node_edge), 2))
        node.setZValue(2)
        self.addItem(node)
        text = QGraphicsSimpleTextItem(_elide(label, 12), node)
        text.setFont(map_font())
        _centre_text(text, pos)

    def _draw_actors(self, origin: QPointF, angle: float, actors: list[MapActor]) -> None:
        if not actors:
            return
        # The member's helpers stand in a row across the direction away from the centre, so
        # their boxes never overlap; many helpers make a second row further out.
        out = QPointF(math.cos(angle), -math.sin(angle))
        across = QPointF(-out.y(), out.x())
        step = abs(across.x()) * (ACTOR_W + 14) + abs(across.y()) * (ACTOR_H + 12)
        depth = abs(out.x()) * (ACTOR_W + 20) + abs(out.y()) * (ACTOR_H + 20)
        per_row = 3 if abs(out.x()) > 0.5 else 2
        # Far enough out that a box never covers its member's circle, whichever way it points.
        clearance = max(
            ACTOR_RADIUS,
            MEMBER_R + 16 + abs(out.x()) * ACTOR_W / 2 + abs(out.y()) * ACTOR_H / 2,
        )
        for index, actor in enumerate(actors):
            ring, slot = divmod(index, per_row)
            count = min(per_row, len(actors) - ring * per_row)
            offset = (slot - (count - 1) / 2) * step
            distance = clearance + ring * depth
            pos = origin + out * distance + across * offset
            colour = QColor(COLUMN_COLOURS[actor.column])
            self._line(origin, pos, colour, 1.5)
            item = ActorItem(actor)
            item.setPos(pos)
            item.setZValue(3)
            self.addItem(item)

    def _draw_legend(self) -> None:
        # Beside the map (top right): the view is wider than tall, so the picture stays large.
        bounds = self.itemsBoundingRect()
        x, y = bounds.right() + 24, bounds.top()
        title = QGraphicsSimpleTextItem(self.tr("Hvor kommer hjælpen fra?"))
        title.setFont(map_font(bold=True))
        title.setPos(x, y)
        self.addItem(title)
        y += 28
        for column in MapColumn:
            swatch = QGraphicsRectItem(x, y, 16, 16)
            colour = QColor(COLUMN_COLOURS[column])
            swatch.setBrush(QBrush(colour.lighter(175)))
            swatch.setPen(column_pen(column))
            self.addItem(swatch)
            mark = column_mark_item(column)
            mark.setPos(x + 22, y - 3)
            self.addItem(mark)
            label = QGraphicsSimpleTextItem(map_column_label(column))
            label.setFont(map_font())
            label.setPos(x + 52, y - 1)
            self.addItem(label)
            y += 26

    def _line(self, a: QPointF, b: QPointF, colour: QColor, width: float) -> QGraphicsLineItem:
        line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y())
        line.setPen(QPen(colour, width))
        line.setZValue(1)
        self.addItem(line)
        return line


class NetworkMapView(QGraphicsView):
    """Keeps the whole picture in view as the window resizes."""

    def __init__(self, scene: NetworkMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor(PAPER.background)))
        scene.changed.connect(lambda _r: self._fit())

    def _fit(self) -> None:
        """The whole picture when it fits at its own size or larger; else its own size, scrolled.

        Fitting a big map into a laptop's pane shrank its text to about 6 px.
        """
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() < 1.0:
            self.resetTransform()
            self.centerOn(0, 0)  # the family in the middle

    def text_point_sizes(self) -> list[float]:
        """The point size of every text on the map as the screen shows it (for tests)."""
        scale = self.transform().m11()
        return [
            item.font().pointSizeF() * scale
            for item in self.scene().items()
            if isinstance(item, QGraphicsSimpleTextItem) and item.text()
        ]

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._fit()


def _centre_text(item: QGraphicsSimpleTextItem, centre: QPointF) -> None:
    # The parent ellipses sit at the scene origin, so their coordinates are the scene's.
    rect: QRectF = item.boundingRect()
    item.setPos(centre.x() - rect.width() / 2, centre.y() - rect.height() / 2)


def _elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
