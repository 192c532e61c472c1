"""Keyring policy: only real OS stores hold the device secret; everything else means
"passphrase only" with a plain notice; no backend ever leaves the secret on disk."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import SecretService, chainer, fail, null

from app.vault import DeviceSecretMissing, DeviceSecrets, Protection, Vault, device
from app.vault.device import SERVICE, trusted_member
from tests.fixtures_vault import FAST_KDF, MemoryKeyring


class PlaintextFileKeyring(keyring.backend.KeyringBackend):
    """What keyrings.alt's plaintext backend does: secrets in a readable file."""

    priority = 1  # type: ignore[assignment]
    file: Path

    def get_password(self, service, username):
        data = json.loads(self.file.read_text()) if self.file.exists() else {}
        return data.get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = json.loads(self.file.read_text()) if self.file.exists() else {}
        data[f"{service}/{username}"] = password
        self.file.write_text(json.dumps(data))

    def delete_password(self, service, username):
        pass


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a secret and then does not give it back (a broken or locked store)."""

    def get_password(self, service, username):
        return None


@pytest.fixture
def system_keyring():
    """Set the process-wide keyring for one test and put the old one back afterwards."""
    old = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(old)


def create(tmp_path: Path, device_secrets=None) -> Vault:
    vault, _ = Vault.create(
        tmp_path / "boks", "en god lang frase", kdf=FAST_KDF, device_secrets=device_secrets
    )
    return vault


def test_fail_backend_means_passphrase_only_with_the_notice(tmp_path, system_keyring):
    system_keyring(fail.Keyring())
    vault = create(tmp_path)
    try:
        assert vault.protection is Protection.PASSPHRASE_ONLY
        assert "kun beskyttet af din adgangsfrase" in vault.protection_notice
    finally:
        vault.lock()
    Vault.unlock(tmp_path / "boks", "en god lang frase").lock()


def test_null_backend_is_refused(system_keyring):
    system_keyring(null.Keyring())
    assert DeviceSecrets.system().protection is Protection.PASSPHRASE_ONLY


def test_plaintext_backend_is_refused_and_never_written(tmp_path, system_keyring):
    backend = PlaintextFileKeyring()
    backend.file = tmp_path / "keyring_pass.cfg"
    system_keyring(backend)
    vault = create(tmp_path)
    vault.lock()
    assert vault.protection is Protection.PASSPHRASE_ONLY
    assert not backend.file.exists()


def test_chainer_is_trusted_only_through_a_real_member(tmp_path, monkeypatch):
    plain = PlaintextFileKeyring()
    plain.file = tmp_path / "plain.cfg"
    monkeypatch.setattr(
        keyring.backend, "get_all_keyring", lambda: [fail.Keyring(), null.Keyring(), plain]
    )
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring(), plain])
    assert trusted_member(chainer.ChainerBackend()) is None
    # With a (viable) Secret Service among the members, that member — not the chain — is used.
    # No D-Bus here: the viability probe is told the daemon answers.
    monkeypatch.setattr(device, "_viable", lambda backend: True)
    service = SecretService.Keyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, service])
    assert trusted_member(chainer.ChainerBackend()) is service


def test_real_store_that_fails_on_write_falls_back_with_the_notice(
    tmp_path, system_keyring, monkeypatch
):
    """A Secret Service that looks viable but has no unlocked collection (a common Linux case)."""
    monkeypatch.setattr(device, "_viable", lambda backend: True)

    def locked(self, service, username, password):
        raise keyring.errors.KeyringLocked("collection is locked")

    monkeypatch.setattr(SecretService.Keyring, "set_password", locked)
    system_keyring(SecretService.Keyring())
    assert DeviceSecrets.system().protection is Protection.PASSPHRASE_AND_DEVICE
    vault = create(tmp_path)
    vault.lock()
    assert vault.protection is Protection.PASSPHRASE_ONLY


def test_a_store_that_does_not_read_back_is_not_relied_on(tmp_path):
    vault = create(tmp_path, ForgetfulKeyring())
    vault.lock()
    assert vault.protection is Protection.PASSPHRASE_ONLY
    Vault.unlock(tmp_path / "boks", "en god lang frase", device_secrets=ForgetfulKeyring()).lock()


def test_memory_backend_round_trips_and_is_required(tmp_path, memory_keyring):
    vault = create(tmp_path, memory_keyring)
    vault.lock()
    assert vault.protection is Protection.PASSPHRASE_AND_DEVICE
    stored = memory_keyring.store[(SERVICE, vault.vault_id)]
    assert len(bytes.fromhex(stored)) == 32
    Vault.unlock(tmp_path / "boks", "en god lang frase", device_secrets=memory_keyring).lock()
    with pytest.raises(DeviceSecretMissing) as info:
        Vault.unlock(tmp_path / "boks", "en god lang frase", device_secrets=MemoryKeyring())
    assert "gendannelsesnøglen" in str(info.value)


def test_device_secret_never_reaches_the_disk(tmp_path, memory_keyring, _isolated_paths):
    vault = create(tmp_path, memory_keyring)
    vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    secret_hex = memory_keyring.store[(SERVICE, vault.vault_id)]
    needles = [secret_hex.encode(), secret_hex.upper().encode(), bytes.fromhex(secret_hex)]
    for root in (tmp_path, _isolated_paths):
        for path in (p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert not any(n in data for n in needles), path.name


def test_new_device_secret_replaces_the_old_one_only_after_the_key_file_landed(
    tmp_path, memory_keyring, monkeypatch
):
    import errno

    from app.vault import DiskFull
    from app.vault import keys as keys_module

    vault, recovery = Vault.create(
        tmp_path / "boks", "en god lang frase", kdf=FAST_KDF, device_secrets=memory_keyring
    )
    vault.lock()
    before = dict(memory_keyring.store)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys_module.os, "write", full)
    with pytest.raises(DiskFull):
        Vault.unlock_with_recovery_key(
            tmp_path / "boks",
            recovery,
            new_passphrase="ny frase her",
            device_secrets=memory_keyring,
        )
    monkeypatch.undo()
    # Nothing changed: the old secret is still there and the old passphrase still opens.
    assert memory_keyring.store == before
    Vault.unlock(tmp_path / "boks", "en god lang frase", device_secrets=memory_keyring).lock()

    Vault.unlock_with_recovery_key(
        tmp_path / "boks", recovery, new_passphrase="ny frase her", device_secrets=memory_keyring
    ).lock()
    def device_secrets(store):  # the audit head kept beside them is not a device secret
        return {k: v for k, v in store.items() if "audit-head" not in k[1]}

    assert len(device_secrets(memory_keyring.store)) == 1
    assert device_secrets(memory_keyring.store) != device_secrets(before)
    Vault.unlock(tmp_path / "boks", "ny frase her", device_secrets=memory_keyring).lock()
