"""Vault files are for their owner alone: 0600 files and 0700 folders, an owner-only ACL on Windows.

The files are ciphertext, but a copy is what an offline passphrase guess needs, so nobody else
on the computer should be able to take one. Every path that creates vault files calls this,
and an existing folder is tightened when the vault is opened.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def icacls_command(path: Path, user: str, *, folder: bool) -> list[str]:
    """Remove inherited entries and grant full control to the user alone (folders: inherited
    by everything created inside, so new files are owner-only from the start)."""
    grant = f"{user}:(OI)(CI)F" if folder else f"{user}:F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", grant, "/Q"]


def _windows_owner_only(path: Path, folder: bool) -> None:  # pragma: no cover - Windows only
    user = os.environ.get("USERNAME")
    if not user:
        logger.warning("no user name; vault folder ACL left as it is")
        return
    domain = os.environ.get("USERDOMAIN")
    who = f"{domain}\\{user}" if domain else user
    result = subprocess.run(
        icacls_command(path, who, folder=folder),
        capture_output=True,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    if result.returncode != 0:
        logger.warning("icacls failed with code %s", result.returncode)


def owner_only(path: Path) -> None:
    """Tighten one file or folder; never raises (a failure is logged, the vault stays usable)."""
    try:
        folder = path.is_dir()
        if sys.platform == "win32":
            _windows_owner_only(path, folder)
        else:
            os.chmod(path, FOLDER_MODE if folder else FILE_MODE)
    except OSError as exc:
        logger.warning("could not tighten permissions: %s", type(exc).__name__)


def tighten(directory: Path, names: tuple[str, ...]) -> None:
    """The folder and the named files in it that exist. On Windows the folder's ACL is
    inherited by everything inside, so one icacls call covers the files."""
    if directory.is_dir():
        owner_only(directory)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return
    for name in names:
        path = directory / name
        if path.exists():
            owner_only(path)
