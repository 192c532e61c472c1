"""Create, write, lock, unlock, read back: the vault's everyday life on a real SQLCipher file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.vault import (
    DeviceSecretMissing,
    Protection,
    UnlockThrottled,
    Vault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
    throttle,
)
from app.vault.keys import KeyFile
from tests.fixtures_vault import FAST_KDF, MemoryKeyring

notes = sa.Table(
    "test_notes",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text),
    sa.Column("written", sa.DateTime),
    sa.Column("day", sa.Date),
    sa.Column("internal", sa.Boolean),
)


def add_note(vault: Vault, text: str) -> None:
    with vault.session() as s:
        notes.create(s.connection(), checkfirst=True)
        s.execute(
            notes.insert().values(
                text=text,
                written=dt.datetime(2024, 3, 1, 9, 30, 15, 123456),
                day=dt.date(2024, 2, 29),
                internal=True,
            )
        )


def read_notes(vault: Vault) -> list[tuple]:
    with vault.read_session() as s:
        return [tuple(r) for r in s.execute(sa.select(notes).order_by(notes.c.id))]


def digest(directory: Path) -> dict[str, str]:
    """The database's bytes and the key file's key material (a failed try is counted in the
    key file, beside the audit head; the wrapped keys must stay as they were)."""
    found = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file() and p.suffix == ".db"
    }
    key_path = directory / "vault.key"
    if key_path.exists():
        material = json.dumps(KeyFile.read(key_path)._key_material(), sort_keys=True)
        found["vault.key"] = hashlib.sha256(material.encode()).hexdigest()
    return found


def test_write_lock_unlock_read_back_with_types(vault, vault_dir, passphrase, memory_keyring):
    add_note(vault, "Hans trives i børnehaven")
    vault.lock()
    assert vault.is_locked
    again = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        rows = read_notes(again)
    finally:
        again.lock()
    assert rows == [
        (
            1,
            "Hans trives i børnehaven",
            dt.datetime(2024, 3, 1, 9, 30, 15, 123456),
            dt.date(2024, 2, 29),
            True,
        )
    ]


def test_locked_vault_refuses_every_use(vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        with vault.session():
            pass
    with pytest.raises(VaultLocked):
        vault.settings_get("x")
    with pytest.raises(VaultLocked):
        vault.audit.verify()
    assert "låst" in str(VaultLocked())


def test_wrong_passphrase_is_refused_and_leaves_the_files_alone(vault, vault_dir, memory_keyring):
    add_note(vault, "noget")
    vault.lock()
    before = digest(vault_dir)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(vault_dir, "helt forkert frase", device_secrets=memory_keyring)
    assert str(info.value) == "Forkert adgangsfrase."
    assert digest(vault_dir) == before


def test_recovery_key_opens_the_vault(vault_dir, passphrase, memory_keyring):
    vault, recovery = Vault.create(
        vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring
    )
    add_note(vault, "gemt før")
    vault.lock()
    loose = recovery.lower().replace("-", " ")
    again = Vault.unlock_with_recovery_key(vault_dir, loose, device_secrets=memory_keyring)
    try:
        assert read_notes(again)[0][1] == "gemt før"
    finally:
        again.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(
            vault_dir, "AAAA-" * 7 + "AAAA", device_secrets=memory_keyring
        )


def test_recovery_key_on_a_new_computer_sets_a_new_passphrase(vault_dir, passphrase):
    old_computer, new_computer = MemoryKeyring(), MemoryKeyring()
    vault, recovery = Vault.create(vault_dir, passphrase, kdf=FAST_KDF, device_secrets=old_computer)
    assert vault.protection is Protection.PASSPHRASE_AND_DEVICE
    add_note(vault, "flyttes med")
    vault.lock()
    with pytest.raises(DeviceSecretMissing):
        Vault.unlock(vault_dir, passphrase, device_secrets=new_computer)
    moved = Vault.unlock_with_recovery_key(
        vault_dir, recovery, new_passphrase="ny lang frase her", device_secrets=new_computer
    )
    moved.lock()
    again = Vault.unlock(vault_dir, "ny lang frase her", device_secrets=new_computer)
    try:
        assert read_notes(again)[0][1] == "flyttes med"
    finally:
        again.lock()


def test_passphrase_change_keeps_data_and_retires_the_old_one(
    vault_dir, passphrase, memory_keyring
):
    vault, recovery = Vault.create(
        vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring
    )
    add_note(vault, "bliver")
    vault.change_passphrase("en helt ny adgangsfrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    again = Vault.unlock(vault_dir, "en helt ny adgangsfrase", device_secrets=memory_keyring)
    try:
        assert read_notes(again)[0][1] == "bliver"
        assert [e.action for e in again.audit.entries()].count("vault.passphrase_changed") == 1
    finally:
        again.lock()
    # Same vault key underneath (no re-encryption): the recovery key still opens it.
    Vault.unlock_with_recovery_key(vault_dir, recovery, device_secrets=memory_keyring).lock()


def test_failed_session_changes_nothing(vault):
    add_note(vault, "første")
    with pytest.raises(RuntimeError):
        with vault.session() as s:
            s.execute(notes.insert().values(text="halv"))
            vault.audit.append("entry.add", "note", 2)
            raise RuntimeError("afbrudt midt i")
    assert [r[1] for r in read_notes(vault)] == ["første"]
    assert "entry.add" not in [e.action for e in vault.audit.entries()]


def test_nested_session_joins_the_outer_transaction(vault):
    add_note(vault, "ude")
    with pytest.raises(ValueError):
        with vault.session() as outer:
            with vault.session() as inner:
                assert inner is outer
                inner.execute(notes.insert().values(text="inde"))
            raise ValueError
    assert [r[1] for r in read_notes(vault)] == ["ude"]


def test_writes_from_many_threads_all_land(vault):
    add_note(vault, "start")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(20):
                with vault.session() as s:
                    s.execute(notes.insert().values(text=f"{n}-{i}"))
                    vault.audit.append("entry.add", "note", f"{n}-{i}")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(read_notes(vault)) == 81
    assert vault.audit.verify().intact


@settings(max_examples=30, deadline=None)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=12,
    )
)
def test_settings_round_trip_any_json(shared_vault, value):
    shared_vault.settings_set("vilkårlig", value)
    assert shared_vault.settings_get("vilkårlig") == value


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("delt") / "boks",
        "en god frase",
        kdf=FAST_KDF,
        device_secrets=MemoryKeyring(),
    )
    yield vault
    vault.lock()


def test_secrets_round_trip_and_are_audited_without_content(vault):
    assert vault.get_secret("signeringsnøgle") is None
    vault.put_secret("signeringsnøgle", b"\x00hemmelig\xff")
    vault.put_secret("signeringsnøgle", b"ny")
    assert vault.get_secret("signeringsnøgle") == b"ny"
    stored = [e for e in vault.audit.entries() if e.action == "secret.store"]
    assert [e.record_id for e in stored] == ["signeringsnøgle", "signeringsnøgle"]


def test_settings_default_when_missing(vault):
    assert vault.settings_get("lås_efter_minutter", 5) == 5
    vault.settings_set("lås_efter_minutter", 10)
    assert vault.settings_get("lås_efter_minutter", 5) == 10


def test_create_refuses_weak_passphrase_and_an_existing_vault(vault, vault_dir, tmp_path):
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "ny", "kort", kdf=FAST_KDF)
    assert not (tmp_path / "ny" / "vault.key").exists()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "en anden frase", kdf=FAST_KDF)


def test_missing_vault_is_named_clearly(tmp_path):
    assert not Vault.exists(tmp_path / "ingen")
    with pytest.raises(VaultNotFound) as info:
        Vault.unlock(tmp_path / "ingen", "whatever frase")
    assert "Der er ingen boks" in str(info.value)


def test_repeated_wrong_passphrases_slow_down_and_land_in_the_audit_trail(
    vault, vault_dir, passphrase, memory_keyring, monkeypatch
):
    now = [1_000_000.0]
    monkeypatch.setattr(throttle, "clock", lambda: now[0])
    vault.lock()
    waits = []
    for _ in range(5):
        now[0] += Vault.unlock_wait(vault_dir)
        with pytest.raises(WrongPassphrase) as info:
            Vault.unlock(vault_dir, "forkert frase!", device_secrets=memory_keyring)
        waits.append(info.value.retry_after)
    assert waits == [0, 0, 1, 2, 4]
    # Trying again before the wait is over is refused without even trying the passphrase.
    assert Vault.unlock_wait(vault_dir) == 4
    with pytest.raises(UnlockThrottled) as info:
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    assert "Vent 4 sekunder" in str(info.value)
    now[0] += 4
    again = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        failed = [e for e in again.audit.entries() if e.action == "vault.unlock_failed"]
        assert len(failed) == 5
        assert again.audit.verify().intact
    finally:
        again.lock()
    assert Vault.unlock_wait(vault_dir) == 0


def test_lock_closes_every_file_and_wipes_the_key(vault, vault_dir):
    add_note(vault, "noget")
    with vault.read_session() as s:
        s.execute(sa.text("SELECT 1")).scalar()
    key_buffer = vault._vault_key
    open_files = lambda: {  # noqa: E731
        os.readlink(fd)
        for fd in (f"/proc/self/fd/{n}" for n in os.listdir("/proc/self/fd"))
        if os.path.exists(fd) and os.readlink(fd).startswith(str(vault_dir))
    }
    assert open_files()  # the database is open while unlocked …
    vault.lock()
    assert open_files() == set()  # … and nothing of it after locking
    assert key_buffer is not None and bytes(key_buffer) == bytes(len(key_buffer))


@pytest.mark.skipif(os.name != "posix", reason="POSIX mode bits; Windows uses an owner-only ACL")
def test_vault_files_are_for_the_user_only(vault, vault_dir, tmp_path):
    add_note(vault, "noget")
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    for path in (
        vault_dir / "vault.db",
        vault_dir / "vault.key",
        vault_dir / "vault.db-wal",
        backup,
    ):
        assert path.stat().st_mode & 0o077 == 0, path.name
    assert vault_dir.stat().st_mode & 0o077 == 0


def test_purge_leaves_no_older_page_versions_in_the_wal(vault, vault_dir):
    add_note(vault, "slettes for altid")
    with vault.session() as s:
        s.execute(notes.delete())
    assert (vault_dir / "vault.db-wal").stat().st_size > 0
    assert vault.purge() is True
    assert (vault_dir / "vault.db-wal").stat().st_size == 0
    assert read_notes(vault) == []
