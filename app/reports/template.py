"""The one document template: A4 pages with a discreet header, "Side x af y", embedded font."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.styles import MUTED, RULE

logger = logging.getLogger(__name__)

MARGIN = 18 * mm
HEADER_GAP = 10 * mm  # room above the frame for the header line
FOOTER_GAP = 10 * mm

STANDARD = "standard"  # portrait, header with title and child's name
LANDSCAPE = "landscape"  # the network map: grid and picture need the width
FAMILY = "family"  # the family plan: no header, nothing but the plan

SIGNATURE_BOX_HEIGHT = 30 * mm
SIGNATURE_BOX_WIDTH = 95 * mm


@dataclass(kw_only=True)
class DocumentInfo:
    """What a document says about itself: metadata, header, and which page template it starts on."""

    title: str
    subject: str
    header_title: str = ""  # the header's left text; defaults to the title
    author: str = "Stafet"
    child_name: str | None = None  # shown in the header; None hides it
    first_template: str = STANDARD
    confidential: bool = True  # the footer says the document holds personal data
    keywords: Sequence[str] = field(default_factory=tuple)


@dataclass
class SignaturePlace:
    """Where the reserved signature box landed: pyHanko puts the visible signature there."""

    page: int = 0  # 1-based page number; 0 until the document is built
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # x1, y1, x2, y2 in PDF points


class SignatureSpace(Flowable):
    """Empty room at the end of a document for the visible signature box."""

    def __init__(self, place: SignaturePlace) -> None:
        super().__init__()
        self.place = place
        self.width = SIGNATURE_BOX_WIDTH
        self.height = SIGNATURE_BOX_HEIGHT
        self.hAlign = "RIGHT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 4 * mm

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.place.page = self.canv.getPageNumber()
        self.place.box = (int(x), int(y), int(x + self.width), int(y + self.height))


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Side x af y"."""

    def __init__(self, *args, footer_left: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []
        self._footer_left = footer_left

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Side {self._pageNumber} af {total}")
        if self._footer_left:
            self.drawString(MARGIN, MARGIN - 6 * mm, self._footer_left)
        self.restoreState()


class StafetDocument(BaseDocTemplate):
    """A4 Stafet document with named page templates: standard, landscape and family."""

    def __init__(self, target: io.BytesIO, info: DocumentInfo, *, invariant: bool = False) -> None:
        register_fonts()
        self.info = info
        super().__init__(
            target,
            pagesize=landscape(A4) if info.first_template == LANDSCAPE else A4,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="Stafet",
            producer="Stafet",
            keywords=list(info.keywords),
            lang="da-DK",
            initialFontName=REGULAR,
            initialFontSize=10,
            invariant=1 if invariant else 0,
            displayDocTitle=1,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP,
            bottomMargin=MARGIN + FOOTER_GAP - 4 * mm,
        )
        templates = {
            STANDARD: self._template(STANDARD, A4, header=True),
            LANDSCAPE: self._template(LANDSCAPE, landscape(A4), header=True),
            FAMILY: self._template(FAMILY, A4, header=False),
        }
        first = templates.pop(info.first_template)
        self.addPageTemplates([first, *templates.values()])

    def _template(self, name: str, size: tuple[float, float], *, header: bool) -> PageTemplate:
        frame_width, frame_height = content_size(name)
        bottom = MARGIN + FOOTER_GAP - 4 * mm
        frame = Frame(
            MARGIN,
            bottom,
            frame_width,
            frame_height,
            id=f"{name}-body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        if header:
            return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._draw_header)
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        y = height - MARGIN - 2 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 8)
        canvas.drawString(MARGIN, y, self.info.header_title or self.info.title)
        if self.info.child_name:
            canvas.setFont(REGULAR, 8)
            canvas.drawRightString(width - MARGIN, y, self.info.child_name)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)
        canvas.restoreState()


def content_size(template: str = STANDARD) -> tuple[float, float]:
    """Width and height the body frame of `template` offers."""
    width, height = landscape(A4) if template == LANDSCAPE else A4
    top = MARGIN + (0 if template == FAMILY else HEADER_GAP)
    bottom = MARGIN + FOOTER_GAP - 4 * mm
    return width - 2 * MARGIN, height - top - bottom


def render(
    story: list[Flowable],
    info: DocumentInfo,
    *,
    invariant: bool = False,
    signature: SignaturePlace | None = None,
) -> bytes:
    """Builds the document in memory (never a temp file) and returns the PDF bytes.

    With `signature`, room for the visible signature box is kept at the end of the last page and
    `signature` is filled in with where it landed.
    """
    buffer = io.BytesIO()
    doc = StafetDocument(buffer, info, invariant=invariant)
    if signature is not None:
        story = [*story, SignatureSpace(signature)]
    footer = "Fortroligt – indeholder personoplysninger" if info.confidential else ""
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=footer))
    return buffer.getvalue()


def switch_to(template: str) -> NextPageTemplate:
    return NextPageTemplate(template)
