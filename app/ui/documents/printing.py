"""Printing a document: the app's own PDF, shown in Qt's print preview and sent to a printer.

PySide6-Essentials has no QtPdf, so the PDF pages are drawn with pypdfium2 (PDFium, the engine
Chrome prints with; wheels for Windows, macOS and Linux). Each page is rendered at the printer's
resolution (at most PRINT_DPI) and placed on the paper keeping its proportions. The PDF is built
in memory by app.reports.service.printable_pdf – through the same sharing check as saving it –
and never written to disk.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}
PRINT_DPI = 300  # sharp on paper; 600 would quadruple memory for no visible gain
FAMILY = "parents"


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi` (white background, no alpha)."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                _FORMATS[bitmap.n_channels],
            ).copy()  # own the pixels: PDFium frees its buffer with the page
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of `pdf` on `printer` (a real printer, the preview, or a PDF file).

    Returns the number of pages printed.
    """
    # The PDF carries its own margins: the painter starts at the paper's corner. The paper
    # size stays the one chosen in the print dialog (A4 or Letter); pages are scaled to fit.
    printer.setFullPage(True)
    dpi = min(float(printer.resolution()), float(PRINT_DPI))
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        logger.warning("the printer could not start")
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                (paper.width() - width) / 2, (paper.height() - height) / 2, width, height
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def preview_and_print(parent: QWidget | None, pdf: bytes, title: str) -> QPrintPreviewDialog:
    """Qt's print preview of `pdf`; its print button opens Qt's print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the documents are A4 (changeable)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Udskriv: {title}").format(title=title)
    )
    dialog.paintRequested.connect(lambda p: print_pdf(pdf, p))
    dialog._printer = printer  # keep it alive as long as the dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.resize(900, 700)
    dialog.open()
    return dialog


def print_document(
    parent: QWidget | None,
    ctx: Any,
    form: str,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
    for_party: str | None = None,
    title: str = "",
    on_shown: Any = None,
    on_error: Any = None,
) -> None:
    """Build the document on the worker (sharing check, audit row), then show the preview."""
    from app.reports.service import printable_pdf
    from app.ui.documents.choices import vault_of

    vault = vault_of(ctx.service)
    case_id = ctx.current_case_id
    if vault is None or case_id is None:
        ctx.user_message.emit(
            QCoreApplication.translate(
                "Printing", "Åbn en sag først: dokumenter udskrives fra den åbne sag."
            )
        )
        return

    def built(pdf: bytes) -> None:
        dialog = preview_and_print(parent, pdf, title or form)
        if on_shown is not None:
            on_shown(dialog)

    ctx.run(
        printable_pdf,
        vault,
        case_id,
        form,
        meeting_uid=meeting_uid,
        record_uid=record_uid,
        for_party=for_party,
        today=ctx.today(),
        on_done=built,
        on_error=on_error,
    )


def print_family_plan(parent: QWidget | None, ctx: Any, on_shown: Any = None) -> None:
    """One click: the family's plan, for the family, to print before leaving the house."""
    print_document(
        parent,
        ctx,
        "family-plan",
        for_party=FAMILY,
        title=QCoreApplication.translate("Printing", "Familiens plan"),
        on_shown=on_shown,
    )
