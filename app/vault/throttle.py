"""Repeated wrong passphrases slow down: a waiting time that grows with each failure.

The failures are kept in the key file (`vault.key`, beside the audit head of
app/vault/outside.py), because before the vault is open nothing can be written into it; the
keyring, where one exists, keeps a copy. Deleting the key file destroys the vault, and a
failure count lowered by editing it is noticed at the next unlock: the MACed head remembers the
total, so the unlock writes `vault.unlock_failures_reset` into the audit trail.

Tries are serialised by the key-file lock (app/vault/locks.py), so eight parallel tries are
eight counted failures. A failure time in the future (a clock set wrong, or an edited file) is
ignored: it must not lock out the right passphrase.

Someone with a copy of the files can still guess offline; against that the Argon2id cost and a
strong passphrase (app/vault/strength.py) are the defence. This delay guards the app's own
unlock window against a person trying passphrases at the keyboard.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.vault.device import SERVICE
from app.vault.errors import UnlockThrottled
from app.vault.keys import KeyFile

if TYPE_CHECKING:
    from app.vault.device import DeviceSecrets

logger = logging.getLogger(__name__)

LEGACY_FILE_NAME = "unlock-failures.json"  # where versions before key file 2 kept them
KEYRING_SUFFIX = ".unlock-failures"
FREE_ATTEMPTS = 3
MAX_DELAY = 60.0
KEEP = 200
FUTURE_GRACE = 5.0  # seconds of clock difference tolerated before a time counts as "future"

clock = time.time  # tests replace this instead of sleeping


def delay_after(failures: int) -> float:
    """0 s for the first three mistakes, then 1, 2, 4, … seconds, at most a minute."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS))


def _legacy(directory: Path) -> list[float]:
    try:
        data = json.loads((directory / LEGACY_FILE_NAME).read_text("utf-8"))
        return [float(t) for t in data.get("failures", [])]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, AttributeError):
        logger.warning("old unlock failure file unreadable")
        return []


def _keyring(ds: DeviceSecrets | None, vault_id: str) -> tuple[list[float], int]:
    if ds is None or ds.backend is None:
        return [], 0
    try:
        store: Any = ds.backend
        text = store.get_password(SERVICE, vault_id + KEYRING_SUFFIX)
        data = json.loads(text) if text else {}
        return [float(t) for t in data.get("times", [])], int(data.get("total", 0))
    except Exception as exc:  # noqa: BLE001 - a locked keyring: the key file still counts
        logger.warning("keyring failure count unreadable: %s", type(exc).__name__)
        return [], 0


def _set_keyring(ds: DeviceSecrets | None, vault_id: str, times: list[float], total: int) -> None:
    if ds is None or ds.backend is None:
        return
    try:
        ds.backend.set_password(  # type: ignore[attr-defined]
            SERVICE, vault_id + KEYRING_SUFFIX, json.dumps({"times": times[-KEEP:], "total": total})
        )
    except Exception as exc:  # noqa: BLE001
        logger.warning("keyring failure count not written: %s", type(exc).__name__)


def pending(directory: Path, key_file: KeyFile, ds: DeviceSecrets | None = None) -> list[float]:
    """Failure times since the last successful unlock, oldest first, future ones left out.
    The longer of the key file's and the keyring's list wins (one of them may be cut)."""
    ring, _ = _keyring(ds, key_file.vault_id)
    own = sorted(key_file.failures + _legacy(directory))
    times = own if len(own) >= len(ring) else sorted(ring)
    limit = clock() + FUTURE_GRACE
    return [t for t in times if t <= limit]


def wait_seconds(directory: Path, ds: DeviceSecrets | None = None) -> float:
    """How long the next attempt must wait (what the GUI counts down)."""
    try:
        key_file = KeyFile.read(directory / "vault.key")
    except Exception:  # noqa: BLE001 - no or damaged key file: unlock says why, no wait
        return 0.0
    times = pending(directory, key_file, ds)
    if not times:
        return 0.0
    return max(0.0, times[-1] + delay_after(len(times)) - clock())


def check(directory: Path, key_file: KeyFile, ds: DeviceSecrets | None = None) -> None:
    times = pending(directory, key_file, ds)
    if times:
        remaining = times[-1] + delay_after(len(times)) - clock()
        if remaining > 0:
            raise UnlockThrottled(remaining)


def record_failure(directory: Path, ds: DeviceSecrets | None = None) -> float:
    """Note one more failure (call it holding the key-file lock); returns the wait before the
    next attempt."""
    key_path = directory / "vault.key"
    try:
        key_file = KeyFile.read(key_path)
        times = pending(directory, key_file, ds) + [clock()]
        ring_times, ring_total = _keyring(ds, key_file.vault_id)
        key_file.failures = times[-KEEP:]
        key_file.failure_total = max(key_file.failure_total, ring_total) + 1
        key_file.write(key_path)
        _set_keyring(ds, key_file.vault_id, times, key_file.failure_total)
    except Exception as exc:  # noqa: BLE001 - a read-only folder must not hide "wrong passphrase"
        logger.warning("could not record unlock failure: %s", type(exc).__name__)
        return 0.0
    return delay_after(len(times))


def failures_to_report(
    directory: Path, key_file: KeyFile, ds: DeviceSecrets | None
) -> tuple[list[float], int]:
    """The failures since the last unlock (for the audit trail) and the highest total any copy
    remembers."""
    times = pending(directory, key_file, ds)
    _, ring_total = _keyring(ds, key_file.vault_id)
    return times, max(ring_total, key_file.failure_total)


def as_time(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC)


def clear(
    directory: Path,
    key_file: KeyFile,
    ds: DeviceSecrets | None,
    total: int,
    reported: list[float],
) -> None:
    """After the failures are in the audit trail (call it holding the key-file lock): those
    reported leave the pending list (one that came in meanwhile stays), the total is kept."""
    legacy = directory / LEGACY_FILE_NAME
    if not key_file.failures and key_file.failure_total >= total and not legacy.exists():
        return
    done = set(reported)
    limit = clock() + FUTURE_GRACE  # a time in the future is junk: it goes too
    key_file.failures = [t for t in key_file.failures if t not in done and t <= limit]
    key_file.failure_total = max(key_file.failure_total, total)
    key_file.write(directory / "vault.key")
    _set_keyring(ds, key_file.vault_id, key_file.failures, key_file.failure_total)
    try:
        (directory / LEGACY_FILE_NAME).unlink()
    except OSError:
        pass
