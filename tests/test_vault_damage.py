"""Damaged, truncated, read-only or full: a clear message, and the previous state kept."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.vault import DiskFull, ReadOnly, Vault, VaultDamaged, WrongPassphrase
from app.vault import keys as keys_module
from tests.fixtures_vault import FAST_KDF

PAGE = 4096
rows = sa.Table(
    "test_rows",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text),
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_vault(vault, vault_dir):
    """A locked vault of a few dozen pages, checkpointed into the main file."""
    with vault.session() as s:
        rows.create(s.connection())
        s.execute(rows.insert(), [{"text": f"række {i} " + "y" * 400} for i in range(200)])
    vault.lock()
    assert (vault_dir / "vault.db").stat().st_size > 20 * PAGE
    return vault_dir / "vault.db"


def flip(path: Path, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0xFF]))


@pytest.mark.parametrize("pages", [(2, 9), (5, 17)])
def test_tampered_pages_are_reported_as_damage_and_never_overwritten(
    closed_vault, vault_dir, passphrase, memory_keyring, pages
):
    for page, where in zip(pages, (100, 2000), strict=True):
        flip(closed_vault, page * PAGE + where)
    tampered = sha(closed_vault)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    assert "Gendan den fra en sikkerhedskopi" in str(info.value)
    assert sha(closed_vault) == tampered
    with pytest.raises(VaultDamaged):  # and again: still refused, still untouched
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    assert sha(closed_vault) == tampered


def test_overwritten_header_is_damage(closed_vault, vault_dir, passphrase, memory_keyring):
    with closed_vault.open("r+b") as fh:
        fh.write(os.urandom(64))
    before = sha(closed_vault)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    assert sha(closed_vault) == before


@pytest.mark.parametrize("keep", [1000, 7 * PAGE + 123])
def test_truncated_file_is_damage(closed_vault, vault_dir, passphrase, memory_keyring, keep):
    with closed_vault.open("r+b") as fh:
        fh.truncate(keep)
    before = sha(closed_vault)
    with pytest.raises(VaultDamaged):
        vault = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
        try:  # damage past the pages unlock reads shows on the first read of those pages
            with vault.read_session() as s:
                s.execute(sa.select(sa.func.count()).select_from(rows)).scalar()
        finally:
            vault.lock()
    assert sha(closed_vault) == before


def test_damaged_key_file_is_damage(closed_vault, vault_dir, passphrase, memory_keyring):
    (vault_dir / "vault.key").write_text('{"format": "stafet-vault-key", "vers')
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)


@pytest.mark.skipif(os.name != "posix", reason="chmod 0o555 makes a folder read-only on POSIX only")
def test_read_only_folder_is_refused_with_nothing_changed(
    closed_vault, vault_dir, passphrase, memory_keyring, monkeypatch
):
    before = {p.name: sha(p) for p in vault_dir.iterdir()}
    vault_dir.chmod(0o555)
    if os.geteuid() == 0:
        # root ignores permission bits; make the kernel's answer for everyone else explicit at
        # the OS boundary: creating a file in this folder fails with EACCES.
        real_open = os.open

        def open_(path, flags, *args, **kwargs):
            if Path(path).parent == vault_dir and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_)
    try:
        with pytest.raises(ReadOnly) as info:
            Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
        assert "skrivebeskyttet" in str(info.value)
    finally:
        vault_dir.chmod(0o755)
    assert {p.name: sha(p) for p in vault_dir.iterdir()} == before


def test_full_disk_during_a_write_keeps_what_was_saved(
    vault, vault_dir, passphrase, memory_keyring
):
    """SQLite's real SQLITE_FULL path: the database may not grow past its current pages."""
    with vault.session() as s:
        rows.create(s.connection())
        s.execute(rows.insert().values(text="gemt før"))
    with pytest.raises(DiskFull) as info:
        with vault.session() as s:
            pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
            s.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages + 1}")
            s.execute(rows.insert(), [{"text": "z" * 3000} for _ in range(50)])
    assert "Disken er fuld" in str(info.value)
    vault.lock()  # fresh connections without the page limit
    again = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        with again.read_session() as s:
            assert s.execute(sa.select(rows.c.text)).scalars().all() == ["gemt før"]
        assert again.check().intact
    finally:
        again.lock()


def test_full_disk_while_changing_passphrase_keeps_the_old_one(
    vault, vault_dir, passphrase, memory_keyring, monkeypatch
):
    """ENOSPC from the kernel's write() while the new key file is written (OS boundary)."""
    key_before = sha(vault_dir / "vault.key")

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys_module.os, "write", full)
    with pytest.raises(DiskFull):
        vault.change_passphrase("den nye frase som ikke blev")
    monkeypatch.undo()
    vault.lock()
    assert sha(vault_dir / "vault.key") == key_before
    assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".part")] == []
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "den nye frase som ikke blev", device_secrets=memory_keyring)
    Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring).lock()


def test_create_in_a_full_disk_leaves_no_half_vault(tmp_path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys_module.os, "write", full)
    with pytest.raises(DiskFull):
        Vault.create(tmp_path / "ny", "en god lang frase", kdf=FAST_KDF)
    monkeypatch.undo()
    assert not Vault.exists(tmp_path / "ny")
    assert sorted(p.name for p in (tmp_path / "ny").iterdir()) == []
