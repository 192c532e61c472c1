"""Where Stafet keeps its files: platformdirs defaults, overridable by --vault and STAFET_VAULT."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Stafet"
APP_AUTHOR = "Stafet"


def vault_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: the explicit override, else $STAFET_VAULT, else IT's policy folder,
    else the user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("STAFET_VAULT")
    if env:
        return Path(env).expanduser()
    from app.policy import current  # IT's default folder, before the platform's

    policy_folder = current().vault_folder
    if policy_folder is not None:
        return policy_folder
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


# Folder names that cloud sync clients keep in step with a server (OneDrive's "Known Folder Move"
# redirects Documents into one on managed Windows machines).
SYNC_FOLDER_MARKERS = ("onedrive", "dropbox", "google drive", "icloud drive", "icloud~")


def is_synced(folder: Path) -> bool:
    """True when `folder` lies in a cloud-synced tree (OneDrive, Dropbox, Google Drive, iCloud)."""
    roots = [os.environ.get(v) for v in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")]
    resolved = str(folder).replace("\\", "/").lower()
    for root in filter(None, roots):
        prefix = str(root).replace("\\", "/").lower().rstrip("/")
        if resolved == prefix or resolved.startswith(prefix + "/"):
            return True
    parts = [p.lower() for p in folder.parts]
    return any(p.startswith(SYNC_FOLDER_MARKERS) for p in parts)


def export_folder(documents: Path | None) -> Path:
    """Where the export dialog starts: IT's export folder; else Documents unless a cloud client
    syncs it (a child's papers would leave the laptop unasked); else a local folder in home."""
    from app.policy import current

    chosen = current().export_folder
    if chosen is not None:
        return chosen
    if documents is not None and documents.is_dir() and not is_synced(documents):
        return documents
    return Path.home() / "Stafet dokumenter"
