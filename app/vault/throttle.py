"""Repeated wrong passphrases slow down: a waiting time that grows with each failure.

The failures are kept in a small side file next to the vault (`unlock-failures.json`), because
before the vault is open nothing can be written into it. The side file holds only times, never
a secret. At the next successful unlock the vault copies them into its audit trail and clears
the file. Someone with the files in hand can delete it — but they can also attack the key file
offline, and against that the Argon2id cost is the defence; this delay guards the app's own
unlock window against a person trying passphrases at the keyboard.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from pathlib import Path

from app.vault.errors import UnlockThrottled
from app.vault.keys import atomic_write

logger = logging.getLogger(__name__)

FILE_NAME = "unlock-failures.json"
FREE_ATTEMPTS = 3
MAX_DELAY = 60.0
KEEP = 200

clock = time.time  # tests replace this instead of sleeping


def delay_after(failures: int) -> float:
    """0 s for the first three mistakes, then 1, 2, 4, … seconds, at most a minute."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS))


def _read(directory: Path) -> list[float]:
    try:
        data = json.loads((directory / FILE_NAME).read_text("utf-8"))
        return [float(t) for t in data.get("failures", [])]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, AttributeError):
        logger.warning("unlock failure file unreadable; starting over")
        return []


def wait_seconds(directory: Path) -> float:
    """How long the next attempt must wait (what the GUI counts down)."""
    times = _read(directory)
    if not times:
        return 0.0
    return max(0.0, times[-1] + delay_after(len(times)) - clock())


def check(directory: Path) -> None:
    remaining = wait_seconds(directory)
    if remaining > 0:
        raise UnlockThrottled(remaining)


def record_failure(directory: Path) -> float:
    """Note one more failure; returns the wait before the next attempt."""
    times = _read(directory)
    times.append(clock())
    try:
        atomic_write(directory / FILE_NAME, json.dumps({"failures": times[-KEEP:]}).encode())
    except Exception as exc:  # noqa: BLE001 - a read-only folder must not hide "wrong passphrase"
        logger.warning("could not record unlock failure: %s", type(exc).__name__)
    return delay_after(len(times))


def take_failures(directory: Path) -> list[dt.datetime]:
    """The failures since the last successful unlock, cleared from the side file."""
    times = _read(directory)
    if times:
        try:
            (directory / FILE_NAME).unlink()
        except OSError:
            pass
    return [dt.datetime.fromtimestamp(t, dt.UTC) for t in times]
