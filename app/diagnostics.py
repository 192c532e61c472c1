"""Diagnostics for IT: the version, a rotating log file, and a last-resort handler for crashes.

The log holds actions and error kinds only (`type(exc).__name__`), never names, CPR numbers, note
text or passphrases: every `logger` call in the app passes counts, ids and kinds, and a test scans
the log after a whole demo session. Tracebacks are not written, since an exception's text can
quote data; the frames (file, line, function) are, which is what a developer needs.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import app
from app import paths

logger = logging.getLogger(__name__)

LOG_BYTES = 1_000_000  # per file; with BACKUPS old files that is at most ~4 MB on disk
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_file_handler: logging.Handler | None = None
_stderr_handler: logging.Handler | None = None


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is now (a windowed build has none; tests swap it)."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201 - a text stream or None
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def version() -> str:
    """The one version string: `stafet --version`, the About box, the vault's metadata."""
    return app.__version__


def setup_logging(*, stderr_level: int = logging.WARNING) -> Path | None:
    """Warnings to stderr (as before) and INFO to the rotating log file; returns the file.

    Called once per start by `stafet` and `stafet-gui`. Calling again (tests run main() many
    times, each with its own home folder) moves the file handler to the current log folder. A log
    folder that cannot be written costs the log file, never the start.
    """
    global _file_handler, _stderr_handler
    # A failing handler must stay silent: logging's own report would print a traceback with the
    # exception being handled, whose text can quote personal data.
    logging.raiseExceptions = False
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # alembic's INFO lines ("Context impl SQLiteImpl", plugin set-up) on every open say nothing.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if _stderr_handler is None:
        _stderr_handler = _CurrentStderr()
        _stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(_stderr_handler)
    _stderr_handler.setLevel(stderr_level)
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    path = paths.log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as exc:
        logger.warning("no log file: %s", type(exc).__name__)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    _file_handler = handler
    return path


def crash_summary(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The kind of error and where it happened: file, line, function; never the message."""
    frames = traceback.extract_tb(tb)[-6:]
    where = " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    return f"{exc_type.__name__} at {where or '?'}"


def install_excepthook(show: Callable[[Path | None], None] | None = None) -> None:
    """Log an unexpected error's kind and place, then call `show` (the GUI's calm dialog).

    Without this, an error in a Qt slot is printed to a console a windowed build does not have,
    and IT learns nothing.
    """

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.error("unexpected error: %s", crash_summary(exc_type, tb))
        if show is not None:
            try:
                show(paths.log_file())
            except Exception as inner:  # the dialog must never take the app down with it
                logger.error("crash dialog failed: %s", type(inner).__name__)

    sys.excepthook = hook
