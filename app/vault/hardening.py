"""Process hardening at start-up: no core dumps that could carry the vault key to disk."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

logger = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def harden_process() -> bool:
    """Switch core dumps off (Linux: RLIMIT_CORE 0 and not dumpable); never raises.

    Returns True when every step that applies to this platform succeeded. On other platforms
    this is a no-op: Windows and macOS write crash dumps only when the user opted in.
    """
    ok = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError) as exc:
        ok = False if sys.platform.startswith("linux") else ok
        logger.debug("could not lower RLIMIT_CORE: %s", exc)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            # Not dumpable also keeps other same-user processes from ptrace-reading our memory.
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                ok = False
                logger.debug("prctl(PR_SET_DUMPABLE) failed: errno %s", ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            ok = False
            logger.debug("prctl unavailable: %s", exc)
    return ok


def is_dumpable() -> bool | None:
    """The kernel's dumpable flag for this process (Linux), None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
    except (OSError, AttributeError):
        return None
