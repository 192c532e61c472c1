"""Where Stafet keeps its files: platformdirs defaults, overridable by --vault and STAFET_VAULT."""

from __future__ import annotations

import os
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
