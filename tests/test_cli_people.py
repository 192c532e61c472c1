"""`stafet profile …` and `stafet contact …` end to end; the audit actor on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import common, main
from app.vault import KdfParams, Vault
from tests.fixtures_vault import FAST_KDF

REPO = Path(__file__).resolve().parent.parent
SECRET = "min gode lange frase"


@pytest.fixture
def stafet(tmp_path, monkeypatch, memory_keyring):
    """`stafet` in-process; `stafet(folder, *args)` runs one command on the vault in `folder`."""
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")

    def run(folder: str, *args: str) -> int:
        return main(["--vault", str(tmp_path / folder), "--passphrase-file", str(secret), *args])

    run.open = lambda folder: Vault.unlock(  # type: ignore[attr-defined]
        tmp_path / folder, SECRET, device_secrets=memory_keyring
    )
    return run


def _profile(stafet, folder: str, name: str, role: str, organisation: str) -> None:
    assert stafet(folder, "vault", "init") == 0
    assert (
        stafet(folder, "profile", "set", "--name", name, "--role", role,
               "--organisation", organisation, "--contact", "12 34 56 78")
        == 0
    )  # fmt: skip


def test_profile_set_and_show(stafet, capsys):
    _profile(stafet, "k", "Kirsten Testesen", "Sagsbehandler", "Testby Kommune")
    capsys.readouterr()
    assert stafet("k", "profile", "show") == 0
    out = capsys.readouterr().out
    assert "Navn: Kirsten Testesen" in out and "Arbejdsplads: Testby Kommune" in out


def test_profile_show_and_contact_export_without_a_profile_say_what_to_do(stafet, capsys, tmp_path):
    assert stafet("k", "vault", "init") == 0
    capsys.readouterr()
    assert stafet("k", "profile", "show") == 2
    assert "stafet profile set --name" in capsys.readouterr().err
    assert stafet("k", "contact", "export", "-o", str(tmp_path / "kort")) == 2
    assert "stafet profile set --name" in capsys.readouterr().err
    assert not (tmp_path / "kort").exists()


def test_cards_travel_both_ways_and_both_sides_read_the_same_fingerprint(stafet, capsys, tmp_path):
    _profile(stafet, "k", "Kirsten Testesen", "Sagsbehandler", "Testby Kommune")
    _profile(stafet, "a", "Arne Prøvesen", "Lærer", "Prøveskolen")
    capsys.readouterr()
    card = tmp_path / "arne.stafetkort"
    assert stafet("a", "contact", "export", "-o", str(card)) == 0
    exported = capsys.readouterr().out
    spoken = exported.split("Fingeraftryk: ")[1].strip()
    assert stafet("k", "contact", "import", str(card)) == 0
    imported = capsys.readouterr().out
    assert f"Fingeraftryk: {spoken}" in imported and "Arne Prøvesen" in imported
    assert stafet("a", "profile", "show") == 0
    assert f"Fingeraftryk: {spoken}" in capsys.readouterr().out
    assert stafet("k", "contact", "list") == 0
    assert "ikke kontrolleret" in capsys.readouterr().out
    assert stafet("k", "contact", "verify", "arne prøvesen") == 0
    capsys.readouterr()
    assert stafet("k", "contact", "list") == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t")[1:] == [
        "Arne Prøvesen", "Lærer", "Prøveskolen", "kontrolleret", spoken
    ]  # fmt: skip
    assert stafet("k", "contact", "revoke", "1") == 0
    assert stafet("k", "contact", "verify", "Arne Prøvesen") == 2
    assert "spærret" in capsys.readouterr().err


def test_a_junk_or_tampered_card_is_refused_and_nothing_is_written(stafet, capsys, tmp_path):
    _profile(stafet, "k", "Kirsten Testesen", "Sagsbehandler", "Testby Kommune")
    _profile(stafet, "a", "Arne Prøvesen", "Lærer", "Prøveskolen")
    card = tmp_path / "arne.stafetkort"
    assert stafet("a", "contact", "export", "-o", str(card)) == 0
    tampered = tmp_path / "tampered.stafetkort"
    data = json.loads(card.read_text(encoding="utf-8"))
    data["name"] = "Kirsten Testesen"
    tampered.write_text(json.dumps(data), encoding="utf-8")
    junk = tmp_path / "junk.stafetkort"
    junk.write_bytes(b"\x00\xffikke et kort")
    vault = stafet.open("k")
    head = vault.audit.head()
    vault.lock()
    capsys.readouterr()
    for bad in (tampered, junk, tmp_path / "findes-ikke"):
        assert stafet("k", "contact", "import", str(bad)) == 2
        err = capsys.readouterr().err
        assert err.startswith("stafet: ") and "Traceback" not in err
    vault = stafet.open("k")
    try:
        from app.people import ContactBook

        assert ContactBook(vault).list() == []
        rows = [e.action for e in vault.audit.entries() if e.seq > head[0]]
        assert rows == ["vault.unlock"]  # only this check's own unlock
    finally:
        vault.lock()


def test_a_real_process_logs_the_profile_not_logname(tmp_path, _isolated_paths):
    """`LOGNAME="Arne Andersen" stafet case export …` is logged under the vault's profile."""
    env = {**os.environ, "HOME": str(_isolated_paths), "PYTHONPATH": str(REPO)}
    env.pop("STAFET_VAULT", None)
    env.update(LOGNAME="Arne Andersen", USER="Arne Andersen", USERNAME="Arne Andersen")
    secret = tmp_path / "frase.txt"
    secret.write_text(SECRET + "\n")
    base = [sys.executable, "-m", "app", "--vault", str(tmp_path / "boks"),
            "--passphrase-file", str(secret)]  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [*base, *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return done

    run("vault", "init")
    run("profile", "set", "--name", "Kirsten Testesen", "--role", "Sagsbehandler",
        "--organisation", "Testby Kommune")  # fmt: skip
    case_id = run("demo").stdout.split("\t")[0]
    out = tmp_path / "sag.json"
    export = [*("case", "export", case_id), *(["--plaintext"] if _has_plaintext_flag() else [])]
    run(*export, "-o", str(out))
    uid = json.loads(out.read_text(encoding="utf-8"))["case"]["uid"]
    rows = json.loads(run("audit", "extract", uid).stdout)
    assert rows and {r["actor"] for r in rows} == {"Kirsten Testesen"}
    assert any(r["action"].endswith("export") for r in rows)


def _has_plaintext_flag() -> bool:
    """`case export` gains --plaintext with the handover work; this test runs before and after."""
    from app.cli import build_parser

    try:
        build_parser().parse_args(["case", "export", "1", "--plaintext", "-o", "x"])
    except SystemExit:
        return False
    return True


def test_an_encryption_key_is_imported_from_pkcs12_and_the_card_carries_it(
    stafet, capsys, tmp_path
):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.people import card_from_bytes
    from app.people.encryption import issue_encryption_certificate

    _profile(stafet, "k", "Kirsten Testesen", "Sagsbehandler", "Testby Kommune")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = issue_encryption_certificate(
        key, name="Kirsten Testesen", role="", organisation="Testby Kommune", issuer=None
    )
    p12 = tmp_path / "kommunen.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"k", key, cert, None, serialization.BestAvailableEncryption(b"hemmelig")
        )
    )
    password = tmp_path / "p12.txt"
    password.write_text("forkert\n", encoding="utf-8")
    args = ("profile", "import-encryption-key", str(p12), "--p12-passphrase-file", str(password))
    assert stafet("k", *args) == 2
    assert "PKCS#12" in capsys.readouterr().err
    password.write_text("hemmelig\n", encoding="utf-8")
    assert stafet("k", *args) == 0
    card = tmp_path / "k.stafetkort"
    assert stafet("k", "contact", "export", "-o", str(card)) == 0
    assert card_from_bytes(card.read_bytes()).encryption_cert == cert
