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
    from PySide6.QtGui import QIcon

    from app.ui.crash import ICON_PATH

    app.setWindowIcon(QIcon(str(ICON_PATH)))
    language = i18n.chosen_language(str(ui_settings().value("ui/language", "") or ""))
    i18n.install_translations(language, app)
    from app.ui.theme import apply_theme

    apply_theme(app)
    return app


def run_gui(
    vault: str | os.PathLike[str] | None = None,
    *,
    harden: bool = False,
    quit_when_shown: bool = False,
) -> int:
    """Show the unlock window and run until the user quits.

    `stafet` without a sub-command has hardened the process already; `stafet-gui` asks for
    `harden`. It happens here, before Qt starts and any window opens: a passphrase typed into
    the first window, or a crash while Qt starts, must not end up in a core dump. (It takes a
    fraction of a millisecond: one setrlimit and one prctl.)
    `quit_when_shown` (the bundle's smoke test and bench) prints which screen is up after the
    first turn of the event loop and quits: exit code 0 for the unlock screen, 4 for the create
    screen (a windowed Windows build may have no stdout to print to).
    """
    if harden:
        _harden()
    from app.paths import vault_dir
    from app.policy import PolicyError, apply_to_vault, current
    from app.ui.crash import install_crash_dialog
    from app.ui.main_window import MainWindow
    from app.ui.vault_gateway import VaultGateway

    try:
        apply_to_vault(current())  # IT's policy first: a broken one is said plainly at once
    except PolicyError as err:
        return _refuse_to_start(err)
    app = create_application()
    install_crash_dialog()
    logger.info("gui start")
    window = MainWindow(VaultGateway(Path(vault_dir(vault))))
    window.show()
    window.start()
    if quit_when_shown:
        from PySide6.QtCore import QTimer

        def shown() -> None:
            unlock = window.access.stack.currentWidget() is window.access.unlock_form
            if sys.stdout is not None:
                print(f"shown {'unlock' if unlock else 'create'}", flush=True)
            app.exit(0 if unlock else 4)

        QTimer.singleShot(0, shown)
    return int(app.exec())


def _refuse_to_start(err: Exception) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    logger.error("start refused: %s", type(err).__name__)
    text = err.render(QCoreApplication.translate)  # type: ignore[attr-defined]
    QMessageBox.critical(None, "Stafet", text)
    return int(getattr(err, "exit_code", 1))


def _harden() -> None:
    from app.vault.hardening import harden_process

    if not harden_process():
        logger.warning("process hardening incomplete")


def main() -> int:
    """The `stafet-gui` entry point (no console): the GUI without building the command line."""
    import argparse

    from app.diagnostics import setup_logging, version

    setup_logging()
    parser = argparse.ArgumentParser(prog="stafet-gui")
    parser.add_argument("--version", action="version", version=f"stafet-gui {version()}")
    parser.add_argument("--vault", metavar="DIR", help="mappen med boksen (ellers $STAFET_VAULT)")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args()
    return run_gui(vault=args.vault, harden=True, quit_when_shown=args.quit_when_shown)


if __name__ == "__main__":
    sys.exit(main())
