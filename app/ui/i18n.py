"""Loads Qt's own Danish catalogue and every Stafet catalogue for the chosen language."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "da"  # the source texts are Danish
LANGUAGES = ("da", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []


def chosen_language(setting: str | None = None) -> str:
    """STAFET_LANG wins (for scripts and tests), then the user's setting, else Danish."""
    from app.policy import current

    policy = current()  # IT may offer fewer languages
    for candidate in (os.environ.get("STAFET_LANG"), setting):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return policy.language(code)
    return policy.language(SOURCE_LANGUAGE)


def catalogue_files(language: str, directory: Path | None = None) -> list[Path]:
    """stafet_<lang>.qm, stafet_live_<lang>.qm, … — every compiled Stafet catalogue."""
    directory = directory or TRANSLATIONS_DIR  # read at call time, so tests can point it elsewhere
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"stafet*_{language}.qm"))


def install_translations(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Replace the installed catalogues by those for `language`; returns what was loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        for base in ("qtbase", "qt"):
            translator = QTranslator(app)
            if translator.load(locale, base, "_", qt_dir):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                loaded.append(base)
                break
    if language != SOURCE_LANGUAGE:
        for path in catalogue_files(language):
            translator = QTranslator(app)
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path.stem)
            else:
                logger.warning("could not load translation %s", path.name)
    logger.debug("translations for %s: %s", language, loaded)
    return loaded
