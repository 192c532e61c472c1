"""Worry-scale history: a chart per person with the meeting dates marked, and the placements."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case, ScaleAssessment, ScaleKind
from app.domain.scales import LEVEL_FOOTERS, WorryScale, scale_for
from app.domain.signals import signal_text
from app.reports.common import BuildOptions, Document, printed_line, title_block
from app.reports.data import subject_name
from app.reports.fonts import BOLD, REGULAR
from app.reports.styles import ACCENT, INK, MUTED, RULE, grid_table, para, styles
from app.reports.template import DocumentInfo, content_size
from app.reports.text import fmt_date, markup

logger = logging.getLogger(__name__)

WIDTH, _ = content_size()
LABEL_W = 150.0
# Light bands: green for the level-1 categories, amber for level 2, red for level 3.
LEVEL_FILL = {
    1: colors.HexColor("#eef6ee"),
    2: colors.HexColor("#fbf3e3"),
    3: colors.HexColor("#f8e8e6"),
}


def people(case: Case) -> list[tuple[str | None, ScaleKind]]:
    """The persons with placements: the child first, then each custodian, in case order."""
    found: list[tuple[str | None, ScaleKind]] = []
    for assessment in case.assessments:
        key = (assessment.subject_uid, assessment.scale)
        if key not in found:
            found.append(key)
    order = {None: -1} | {c.uid: i for i, c in enumerate(case.custodians)}
    return sorted(found, key=lambda k: (order.get(k[0], 99), k[1].value))


def _short(text: str, width: float, size: float) -> list[str]:
    """Wraps a category title onto at most two lines of the label column."""
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if stringWidth(trial, REGULAR, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
        while stringWidth(lines[1] + "…", REGULAR, size) > width and lines[1]:
            lines[1] = lines[1][:-1]
        lines[1] += "…"
    return lines


def chart(
    assessments: list[ScaleAssessment],
    kind: ScaleKind,
    meetings: list[date],
    width: float = WIDTH,
    height: float = 150.0,
) -> Drawing:
    """Categories up the side (more worry higher up), time along the bottom, meetings dashed."""
    scale = scale_for(kind)
    count = len(scale.categories)
    drawing = Drawing(width, height)
    bottom, top = 22.0, height - 6.0
    left, right = LABEL_W, width - 8.0
    band = (top - bottom) / count

    dates = [a.assessed_on for a in assessments] + meetings
    first, last = min(dates), max(dates)
    if first == last:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    span = (last - first).days
    pad = max(8, span // 12)  # room for the end labels
    first, last = first - timedelta(days=pad), last + timedelta(days=pad)

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / (last - first).days

    def y_of(number: int) -> float:
        return bottom + band * (number - 0.5)

    for category in scale.categories:
        y0 = bottom + band * (category.number - 1)
        drawing.add(
            Rect(
                left,
                y0,
                right - left,
                band,
                fillColor=LEVEL_FILL[int(category.level)],
                strokeColor=RULE,
                strokeWidth=0.3,
            )
        )
        lines = _short(f"{category.number}. {category.title}", LABEL_W - 8, 6.5)
        for i, line in enumerate(lines):
            drawing.add(
                String(
                    4,
                    y0 + band / 2 + 2 - 8 * i + 4 * (len(lines) - 1) - 2,
                    line,
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=INK,
                )
            )

    for day in sorted(set(meetings)):
        x = x_of(day)
        drawing.add(
            Line(x, bottom, x, top, strokeColor=MUTED, strokeWidth=0.7, strokeDashArray=[3, 2])
        )
        drawing.add(
            String(
                x,
                4,
                f"Møde {day:%d.%m.%y}",
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )

    points = sorted(assessments, key=lambda a: a.assessed_on)
    coords: list[float] = []
    for a in points:
        coords += [x_of(a.assessed_on), y_of(a.category)]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.6))
    for a in points:
        x, y = x_of(a.assessed_on), y_of(a.category)
        drawing.add(Circle(x, y, 3.6, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=1))
        drawing.add(
            String(
                x,
                y + 6,
                fmt_date(a.assessed_on),
                fontName=BOLD,
                fontSize=6,
                fillColor=ACCENT,
                textAnchor="middle",
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.6))
    return drawing


def placements_table(assessments: list[ScaleAssessment]) -> Flowable:
    header = ["Dato", "Kategori", "Vurderet af", "Tegn og note"]
    rows: list[list[object]] = [[para(h, "cell_bold") for h in header]]
    for a in sorted(assessments, key=lambda a: a.assessed_on):
        scale = scale_for(a.scale)
        title = scale.category(a.category).title if a.category <= len(scale.categories) else ""
        signs = [markup(signal_text(s)) for s in a.signs]
        if a.other_signs:
            signs.append(markup(a.other_signs))
        detail = "<br/>".join(["• " + s for s in signs] + ([markup(a.note)] if a.note else []))
        rows.append(
            [
                para(fmt_date(a.assessed_on), "cell"),
                para(f"{a.category}. {title}", "cell"),
                para(", ".join(a.assessors), "cell"),
                Paragraph(detail, styles()["cell"]),
            ]
        )
    widths = [22 * mm, 48 * mm, 36 * mm]
    return grid_table(rows, widths + [WIDTH - sum(widths)])


def template_words(scale: WorryScale) -> list[Flowable]:
    """The template's own words under the chart: bands, footers, reminder, snapshot, source."""
    lines = []
    for band in scale.bands:
        numbers = (
            f"kategori {band.first}"
            if band.first == band.last
            else f"kategori {band.first}-{band.last}"
        )
        lines.append(f"<b>{markup(band.title)}</b>: {numbers}")
    for level in sorted({c.level for c in scale.categories}):
        numbers = ", ".join(str(c.number) for c in scale.categories if c.level is level)
        lines.append(f"{markup(LEVEL_FOOTERS[level])}: kategori {numbers}")
    flow: list[Flowable] = [para(line, "small", raw=True) for line in lines]
    reminder = f"<b>{markup(scale.reminder)}</b> {markup(scale.snapshot_note)}"
    flow.append(para(reminder, "small", raw=True))
    flow.append(para(scale.source, "small"))
    flow.append(Spacer(1, 3 * mm))
    return flow


def criteria_table(scale: WorryScale) -> list[Flowable]:
    """Every category with the template's full criteria: the child's signs and the parents'
    care (child scale), or what the parents show with the template's sign lists."""
    from app.domain import signals

    rows: list[list[object]] = [
        [para(h, "cell_bold") for h in ("Kategori", "Skabelonens kriterier")]
    ]
    for category in scale.categories:
        lines = [markup(line) for line in category.child_criteria]
        if lines and category.parent_criteria:
            lines.append("<i>Forældrene:</i>")
        lines += [markup(line) for line in category.parent_criteria]
        for group in category.sign_groups:
            signs = ", ".join(s.text for s in signals.signals_of((group,)))
            lines.append(f"<b>{markup(signals.GROUP_TITLES[group])}</b> {markup(signs)}")
        rows.append(
            [
                para(f"{category.number}. {category.title}", "cell"),
                Paragraph("<br/>".join(lines), styles()["cell"]),
            ]
        )
    widths = [48 * mm]
    return [
        para(f"{scale.title}: kategorierne", "h2"),
        grid_table(rows, widths + [WIDTH - sum(widths)]),
        Spacer(1, 3 * mm),
    ]


def build(case: Case, options: BuildOptions) -> Document:
    if options.family_safe:
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP(
                "Reports",
                "Bekymringsskalaerne er et internt redskab og udskrives ikke til familien. "
                "Vælg stafetloggen til forældrene i stedet.",
            ),
        )
    story = title_block(
        "Bekymringsskalaer", f"Vurderinger over tid for {case.child.name} og familien"
    )
    story.append(printed_line(options))
    story.append(
        para(
            "Diagrammerne viser hver vurdering som et punkt. Jo højere punktet står, jo større er "
            "bekymringen. De stiplede linjer er koordinationsmøder.",
            "small",
        )
    )
    meetings = sorted({m.starts_at.date() for m in case.meetings})
    if not case.assessments:
        story.append(para("Der er endnu ingen vurderinger på bekymringsskalaerne.", "body"))
    for subject_uid, kind in people(case):
        chosen = [a for a in case.assessments if a.subject_uid == subject_uid and a.scale == kind]
        title = f"{subject_name(case, subject_uid)} – {scale_for(kind).title}"
        story.append(
            KeepTogether([para(title, "h1"), chart(chosen, kind, meetings), Spacer(1, 2 * mm)])
        )
        story.append(placements_table(chosen))
        story += template_words(scale_for(kind))
    # The template's criteria, once for each scale used (what a placement means).
    for kind in dict.fromkeys(kind for _uid, kind in people(case)):
        story += criteria_table(scale_for(kind))
    info = DocumentInfo(
        title=f"Bekymringsskalaer – {case.child.name}",
        header_title="Bekymringsskalaer",
        subject="Bekymringsskalaer: vurderinger over tid",
        author=options.author,
        child_name=case.child.name,
    )
    return Document(info=info, story=story)
