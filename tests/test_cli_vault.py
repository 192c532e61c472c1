"""The `stafet vault …` and `stafet audit verify` commands, in-process and as a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import common, main
from app.vault import KdfParams, Vault
from tests.fixtures_vault import FAST_KDF

REPO = Path(__file__).resolve().parent.parent
RECOVERY = re.compile(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b")


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    """Run `stafet` in-process with a fast KDF and the in-memory keyring; returns a runner."""
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    vault_dir = tmp_path / "boks"
    secret = tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n", encoding="utf-8")

    def run(*args: str, passphrase_file: Path | str | None = secret) -> int:
        base = ["--vault", str(vault_dir)]
        if passphrase_file is not None:
            base += ["--passphrase-file", str(passphrase_file)]
        return main([*base, *args])

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    run.secret = secret  # type: ignore[attr-defined]
    return run


def test_init_prints_the_recovery_key_once_and_the_protection(cli, capsys, memory_keyring):
    assert cli("vault", "init") == 0
    out = capsys.readouterr().out
    keys = RECOVERY.findall(out)
    assert len(keys) == 1
    assert "vises kun denne ene gang" in out
    assert "nøgle i computerens sikre nøglering" in out
    assert Vault.exists(cli.vault_dir)
    assert keys[0] not in (cli.vault_dir / "vault.key").read_text()
    Vault.unlock_with_recovery_key(cli.vault_dir, keys[0], device_secrets=memory_keyring).lock()


def test_init_twice_is_refused_without_harm(cli, capsys):
    assert cli("vault", "init") == 0
    key_before = (cli.vault_dir / "vault.key").read_bytes()
    capsys.readouterr()
    assert cli("vault", "init") == 2
    assert "findes allerede en boks" in capsys.readouterr().err
    assert (cli.vault_dir / "vault.key").read_bytes() == key_before


def test_check_reports_integrity_schema_and_protection(cli, capsys):
    cli("vault", "init")
    capsys.readouterr()
    assert cli("vault", "check") == 0
    out = capsys.readouterr().out
    assert "Skemaversion: " in out and "Sider: alle sider er hele" in out
    assert "Revisionsspor: intakt" in out and "Beskyttelse:" in out


def test_passwd_changes_the_passphrase(cli, tmp_path, memory_keyring):
    cli("vault", "init")
    new = tmp_path / "ny.txt"
    new.write_text("en anden god frase\n", encoding="utf-8")
    assert cli("vault", "passwd", "--new-passphrase-file", str(new)) == 0
    assert cli("vault", "check") == 2  # the old one no longer opens
    assert cli("vault", "check", passphrase_file=new) == 0


def test_backup_and_restore_on_a_new_computer(cli, tmp_path, capsys, monkeypatch):
    from tests.fixtures_vault import MemoryKeyring

    cli("vault", "init")
    recovery = RECOVERY.findall(capsys.readouterr().out)[0]
    opened = Vault.unlock(
        cli.vault_dir, "min gode lange frase", device_secrets=common.device_secrets()
    )
    opened.settings_set("kontor", "Familiehuset")
    opened.lock()
    out = tmp_path / "kopi.stafetbackup"
    assert cli("vault", "backup", str(out)) == 0
    assert out.exists()

    new_computer = MemoryKeyring()
    monkeypatch.setattr(common, "device_secrets", lambda: new_computer)
    key_file = tmp_path / "gendannelse.txt"
    key_file.write_text(recovery + "\n")
    target = tmp_path / "ny-pc"
    assert (
        main(
            [
                "--vault",
                str(target),
                "--passphrase-file",
                str(cli.secret),
                "vault",
                "restore",
                str(out),
                "--recovery-key-file",
                str(key_file),
            ]
        )
        == 0
    )
    restored = Vault.unlock(target, "min gode lange frase", device_secrets=new_computer)
    try:
        assert restored.settings_get("kontor") == "Familiehuset"
    finally:
        restored.lock()


def test_passphrase_from_standard_input(cli, monkeypatch):
    import io

    cli("vault", "init")
    monkeypatch.setattr(sys, "stdin", io.StringIO("min gode lange frase\n"))
    assert cli("vault", "check", passphrase_file="-") == 0


def test_no_passphrase_and_no_terminal_is_a_clear_error(cli, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli("vault", "init", passphrase_file=None) == 2
    err = capsys.readouterr().err
    assert err.startswith("stafet: Der er ingen adgangsfrase") and "--passphrase-file" in err
    assert not Vault.exists(cli.vault_dir)


def test_missing_passphrase_file_and_missing_vault(cli, tmp_path, capsys):
    assert cli("vault", "check", passphrase_file=tmp_path / "findes-ikke.txt") == 2
    assert "kan ikke læses" in capsys.readouterr().err
    assert cli("vault", "check") == 2
    assert "Der er ingen boks" in capsys.readouterr().err


def run_stafet(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(REPO),
    }
    env.pop("STAFET_VAULT", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    )


def test_real_process_exit_codes(tmp_path, _isolated_paths):
    """Production KDF, the machine's own keyring policy, real exit codes, no tracebacks."""
    vault_dir, secret = tmp_path / "boks", tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n")
    wrong = tmp_path / "forkert.txt"
    wrong.write_text("en forkert frase\n")
    base = ["--vault", str(vault_dir), "--passphrase-file"]

    done = run_stafet(*base, str(secret), "vault", "init", home=_isolated_paths)
    assert done.returncode == 0 and RECOVERY.search(done.stdout)
    done = run_stafet(*base, str(secret), "audit", "verify", home=_isolated_paths)
    assert done.returncode == 0, done.stderr
    done = run_stafet(*base, str(wrong), "audit", "verify", home=_isolated_paths)
    assert (done.returncode, done.stderr.strip()) == (2, "stafet: Forkert adgangsfrase.")

    vault = Vault.unlock(vault_dir, "min gode lange frase")
    with vault.session() as s:
        s.execute(sa.text("DROP TRIGGER audit_log_no_update"))
        s.execute(sa.text("UPDATE audit_log SET actor = 'nogen' WHERE seq = 1"))
    vault.lock()
    done = run_stafet(*base, str(secret), "audit", "verify", home=_isolated_paths)
    assert done.returncode == 1
    assert "Post nr. 1" in done.stdout and "Traceback" not in done.stderr


def test_audit_extract_and_anchor(cli, capsys, memory_keyring):
    import json

    cli("vault", "init")
    opened = Vault.unlock(cli.vault_dir, "min gode lange frase", device_secrets=memory_keyring)
    opened.audit.append("case.view", "case", 1, subject="sag-1")
    opened.audit.append("case.view", "case", 2, subject="sag-2")
    anchor = opened.audit.head()
    opened.lock()
    capsys.readouterr()
    assert cli("audit", "extract", "sag-1") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["action"], r["record_id"], r["subject"]) for r in rows] == [
        ("case.view", "1", "sag-1")
    ]
    assert cli("audit", "verify", "--anchor", f"{anchor[0]}:{anchor[1]}") == 0
    capsys.readouterr()
    wrong = "0" * 64
    assert cli("audit", "verify", "--anchor", f"{anchor[0]}:{wrong}") == 1
    assert f"Post nr. {anchor[0]}" in capsys.readouterr().out


def test_unclear_calls_get_clear_messages(cli, capsys):
    cli("vault", "init")
    capsys.readouterr()
    assert cli("audit", "verify", "--anchor", "sidste") == 2
    assert "nummer:kædeværdi" in capsys.readouterr().err
    assert cli("vault", "restore", "x.zip", "--recovery-key-file", "-", passphrase_file="-") == 2
    assert "standard input" in capsys.readouterr().err
