"""Printing (issue 10, point 4): Qt's preview and print dialog, the same rules as saving."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from app.reports.catalog import Form
from tests.fixtures_documents import TODAY, demo_window  # noqa: F401 - the fixture
from tests.fixtures_reports import pdf_info, pdf_text
from tests.fixtures_ui import wait_idle

# ruff: noqa: F811 - pytest hands the imported demo_window fixture to the tests

CPR = re.compile(r"\d{6}-?\d{4}")


def _previews() -> list[QPrintPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QPrintPreviewDialog) and w.isVisible()
    ]


def _print_to_pdf(dialog: QPrintPreviewDialog, path: Path) -> bytes:
    """What the preview's print button does, with a PDF printer instead of a real one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(dialog.printer().pageLayout().pageSize())
    dialog.paintRequested.emit(printer)
    return path.read_bytes()


def _ink(image, cell: int = 12) -> list[float]:  # noqa: ANN001 - QImage
    """How much ink each cell×cell block of a page has (0 white … 1 black)."""
    cells = []
    for top in range(0, image.height() - cell + 1, cell):
        for left in range(0, image.width() - cell + 1, cell):
            total = sum(
                image.pixelColor(x, y).lightness()
                for y in range(top, top + cell, 2)
                for x in range(left, left + cell, 2)
            )
            cells.append(1 - total / (255 * (cell // 2) ** 2))
    return cells


def _similar(printed: bytes, source: bytes) -> None:
    """Same number of pages, and each printed page has the document page's ink in the same
    places (the print is a picture of the page: its text is compared where it is drawn)."""
    from app.ui.documents.printing import render_pages

    a, b = render_pages(printed, 48), render_pages(source, 48)
    assert len(a) == len(b) >= 1
    for pa, pb in zip(a, b, strict=True):
        ink_a, ink_b = _ink(pa.scaled(pb.size())), _ink(pb)
        inked = [i for i, v in enumerate(ink_b) if v > 0.05]
        assert len(inked) > 20, "the document page has text"
        misplaced = sum(1 for x, y in zip(ink_a, ink_b, strict=True) if abs(x - y) > 0.15)
        assert misplaced <= len(inked) // 10, (misplaced, len(inked))


def test_the_family_plan_is_one_click_from_the_case_and_prints_its_pages(
    qtbot, demo_window, tmp_path
) -> None:  # noqa: ANN001
    from app.reports.service import printable_pdf

    window = demo_window
    seq_before = window.vault.audit.head()[0]
    window.documents.print_plan.trigger()  # one click (toolbar / Dokumenter / Ctrl+Shift+P)
    qtbot.waitUntil(lambda: bool(_previews()))
    (preview,) = _previews()
    printed = _print_to_pdf(preview, tmp_path / "printed.pdf")
    preview.reject()

    source = printable_pdf(
        window.vault, window.ctx.current_case_id, "family-plan", for_party="parents", today=TODAY
    )
    text = " ".join(pdf_text(source).split())
    assert "plan" in text.lower() and not CPR.search(text)
    assert int(pdf_info(printed)["Pages"]) == int(pdf_info(source)["Pages"])
    _similar(printed, source)
    # Printing leaves one audit row, like saving does (never the content).
    assert window.vault.audit.head()[0] > seq_before


def test_printing_follows_the_consent_rules_of_saving(qtbot, demo_window, tmp_path) -> None:  # noqa: ANN001
    from app.ui.documents.export_dialog import ExportDialog

    window = demo_window
    window.documents.export.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)
    assert dialog.select_form(Form.STAFETLOG)
    # A recipient the consent does not name (as a stale list might pass it):
    dialog.recipient_combo.addItem("Lægehuset Nord", "gp:Lægehuset Nord")
    assert dialog.select_recipient("gp:Lægehuset Nord")
    assert not dialog.print_button.isEnabled()
    dialog.print_document()  # forced past the button: refused, nothing shown
    wait_idle(qtbot, window.ctx)
    assert "omfatter ikke denne modtager" in dialog.message.text()
    assert not _previews()

    assert dialog.select_recipient("")  # for own use: allowed
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_previews()))
    (preview,) = _previews()
    printed = _print_to_pdf(preview, tmp_path / "stafetlog.pdf")
    preview.reject()
    assert int(pdf_info(printed)["Pages"]) >= 1


def test_the_export_dialog_forgets_the_saved_message_when_the_document_changes(
    qtbot, demo_window, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from app.ui.documents.export_dialog import ExportDialog

    window = demo_window
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), a[-1]))
    )
    window.documents.export.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.ctx)
    assert dialog.select_form(Form.FAMILY_PLAN)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    assert "plan.pdf" in dialog.message.text() and dialog.open_button.isEnabled()
    assert dialog.select_form(Form.STAFETLOG)
    assert "plan.pdf" not in dialog.message.text()
    assert not dialog.open_button.isEnabled()


def test_the_meetings_end_screen_offers_the_family_plan(qtbot, demo_window) -> None:  # noqa: ANN001
    from app.ui.live.meeting_page import MeetingPage

    window = demo_window
    views = window.workspace.case_view
    index = next(i for i, p in enumerate(views.pages) if isinstance(p, MeetingPage))
    views.set_current_page_index(index)
    page = views.pages[index]
    assert not page.print_plan_done.isVisible()
    held = next(m for m in window.ctx.case.meetings if m.held)
    page._meeting_finished(held.uid)  # what finishing a meeting ends with
    assert page.print_plan_done.isVisible()
    qtbot.mouseClick(page.print_plan_done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_previews()))
    _previews()[0].reject()


def test_minutes_in_family_safe_view_say_why_the_family_plan_is_offered(qtbot, demo_window) -> None:  # noqa: ANN001, E501
    from app.ui.documents.export_dialog import open_export

    window = demo_window
    window.ctx.set_family_safe(True)
    dialog = open_export(window, window.ctx, "minutes")
    qtbot.addWidget(dialog)
    assert dialog.form is not Form.MINUTES
    assert "Familievisning er slået til" in dialog.message.text()
    assert dialog.form_combo.currentText() in dialog.message.text()
