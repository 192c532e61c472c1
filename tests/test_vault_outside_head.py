"""Issue 9, points 2 and 4: the database is bound to its key file, and the audit head kept
outside the database turns a lost or swapped `vault.db` (or a lost `-wal`) into a refusal with
the restore path, never a silent new or shorter vault."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.vault import Vault, VaultDamaged
from app.vault.errors import AuditHeadMismatch, VaultInUse
from tests.fixtures_vault import PASSPHRASE


def add_rows(vault: Vault, n: int) -> None:
    for i in range(n):
        vault.settings_set(f"nøgle-{i}", i)
        vault.audit.append("test.write", "test", str(i))


def files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}


# -- point 2: an empty or cut database is damage, not a new vault -----------------------------


@pytest.mark.parametrize("content", [b"", b"\0"], ids=["empty", "one-byte"])
def test_an_empty_or_one_byte_database_beside_the_key_file_is_damage(
    vault, vault_dir, memory_keyring, content
):
    add_rows(vault, 3)
    vault.lock()
    for name in ("vault.db-wal", "vault.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
    (vault_dir / "vault.db").write_bytes(content)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    assert "Gendan den fra en sikkerhedskopi" in str(info.value)
    # The migration wrote nothing over it: the file is as the damage left it.
    assert (vault_dir / "vault.db").read_bytes() == content


def test_a_missing_database_beside_the_key_file_is_damage(vault, vault_dir, memory_keyring):
    vault.lock()
    (vault_dir / "vault.db").unlink()
    assert Vault.exists(vault_dir)  # the GUI shows the unlock screen, not "create a vault"
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    assert not (vault_dir / "vault.db").exists()


def test_a_database_that_names_another_vault_is_refused(vault, vault_dir, memory_keyring):
    with vault.session() as s:
        s.execute(sa.text("UPDATE vault_meta SET value = 'en-anden-boks' WHERE key = 'vault_id'"))
    vault.lock()
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


def test_the_head_is_kept_outside_after_each_write_and_in_the_key_file_at_lock(vault,
                                                                               vault_dir):
    add_rows(vault, 2)
    seq, chain = vault.audit.head()
    head = json.loads((vault_dir / "vault.head").read_text())
    assert (head["seq"], head["chain"]) == (seq, chain) and "mac" in head
    vault.lock()
    head = json.loads((vault_dir / "vault.key").read_text())["head"]
    assert (head["seq"], head["chain"]) == (seq, chain) and "mac" in head


@pytest.mark.parametrize("junk", [b"", b"{", b"x" * 512], ids=["empty", "torn", "garbage"])
def test_a_torn_head_file_is_no_alarm_and_the_key_file_still_guards(
    vault, vault_dir, memory_keyring, tmp_path, junk
):
    """What a power cut can leave must not lock the user out; and it must not open the door to
    a rollback either: the key file's head (fsync'd at lock) still counts."""
    add_rows(vault, 2)
    vault.purge()
    old_db = tmp_path / "old.db"
    shutil.copy2(vault_dir / "vault.db", old_db)
    add_rows(vault, 2)
    vault.lock()
    (vault_dir / "vault.head").write_bytes(junk)
    Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()
    (vault_dir / "vault.head").write_bytes(junk)
    for name in ("vault.db-wal", "vault.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
    shutil.copy2(old_db, vault_dir / "vault.db")
    with pytest.raises(AuditHeadMismatch):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


# -- point 3 (local part): a trail that went backwards is reported, not accepted --------------


def test_an_older_vault_db_copied_back_is_refused_with_the_restore_path(
    vault, vault_dir, memory_keyring, tmp_path
):
    add_rows(vault, 2)
    vault.purge()  # everything in vault.db, so the copy is the whole vault at this moment
    old_db = tmp_path / "old.db"
    shutil.copy2(vault_dir / "vault.db", old_db)
    add_rows(vault, 3)
    vault.lock()
    for name in ("vault.db-wal", "vault.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
    shutil.copy2(old_db, vault_dir / "vault.db")
    with pytest.raises(AuditHeadMismatch) as info:
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    assert "stafet vault restore" in str(info.value)
    assert info.value.exit_code == 4


def test_an_older_db_and_key_file_together_are_caught_by_the_keyring(
    vault, vault_dir, memory_keyring, tmp_path
):
    """Both files rolled back together: the keyring on this computer still remembers more."""
    add_rows(vault, 2)
    vault.lock()
    old = tmp_path / "old"
    shutil.copytree(vault_dir, old)
    vault = Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    add_rows(vault, 3)
    vault.lock()
    shutil.rmtree(vault_dir)
    shutil.copytree(old, vault_dir)
    with pytest.raises(AuditHeadMismatch):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


def test_a_changed_head_in_the_key_file_is_refused(vault, vault_dir, memory_keyring):
    add_rows(vault, 1)
    vault.lock()
    data = json.loads((vault_dir / "vault.key").read_text())
    data["head"]["seq"] = 1  # an edit without the key cannot redo the MAC
    (vault_dir / "vault.key").write_text(json.dumps(data))
    with pytest.raises(AuditHeadMismatch):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


def test_restoring_a_backup_is_a_deliberate_step_back_and_opens(vault, vault_dir, memory_keyring,
                                                                tmp_path):
    add_rows(vault, 2)
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    add_rows(vault, 3)
    vault.lock()
    restored = Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    try:
        assert restored.audit.verify()
        assert restored.audit.entries()[-1].action == "vault.restore"
    finally:
        restored.lock()
    Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()


# -- point 4: a lost -wal after a crash is a reported loss -----------------------------------


@pytest.mark.parametrize("damage", ["deleted", "one-byte", "flipped-frame"])
def test_a_damaged_wal_after_a_crash_is_reported(vault, vault_dir, memory_keyring, tmp_path,
                                                 damage):
    add_rows(vault, 5)
    vault.purge()
    add_rows(vault, 20)  # acknowledged writes that live only in the WAL so far
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    # The state a kill -9 leaves: the files as they are this moment, with the WAL beside them.
    for name in ("vault.db", "vault.db-wal", "vault.key", "vault.head"):
        shutil.copy2(vault_dir / name, crashed / name)
    vault.lock()
    wal = crashed / "vault.db-wal"
    assert wal.stat().st_size > 0
    if damage == "deleted":
        wal.unlink()
    elif damage == "one-byte":
        wal.write_bytes(wal.read_bytes()[:1])
    else:
        data = bytearray(wal.read_bytes())
        data[len(data) // 2] ^= 0xFF
        wal.write_bytes(bytes(data))
    with pytest.raises(AuditHeadMismatch) as info:
        Vault.unlock(crashed, PASSPHRASE, device_secrets=memory_keyring)
    assert "gået tabt" in str(info.value) and "stafet vault restore" in str(info.value)


def test_the_copy_a_crash_leaves_opens_when_nothing_was_lost(vault, vault_dir, memory_keyring,
                                                             tmp_path):
    add_rows(vault, 20)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.key", "vault.head"):
        shutil.copy2(vault_dir / name, crashed / name)
    vault.lock()
    reopened = Vault.unlock(crashed, PASSPHRASE, device_secrets=memory_keyring)
    try:
        assert reopened.settings_get("nøgle-19") == 19
    finally:
        reopened.lock()


# -- point 4: restore refuses while the vault is open ----------------------------------------


def test_restore_refuses_while_the_vault_is_open(vault, vault_dir, memory_keyring, tmp_path):
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    add_rows(vault, 1)
    before = files(vault_dir)
    with pytest.raises(VaultInUse):
        Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    assert not list(vault_dir.glob("replaced-*"))
    assert {k: v for k, v in files(vault_dir).items() if k != "vault.lock"} == {
        k: v for k, v in before.items() if k != "vault.lock"
    }
    add_rows(vault, 1)  # the open vault goes on writing in place
    vault.lock()
    Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()


def test_restore_refuses_while_another_process_has_the_vault_open(vault, vault_dir,
                                                                  memory_keyring, tmp_path):
    """A real second process holding the vault open (its own lock on its own marker file)."""
    import subprocess
    import sys

    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    script = f"""
import sys
from tests.fixtures_vault import MemoryKeyring
from app.vault import Vault
ring = MemoryKeyring()
ring.store = {dict(memory_keyring.store)!r}
v = Vault.unlock({str(vault_dir)!r}, {PASSPHRASE!r}, device_secrets=ring)
print("open", flush=True)
sys.stdin.readline()
v.lock()
"""
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    finally:
        child.communicate("\n")
    Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()


def test_a_marker_left_by_a_killed_process_does_not_block_restore(vault, vault_dir,
                                                                  memory_keyring, tmp_path):
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    (vault_dir / ".open-99999-dead.lock").write_bytes(b"")  # nobody holds a lock on it
    Vault.restore(backup, vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()
    assert not (vault_dir / ".open-99999-dead.lock").exists()


def test_with_no_newer_backup_the_loss_can_be_accepted_and_is_written_down(
    vault, vault_dir, memory_keyring, tmp_path, monkeypatch, capsys
):
    from app.cli import common, main

    add_rows(vault, 5)
    vault.purge()
    add_rows(vault, 10)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.key", "vault.head"):
        shutil.copy2(vault_dir / name, crashed / name)
    vault.lock()
    (crashed / "vault.db-wal").unlink()
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(crashed), "--passphrase-file", str(secret)]
    assert main([*base, "vault", "check"]) == 4
    assert "stafet vault restore" in capsys.readouterr().err
    assert main([*base, "vault", "accept-loss"]) == 0
    assert "kan ikke hentes tilbage" in capsys.readouterr().out
    with Vault.unlock(crashed, PASSPHRASE, device_secrets=memory_keyring) as reopened:
        actions = [e.action for e in reopened.audit.entries()]
        assert reopened.audit.verify()
    assert "vault.loss_accepted" in actions
