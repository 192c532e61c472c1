"""Paragraph and table styles: one look for every Stafet document, set in the embedded font."""

from __future__ import annotations

import logging
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.text import markup

logger = logging.getLogger(__name__)

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#b8c2cc")
HEADER_FILL = colors.HexColor("#e6ecf2")
ACCENT = colors.HexColor("#1f5f8b")
SUPERSEDED = colors.HexColor("#7a848e")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=3,
    )
    made = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "old": ParagraphStyle("old", parent=base, fontSize=8.5, leading=11, textColor=SUPERSEDED),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=17,
            leading=21,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        # A dated log entry: the date hangs in the left margin, the text runs beside it.
        "entry": ParagraphStyle(
            "entry",
            parent=base,
            fontSize=8.8,
            leading=11.5,
            leftIndent=68,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=8.5,
            spaceAfter=2,
        ),
        "entry_old": ParagraphStyle(
            "entry_old",
            parent=base,
            fontSize=8.3,
            leading=10.5,
            leftIndent=78,
            bulletIndent=10,
            bulletFontName=REGULAR,
            bulletFontSize=8,
            textColor=SUPERSEDED,
            bulletColor=SUPERSEDED,
            spaceBefore=2,
            spaceAfter=2,
        ),
        "agenda_sub": ParagraphStyle("agenda_sub", parent=base, leftIndent=14, spaceAfter=2),
        "hint": ParagraphStyle(
            "hint",
            parent=base,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            spaceAfter=2,
            keepWithNext=1,
        ),
    }
    return made


def para(text: str | None, style: str = "body", *, raw: bool = False) -> Paragraph:
    """A paragraph of user text (escaped) or, with raw=True, of our own markup."""
    return Paragraph((text or "") if raw else markup(text), styles()[style])


def grid_table(
    rows: list[list[object]],
    col_widths: list[float],
    *,
    header: bool = True,
    zebra: bool = False,
    extra: list[tuple] | None = None,
) -> Table:
    """A bordered table whose header row repeats on every page of a long table."""
    # splitInRow: a row taller than a page (a 20,000-character note) continues on the next one.
    table = Table(
        rows, colWidths=col_widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
    )
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ]
    if zebra:
        stripes = [colors.white, colors.HexColor("#f6f8fa")]
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), stripes))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def field_table(pairs: list[tuple[str, object]], widths: tuple[float, float]) -> Table:
    """Label/value rows like the header of a BTI template ("Barnets navn | Hans Hansen")."""
    rows = [
        [para(label, "cell_bold"), value if not isinstance(value, str) else para(value, "cell")]
        for label, value in pairs
    ]
    return grid_table(
        rows, list(widths), header=False, extra=[("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)]
    )
