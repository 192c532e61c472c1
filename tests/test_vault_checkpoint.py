"""Issue 9, point 3: a key holder can rewrite the trail and everything kept beside it; a signed
checkpoint held by IT makes that visible (`audit checkpoint`, `audit verify --against`)."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from pathlib import Path

import pytest

from app.cli import common, main
from app.people.signing import create_local_identity
from app.vault import KdfParams, Vault, outside
from app.vault.audit import _message
from app.vault.engine import open_keyed
from tests.fixtures_vault import FAST_KDF

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
    assert run("vault", "init") == 0
    vault = Vault.unlock(vault_dir, PASS, device_secrets=memory_keyring, actor="Olga Jensen")
    create_local_identity(vault, name="Olga Jensen", organisation="Test Kommune")
    for i in range(4):
        vault.audit.append("case.export", "case", f"sag-{i}", subject=f"sag-{i}")
        vault.audit.append("case.view", "case", f"sag-{i}", subject=f"sag-{i}")
    vault.lock()
    return run


def rewrite_as_key_holder(directory: Path, ring, change) -> None:
    """What a person with the passphrase can do: drop the triggers, change rows, recompute the
    whole chain with the vault's own audit key, and write the new head into the key file and
    the keyring, so the local checks at unlock see nothing wrong."""
    vault = Vault.unlock(directory, PASS, device_secrets=ring)
    key = bytes(vault._audit_key())
    raw = open_keyed(directory / "vault.db", vault._raw_key())
    try:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("DROP TRIGGER audit_log_no_delete")
        change(raw)
        rows = raw.execute(
            "SELECT seq, at, actor, action, record_type, record_id, subject FROM audit_log "
            "ORDER BY seq"
        ).fetchall()
        raw.execute("DELETE FROM audit_log")
        prev = vault.audit._genesis(key)
        for new_seq, row in enumerate(rows, start=1):
            chain = hmac.new(key, prev + _message(new_seq, *row[1:]), hashlib.sha256).digest()
            raw.execute(
                "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (new_seq, *row[1:], chain)
            )
            prev = chain
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    seq, chain_hex = vault.audit.head()
    hk = outside.head_key(vault._raw_key())
    vault.key_file.head = outside.Head(seq, chain_hex).to_json(hk, vault.vault_id)
    vault.key_file.write(vault.key_path)
    outside.write_head_file(directory, vault.key_file.head)
    vault._drop()  # leave without writing an unlock/lock row after the rewrite
    outside.write_keyring(vault._device_secrets, vault.vault_id, directory, vault.key_file.head)
    with Vault.unlock(directory, PASS, device_secrets=ring) as reopened:
        assert reopened.audit.verify()  # looks fine locally


def checkpoint(cli, tmp_path, name="kp.json") -> Path:
    out = tmp_path / name
    assert cli("audit", "checkpoint", "-o", str(out)) == 0
    return out


def test_a_checkpoint_is_signed_and_verifies_while_the_trail_grows(cli, tmp_path, capsys,
                                                                   memory_keyring):
    cp = checkpoint(cli, tmp_path)
    data = json.loads(cp.read_text())
    assert data["checkpoint"]["vault_id"] and "BEGIN CERTIFICATE" in data["certificate"]
    vault = Vault.unlock(cli.vault_dir, PASS, device_secrets=memory_keyring)
    vault.audit.append("case.view", "case", "sag-9")
    vault.lock()
    capsys.readouterr()
    assert cli("audit", "verify", "--against", str(cp)) == 0
    assert "sporet fortsætter det" in capsys.readouterr().out


@pytest.mark.parametrize(
    "change",
    [
        lambda raw: raw.execute("DELETE FROM audit_log WHERE action = 'case.export'"),
        lambda raw: raw.execute("UPDATE audit_log SET actor = 'Arne Andersen' WHERE seq > 3"),
        lambda raw: raw.execute(
            "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 4 FROM audit_log)"
        ),
    ],
    ids=["deleted-export-rows", "re-attributed-actor", "cut-off-tail"],
)
def test_a_rewritten_trail_is_caught_against_the_checkpoint(cli, tmp_path, capsys,
                                                           memory_keyring, change):
    cp = checkpoint(cli, tmp_path)
    rewrite_as_key_holder(cli.vault_dir, memory_keyring, change)
    capsys.readouterr()
    assert cli("audit", "verify") == 0  # without the checkpoint, nothing shows
    assert cli("audit", "verify", "--against", str(cp)) == 1
    assert "BRUDT" in capsys.readouterr().out


def test_a_rollback_to_an_older_vault_is_caught_against_the_checkpoint(cli, tmp_path, capsys,
                                                                       memory_keyring):
    older = tmp_path / "ældre"
    shutil.copytree(cli.vault_dir, older)
    vault = Vault.unlock(cli.vault_dir, PASS, device_secrets=memory_keyring)
    vault.audit.append("case.export", "case", "sag-1", subject="sag-1")
    vault.lock()
    cp = checkpoint(cli, tmp_path)
    # The whole folder from before, and the keyring entry cleared (a key holder can do both).
    shutil.rmtree(cli.vault_dir)
    shutil.copytree(older, cli.vault_dir)
    memory_keyring.store = {
        k: v for k, v in memory_keyring.store.items() if outside.KEYRING_SUFFIX not in k[1]
    }
    capsys.readouterr()
    assert cli("audit", "verify") == 0
    assert cli("audit", "verify", "--against", str(cp)) == 1
    assert "BRUDT" in capsys.readouterr().out


@pytest.mark.parametrize("edit", ["seq", "signature", "junk"])
def test_an_edited_or_foreign_checkpoint_is_refused(cli, tmp_path, capsys, edit):
    cp = checkpoint(cli, tmp_path)
    data = json.loads(cp.read_text())
    if edit == "seq":
        data["checkpoint"]["seq"] = 1
        cp.write_text(json.dumps(data))
    elif edit == "signature":
        data["signature"] = data["signature"][::-1]
        cp.write_text(json.dumps(data))
    else:
        cp.write_bytes(b"\x00not json")
    capsys.readouterr()
    assert cli("audit", "verify", "--against", str(cp)) == 4
    assert "ikke et gyldigt kontrolpunkt" in capsys.readouterr().err


def test_checkpoint_without_a_signing_identity_says_what_to_do(tmp_path, monkeypatch,
                                                                memory_keyring, capsys):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    base = ["--vault", str(tmp_path / "b"), "--passphrase-file", str(secret)]
    assert main([*base, "vault", "init"]) == 0
    capsys.readouterr()
    assert main([*base, "audit", "checkpoint", "-o", str(tmp_path / "kp.json")]) != 0
    assert not (tmp_path / "kp.json").exists()
    assert capsys.readouterr().err.startswith("stafet: ")
