"""UI state in QSettings (geometry, language, last page) with a version and upgrade steps.

Never anything personal here: no names, no CPR numbers, no case ids tied to people's data
beyond an opaque number, no secrets. Domain settings (idle lock time, …) live in the vault.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings

from app.paths import APP_AUTHOR, APP_NAME

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 1
ORGANISATION = APP_AUTHOR
APPLICATION = APP_NAME


def _upgrade_to_1(settings: QSettings) -> None:
    """Version 1 is the first; a settings file without a version is from a pre-release build."""
    for stale in ("recent", "lastCase"):
        settings.remove(stale)


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_to_1}


def ui_settings() -> QSettings:
    """The one place that opens the settings file (INI, per user), upgraded to this version."""
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
    version = int(settings.value("settings_version", 0) or 0)
    if version < SETTINGS_VERSION:
        for step in range(version + 1, SETTINGS_VERSION + 1):
            UPGRADES[step](settings)
            logger.info("upgraded UI settings to version %d", step)
        settings.setValue("settings_version", SETTINGS_VERSION)
    return settings
