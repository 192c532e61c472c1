"""Issue 9, point 8: the recovery copy is checked before the day it is needed, it can be
replaced, `vault init` can write it to a file, and a damaged key file is never counted as a
wrong passphrase."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import sys

import pytest

from app.cli import common, main
from app.vault import KdfParams, Vault, VaultDamaged, WrongRecoveryKey
from app.vault.errors import RecoveryCopyDamaged
from tests.fixtures_vault import FAST_KDF, PASSPHRASE

RECOVERY = re.compile(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b")
PASS = "min gode lange frase"


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    vault_dir = tmp_path / "boks"
    secret = tmp_path / "frase.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")

    def run(*args: str) -> int:
        return main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    return run


def flip_in(key_path, section: str, field: str = "wrapped_key") -> None:
    """One changed byte inside a copy, as a bad disk block would leave it (still valid base64)."""
    data = json.loads(key_path.read_text())
    raw = bytearray(base64.b64decode(data[section][field]))
    raw[5] ^= 0x01
    data[section][field] = base64.b64encode(bytes(raw)).decode()
    key_path.write_text(json.dumps(data))


def test_check_finds_a_damaged_recovery_copy(cli, capsys):
    assert cli("vault", "init") == 0
    assert cli("vault", "check") == 0
    assert "Gendannelseskopi: hel" in capsys.readouterr().out
    flip_in(cli.vault_dir / "vault.key", "recovery")
    assert cli("vault", "check") == 1
    out = capsys.readouterr().out
    assert "Gendannelseskopi: BESKADIGET" in out and "recovery-key --new" in out


def test_a_new_recovery_key_replaces_the_old_one(cli, capsys, memory_keyring):
    assert cli("vault", "init") == 0
    old = RECOVERY.findall(capsys.readouterr().out)[0]
    flip_in(cli.vault_dir / "vault.key", "recovery")
    assert cli("vault", "recovery-key", "--new") == 0
    out = capsys.readouterr().out
    new = RECOVERY.findall(out)[0]
    assert new != old and "Den gamle virker ikke længere" in out
    assert cli("vault", "check") == 0
    Vault.unlock_with_recovery_key(cli.vault_dir, new, device_secrets=memory_keyring).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(cli.vault_dir, old, device_secrets=memory_keyring)
    with Vault.unlock(cli.vault_dir, PASS, device_secrets=memory_keyring) as vault:
        assert "vault.recovery_key_rotated" in [e.action for e in vault.audit.entries()]


def test_init_writes_the_recovery_key_to_a_file_and_not_to_the_output(cli, capsys, tmp_path,
                                                                    memory_keyring):
    target = tmp_path / "nøgle.txt"
    assert cli("vault", "init", "--recovery-key-file", str(target)) == 0
    out = capsys.readouterr().out
    assert not RECOVERY.findall(out)
    assert str(target) in out
    key = RECOVERY.findall(target.read_text(encoding="utf-8"))[0]
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    Vault.unlock_with_recovery_key(cli.vault_dir, key, device_secrets=memory_keyring).lock()


def test_init_never_overwrites_an_existing_recovery_key_file(cli, capsys, tmp_path):
    target = tmp_path / "nøgle.txt"
    target.write_text("den gamle nøgle\n")
    assert cli("vault", "init", "--recovery-key-file", str(target)) == 2
    assert "findes allerede" in capsys.readouterr().err
    assert target.read_text() == "den gamle nøgle\n"
    assert not Vault.exists(cli.vault_dir)  # stopped before any vault was made


def test_recovery_key_new_can_write_to_a_file(cli, capsys, tmp_path, memory_keyring):
    assert cli("vault", "init") == 0
    capsys.readouterr()
    target = tmp_path / "ny-nøgle.txt"
    assert cli("vault", "recovery-key", "--new", "--recovery-key-file", str(target)) == 0
    assert not RECOVERY.findall(capsys.readouterr().out)
    key = RECOVERY.findall(target.read_text(encoding="utf-8"))[0]
    Vault.unlock_with_recovery_key(cli.vault_dir, key, device_secrets=memory_keyring).lock()


@pytest.mark.parametrize("field", ["wrapped_key", "nonce", "salt"])
def test_a_damaged_passphrase_copy_is_damage_and_not_a_counted_failure(
    vault, vault_dir, memory_keyring, field
):
    vault.lock()
    flip_in(vault_dir / "vault.key", "passphrase", field)
    for _ in range(5):
        with pytest.raises(VaultDamaged) as info:
            Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
        assert "beskadiget" in str(info.value)
    data = json.loads((vault_dir / "vault.key").read_text())
    assert data["unlock_failures"] == {"times": [], "total": 0}
    assert Vault.unlock_wait(vault_dir) == 0


def test_a_cut_passphrase_copy_is_damage(vault, vault_dir, memory_keyring):
    vault.lock()
    data = json.loads((vault_dir / "vault.key").read_text())
    data["passphrase"]["wrapped_key"] = data["passphrase"]["wrapped_key"][:-8]
    (vault_dir / "vault.key").write_text(json.dumps(data))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


def test_the_recovery_key_still_opens_when_the_passphrase_copy_is_damaged(tmp_path,
                                                                        memory_keyring):
    vault, recovery = Vault.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF,
                                   device_secrets=memory_keyring)
    vault.lock()
    flip_in(tmp_path / "b" / "vault.key", "passphrase")
    Vault.unlock_with_recovery_key(
        tmp_path / "b", recovery, new_passphrase="kaktus lampe vandre november",
        device_secrets=memory_keyring,
    ).lock()
    Vault.unlock(tmp_path / "b", "kaktus lampe vandre november",
                 device_secrets=memory_keyring).lock()


def test_a_damaged_recovery_copy_is_said_as_such_when_used(tmp_path, memory_keyring):
    vault, recovery = Vault.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF,
                                   device_secrets=memory_keyring)
    vault.lock()
    flip_in(tmp_path / "b" / "vault.key", "recovery")
    with pytest.raises(RecoveryCopyDamaged):
        Vault.unlock_with_recovery_key(tmp_path / "b", recovery, device_secrets=memory_keyring)
    Vault.unlock(tmp_path / "b", PASSPHRASE, device_secrets=memory_keyring).lock()


def test_a_damaged_recovery_copy_stays_reported_after_the_key_file_is_rewritten(
    tmp_path, memory_keyring
):
    """Unlock and lock rewrite the key file (the audit head): that must not recompute the
    checksum over the damaged copy and so hide the damage."""
    vault, recovery = Vault.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF,
                                   device_secrets=memory_keyring)
    vault.lock()
    flip_in(tmp_path / "b" / "vault.key", "recovery")
    for _ in range(2):
        with Vault.unlock(tmp_path / "b", PASSPHRASE, device_secrets=memory_keyring) as v:
            v.settings_set("x", 1)
            assert v.check().recovery_intact is False
    with pytest.raises(RecoveryCopyDamaged):
        Vault.unlock_with_recovery_key(tmp_path / "b", recovery, device_secrets=memory_keyring)
