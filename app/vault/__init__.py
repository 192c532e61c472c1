"""The encrypted vault: SQLCipher database, key hierarchy, audit trail, lock, backup/restore.

The public names are loaded on first use (PEP 562), so importing a light module of the package
(e.g. `app.vault.hardening` at start-up) does not pull in SQLAlchemy, alembic and cryptography
before the first window is on screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "AuditEntry": "app.vault.audit",
    "AuditReport": "app.vault.audit",
    "AuditTrail": "app.vault.audit",
    "Vault": "app.vault.core",
    "VaultCheck": "app.vault.core",
    "DeviceSecrets": "app.vault.device",
    "Protection": "app.vault.device",
    "KdfParams": "app.vault.keys",
    **{
        name: "app.vault.errors"
        for name in (
            "BackupInvalid",
            "DeviceSecretMissing",
            "DiskFull",
            "ReadOnly",
            "UnlockThrottled",
            "VaultBusy",
            "VaultDamaged",
            "VaultError",
            "VaultExists",
            "VaultLocked",
            "VaultNotFound",
            "VaultTooNew",
            "WeakPassphrase",
            "WrongPassphrase",
            "WrongRecoveryKey",
        )
    },
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'app.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:
    from app.vault.audit import AuditEntry, AuditReport, AuditTrail
    from app.vault.core import Vault, VaultCheck
    from app.vault.device import DeviceSecrets, Protection
    from app.vault.errors import (
        BackupInvalid,
        DeviceSecretMissing,
        DiskFull,
        ReadOnly,
        UnlockThrottled,
        VaultBusy,
        VaultDamaged,
        VaultError,
        VaultExists,
        VaultLocked,
        VaultNotFound,
        VaultTooNew,
        WeakPassphrase,
        WrongPassphrase,
        WrongRecoveryKey,
    )
    from app.vault.keys import KdfParams
