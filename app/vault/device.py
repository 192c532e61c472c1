"""The device secret in the OS keyring, and the policy for which keyrings may hold it."""

from __future__ import annotations

import enum
import logging
import secrets
from typing import TYPE_CHECKING

from app.domain.messages import QT_TRANSLATE_NOOP
from app.vault.errors import DeviceSecretMissing

if TYPE_CHECKING:
    from app.vault.keys import KeyFile

logger = logging.getLogger(__name__)

SERVICE = "Stafet vault"

# Only stores that keep secrets encrypted by the operating system for this user. keyring's own
# null/fail backends silently drop secrets, and third-party file backends (keyrings.alt) keep
# them in plain or weakly obfuscated files: none of those may hold a device secret.
TRUSTED_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)


WINDOWS_BACKEND = "keyring.backends.Windows.WinVaultKeyring"
# Windows Credential Manager: keep the secret on this computer only. keyring's default,
# CRED_PERSIST_ENTERPRISE (3), roams it with the user's domain profile to other machines, which
# breaks the promise that the vault opens only on this computer.
CRED_PERSIST_LOCAL_MACHINE = 2


def keep_on_this_computer(backend: object) -> object:
    """The backend, set to store device secrets on this computer only where the OS offers a
    choice (Windows); macOS Keychain and Secret Service items are local already."""
    if backend_name(backend) == WINDOWS_BACKEND:
        backend.persist = CRED_PERSIST_LOCAL_MACHINE  # type: ignore[attr-defined]
    return backend


class Protection(enum.Enum):
    PASSPHRASE_AND_DEVICE = "passphrase+device"
    PASSPHRASE_ONLY = "passphrase"

    @property
    def notice(self) -> str:
        return PROTECTION_NOTICES[self]


PROTECTION_NOTICES = {
    Protection.PASSPHRASE_AND_DEVICE: QT_TRANSLATE_NOOP(
        "Vault",
        "Boksen er beskyttet af din adgangsfrase og af en nøgle i computerens sikre nøglering. "
        "Den kan kun åbnes på denne computer, eller med gendannelsesnøglen.",
    ),
    Protection.PASSPHRASE_ONLY: QT_TRANSLATE_NOOP(
        "Vault",
        "Denne computer har ingen sikker nøglering, som Stafet kan bruge. Boksen er derfor kun "
        "beskyttet af din adgangsfrase. Vælg en lang adgangsfrase, og pas godt på den.",
    ),
}


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def trusted_member(backend: object) -> object | None:
    """A real OS store, or the first viable one a chainer holds; None when there is none."""
    name = backend_name(backend)
    if name == "keyring.backends.chainer.ChainerBackend":
        for member in getattr(backend, "backends", ()):
            if backend_name(member) in TRUSTED_BACKENDS and _viable(member):
                return member
        return None
    if name in TRUSTED_BACKENDS and _viable(backend):
        return backend
    return None


def _viable(backend: object) -> bool:
    try:
        return float(type(backend).priority) > 0  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a backend that cannot even say its priority is not viable
        return False


class DeviceSecrets:
    """Where this computer keeps the 32-byte device secret of each vault (by vault id).

    `DeviceSecrets.system()` applies the keyring policy; `DeviceSecrets(backend)` uses an
    injected backend as given (tests use an in-memory one); `DeviceSecrets(None)` means the
    vault is protected by the passphrase alone on this machine.
    """

    def __init__(self, backend: object | None) -> None:
        self.backend = backend

    @classmethod
    def system(cls) -> DeviceSecrets:
        try:
            import keyring

            chosen = trusted_member(keyring.get_keyring())
        except Exception as exc:  # noqa: BLE001 - a broken keyring setup means "no keyring"
            logger.info("keyring unavailable: %s", type(exc).__name__)
            chosen = None
        if chosen is None:
            logger.info("no trusted OS keyring; vaults here are protected by the passphrase only")
            return cls(None)
        return cls(keep_on_this_computer(chosen))

    @classmethod
    def resolve(cls, given: object | None) -> DeviceSecrets:
        if given is None:
            return cls.system()
        if isinstance(given, DeviceSecrets):
            return given
        return cls(given)

    @property
    def protection(self) -> Protection:
        return (
            Protection.PASSPHRASE_ONLY if self.backend is None else Protection.PASSPHRASE_AND_DEVICE
        )

    def load(self, vault_id: str) -> bytes | None:
        if self.backend is None:
            return None
        try:
            text = self.backend.get_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - locked/absent keyring daemon
            logger.warning("keyring read failed: %s", type(exc).__name__)
            return None
        if not text:
            return None
        try:
            value = bytes.fromhex(text)
        except ValueError:
            return None
        return value if len(value) == 32 else None

    def for_key_file(self, key_file: KeyFile) -> bytes | None:
        """The secret this key file's passphrase copy is bound to (None when it needs none);
        `DeviceSecretMissing` when it needs one this computer does not have."""
        if not key_file.device_required:
            return None
        secret = self.load(key_file.keyring_account)
        if secret is None:
            raise DeviceSecretMissing()
        return secret

    def create(self, vault_id: str) -> bytes | None:
        """Store a fresh secret and read it back; None (passphrase only) if the store fails."""
        if self.backend is None:
            return None
        secret = secrets.token_bytes(32)
        try:
            self.backend.set_password(SERVICE, vault_id, secret.hex())  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - any failure means we cannot rely on it
            logger.warning("keyring write failed (%s); using passphrase only", type(exc).__name__)
            self.backend = None
            return None
        if self.load(vault_id) != secret:
            logger.warning("keyring did not give the secret back; using passphrase only")
            self.delete(vault_id)
            self.backend = None
            return None
        return secret

    def delete(self, vault_id: str) -> None:
        if self.backend is None:
            return
        try:
            self.backend.delete_password(SERVICE, vault_id)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - nothing to delete is fine
            pass
