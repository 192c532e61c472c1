"""The network map (netværkskort): the grid of the template, and a picture of the network."""

from __future__ import annotations

import logging
import math

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case, MapActor, MapColumn, MapRow, NetworkMap
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.reports.data import person_line
from app.reports.fonts import BOLD, REGULAR
from app.reports.labels import MAP_COLUMNS, MAP_ROWS
from app.reports.palette import COLUMN_DASH, COLUMN_HEX, COLUMN_MARK
from app.reports.styles import HEADER_FILL, INK, MUTED, field_table, grid_table, para, styles
from app.reports.template import LANDSCAPE, DocumentInfo, content_size
from app.reports.text import fmt_date, markup

logger = logging.getLogger(__name__)

# The one palette, shared with the screen (app/reports/palette.py).
COLUMN_COLOURS: dict[MapColumn, colors.Color] = {
    column: colors.HexColor(hex_colour) for column, hex_colour in COLUMN_HEX.items()
}
WIDTH, HEIGHT = content_size(LANDSCAPE)
ROW_LABEL = 30 * mm


def tint(colour: colors.Color, amount: float = 0.82) -> colors.Color:
    """A light version of `colour` for fills behind text."""
    return colors.Color(*(c + (1 - c) * amount for c in (colour.red, colour.green, colour.blue)))


def choose_map(case: Case, record_uid: str | None) -> NetworkMap:
    maps = sorted(case.network_maps, key=lambda m: m.made_on)
    if not maps:
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP(
                "Reports", "Sagen har endnu intet netværkskort. Udfyld netværkskortet først."
            ),
        )
    if record_uid is None:
        return maps[-1]
    for network_map in maps:
        if network_map.uid == record_uid:
            return network_map
    raise UserError(
        "Reports",
        QT_TRANSLATE_NOOP(
            "Reports", "Netværkskortet findes ikke i sagen. Vælg et af sagens netværkskort."
        ),
    )


def row_title(case: Case, row: MapRow) -> str:
    """'Indsats for mor (Lilly Hansen)': the grid's row with the family member's name."""
    names = {
        MapRow.CHILD: [case.child.name],
        MapRow.MOTHER: [c.name for c in case.custodians if c.relation.lower() == "mor"],
        MapRow.FATHER: [c.name for c in case.custodians if c.relation.lower() == "far"],
        MapRow.SIBLINGS: [s.name for s in case.siblings],
        MapRow.FAMILY: [],
    }[row]
    return MAP_ROWS[row] + (f" ({', '.join(names)})" if names else "")


def actor_markup(actor: MapActor) -> str:
    parts = [f"<b>{markup(actor.name)}</b>"]
    parts += [markup(v) for v in (actor.organisation, actor.contact) if v]
    if actor.effort:
        parts.append(f"<i>{markup(actor.effort)}</i>")
    return "<br/>".join(parts)


def grid(case: Case, network_map: NetworkMap) -> Flowable:
    columns = list(MapColumn)
    col_width = (WIDTH - ROW_LABEL) / len(columns)
    header: list[object] = [para("", "cell")]
    header += [para(MAP_COLUMNS[c], "cell_bold") for c in columns]
    rows: list[list[object]] = [header]
    for row in MapRow:
        cells: list[object] = [para(row_title(case, row), "cell_bold")]
        for column in columns:
            actors = [a for a in network_map.actors if a.row == row and a.column == column]
            text = "<br/><br/>".join(actor_markup(a) for a in actors)
            cells.append(Paragraph(text, styles()["cell"]))
        rows.append(cells)
    extra: list[tuple] = [("BACKGROUND", (0, 1), (0, -1), HEADER_FILL)]
    for index, column in enumerate(columns, start=1):
        extra.append(("BACKGROUND", (index, 0), (index, 0), tint(COLUMN_COLOURS[column], 0.7)))
        extra.append(("LINEABOVE", (index, 0), (index, 0), 3, COLUMN_COLOURS[column]))
    return grid_table(rows, [ROW_LABEL] + [col_width] * len(columns), extra=extra)


# ---------------------------------------------------------------------------------------------
# The picture
# ---------------------------------------------------------------------------------------------

BOX_W, BOX_H = 120.0, 42.0
MEMBER_R = 30.0


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(text.split())[:200]  # a box holds a few words; never measure a whole essay
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _member_label(case: Case, row: MapRow) -> tuple[str, str]:
    if row == MapRow.CHILD:
        return "Barnet", case.child.name
    if row == MapRow.FAMILY:
        return "Hele", "familien"
    title = {MapRow.MOTHER: "Mor", MapRow.FATHER: "Far", MapRow.SIBLINGS: "Søskende"}[row]
    names = row_title(case, row).partition("(")[2].rstrip(")")
    return title, names


def picture(case: Case, network_map: NetworkMap, width: float, height: float) -> Drawing:
    """Family members in the centre; each actor around its member, coloured by its column."""
    drawing = Drawing(width, height)
    legend_h = 22.0
    cx, cy = width / 2, legend_h + (height - legend_h) / 2
    outer_rx, outer_ry = width / 2 - BOX_W / 2 - 6, (height - legend_h) / 2 - BOX_H / 2 - 4
    inner_rx, inner_ry = min(140.0, outer_rx * 0.4), min(88.0, outer_ry * 0.45)

    drawing.add(
        Ellipse(
            cx,
            cy,
            inner_rx + MEMBER_R + 14,
            inner_ry + MEMBER_R + 12,
            fillColor=colors.HexColor("#f4f1ea"),
            strokeColor=None,
        )
    )
    drawing.add(
        String(
            cx, cy - 3, "Familien", fontName=BOLD, fontSize=9, fillColor=MUTED, textAnchor="middle"
        )
    )

    rows = list(MapRow)
    by_row = {row: [a for a in network_map.actors if a.row == row] for row in rows}
    weights = [len(by_row[row]) + 2 for row in rows]  # +2: quiet members keep some room
    total = sum(weights)
    start = 90.0 + 360.0 * weights[0] / total / 2  # the child's sector centred at the top
    members: dict[MapRow, tuple[float, float]] = {}
    sectors: dict[MapRow, tuple[float, float]] = {}
    angle = start
    for row, weight in zip(rows, weights, strict=True):
        span = 360.0 * weight / total
        sectors[row] = (angle - span, angle)
        mid = math.radians(angle - span / 2)
        members[row] = (cx + inner_rx * math.cos(mid), cy + inner_ry * math.sin(mid))
        angle -= span

    shapes_behind, shapes_front = [], []
    for row in rows:
        mx, my = members[row]
        low, high = sectors[row]
        actors = by_row[row]
        for index, actor in enumerate(actors):
            theta = math.radians(low + (high - low) * (index + 0.5) / len(actors))
            pull = 1.0 if len(actors) <= 3 or index % 2 == 0 else 0.72  # stagger crowded rows
            ax = cx + outer_rx * pull * math.cos(theta)
            ay = cy + outer_ry * pull * math.sin(theta)
            ax = min(max(ax, BOX_W / 2 + 1), width - BOX_W / 2 - 1)
            ay = min(max(ay, legend_h + BOX_H / 2 + 2), height - BOX_H / 2 - 1)
            colour = COLUMN_COLOURS[actor.column]
            shapes_behind.append(Line(mx, my, ax, ay, strokeColor=colour, strokeWidth=1.2))
            shapes_front.append(
                Rect(
                    ax - BOX_W / 2,
                    ay - BOX_H / 2,
                    BOX_W,
                    BOX_H,
                    rx=5,
                    ry=5,
                    fillColor=tint(colour),
                    strokeColor=colour,
                    strokeWidth=1.2,
                    strokeDashArray=list(COLUMN_DASH[actor.column]) or None,
                )
            )
            # the column's number in the corner: the sector is not told by the fill alone
            shapes_front += column_mark(actor.column, ax + BOX_W / 2 - 6, ay + BOX_H / 2 - 6)
            lines = [(actor.name, BOLD, 7.5, INK)]
            lines += [(t, REGULAR, 6.5, INK) for t in (actor.organisation,) if t]
            lines += [(t, REGULAR, 6.5, MUTED) for t in (actor.effort,) if t]
            top = ay - 2.5 + 5 * (len(lines) - 1)  # centre the block of lines in the box
            for offset, (text, font, size, fill) in enumerate(lines):
                shapes_front.append(
                    String(
                        ax,
                        top - 10 * offset,
                        _fit(text, font, size, BOX_W - 8),
                        fontName=font,
                        fontSize=size,
                        fillColor=fill,
                        textAnchor="middle",
                    )
                )
    for shape in shapes_behind:
        drawing.add(shape)
    for row in rows:
        mx, my = members[row]
        busy = bool(by_row[row])
        drawing.add(
            Circle(
                mx,
                my,
                MEMBER_R,
                fillColor=colors.white if busy else HEADER_FILL,
                strokeColor=INK if busy else MUTED,
                strokeWidth=1.4 if busy else 0.6,
            )
        )
        title, name = _member_label(case, row)
        drawing.add(
            String(
                mx,
                my + 2,
                _fit(title, BOLD, 7.5, 2 * MEMBER_R - 6),
                fontName=BOLD,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        if name:
            drawing.add(
                String(
                    mx,
                    my - 8,
                    _fit(name, REGULAR, 6, 2 * MEMBER_R - 4),
                    fontName=REGULAR,
                    fontSize=6,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    for shape in shapes_front:
        drawing.add(shape)

    x = 0.0
    for column in MapColumn:
        colour = COLUMN_COLOURS[column]
        label = MAP_COLUMNS[column]
        dash = list(COLUMN_DASH[column]) or None
        drawing.add(
            Rect(
                x,
                4,
                10,
                10,
                fillColor=tint(colour),
                strokeColor=colour,
                strokeWidth=1.2,
                strokeDashArray=dash,
            )
        )
        for shape in column_mark(column, x + 19, 9):
            drawing.add(shape)
        drawing.add(String(x + 27, 6, label, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 27 + stringWidth(label, REGULAR, 7) + 14
    return drawing


def column_mark(column: MapColumn, x: float, y: float) -> list[object]:
    """A small white badge centred on (x, y) with the column's number (as on the screen)."""
    return [
        Circle(
            x, y, 4.6, fillColor=colors.white, strokeColor=COLUMN_COLOURS[column], strokeWidth=0.8
        ),
        String(
            x,
            y - 2.2,
            COLUMN_MARK[column],
            fontName=BOLD,
            fontSize=6,
            fillColor=INK,
            textAnchor="middle",
        ),
    ]


def build(case: Case, options: BuildOptions, record_uid: str | None = None) -> Document:
    network_map = choose_map(case, record_uid)
    first_page: list[Flowable] = title_block(
        "Netværkskort",
        f"Det professionelle netværk i den samlede indsats for {case.child.name}",
    )
    first_page.append(
        field_table(
            [
                ("Dato", fmt_date(network_map.made_on)),
                ("Stafetholder", person_line(network_map.holder, with_contact=True)),
            ],
            (40 * mm, WIDTH - 40 * mm),
        )
    )
    first_page.append(Spacer(1, 3 * mm))
    first_page.append(grid(case, network_map))
    others = [m for m in case.network_maps if m.uid != network_map.uid]
    if others:
        dates = ", ".join(fmt_date(m.made_on) for m in sorted(others, key=lambda m: m.made_on))
        first_page.append(para(f"Andre udgaver af netværkskortet i sagen: {dates}.", "muted"))
    first_page.append(printed_line(options))
    # The grid is a one-page overview, as on paper: a very full map is set smaller instead.
    story: list[Flowable] = [KeepInFrame(WIDTH, HEIGHT - 2 * mm, first_page, mode="shrink")]
    story.append(PageBreak())
    story.append(para(f"Netværkskortet som tegning ({fmt_date(network_map.made_on)})", "h1"))

    def with_picture(reserved: float) -> list[Flowable]:
        """The picture gives up `reserved` points so a signature box fits on the same page."""
        return [*story, picture(case, network_map, WIDTH, HEIGHT - 14 * mm - reserved)]

    info = DocumentInfo(
        title=f"Netværkskort – {case.child.name}",
        header_title="Netværkskort",
        subject=f"Netværkskort {fmt_date(network_map.made_on)}",
        author=options.author,
        child_name=case.child.name,
        first_template=LANDSCAPE,
    )
    return Document(info=info, story=with_picture(0.0), layout=with_picture)
