"""The encrypted vault: SQLCipher database, key hierarchy, audit trail, lock, backup/restore."""

from __future__ import annotations

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
    WrongSqlcipher,
)
from app.vault.keys import KdfParams

__all__ = [
    "AuditEntry",
    "AuditReport",
    "AuditTrail",
    "BackupInvalid",
    "DeviceSecretMissing",
    "DeviceSecrets",
    "DiskFull",
    "KdfParams",
    "Protection",
    "ReadOnly",
    "UnlockThrottled",
    "Vault",
    "VaultBusy",
    "VaultCheck",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultNotFound",
    "VaultTooNew",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "WrongSqlcipher",
]
