"""The `.stafet` file: CMS EnvelopedData (RFC 5652) to the recipient around the sender's SignedData.

    ContentInfo(envelopedData: RSA key transport to the recipient's certificate, AES-256-CBC)
      └─ ContentInfo(signedData: SHA-256, the sender's certificate embedded)
           └─ eContent: the payload, UTF-8 JSON {"format": "stafet-handover", "version": 1, …}

Both layers are made by `cryptography` (PKCS7SignatureBuilder, PKCS7EnvelopeBuilder) with
PKCS7Options.Binary, so `openssl cms -decrypt` and `openssl cms -verify` open the file too.
`cryptography` cannot verify CMS signatures, so the inner layer is checked here: asn1crypto parses
it, and the signature over the signed attributes (RFC 5652 § 5.4: content type, message digest)
is verified with the signer certificate's public key. (pyHanko's validate_sig_integrity does the
same, but importing pyHanko's signing package costs 0.6 s, more than half the handover budget.)
Every structural field is checked against what we write: a changed byte is refused, never
half-read. Whether the signer is someone the receiver trusts is the contact book's question
(service.py), not this module's.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from app.handover.errors import DAMAGED, NEWER_FORMAT, NOT_FOR_YOU, HandoverError
from app.relay_protocol import signer_certificate

logger = logging.getLogger(__name__)

FORMAT = "stafet-handover"
VERSION = 1
SUFFIX = ".stafet"
MAX_BYTES = 256 * 1024 * 1024  # a case with every signature image is far smaller

_OPTIONS = [pkcs7.PKCS7Options.Binary]


@dataclass(frozen=True)
class Opened:
    """What a `.stafet` file held: the checked payload and the certificate that signed it."""

    payload: dict[str, Any]
    signer: x509.Certificate


def seal(
    payload: dict[str, Any],
    signer_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    signer_cert: x509.Certificate,
    recipient_cert: x509.Certificate,
) -> bytes:
    """Sign `payload` as the sender, then encrypt it to the recipient (DER bytes)."""
    document = {"format": FORMAT, "version": VERSION, **payload}
    content = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    signed = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content.encode("utf-8"))
        .add_signer(signer_cert, signer_key, hashes.SHA256())
        .sign(serialization.Encoding.DER, _OPTIONS)
    )
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(signed)
        .set_content_encryption_algorithm(algorithms.AES256)
        .add_recipient(recipient_cert)
        .encrypt(serialization.Encoding.DER, _OPTIONS)
    )


def open_sealed(
    data: bytes, recipient_key: rsa.RSAPrivateKey, recipient_cert: x509.Certificate
) -> Opened:
    """Decrypt and verify; HandoverError for a file that is damaged, changed or not for us."""
    if len(data) > MAX_BYTES:
        raise HandoverError(DAMAGED)
    _check_envelope(data, recipient_cert)
    try:
        signed = pkcs7.pkcs7_decrypt_der(data, recipient_cert, recipient_key, [])
    except Exception:  # noqa: BLE001 - any failure to decrypt is a damaged file
        logger.info("handover file: decryption failed")
        raise HandoverError(DAMAGED) from None
    content, signer = _verified_content(signed)
    return Opened(payload=_payload(content), signer=signer)


# --- the outer layer: EnvelopedData ---------------------------------------------------------


def _strict(spec: type[cms.ContentInfo], data: bytes) -> cms.ContentInfo:
    """Parse DER exactly: no trailing bytes, and the same bytes when written back."""
    try:
        info = spec.load(data, strict=True)
        info.native  # noqa: B018 - parses every nested value now, not lazily later
        if info.dump(force=True) != data:
            raise ValueError("not canonical DER")
    except Exception:  # noqa: BLE001 - asn1crypto raises many kinds for junk
        logger.info("handover file: not a well-formed CMS message")
        raise HandoverError(DAMAGED) from None
    return info


def _check_envelope(data: bytes, recipient_cert: x509.Certificate) -> None:
    info = _strict(cms.ContentInfo, data)
    _require(info["content_type"].native == "enveloped_data")
    env = info["content"]
    _require(env["version"].native == "v0")
    _require(env["originator_info"].native is None and env["unprotected_attrs"].native is None)
    encrypted = env["encrypted_content_info"]
    _require(encrypted["content_type"].native == "data")
    algorithm = encrypted["content_encryption_algorithm"]
    _require(algorithm["algorithm"].native == "aes256_cbc")
    _require(len(algorithm["parameters"].native or b"") == 16)
    _require(len(env["recipient_infos"]) == 1)
    recipient = env["recipient_infos"][0]
    _require(recipient.name == "ktri")
    ktri = recipient.chosen
    _require(ktri["version"].native == "v0")
    _require(ktri["key_encryption_algorithm"]["algorithm"].native == "rsaes_pkcs1v15")
    rid = ktri["rid"]
    _require(rid.name == "issuer_and_serial_number")
    mine = asn1_x509.Certificate.load(recipient_cert.public_bytes(serialization.Encoding.DER))
    if (
        rid.chosen["serial_number"].native != mine.serial_number
        or rid.chosen["issuer"].dump() != mine.issuer.dump()
    ):
        raise HandoverError(NOT_FOR_YOU)


def _require(condition: bool) -> None:
    if not condition:
        logger.info("handover file: a CMS field differs from what Stafet writes")
        raise HandoverError(DAMAGED)


# --- the inner layer: SignedData ------------------------------------------------------------


def _verified_content(signed: bytes) -> tuple[bytes, x509.Certificate]:
    info = _strict(cms.ContentInfo, signed)
    _require(info["content_type"].native == "signed_data")
    sd = info["content"]
    _require(len(sd["signer_infos"]) == 1 and len(sd["digest_algorithms"]) == 1)
    encap = sd["encap_content_info"]
    _require(encap["content_type"].native == "data")
    content = encap["content"].native
    _require(isinstance(content, bytes))
    signer_info = sd["signer_infos"][0]
    _require(signer_info["digest_algorithm"]["algorithm"].native == "sha256")
    _require(sd["digest_algorithms"][0]["algorithm"].native == "sha256")
    sid = signer_info["sid"]
    _require(sid.name == "issuer_and_serial_number")
    cert = _signer_certificate(sd, sid.chosen)
    try:
        signer = x509.load_der_x509_certificate(cert.dump())
    except ValueError:
        raise HandoverError(DAMAGED) from None
    _check_signature(signer_info, signer, content)
    return content, signer


def _check_signature(signer_info: cms.SignerInfo, signer: x509.Certificate, content: bytes) -> None:
    """The signed attributes name our content (type + SHA-256) and the signer's key signed them."""
    attrs = signer_info["signed_attrs"]
    _require(attrs.native is not None)
    found = {attr["type"].native: attr["values"] for attr in attrs}
    _require(len(found) == len(attrs))  # each attribute once
    _require([v.native for v in found.get("content_type", [])] == ["data"])
    digests = [v.native for v in found.get("message_digest", [])]
    _require(digests == [hashlib.sha256(content).digest()])
    # The signature covers the attributes DER-encoded as a SET OF, not as the [0] field.
    signed_bytes = b"\x31" + attrs.dump()[1:]
    signature = signer_info["signature"].native
    algorithm = signer_info["signature_algorithm"]["algorithm"].native
    try:
        key = signer.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise HandoverError(DAMAGED) from None
    try:
        if isinstance(key, rsa.RSAPublicKey):
            _require(algorithm in ("rsassa_pkcs1v15", "sha256_rsa"))
            key.verify(signature, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            _require(algorithm in ("sha256_ecdsa", "ecdsa"))
            key.verify(signature, signed_bytes, ec.ECDSA(hashes.SHA256()))
        else:
            _require(False)
    except InvalidSignature:
        logger.info("handover file: the signature does not match")
        raise HandoverError(DAMAGED) from None


def _signer_certificate(
    sd: cms.SignedData, sid: cms.IssuerAndSerialNumber
) -> asn1_x509.Certificate:
    try:
        return signer_certificate(sd, sid)
    except ValueError:
        _require(False)
        raise AssertionError from None  # unreachable: _require raised


# --- the payload ----------------------------------------------------------------------------


def _payload(content: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HandoverError(DAMAGED) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise HandoverError(DAMAGED)
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise HandoverError(DAMAGED)
    if version > VERSION:
        raise HandoverError(NEWER_FORMAT)
    return payload
