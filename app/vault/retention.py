"""Copies a vault leaves behind: kept for a stated period, listed in `vault check`, then removed.

- `replaced-*/`: the vault that a restore moved aside;
- `.restore-*/`: the staging folder of a restore that was killed before it finished;
- `backups/for-opgradering-*.stafetbackup`: the automatic backup taken before a schema upgrade.

They are encrypted under a vault key, but they hold what the caseworker has since deleted, so
they must not outlive their use. The period is one named setting, `KEEP_COPIES_DAYS`; IT policy
(the system-wide configuration file) feeds it through `set_keep_days`. Removal overwrites each
file before unlinking it: on an SSD or a copy-on-write file system the old blocks may survive
anyway (docs/security.md says so), which is why the copies are encrypted in the first place.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

KEEP_COPIES_DAYS = 30  # the setting; IT policy may change it (`set_keep_days`)
AUTOMATIC_BACKUP_PREFIX = "for-opgradering-"
PATTERNS = ("replaced-*", ".restore-*", f"backups/{AUTOMATIC_BACKUP_PREFIX}*.stafetbackup")
KINDS = {
    "replaced-": "boks flyttet til side ved gendannelse",
    ".restore-": "afbrudt gendannelse",
    AUTOMATIC_BACKUP_PREFIX: "automatisk kopi før opgradering",
}


def set_keep_days(days: int) -> None:
    """How IT policy sets the period (whole days, at least 1)."""
    global KEEP_COPIES_DAYS
    KEEP_COPIES_DAYS = max(1, int(days))


@dataclass(frozen=True)
class KeptCopy:
    path: Path
    kind: str  # Danish, for `vault check`
    made: dt.datetime
    remove_on: dt.date


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def kept_copies(directory: Path, days: int | None = None) -> list[KeptCopy]:
    keep = dt.timedelta(days=KEEP_COPIES_DAYS if days is None else days)
    found = []
    for pattern in PATTERNS:
        for path in sorted(directory.glob(pattern)):
            try:
                made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            except OSError:
                continue
            kind = next(v for k, v in KINDS.items() if path.name.startswith(k))
            found.append(KeptCopy(path, kind, made, (made + keep).date()))
    return found


def _overwrite(path: Path) -> None:
    """Zeros over the file's bytes, flushed to disk, before it is unlinked."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            block = b"\0" * (1 << 20)
            left = size
            while left > 0:
                fh.write(block[: min(left, len(block))])
                left -= len(block)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        logger.warning("could not overwrite a kept copy: %s", type(exc).__name__)


def remove_securely(path: Path) -> None:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    for f in files:
        _overwrite(f)
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError as exc:
        logger.warning("could not remove a kept copy: %s", type(exc).__name__)


def remove_expired(
    directory: Path, days: int | None = None, now: dt.datetime | None = None
) -> list[Path]:
    """Remove the copies whose period has run out; returns what was removed."""
    today = (now or _now()).date()
    removed = []
    for copy in kept_copies(directory, days):
        if copy.remove_on <= today:
            remove_securely(copy.path)
            removed.append(copy.path)
    if removed:
        logger.info("removed %d expired copies", len(removed))
    return removed
