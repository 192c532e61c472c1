"""`stafet vault destroy`: confirmation first; then the vault, its backups and keyring entry go."""

from __future__ import annotations

import io

import pytest

from app.cli import common, main
from app.vault import KdfParams
from tests.fixtures_vault import FAST_KDF


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n", encoding="utf-8")
    vault_dir = tmp_path / "boks"

    def run(*args: str) -> int:
        return main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])

    assert run("vault", "init") == 0
    assert run("demo") == 0
    (vault_dir / "backups").mkdir(exist_ok=True)
    (vault_dir / "backups" / "auto-1.stafetbackup").write_bytes(b"encrypted copy")
    run.dir = vault_dir  # type: ignore[attr-defined]
    return run


def test_destroy_without_confirmation_changes_nothing(cli, monkeypatch, memory_keyring, capsys):
    before = sorted(p.name for p in cli.dir.iterdir())
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))
    assert cli("vault", "destroy") != 0
    assert "ikke slettet" in capsys.readouterr().err
    assert sorted(p.name for p in cli.dir.iterdir()) == before
    assert memory_keyring.store  # the device secret is still there
    assert cli("case", "list") == 0


def test_destroy_confirmed_removes_vault_backups_and_keyring_entry(
    cli, monkeypatch, memory_keyring, tmp_path, capsys
):
    own_backup = tmp_path / "min kopi.stafetbackup"
    assert cli("vault", "backup", str(own_backup)) == 0
    (cli.dir / "mine noter.txt").write_text("ikke Stafets")
    assert memory_keyring.store
    monkeypatch.setattr("sys.stdin", io.StringIO("SLET\n"))
    assert cli("vault", "destroy") == 0
    assert sorted(p.name for p in cli.dir.iterdir()) == ["mine noter.txt"]
    assert memory_keyring.store == {}
    assert own_backup.exists()  # the user's own backups elsewhere are theirs
    assert "mine noter.txt" in capsys.readouterr().out
    assert cli("case", "list") != 0


def test_destroy_yes_for_scripts_removes_the_folder(cli, memory_keyring):
    assert cli("vault", "destroy", "--yes") == 0
    assert not cli.dir.exists()
    assert memory_keyring.store == {}
    assert cli("vault", "destroy", "--yes") != 0  # nothing left to destroy: a clear error
