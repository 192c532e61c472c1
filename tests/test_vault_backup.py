"""Encrypted backup and restore: same computer, new computer, over an existing vault, and a
restore interrupted at every step."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from app.vault import BackupInvalid, Protection, Vault, WrongPassphrase
from app.vault import backup as backup_module
from tests.fixtures_vault import FAST_KDF, MemoryKeyring

PASS = "en god lang frase"


def tree(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def source(tmp_path, memory_keyring):
    """A vault with a setting, a secret and audit rows, and its backup file."""
    vault, recovery = Vault.create(
        tmp_path / "kilde", PASS, kdf=FAST_KDF, device_secrets=memory_keyring
    )
    vault.settings_set("kontor", "Familiehuset")
    vault.put_secret("signeringsnøgle", b"\x10\x20")
    out = vault.backup(tmp_path / "kopier" / "boks.stafetbackup")
    vault.settings_set("kontor", "ændret efter kopien")
    vault.lock()
    return out, recovery


def test_restore_on_the_same_computer(tmp_path, source, memory_keyring):
    out, _ = source
    restored = Vault.restore(out, tmp_path / "gendannet", PASS, device_secrets=memory_keyring)
    try:
        assert restored.settings_get("kontor") == "Familiehuset"
        assert restored.get_secret("signeringsnøgle") == b"\x10\x20"
        assert restored.audit.verify().intact
        assert [e.action for e in restored.audit.entries()][-1] == "vault.restore"
    finally:
        restored.lock()


def test_restore_on_a_new_computer_with_the_recovery_key(tmp_path, source):
    out, recovery = source
    new_computer = MemoryKeyring()
    restored = Vault.restore(
        out,
        tmp_path / "ny-pc",
        "frase på den nye pc",
        recovery_key=recovery,
        device_secrets=new_computer,
    )
    restored.lock()
    assert restored.protection is Protection.PASSPHRASE_AND_DEVICE
    again = Vault.unlock(tmp_path / "ny-pc", "frase på den nye pc", device_secrets=new_computer)
    try:
        assert again.settings_get("kontor") == "Familiehuset"
    finally:
        again.lock()


def test_restore_over_a_vault_moves_the_old_one_aside_intact(tmp_path, source, memory_keyring):
    out, _ = source
    target = tmp_path / "kilde"  # restore over the very vault the backup came from
    old_files = {
        n: hashlib.sha256((target / n).read_bytes()).hexdigest() for n in ("vault.db", "vault.key")
    }
    Vault.restore(out, target, PASS, device_secrets=memory_keyring).lock()
    aside = [p for p in target.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    assert {
        n: hashlib.sha256((aside[0] / n).read_bytes()).hexdigest()
        for n in ("vault.db", "vault.key")
    } == old_files
    # The replaced vault still opens where it now lies, with the edit made after the backup.
    old = Vault.unlock(aside[0], PASS, device_secrets=memory_keyring)
    try:
        assert old.settings_get("kontor") == "ændret efter kopien"
    finally:
        old.lock()


def test_wrong_passphrase_restores_nothing(tmp_path, source, memory_keyring):
    out, _ = source
    target = tmp_path / "kilde"
    before = tree(target)
    with pytest.raises(WrongPassphrase):
        Vault.restore(out, target, "forkert frase her", device_secrets=memory_keyring)
    assert {k: v for k, v in tree(target).items() if "unlock-failures" not in k} == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "changed_db", "not_a_backup"])
def test_a_broken_backup_is_refused_and_nothing_changes(tmp_path, source, memory_keyring, damage):
    out, _ = source
    broken = tmp_path / "ødelagt.stafetbackup"
    data = out.read_bytes()
    if damage == "garbage":
        broken.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        broken.write_bytes(data[: len(data) // 2])
    elif damage == "changed_db":
        with zipfile.ZipFile(out) as src, zipfile.ZipFile(broken, "w") as dst:
            for item in src.infolist():
                content = src.read(item)
                if item.filename == "vault.db":
                    content = content[:5000] + bytes([content[5000] ^ 1]) + content[5001:]
                dst.writestr(item, content)
    else:
        with zipfile.ZipFile(broken, "w") as dst:
            dst.writestr("hej.txt", "ikke en boks")
    target = tmp_path / "kilde"
    before = tree(target)
    with pytest.raises(BackupInvalid) as info:
        Vault.restore(broken, target, PASS, device_secrets=memory_keyring)
    assert "Intet er ændret" in str(info.value)
    assert tree(target) == before


@pytest.mark.parametrize("kill_after", range(5))  # journal, 2 × aside, 2 × in place
def test_restore_killed_at_any_rename_is_finished_on_next_start(
    tmp_path, source, memory_keyring, monkeypatch, kill_after
):
    out, _ = source
    target = tmp_path / "kilde"
    real_replace = os.replace
    calls = [0]

    class Killed(BaseException):
        pass

    def replace(src, dst):
        if calls[0] == kill_after:
            raise Killed
        calls[0] += 1
        real_replace(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", replace)
    with pytest.raises(Killed):
        Vault.restore(out, target, PASS, device_secrets=memory_keyring)
    monkeypatch.undo()
    # The first rename puts the restore journal in place. Killed before it, the restore never
    # happened; killed after it, the next start finds the journal and completes the swap.
    expected = "ændret efter kopien" if kill_after == 0 else "Familiehuset"
    restored = Vault.unlock(target, PASS, device_secrets=memory_keyring)
    try:
        assert restored.settings_get("kontor") == expected
    finally:
        restored.lock()
    aside = [p for p in target.iterdir() if p.name.startswith("replaced-")]
    if aside:
        old = Vault.unlock(aside[0], PASS, device_secrets=memory_keyring)
        try:
            assert old.settings_get("kontor") == "ændret efter kopien"
        finally:
            old.lock()
    assert not any(p.name.startswith(".restore-") and p.is_dir() for p in target.iterdir())
