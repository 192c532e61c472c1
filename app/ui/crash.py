"""The calm dialog for an unexpected error: nothing is lost, and where IT finds the log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.diagnostics import install_excepthook

logger = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icons" / "stafet.png"

_showing = False


def crash_text(log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "CrashDialog",
        "Stafet ramte en uventet fejl. Det, du har skrevet, er gemt i boksen, så intet er gået "
        "tabt. Du kan arbejde videre, eller lukke Stafet og åbne det igen.",
    )
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "CrashDialog",
            "Hvis fejlen kommer igen, så giv IT-supporten loggen. Den indeholder ingen navne, "
            "CPR-numre eller noter:\n{path}",
        ).replace("{path}", str(log_path))
    return text


def show_crash_dialog(log_path: Path | None) -> None:
    """One dialog at a time: an error repeating in a timer must not stack up windows."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Uventet fejl"))
        box.setText(crash_text(log_path))
        box.exec()
    finally:
        _showing = False


def install_crash_dialog() -> None:
    install_excepthook(show_crash_dialog)
