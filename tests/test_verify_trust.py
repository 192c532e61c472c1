"""`stafet verify` answers three questions apart: unchanged, trusted signer, valid certificate.

Every PDF here is built and signed by the app itself (real reportlab + pyHanko); the forgeries
are what anyone can make: a CA of their own that issues a certificate named "Olga Jensen".
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest
from cryptography.hazmat.primitives import serialization

from app.cli import main
from app.reports import identity, signing
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.reports.template import SignaturePlace
from app.reports.trust import KnownSigner, TrustAnchors, TrustedRoot, gather_trust_anchors
from app.reports.verify import Outcome, verify_pdf
from tests.fixtures_reports import hansen_case, pdfsig

OPTIONS = BuildOptions(printed_on=date(2026, 3, 1), author="Olga Jensen")
HEAD = signing.AuditHead(seq=42, chain="89abcdef01234567" * 4)
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _signed(ident: identity.SigningIdentity, form: Form = Form.CONSENT) -> bytes:
    place = SignaturePlace()
    pdf = build_document(hansen_case(), form, OPTIONS).to_pdf(signature=place)
    return signing.sign_pdf(pdf, ident, place, audit_head=HEAD)


def _identity_under(
    ca_key, ca_cert, name: str = "Olga Jensen", *, issued: dt.datetime = NOW, days: int = 365
) -> identity.SigningIdentity:  # noqa: ANN001
    key, cert = identity.issue_personal(
        ca_key, ca_cert, name=name, role="sagsbehandler", organisation="Kommunen",
        now=issued, days=days,
    )
    return identity.SigningIdentity(
        name=name, role="sagsbehandler", organisation="Kommunen", kind="imported",
        key=key, certificate=cert, chain=(ca_cert,),
    )


@pytest.fixture
def olga(vault) -> identity.SigningIdentity:  # noqa: ANN001
    """The real Olga: her vault made the local CA and trusts it."""
    return identity.create_local_identity(
        vault, name="Olga Jensen", role="sagsbehandler", organisation="Kommunen"
    )


@pytest.fixture
def forged() -> bytes:
    """Anyone's own CA, issuing a certificate that says "Olga Jensen"."""
    ca_key, ca_cert = identity.make_local_ca("Olga Jensen", "Kommunen")
    return _signed(_identity_under(ca_key, ca_cert))


def test_a_forged_olga_jensen_is_not_in_order_even_with_her_own_vaults_roots(vault, olga, forged):
    verdict = verify_pdf(forged, gather_trust_anchors(vault))
    assert verdict.unchanged  # the bytes are as the forger signed them
    assert not verdict.trusted and verdict.outcome is Outcome.UNTRUSTED and not verdict.ok
    first = verdict.lines()[0]
    assert "IKKE i orden" in first and "Underskriveren: IKKE betroet" in first
    assert "Dokumentet: uændret" in first
    assert "Underskrevet af: Olga Jensen (sagsbehandler, Kommunen) – navnet er ikke bekræftet" in (
        verdict.lines()
    )


def test_the_real_signature_is_in_order_only_against_a_trusted_root(vault, olga):
    real = _signed(olga)
    trusted = verify_pdf(real, gather_trust_anchors(vault))
    assert trusted.ok and trusted.outcome is Outcome.OK
    first = trusted.lines()[0]
    assert first.startswith("Underskriften er i orden.")
    assert "Underskriveren: betroet" in first and "Certifikatet: gyldigt ved underskriften" in first
    assert any("kæder til roden „Stafet lokal CA – Olga Jensen“ (fra boksen)" in line
               for line in trusted.lines())
    nothing = verify_pdf(real)  # the school without a vault and without a root: not confirmed
    assert not nothing.ok and nothing.outcome is Outcome.UNTRUSTED
    assert any("--trust-root" in line for line in nothing.lines())


def test_an_audit_anchor_is_only_a_claim_until_the_signer_is_trusted(vault, olga, forged):
    claim = verify_pdf(forged, gather_trust_anchors(vault)).lines()
    assert any("nr. 42" in line for line in claim)
    assert any("kun en påstand" in line for line in claim)
    proven = verify_pdf(_signed(olga), gather_trust_anchors(vault)).lines()
    assert any("nr. 42" in line for line in proven)
    assert not any("påstand" in line for line in proven)


def test_an_expired_certificate_is_not_in_order_even_under_a_trusted_root():
    ca_key, ca_cert = identity.make_local_ca("Kommunens CA", "Kommunen", now=NOW - dt.timedelta(
        days=800))
    old = _identity_under(ca_key, ca_cert, issued=NOW - dt.timedelta(days=400), days=30)
    verdict = verify_pdf(_signed(old), TrustAnchors(roots=(TrustedRoot(ca_cert, "test"),)))
    assert verdict.unchanged and verdict.trusted  # the chain is fine, the time is not
    assert verdict.outcome is Outcome.CERT_NOT_VALID and not verdict.ok
    assert "Certifikatet: IKKE gyldigt ved underskriften" in verdict.lines()[0]
    assert any("var udløbet, da der blev underskrevet" in line for line in verdict.lines())


def test_a_not_yet_valid_certificate_is_not_in_order():
    ca_key, ca_cert = identity.make_local_ca("Kommunens CA", "Kommunen")
    early = _identity_under(ca_key, ca_cert, issued=NOW + dt.timedelta(days=10))
    verdict = verify_pdf(_signed(early), TrustAnchors(roots=(TrustedRoot(ca_cert, "test"),)))
    assert verdict.unchanged and verdict.trusted
    assert verdict.outcome is Outcome.CERT_NOT_VALID
    assert any("endnu ikke gyldigt" in line for line in verdict.lines())


def test_a_verified_contacts_own_certificate_is_trusted_an_unverified_one_is_not():
    ca_key, ca_cert = identity.make_local_ca("Arne Andersen", "Skolen")
    arne = _identity_under(ca_key, ca_cert, name="Arne Andersen")
    pdf = _signed(arne)
    verified = TrustAnchors(signers=(KnownSigner("Arne Andersen", arne.certificate, True),))
    assert verify_pdf(pdf, verified).ok
    assert any("kontrolleret fingeraftryk: Arne Andersen" in line
               for line in verify_pdf(pdf, verified).lines())
    unverified = TrustAnchors(signers=(KnownSigner("Arne Andersen", arne.certificate, False),))
    verdict = verify_pdf(pdf, unverified)
    assert verdict.outcome is Outcome.UNTRUSTED
    assert any("fingeraftrykket er ikke kontrolleret" in line for line in verdict.lines())
    # a verified contact vouches for its own certificate, not for another one with its name
    other_key, other_ca = identity.make_local_ca("Arne Andersen", "Skolen")
    forged = _signed(_identity_under(other_key, other_ca, name="Arne Andersen"))
    assert verify_pdf(forged, verified).outcome is Outcome.UNTRUSTED


def test_a_tampered_file_is_changed_whatever_is_trusted(vault, olga):
    data = _signed(olga)
    at = data.index(b"/StafetAuditSeq")
    tampered = data[:at] + b"/StafetAuditSer" + data[at + len(b"/StafetAuditSeq"):]
    verdict = verify_pdf(tampered, gather_trust_anchors(vault))
    assert verdict.outcome is Outcome.CHANGED and not verdict.ok
    assert "Dokumentet: ÆNDRET" in verdict.lines()[0]


def test_poppler_still_accepts_what_the_app_signs(olga, tmp_path):
    path = tmp_path / "samtykke.pdf"
    path.write_bytes(_signed(olga))
    report = pdfsig(path)
    assert "Signature is Valid." in report and "Total document signed" in report


# -- the command line: one exit code per answer ---------------------------------------------------


def _run(capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_exit_codes_separate_the_three_questions(tmp_path, capsys):
    ca_key, ca_cert = identity.make_local_ca("Kommunens CA", "Kommunen", now=NOW - dt.timedelta(
        days=800))
    root = tmp_path / "kommunen.pem"
    root.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    good = tmp_path / "god.pdf"
    good.write_bytes(_signed(_identity_under(ca_key, ca_cert)))
    expired = tmp_path / "udloebet.pdf"
    expired.write_bytes(
        _signed(_identity_under(ca_key, ca_cert, issued=NOW - dt.timedelta(days=400), days=30))
    )
    forger_key, forger_ca = identity.make_local_ca("Olga Jensen", "Kommunen")
    forged = tmp_path / "falsk.pdf"
    forged.write_bytes(_signed(_identity_under(forger_key, forger_ca)))
    changed = tmp_path / "aendret.pdf"
    data = good.read_bytes()
    at = data.index(b"/StafetAuditSeq")
    changed.write_bytes(data[:at] + b"/StafetAuditSer" + data[at + 15:])

    code, out, _ = _run(capsys, "verify", str(good), "--trust-root", str(root))
    assert code == 0 and out.startswith("Underskriften er i orden.")
    code, out, _ = _run(capsys, "verify", str(forged), "--trust-root", str(root))
    assert code == 3 and out.startswith("Underskriften er IKKE i orden.")
    code, out, _ = _run(capsys, "verify", str(good))  # no root at all: not confirmed
    assert code == 3 and "IKKE betroet" in out.splitlines()[0]
    code, out, _ = _run(capsys, "verify", str(expired), "--trust-root", str(root))
    assert code == 4 and "IKKE gyldigt ved underskriften" in out.splitlines()[0]
    code, out, err = _run(capsys, "verify", str(changed), "--trust-root", str(root))
    assert code == 1 and "ÆNDRET" in out.splitlines()[0] and "Traceback" not in err


# -- the address book (app.people): a contact whose fingerprint was checked -----------------------


def _signed_in_own_vault(tmp_path, who) -> tuple[bytes, object]:  # noqa: ANN001
    """A PDF signed in that person's own vault, and the card they hand out."""
    from app.people import my_card, signing_identity
    from tests.fixtures_people import new_person_vault
    from tests.fixtures_vault import MemoryKeyring

    their_vault = new_person_vault(tmp_path / "deres-boks", who, MemoryKeyring())
    try:
        return _signed(signing_identity(their_vault)), my_card(their_vault)
    finally:
        their_vault.lock()


def test_a_contact_is_trusted_once_verified_and_never_when_unverified_or_revoked(me, tmp_path):
    from app.people import ContactBook
    from tests.fixtures_people import ARNE

    pdf, card = _signed_in_own_vault(tmp_path, ARNE)
    book = ContactBook(me)
    contact = book.add(card)

    unverified = verify_pdf(pdf, gather_trust_anchors(me))
    assert unverified.outcome is Outcome.UNTRUSTED and not unverified.ok
    assert any(
        f"tilhører kontakten {ARNE.name}, men fingeraftrykket er ikke kontrolleret" in line
        for line in unverified.lines()
    )

    book.mark_verified(contact.id)
    verified = verify_pdf(pdf, gather_trust_anchors(me))
    assert verified.ok and verified.outcome is Outcome.OK
    assert any(f"kontrolleret fingeraftryk: {ARNE.name}" in line for line in verified.lines())

    # someone else's CA issuing Arne's name is not Arne, however verified Arne is
    forger_key, forger_ca = identity.make_local_ca(ARNE.name, ARNE.organisation)
    forged = _signed(_identity_under(forger_key, forger_ca, name=ARNE.name))
    assert verify_pdf(forged, gather_trust_anchors(me)).outcome is Outcome.UNTRUSTED

    book.revoke(contact.id)
    assert verify_pdf(pdf, gather_trust_anchors(me)).outcome is Outcome.UNTRUSTED


def test_cli_verify_with_the_vault_trusts_a_verified_contact(
    me, vault_dir, passphrase, memory_keyring, tmp_path, monkeypatch, capsys
):  # noqa: ANN001
    from app.cli import common
    from app.people import ContactBook
    from tests.fixtures_people import ARNE

    pdf, card = _signed_in_own_vault(tmp_path, ARNE)
    path = tmp_path / "fra-arne.pdf"
    path.write_bytes(pdf)
    book = ContactBook(me)
    contact = book.add(card)
    me.lock()
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    prefix = ["--vault", str(vault_dir), "--passphrase-file", str(secret)]

    code, out, _ = _run(capsys, *prefix, "verify", str(path))
    assert code == 3 and "fingeraftrykket er ikke kontrolleret" in out
    from app.vault import Vault

    again = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    ContactBook(again).mark_verified(contact.id)
    again.lock()
    code, out, _ = _run(capsys, *prefix, "verify", str(path))
    assert code == 0 and out.startswith("Underskriften er i orden.")
