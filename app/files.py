"""Replacing a file that another program may hold open (Windows), shared by exports and the vault.

On Windows `os.replace` fails while a PDF reader, Word or a virus scanner has the target open:
an access-denied or sharing-violation error that looks like "no permission". Scanners and
indexers let go within moments, so the rename is retried briefly; a file that stays open is
reported as open (FileInUse), so the user is told to close it, not that they lack rights.
"""

from __future__ import annotations

import errno
import logging
import os
import time

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0  # long enough for a scanner or the search indexer, short enough to wait for
RETRY_STEP = 0.1
ERROR_ACCESS_DENIED = 5  # Windows error codes (exc.winerror)
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33


class FileInUse(OSError):
    """The target is open in another program; the caller tells the user to close it."""


def _held_open(exc: OSError) -> bool:
    winerror = getattr(exc, "winerror", None)
    if winerror in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_ACCESS_DENIED):
        return True
    return exc.errno == errno.EBUSY


def _still_open(target: str | os.PathLike[str], exc: OSError) -> bool:
    """After the retries: is the target open elsewhere, rather than truly not ours to write?"""
    winerror = getattr(exc, "winerror", None)
    if winerror in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION) or exc.errno == errno.EBUSY:
        return True
    if winerror == ERROR_ACCESS_DENIED and os.path.exists(target):
        # Access denied on the rename: a sharing violation when we open the file ourselves
        # means another program holds it; anything else is a real permission problem.
        try:
            fd = os.open(target, os.O_RDWR)
        except OSError as probe:
            return getattr(probe, "winerror", None) == ERROR_SHARING_VIOLATION
        os.close(fd)
    return False


def replace_file(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    retry_seconds: float = RETRY_SECONDS,
) -> None:
    """`os.replace(source, target)`, retried while the target is held open; then FileInUse."""
    deadline = time.monotonic() + retry_seconds
    while True:
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if not _held_open(exc):
                raise
            if time.monotonic() < deadline:
                time.sleep(RETRY_STEP)
                continue
            if _still_open(target, exc):
                logger.warning("replace failed: the target is open in another program")
                raise FileInUse(exc.errno, "file is open in another program") from None
            raise
