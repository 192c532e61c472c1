"""File locks that work on Windows and POSIX, with no extra library.

Two kinds:
- `exclusive(path)`: one process at a time changes the key file or tries a passphrase, so eight
  parallel unlock attempts are eight counted failures and no key-file update is lost.
- `OpenMarker`: every process that has the vault open holds a lock on its own `.open-*.lock`
  file; `in_use()` tries each one, so a restore can refuse while the vault is open anywhere.

POSIX uses `fcntl.flock`, Windows `msvcrt.locking` (guarded imports). Both locks belong to an
open file handle and vanish when the process dies, so a crash never leaves the vault "in use".
We keep this to forty lines rather than add `filelock`, which has no per-process marker scan.
"""

from __future__ import annotations

import os
import secrets
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "vault.lock"
OPEN_PREFIX = ".open-"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # OSError when someone else holds it

    def _lock(fd: int) -> None:
        while True:
            try:
                _try_lock(fd)
                return
            except OSError:
                time.sleep(0.02)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_registry_guard = threading.Lock()
# Per lock path: a thread lock (one thread of this process at a time, re-entrant), the file
# handle while held, and the nesting depth. A second flock from the same process on another
# handle would wait for itself, so nesting is counted here instead.
_held: dict[str, list] = {}


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    key = os.path.abspath(path)
    with _registry_guard:
        entry = _held.setdefault(key, [threading.RLock(), None, 0])
    with entry[0]:
        if entry[2] == 0:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except BaseException:
                os.close(fd)
                raise
            entry[1] = fd
        entry[2] += 1
        try:
            yield
        finally:
            entry[2] -= 1
            if entry[2] == 0:
                fd, entry[1] = entry[1], None
                try:
                    _unlock(fd)
                finally:
                    os.close(fd)


class OpenMarker:
    """Held for as long as this process has the vault open."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / f"{OPEN_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.lock"
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            _try_lock(self._fd)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass
        os.close(fd)
        try:
            self.path.unlink()
        except OSError:
            pass


def in_use(directory: Path) -> bool:
    """True while any process holds its marker; markers left by a dead process are removed."""
    for marker in directory.glob(f"{OPEN_PREFIX}*.lock"):
        try:
            fd = os.open(marker, os.O_RDWR)
        except OSError:
            continue  # gone meanwhile (or unreadable: then its owner is alive on Windows)
        try:
            try:
                _try_lock(fd)
            except OSError:
                return True
            _unlock(fd)
        finally:
            os.close(fd)
        try:
            marker.unlink()
        except OSError:
            pass
    return False
