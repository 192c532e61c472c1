"""A calm, restrained look: Fusion with a soft palette, generous spacing and readable type."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

ACCENT = "#2f6f73"  # a quiet teal
STYLE_SHEET = """
QLabel#calmMessage {
    background: #fdf6e3;
    border: 1px solid #e8d9a8;
    border-radius: 6px;
    padding: 8px;
}
QLabel#protectionNotice {
    background: #eef4f8;
    border: 1px solid #c9d9e6;
    border-radius: 6px;
    padding: 8px;
}
QLabel#familySafeBanner { background: #2f6f73; color: white; padding: 6px 12px; font-weight: 600; }
QLabel#batonPending {
    background: #fdf6e3;
    border: 1px solid #e8d9a8;
    border-radius: 6px;
    padding: 8px;
}
QLabel#recoveryKey {
    font-size: 15pt;
    padding: 12px;
    border: 1px dashed #8aa;
    border-radius: 6px;
    background: white;
}
QLabel[strength="0"], QLabel[strength="1"] { color: #9a4a1a; }
QLabel[strength="2"] { color: #6b5d1a; }
QLabel[strength="3"] { color: #2f6f3a; }
QLabel.sectionHint, QLabel[hint="true"] { color: #5a6468; }
QLabel[inlineError="true"] { color: #9a2a1a; }
QLineEdit[plainFindings="true"] { border-bottom: 2px dotted #b7791f; }
QGroupBox {
    font-weight: 600;
    margin-top: 14px;
    border: 1px solid #d6dde0;
    border-radius: 6px;
    padding: 10px 8px 8px 8px;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QTabWidget::pane { border-top: 1px solid #d6dde0; }
QToolBar { spacing: 6px; padding: 4px; }
QTableView::item { padding: 3px 4px; }
QListWidget#stafetlogContents::item { padding: 2px 4px; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f7f7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f4f4"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffdf5"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#222222"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
