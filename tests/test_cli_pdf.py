"""`stafet pdf`, `stafet signing-identity` and `stafet verify` as an IT person would run them."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from app.cli import main
from app.models.interchange import to_json
from app.models.service import CaseService
from app.reports import identity
from tests.fixtures_reports import hansen_case, pdf_pages, pdf_text


@pytest.fixture
def cli(vault, vault_dir, passphrase, tmp_path, monkeypatch, memory_keyring, capsys):  # noqa: ANN001
    """Runs `stafet --vault … --passphrase-file … ARGS`; returns (exit code, stdout, stderr)."""
    from app.cli import common

    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    case = hansen_case()
    consent = case.consents[0]
    consent.signed_on = date.today() - timedelta(days=30)  # a consent in force today
    consent.valid_until = date.today() + timedelta(days=300)
    CaseService(vault).import_case(to_json(case))
    vault.lock()
    secret = tmp_path / "frase.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")

    def run(*args: str, with_vault: bool = True) -> tuple[int, str, str]:
        prefix = ["--vault", str(vault_dir), "--passphrase-file", str(secret)] if with_vault else []
        code = main([*prefix, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_pdf_command_writes_the_family_plan(cli, tmp_path):
    out = tmp_path / "plan.pdf"
    code, stdout, _err = cli("pdf", "1", "--form", "family-plan", "-o", str(out))
    assert code == 0 and "Skrev" in stdout and "ikke underskrevet" in stdout
    assert pdf_pages(out.read_bytes()) == 1 and "Vores plan for Hans" in pdf_text(out)


def test_sign_then_verify_with_and_without_the_vault(cli, tmp_path):
    code, stdout, _ = cli(
        "signing-identity",
        "create",
        "--name",
        "Olga Jensen",
        "--role",
        "stuepædagog",
        "--organisation",
        "Børnehaven Solsikken",
    )
    assert code == 0 and "Olga Jensen" in stdout
    assert re.search(r"gyldig til \d\d\.\d\d\.\d{4}\)", stdout)  # dd.mm.yyyy
    out = tmp_path / "log.pdf"
    code, stdout, _ = cli(
        "pdf", "1", "--form", "stafetlog", "--for", "skole:Børnehaven Solsikken", "--sign",
        "-o", str(out),
    )
    assert code == 0 and "(underskrevet)" in stdout

    code, stdout, _ = cli("verify", str(out), with_vault=False)
    assert code == 3  # nothing trusted without the vault or a root: the name is not confirmed
    assert "Underskrevet af: Olga Jensen (stuepædagog, Børnehaven Solsikken)" in stdout
    assert "Underskriveren: IKKE betroet" in stdout.splitlines()[0]
    assert "Revisionsspor ved underskrift: nr." in stdout and "kun en påstand" in stdout

    code, stdout, _ = cli("verify", str(out))
    assert code == 0 and "Betroet: ja, kæder til roden" in stdout
    assert "påstand" not in stdout

    _key, stranger = identity.make_local_ca("Fremmed", "Et andet sted")
    pem = tmp_path / "fremmed.pem"
    pem.write_bytes(stranger.public_bytes(serialization.Encoding.PEM))
    code, stdout, _ = cli("verify", str(out), "--trust-root", str(pem), with_vault=False)
    assert code == 3 and "Betroet: nej" in stdout
    der = tmp_path / "fremmed.der"
    der.write_bytes(stranger.public_bytes(serialization.Encoding.DER))
    code, stdout, _ = cli("verify", str(out), "--trust-root", str(der), with_vault=False)
    assert code == 3 and "Betroet: nej" in stdout
    code, _stdout, err = cli("verify", str(out), "--trust-root", str(out), with_vault=False)
    assert code != 0 and "ikke et certifikat" in err and "Traceback" not in err

    data = out.read_bytes()
    at = data.index(b"Stafetlog")
    out.write_bytes(data[:at] + b"Z" + data[at + 1 :])
    code, stdout, err = cli("verify", str(out), with_vault=False)
    assert code == 1 and "IKKE i orden" in stdout and "Traceback" not in err


def test_sharing_outside_the_consent_is_refused_without_a_traceback(cli, tmp_path):
    out = tmp_path / "log.pdf"
    code, _out, err = cli(
        "pdf", "1", "--form", "stafetlog", "--for", "laege:Lægehuset Nord", "-o", str(out)
    )
    assert code == 5 and "omfatter ikke" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("party", ["skole", "andre"])
def test_the_old_for_kind_form_is_refused_and_asks_for_the_name(cli, tmp_path, party):
    out = tmp_path / "log.pdf"
    code, _out, err = cli("pdf", "1", "--form", "stafetlog", "--for", party, "-o", str(out))
    assert code == 5 and "skriv også modtagerens navn" in err and f'--for "{party}:Navn"' in err
    assert "Traceback" not in err and not out.exists()


def test_import_a_pkcs12_identity_from_the_command_line(cli, tmp_path):
    ca_key, ca_cert = identity.make_local_ca("Kommunens CA", "Kommunen")
    key, cert = identity.issue_personal(
        ca_key, ca_cert, name="Arne Andersen", role="sagsbehandler", organisation="Kommunen"
    )
    p12 = tmp_path / "arne.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"arne", key, cert, [ca_cert], serialization.BestAvailableEncryption(b"p12-kode")
        )
    )
    secret = tmp_path / "p12.txt"
    secret.write_text("p12-kode\n", encoding="utf-8")
    code, stdout, _ = cli(
        "signing-identity", "import", str(p12), "--p12-passphrase-file", str(secret)
    )
    assert code == 0 and "Arne Andersen" in stdout
    root = tmp_path / "ca.pem"
    root.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    assert cli("signing-identity", "trust", str(root))[0] == 0
    code, stdout, _ = cli("signing-identity", "show")
    assert code == 0 and "Kommunens CA" in stdout

    wrong = tmp_path / "forkert.txt"
    wrong.write_text("forkert\n", encoding="utf-8")
    code, _out, err = cli(
        "signing-identity", "import", str(p12), "--p12-passphrase-file", str(wrong)
    )
    assert code != 0 and "adgangskoden er forkert" in err


def test_unknown_case_and_unknown_meeting_are_clear_errors(cli, tmp_path):
    out = str(tmp_path / "x.pdf")
    code, _o, err = cli("pdf", "99", "--form", "stafetlog", "-o", out)
    assert code != 0 and "99" in err and "Traceback" not in err
    code, _o, err = cli("pdf", "1", "--form", "minutes", "--meeting", "9", "-o", out)
    assert code != 0 and "fra 1 til 2" in err


def test_verify_a_file_that_is_not_there(cli, tmp_path):
    code, _o, err = cli("verify", str(tmp_path / "findes-ikke.pdf"), with_vault=False)
    assert code != 0 and "kan ikke læses" in err


def test_the_command_line_offers_every_document_the_catalogue_builds() -> None:
    # The CLI keeps its own list so that building the parser does not load reportlab.
    from app.cli.pdf_commands import FORMS
    from app.reports.catalog import Form

    assert sorted(FORMS) == sorted(f.value for f in Form)
