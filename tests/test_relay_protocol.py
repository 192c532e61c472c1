"""The relay's shared protocol: detached push signatures and the envelope's recipients.

Certificates are made with `cryptography` here (synthetic names); the handover's real sealing
(`PKCS7EnvelopeBuilder`, as app.handover.bundle does it) makes the envelopes.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st

from app import relay_protocol as rp


def _cert(key, name: str, *, issuer: tuple | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    signer_key, issuer_name = (key, subject) if issuer is None else (issuer[0], issuer[1].subject)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(signer_key, hashes.SHA256())
    )


def _signer(name: str):
    key = ec.generate_private_key(ec.SECP256R1())
    return key, _cert(key, name)


ALICE = _signer("Test Person A")
BOB = _signer("Test Person B")
_CA_KEY = ec.generate_private_key(ec.SECP256R1())
_CA = _cert(_CA_KEY, "Test CA")
# Encryption certificates: some self-signed, some from one CA (same issuer, other serials).
RECIPIENTS = []
for i in range(5):
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    RECIPIENTS.append((k, _cert(k, f"Modtager {i}", issuer=(_CA_KEY, _CA) if i % 2 else None)))


def _seal(content: bytes, certs: list[x509.Certificate]) -> bytes:
    builder = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(content)
        .set_content_encryption_algorithm(algorithms.AES256)
    )
    for cert in certs:
        builder = builder.add_recipient(cert)
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def test_fingerprint_and_id_are_sha256_hex() -> None:
    cert = ALICE[1]
    der = cert.public_bytes(serialization.Encoding.DER)
    assert rp.cert_fingerprint(cert) == hashlib.sha256(der).hexdigest()
    assert rp.bundle_id(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_paths_and_codes() -> None:
    assert rp.bundle_path("ab") == "/v1/bundles/ab"
    assert rp.ack_path("ab") == "/v1/bundles/ab/ack"
    assert rp.STATUS[rp.UNKNOWN_RECIPIENT] == 422 and rp.STATUS[rp.RATE_LIMITED] == 429


@given(body=st.binary(max_size=2048))
def test_detached_signature_round_trip(body: bytes) -> None:
    signature = rp.detached_signature(body, *ALICE)
    assert rp.verify_detached(body, signature) == ALICE[1]


def test_rsa_signer_verifies_too() -> None:
    key, cert = RECIPIENTS[0]
    assert rp.verify_detached(b"x" * 100, rp.detached_signature(b"x" * 100, key, cert)) == cert


_BODY = bytes(range(256)) * 4
_SIGNATURE = rp.detached_signature(_BODY, *ALICE)


@given(position=st.integers(0, len(_BODY) - 1), flip=st.integers(1, 255))
def test_a_changed_body_byte_is_refused(position: int, flip: int) -> None:
    changed = bytearray(_BODY)
    changed[position] ^= flip
    with pytest.raises(ValueError):
        rp.verify_detached(bytes(changed), _SIGNATURE)


@given(position=st.integers(0, len(_SIGNATURE) - 1), flip=st.integers(1, 255))
def test_a_changed_signature_byte_never_passes_as_the_signer(position: int, flip: int) -> None:
    """A flipped byte is refused, or (inside the embedded certificate's own CA signature, which
    the relay does not check) yields a certificate that is no longer the TLS identity's."""
    changed = bytearray(_SIGNATURE)
    changed[position] ^= flip
    try:
        signer = rp.verify_detached(_BODY, bytes(changed))
    except ValueError:
        return
    assert rp.cert_fingerprint(signer) != rp.cert_fingerprint(ALICE[1])


def test_another_signer_is_not_the_first() -> None:
    signature = rp.detached_signature(_BODY, *BOB)
    assert rp.verify_detached(_BODY, signature) == BOB[1]
    assert rp.cert_fingerprint(rp.verify_detached(_BODY, signature)) != rp.cert_fingerprint(
        ALICE[1]
    )


def test_an_attached_signature_is_refused() -> None:
    attached = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(_BODY)
        .add_signer(ALICE[1], ALICE[0], hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    with pytest.raises(ValueError):
        rp.verify_detached(_BODY, attached)


@given(junk=st.binary(max_size=512))
def test_junk_is_a_value_error(junk: bytes) -> None:
    with pytest.raises(ValueError):
        rp.verify_detached(_BODY, junk)
    with pytest.raises(ValueError):
        rp.recipient_ids(junk)


@given(chosen=st.lists(st.integers(0, len(RECIPIENTS) - 1), min_size=1, max_size=5, unique=True))
def test_recipient_ids_name_each_recipient(chosen: list[int]) -> None:
    certs = [RECIPIENTS[i][1] for i in chosen]
    sealed = _seal(b"hemmeligt indhold", certs)
    found = rp.recipient_ids(sealed)  # in the DER SET OF order, not the sealing order
    assert sorted(found) == sorted(rp.cert_issuer_serial(c) for c in certs)


def test_recipient_ids_of_a_real_handover_bundle() -> None:
    from app.handover.bundle import seal

    key, cert = RECIPIENTS[3]
    sealed = seal({"kind": "copy", "id": "0" * 32}, ALICE[0], ALICE[1], cert)
    issuer, serial = rp.recipient_ids(sealed)[0]
    assert serial == cert.serial_number
    assert issuer == rp.cert_issuer_serial(cert)[0]
    assert x509.Name.from_rfc4514_string("CN=Test CA").public_bytes() == issuer


def test_recipient_ids_refuse_a_signed_message_and_trailing_bytes() -> None:
    sealed = _seal(b"x", [RECIPIENTS[0][1]])
    with pytest.raises(ValueError):
        rp.recipient_ids(sealed + b"\x00")
    with pytest.raises(ValueError):
        rp.recipient_ids(_SIGNATURE)


@given(position=st.integers(0, 2000), flip=st.integers(1, 255))
def test_recipient_ids_of_a_changed_envelope_never_crash(position: int, flip: int) -> None:
    """A flipped byte gives ValueError or some recipient list, never another exception."""
    sealed = bytearray(_seal(b"indhold", [RECIPIENTS[1][1], RECIPIENTS[2][1]]))
    sealed[position % len(sealed)] ^= flip
    try:
        found = rp.recipient_ids(bytes(sealed))
    except ValueError:
        return
    assert 1 <= len(found) <= 2


def test_a_given_digest_must_be_the_body_s() -> None:
    digest = hashlib.sha256(_BODY).digest()
    assert rp.verify_detached(_BODY, _SIGNATURE, digest=digest) == ALICE[1]
    with pytest.raises(ValueError):
        rp.verify_detached(_BODY, _SIGNATURE, digest=hashlib.sha256(b"x").digest())


def test_the_protocol_needs_no_server_package() -> None:
    """The desktop (and its bundle) imports this module: stdlib, cryptography, asn1crypto only."""
    import ast
    import sys
    from pathlib import Path

    source = Path(rp.__file__).read_text(encoding="utf-8")
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    third_party = roots - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party == {"cryptography", "asn1crypto"}
