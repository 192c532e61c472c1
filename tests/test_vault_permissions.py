"""Issue 9, point 5 (and issue 12 point 3): vault files are for their owner alone, whatever the
umask, and a restore that was killed leaves nothing readable behind."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.vault import Vault, permissions
from tests.fixtures_vault import FAST_KDF, PASSPHRASE

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows uses ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o000)  # the worst case the review found: 0666 files
    try:
        yield
    finally:
        os.umask(old)


def vault_modes(directory: Path) -> dict[str, int]:
    return {
        p.name: mode(p)
        for p in [directory, *directory.rglob("*")]
        if not p.name.startswith(".open-")
    }


@posix_only
def test_a_restore_into_a_new_folder_is_owner_only_under_umask_000(
    vault, tmp_path, memory_keyring, open_umask
):
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    target = tmp_path / "ny" / "boks"
    Vault.restore(backup, target, PASSPHRASE, device_secrets=memory_keyring).lock()
    modes = vault_modes(target)
    assert modes["boks"] == 0o700
    assert modes["vault.key"] == 0o600 and modes["vault.db"] == 0o600
    assert all(m & 0o077 == 0 for m in modes.values()), modes


@posix_only
def test_restore_tightens_an_existing_open_folder(vault, tmp_path, memory_keyring):
    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    target = tmp_path / "åben"
    target.mkdir(mode=0o777)
    os.chmod(target, 0o777)
    Vault.restore(backup, target, PASSPHRASE, device_secrets=memory_keyring).lock()
    assert mode(target) == 0o700


@posix_only
def test_create_and_unlock_tighten_the_folder_and_every_file(tmp_path, memory_keyring,
                                                             open_umask):
    directory = tmp_path / "boks"
    directory.mkdir(mode=0o755)
    os.chmod(directory, 0o755)
    Vault.create(directory, PASSPHRASE, kdf=FAST_KDF, device_secrets=memory_keyring)[0].lock()
    assert all(m & 0o077 == 0 for m in vault_modes(directory).values())
    os.chmod(directory, 0o755)
    os.chmod(directory / "vault.db", 0o644)
    Vault.unlock(directory, PASSPHRASE, device_secrets=memory_keyring).lock()
    modes = vault_modes(directory)
    assert modes["boks"] == 0o700 and modes["vault.db"] == 0o600


@posix_only
def test_a_killed_restore_leaves_no_readable_copy(vault, tmp_path, memory_keyring, monkeypatch,
                                                  open_umask):
    from app.vault import backup as backup_module

    backup = vault.backup(tmp_path / "kopi.stafetbackup")
    vault.lock()
    target = tmp_path / "mål"

    class Killed(BaseException):
        pass

    def killed(*_args, **_kwargs):
        raise Killed

    # Killed after the copies are out of the zip, before the journal: the staging is left.
    monkeypatch.setattr(backup_module, "_verify_db", killed)
    monkeypatch.setattr(backup_module.shutil, "rmtree", lambda *a, **k: None)
    with pytest.raises(Killed):
        Vault.restore(backup, target, PASSPHRASE, device_secrets=memory_keyring)
    staging = list(target.glob(".restore-*"))
    assert staging
    assert all(m & 0o077 == 0 for m in vault_modes(target).values()), vault_modes(target)


def test_the_windows_acl_command_grants_the_user_alone():
    cmd = permissions.icacls_command(Path(r"C:\Users\olga\Stafet"), r"KOMMUNE\olga", folder=True)
    assert cmd[:2] == ["icacls", r"C:\Users\olga\Stafet"]
    assert "/inheritance:r" in cmd  # nothing inherited from the parent (e.g. Users: read)
    assert r"KOMMUNE\olga:(OI)(CI)F" in cmd  # and new files inside inherit the user-only entry
    assert "/grant:r" in cmd


@pytest.mark.skipif(sys.platform != "win32", reason="runs icacls: Windows only")
def test_the_vault_folder_gets_an_owner_only_acl_on_windows(tmp_path):  # pragma: no cover
    import subprocess

    folder = tmp_path / "boks"
    folder.mkdir()
    permissions.owner_only(folder)
    listing = subprocess.run(["icacls", str(folder)], capture_output=True, text=True).stdout
    assert "BUILTIN\\Users" not in listing and "Everyone" not in listing
