"""The `.stafet` file itself: standard CMS that openssl opens, and nothing readable inside."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import records as r
from app.handover import bundle
from tests.fixtures_handover import (
    CHILD,
    ENTRY_TEXT,
    REVIEW_TEXT,
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
)


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = tmp_path_factory.mktemp("format")
    kirsten = make_laptop(root, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(root, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(kirsten, arne)
    case_id = start_case(kirsten, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    path = root / "til-arne.stafet"
    kirsten.handover.send(case_id, kirsten.contact("Arne Andersen"), path)
    yield kirsten, arne, path, kirsten.svc.case_uid(case_id)
    kirsten.vault.lock()
    arne.vault.lock()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_decrypts_and_verifies_a_bundle(sent, tmp_path):  # noqa: ANN001
    """What municipal IT does with the recipient's key: the README's two commands."""
    from app.people import encryption_identity, signing_identity

    kirsten, arne, path, uid = sent
    key, cert = encryption_identity(arne.vault)
    (tmp_path / "arne.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "arne.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    identity = signing_identity(kirsten.vault)
    root = identity.chain[-1] if identity.chain else identity.certificate
    (tmp_path / "kirsten-rod.crt").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    decrypt = [
        "openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", str(path),
        "-recip", str(tmp_path / "arne.crt"), "-inkey", str(tmp_path / "arne.key"),
        "-out", str(tmp_path / "signeret.der"),
    ]  # fmt: skip
    subprocess.run(decrypt, check=True, capture_output=True)
    verify = [
        "openssl", "cms", "-verify", "-binary", "-inform", "DER",
        "-in", str(tmp_path / "signeret.der"), "-CAfile", str(tmp_path / "kirsten-rod.crt"),
        "-purpose", "any", "-out", str(tmp_path / "indhold.json"),
    ]  # fmt: skip
    done = subprocess.run(verify, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Verification successful" in done.stderr
    payload = json.loads((tmp_path / "indhold.json").read_text("utf-8"))
    assert (payload["format"], payload["kind"], payload["case_uid"]) == (
        "stafet-handover",
        "bundle",
        uid,
    )
    assert payload["case"]["case"]["child"]["name"] == CHILD.name
    assert payload["sender"]["name"] == "Kirsten Petersen"
    assert payload["audit_head"]["seq"] > 0
    # A changed byte in the signed content: openssl refuses it as well.
    signed = bytearray((tmp_path / "signeret.der").read_bytes())
    at = bytes(signed).index(b"stafet-handover")
    signed[at] ^= 0x20
    (tmp_path / "signeret.der").write_bytes(bytes(signed))
    assert subprocess.run(verify, capture_output=True).returncode != 0


def test_no_personal_data_is_readable_in_the_file(sent):  # noqa: ANN001
    _kirsten, _arne, path, _uid = sent
    data = path.read_bytes()
    secrets = [
        CHILD.name, "Hans", "Hansen", CHILD.cpr, CHILD.cpr.replace("-", ""), "Lilly",
        ENTRY_TEXT[:20], REVIEW_TEXT[:20], "madpakke", "Kirsten", "Petersen", "Familiehuset",
        "stafet-case", "stafet-handover",
    ]  # fmt: skip
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in data, secret
    # In the clear is only the envelope: which certificate can open it (the recipient's
    # certificate issuer and serial number, RFC 5652 § 6.2.1), the algorithms and the ciphertext.
    # docs/handover.md says so: the issuer names the recipient's own local CA.
    from asn1crypto import cms

    from app.people import encryption_identity

    envelope = cms.ContentInfo.load(data)["content"]
    rid = envelope["recipient_infos"][0].chosen["rid"].chosen
    _key, arne_cert = encryption_identity(_arne.vault)
    assert rid["serial_number"].native == arne_cert.serial_number
    assert data.count(b"Arne") == rid["issuer"].dump().count(b"Arne")


def test_seal_and_open_round_trip_with_keys_made_here(tmp_path):  # noqa: ANN001
    """The format on its own (no vault): RSA or EC signer, RSA recipient; a stranger's key fails."""

    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    from app.handover.errors import HandoverError

    rsa_key = lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)  # noqa: E731
    recipient = _made("modtager", rsa_key())
    stranger = _made("fremmed", rsa_key())
    for signer in (
        _made("afsender", ec.generate_private_key(ec.SECP256R1())),
        _made("rsa", rsa_key()),
    ):
        payload = {"kind": "bundle", "tekst": "æøå " * 1000}
        data = bundle.seal(payload, signer[0], signer[1], recipient[1])
        opened = bundle.open_sealed(data, recipient[0], recipient[1])
        assert opened.payload == {"format": "stafet-handover", "version": 1, **payload}
        assert opened.signer == signer[1]
        with pytest.raises(HandoverError, match="en anden person"):
            bundle.open_sealed(data, stranger[0], stranger[1])


def _made(name: str, key):  # noqa: ANN001, ANN202
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=2))
        .sign(key, hashes.SHA256())
    )
    return key, cert


@pytest.fixture(scope="module")
def keys():  # noqa: ANN201
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    signer = _made("afsender", ec.generate_private_key(ec.SECP256R1()))
    recipient = _made("modtager", rsa.generate_private_key(public_exponent=65537, key_size=2048))
    return signer, recipient


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60)
@given(payload=st.dictionaries(st.text().filter(lambda k: k not in ("format", "version")), _JSON))
def test_any_json_payload_survives_seal_and_open(keys, payload):  # noqa: ANN001
    """Odd Unicode, line breaks (the Binary option keeps LF), nesting: what goes in comes out."""
    (s_key, s_cert), (r_key, r_cert) = keys
    opened = bundle.open_sealed(bundle.seal(payload, s_key, s_cert, r_cert), r_key, r_cert)
    assert opened.payload == {"format": "stafet-handover", "version": 1, **payload}
    assert opened.signer == s_cert
