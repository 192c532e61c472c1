"""Fixtures for the vault: an in-memory keyring, fast KDF settings, real vaults in tmp dirs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest

from app.vault import KdfParams, Vault

# Argon2id at 1 MiB and one pass: the same code path as production, a thousand times cheaper.
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "korrekt hest batteri hæfteklamme"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives only in this process (the one stand-in the rules allow, tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "boks"


@pytest.fixture
def vault(vault_dir: Path, passphrase: str, memory_keyring: MemoryKeyring) -> Iterator[Vault]:
    """A real, unlocked SQLCipher vault at the newest schema; reopen it with
    `Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)`."""
    created, _recovery = Vault.create(
        vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring, actor="Olga Jensen"
    )
    yield created
    created.lock()
