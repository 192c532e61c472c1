"""Where Stafet keeps its files: platformdirs defaults, overridable by --vault and STAFET_VAULT."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Stafet"
APP_AUTHOR = "Stafet"


def vault_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: the explicit override, else $STAFET_VAULT, else the user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("STAFET_VAULT")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "vault"


def log_dir() -> Path:
    """Logs hold no personal data (see app.logging_setup), but still live in the user's own dir."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    """The current log file; older ones sit next to it as stafet.log.1, .2, … (rotated)."""
    return log_dir() / "stafet.log"


def settings_file() -> Path:
    """Where Qt keeps the UI settings (QSettings, INI format, user scope) on this platform.

    Computed here without Qt, for `stafet about` and the uninstall note; app.ui.settings opens it.
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:  # Linux and macOS alike: Qt's INI files live under $XDG_CONFIG_HOME or ~/.config
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_AUTHOR / f"{APP_NAME}.ini"
