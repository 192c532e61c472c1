"""Starts the GUI: QApplication, translations, high-DPI, then the unlock (or create) window.

Start-up is kept light: the case list, the editor, the ORM and the PDF libraries are imported
only after the unlock window is on screen.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None):
    """The QApplication with names for QSettings, high-DPI policy and the chosen language."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n
    from app.ui.settings import APPLICATION, ORGANISATION, ui_settings

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Stafet")
    QGuiApplication.setDesktopFileName("stafet")
    language = i18n.chosen_language(str(ui_settings().value("ui/language", "") or ""))
    i18n.install_translations(language, app)
    from app.ui.theme import apply_theme

    apply_theme(app)
    return app


def run_gui(vault: str | os.PathLike[str] | None = None, *, harden: bool = False) -> int:
    """Show the unlock window and run until the user quits.

    `stafet` without a sub-command has hardened the process already; `stafet-gui` asks for
    `harden`, which is then done on the worker so the window is not held up by it.
    """
    from app.paths import vault_dir
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway

    app = create_application()
    window = MainWindow(VaultGateway(Path(vault_dir(vault))))
    window.show()
    window.start()
    if harden:
        # No core dumps once a key could be in memory: queued ahead of any unlock.
        window.ctx.run(
            _harden, on_error=lambda exc: logger.warning("hardening: %s", type(exc).__name__)
        )
    return int(app.exec())


def _harden() -> None:
    from app.vault.hardening import harden_process

    harden_process()


def main() -> int:
    """The `stafet-gui` entry point (no console): the GUI without building the command line."""
    import argparse

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="stafet-gui")
    parser.add_argument("--vault", metavar="DIR", help="mappen med boksen (ellers $STAFET_VAULT)")
    args, _qt_args = parser.parse_known_args()
    return run_gui(vault=args.vault, harden=True)


if __name__ == "__main__":
    sys.exit(main())
