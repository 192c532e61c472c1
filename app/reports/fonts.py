"""The embedded TrueType fonts (DejaVu Sans) every Stafet PDF and signature box is set in."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

logger = logging.getLogger(__name__)

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# Keeps resources extracted from a zip/frozen build alive for the life of the process.
_files = ExitStack()


@cache
def font_path(name: str = REGULAR) -> Path:
    """A real file path for the font: reportlab and pyHanko both want one."""
    ref = resources.files("app.resources").joinpath("fonts", _FILES[name])
    return Path(_files.enter_context(resources.as_file(ref)))


@cache
def register_fonts() -> str:
    """Registers DejaVu Sans (regular + bold) with reportlab once; returns the regular name."""
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    # <b> in paragraphs and bold table cells map to the embedded bold face, never Helvetica-Bold.
    # DejaVu has no italic here: <i> falls back to the upright faces. The reverse map is "last
    # wins", so the upright mappings come last and a bold style is known to be bold.
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    # Drawings (network map, scale charts) start from these defaults; Helvetica would be
    # referenced, unembedded, even where no text uses it.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR
