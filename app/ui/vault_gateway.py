"""The few vault calls the access screens make, in one place (injectable: tests pass a fast KDF)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)


@dataclass
class VaultGateway:
    """Create/unlock a vault in `directory`.

    `create_options` go to Vault.create (tests: kdf=FAST_KDF, device_secrets=memory keyring);
    `unlock_options` to Vault.unlock (device_secrets=…).
    """

    directory: Path
    create_options: dict[str, Any] = field(default_factory=dict)
    unlock_options: dict[str, Any] = field(default_factory=dict)

    def looks_like_vault(self) -> bool:
        """A quick guess without importing the vault code (the name Vault.exists checks)."""
        return (self.directory / "vault.key").is_file()

    def exists(self) -> bool:
        from app.vault import Vault

        return bool(Vault.exists(self.directory))

    def create(self, passphrase: str) -> tuple[Any, str]:
        from app.vault import Vault

        return Vault.create(self.directory, passphrase, **self.create_options)

    def unlock(self, passphrase: str) -> Any:
        from app.vault import Vault

        return Vault.unlock(self.directory, passphrase, **self.unlock_options)

    def unlock_with_recovery_key(self, recovery_key: str) -> Any:
        from app.vault import Vault

        return Vault.unlock_with_recovery_key(self.directory, recovery_key, **self.unlock_options)

    def unlock_wait(self) -> float:
        """Seconds before the next attempt is allowed after repeated wrong passphrases."""
        from app.vault import Vault

        try:
            # The keyring keeps a copy of the failures: with it a wiped key file still waits.
            ring = self.unlock_options.get("device_secrets")
            return float(Vault.unlock_wait(self.directory, ring))
        except Exception:  # noqa: BLE001 - a missing or odd key file means "no wait"
            return 0.0

    def min_passphrase(self) -> int:
        from app.vault import core

        return int(core.MIN_PASSPHRASE)

    def passphrase_only_notice(self, *, existing: bool) -> str:
        """The vault's own notice when only the passphrase will protect (or protects) the vault."""
        from app.vault.device import DeviceSecrets, Protection

        if existing:
            try:
                from app.vault.core import KEY_NAME
                from app.vault.keys import KeyFile

                passphrase_only = not KeyFile.read(self.directory / KEY_NAME).device_required
            except Exception:  # noqa: BLE001 - unreadable key file: unlock will say why
                return ""
        else:
            given = self.create_options.get("device_secrets")
            passphrase_only = DeviceSecrets.resolve(given).protection is Protection.PASSPHRASE_ONLY
        if not passphrase_only:
            return ""
        return QCoreApplication.translate("Vault", Protection.PASSPHRASE_ONLY.notice)


def protection_notice(vault: Any) -> str:
    """The translated notice when only the passphrase protects this vault here; else ''."""
    from app.vault.device import Protection

    if getattr(vault, "protection", None) is not Protection.PASSPHRASE_ONLY:
        return ""
    return QCoreApplication.translate("Vault", vault.protection_notice)
