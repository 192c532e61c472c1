"""Signing identity in the vault, PAdES signatures, and verification by pyHanko and poppler."""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from datetime import date

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from app.reports import identity, signing
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.reports.template import SignaturePlace
from app.reports.trust import TrustAnchors, TrustedRoot, gather_trust_anchors
from app.reports.verify import NOT_INTACT, NOT_WHOLE_FILE, verify_pdf
from tests.fixtures_reports import hansen_case, pdf_pages, pdf_text, pdfsig

OPTIONS = BuildOptions(printed_on=date(2008, 1, 20), author="Kirsten Petersen")
HEAD = signing.AuditHead(seq=17, chain="0123456789abcdef" * 4)


@pytest.fixture
def signer(vault) -> identity.SigningIdentity:  # noqa: ANN001 - app.vault.Vault
    return identity.create_local_identity(
        vault, name="Kirsten Petersen", role="leder", organisation="Familiehuset Ærø"
    )


def signed(signer: identity.SigningIdentity, form: Form = Form.STAFETLOG) -> bytes:
    place = SignaturePlace()
    pdf = build_document(hansen_case(), form, OPTIONS).to_pdf(signature=place)
    return signing.sign_pdf(pdf, signer, place, audit_head=HEAD)


@pytest.fixture
def signed_pdf(signer, tmp_path):
    path = tmp_path / "stafetlog.pdf"
    path.write_bytes(signed(signer))
    return path


def test_local_identity_is_a_personal_certificate_under_a_local_ca(vault, signer):
    cert = signer.certificate
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment  # non-repudiation
    assert not usage.key_cert_sign
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    assert cert.not_valid_after_utc - cert.not_valid_before_utc <= dt.timedelta(days=3 * 365 + 1)
    (ca,) = signer.chain
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    assert cert.issuer == ca.subject and cert.subject != ca.subject
    assert identity.trust_roots(vault) == [ca]


def test_identity_lives_only_in_the_vault(vault, vault_dir, signer, tmp_path):
    again = identity.load_identity(vault)
    assert again.certificate == signer.certificate
    assert again.key.private_numbers() == signer.key.private_numbers()
    stray = [p for p in tmp_path.rglob("*") if p.is_file() and vault_dir not in p.parents]
    assert stray == []  # no key or certificate file beside the vault


def test_signing_uses_no_temp_files(signer, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a temp file was requested")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    assert verify_pdf(signed(signer)).unchanged


def test_missing_identity_says_how_to_make_one(vault):
    with pytest.raises(identity.SigningError, match="signing-identity create"):
        identity.load_identity(vault)


def _employee_p12(passphrase: bytes, *, ca_as_leaf: bool = False) -> bytes:
    ca_key, ca_cert = identity.make_local_ca("Kommunens CA", "Kommunen")
    if ca_as_leaf:
        key, cert = ca_key, ca_cert
    else:
        key, cert = identity.issue_personal(
            ca_key,
            ca_cert,
            name="Arne Åge Andersen",
            role="sagsbehandler",
            organisation="Børn og Familie",
        )
    return pkcs12.serialize_key_and_certificates(
        b"arne", key, cert, [ca_cert], serialization.BestAvailableEncryption(passphrase)
    )


def test_import_pkcs12_with_its_passphrase(vault):
    made = identity.import_pkcs12(vault, _employee_p12(b"hemmelig"), b"hemmelig")
    assert (made.name, made.role, made.organisation) == (
        "Arne Åge Andersen",
        "sagsbehandler",
        "Børn og Familie",
    )
    assert identity.load_identity(vault).certificate == made.certificate
    assert verify_pdf(signed(made)).unchanged


def test_import_refuses_a_wrong_passphrase_and_a_ca_certificate(vault):
    with pytest.raises(identity.SigningError, match="adgangskoden er forkert"):
        identity.import_pkcs12(vault, _employee_p12(b"hemmelig"), b"forkert")
    with pytest.raises(identity.SigningError, match="CA-certifikat"):
        identity.import_pkcs12(vault, _employee_p12(b"x", ca_as_leaf=True), b"x")
    assert not identity.has_identity(vault)  # nothing half-stored


def test_untouched_file_passes_pyhanko_and_pdfsig(vault, signed_pdf):
    verdict = verify_pdf(signed_pdf.read_bytes(), gather_trust_anchors(vault))
    assert verdict.ok and verdict.trusted
    (sig,) = verdict.signatures
    assert sig.signer == "Kirsten Petersen" and sig.signer_details == "leder, Familiehuset Ærø"
    assert sig.covers_whole_file and sig.unchanged_after
    assert sig.signed_at is not None
    when = r"Tidspunkt: \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d \(ifølge underskriverens ur\)"
    assert any(re.fullmatch(when, line) for line in verdict.lines())
    report = pdfsig(signed_pdf)
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report


def test_trust_is_reported_separately_from_integrity(signed_pdf):
    unchecked = verify_pdf(signed_pdf.read_bytes())
    assert unchecked.unchanged and not unchecked.trusted and not unchecked.ok
    assert "Underskriveren: IKKE betroet" in unchecked.lines()[0]
    _key, other_root = identity.make_local_ca("Fremmed", "Et andet sted")
    stranger = verify_pdf(signed_pdf.read_bytes(), TrustAnchors((TrustedRoot(other_root, "fil"),)))
    assert stranger.unchanged and not stranger.trusted


def test_a_changed_byte_in_the_signed_range_fails_both_validators(vault, signed_pdf, tmp_path):
    data = signed_pdf.read_bytes()
    at = data.index(b"Stafetlog")  # the document title in the info dictionary: signed bytes
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(data[:at] + b"X" + data[at + 1 :])
    verdict = verify_pdf(tampered.read_bytes(), gather_trust_anchors(vault))
    assert not verdict.ok and NOT_INTACT in verdict.signatures[0].problems
    report = pdfsig(tampered)
    assert "Signature is Valid." not in report and "Digest Mismatch" in report


def test_an_update_appended_after_signing_fails(vault, signed_pdf, tmp_path):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.getvalue())
    verdict = verify_pdf(changed.read_bytes(), gather_trust_anchors(vault))
    assert not verdict.ok
    (sig,) = verdict.signatures
    assert not sig.covers_whole_file and not sig.unchanged_after
    assert NOT_WHOLE_FILE in sig.problems
    report = pdfsig(changed)
    # poppler still calls the signed bytes valid, but says they are not the whole document
    assert "Not total document signed" in report and "Total document signed" not in report


def test_unsigned_and_damaged_files_are_refused_clearly():
    plain = build_document(hansen_case(), Form.CONSENT, OPTIONS).to_pdf()
    assert verify_pdf(plain).problems == ("Filen har ingen digital underskrift.",)
    assert not verify_pdf(b"%PDF-1.4 noget helt andet").ok
    assert not verify_pdf(b"").ok


def test_visible_signature_box_is_on_the_last_page_in_the_embedded_font(signer, tmp_path):
    data = signed(signer)
    reader = PdfFileReader(io.BytesIO(data))
    (embedded,) = reader.embedded_signatures
    kids = reader.root["/Pages"]["/Kids"]
    assert embedded.sig_field.raw_get("/P").idnum == kids.raw_get(len(kids) - 1).idnum
    last_text = pdf_text(data).split("\f")[pdf_pages(data) - 1]
    flat = " ".join(last_text.split())
    assert "Digitalt underskrevet af Kirsten Petersen" in flat  # words, not spread letters
    assert "leder, Familiehuset Ærø" in flat and "Revisionsspor nr. 17" in flat
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    from tests.fixtures_reports import pdf_fonts

    assert all(emb == "yes" and "DejaVuSans" in name for name, _t, emb in pdf_fonts(path))


def test_signed_family_plan_stays_one_page(signer):
    assert pdf_pages(signed(signer, Form.FAMILY_PLAN)) == 1


def test_signed_network_map_keeps_the_box_beside_the_picture(signer):
    pdf = signed(signer, Form.NETWORK_MAP)
    assert pdf_pages(pdf) == 2
    assert "Digitalt underskrevet af" in pdf_text(pdf).split("\f")[1]


def test_audit_head_is_carried_inside_the_signed_revision(signed_pdf):
    verdict = verify_pdf(signed_pdf.read_bytes())
    assert verdict.audit_head == HEAD
    assert any(HEAD.chain in line for line in verdict.lines())


def test_timestamp_server_failure_stops_signing_with_a_clear_message(signer):
    place = SignaturePlace()
    pdf = build_document(hansen_case(), Form.CONSENT, OPTIONS).to_pdf(signature=place)
    with pytest.raises(identity.SigningError, match="Tidsstemplingsserveren"):
        signing.sign_pdf(pdf, signer, place, timestamp_url="http://127.0.0.1:9/tsa")
