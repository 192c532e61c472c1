"""The municipal relay's wire protocol, shared by the server (`app.server`) and the laptop's sync.

Stdlib + cryptography + asn1crypto only: the desktop imports this without any server package.

- A person is known by `cert_fingerprint(signing_cert)`: SHA-256 of the certificate's DER, hex.
- A push carries the `.stafet` bytes as the body and, in the `Stafet-Signature` header, a detached
  CMS SignedData (base64 of DER, SHA-256, signer certificate embedded) by the sender's signing key
  over those bytes (`detached_signature` / `verify_detached`). The server compares the signer
  with the TLS client certificate, so a bundle is always pushed by the person who signs for it.
- The server reads only the envelope of a bundle: `recipient_ids` gives the (issuer, serial) of
  each RecipientInfo, which it matches to enrolled people's encryption certificates. It never
  decrypts anything.
- A bundle's id is `bundle_id(body)`: SHA-256 of the bytes, hex (so a push is idempotent).

Every function raises ValueError (never anything else) for bytes it cannot accept.
"""

from __future__ import annotations

import hashlib
from typing import Final

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7

API: Final = "/v1"
PATH_BUNDLES: Final = "/v1/bundles"  # POST: push; GET /v1/bundles/<id>: fetch
PATH_INBOX: Final = "/v1/inbox"  # GET ?after=<cursor>&limit=<n>
PATH_DIRECTORY: Final = "/v1/directory"
PATH_HEALTH: Final = "/v1/health"
SIGNATURE_HEADER: Final = "Stafet-Signature"
JSON_TYPE: Final = "application/json"
BYTES_TYPE: Final = "application/octet-stream"


def bundle_path(bundle: str) -> str:
    return f"{PATH_BUNDLES}/{bundle}"


def ack_path(bundle: str) -> str:
    return f"{PATH_BUNDLES}/{bundle}/ack"


MAX_BODY: Final = 64 * 1024 * 1024  # bytes of one pushed bundle
MAX_SIGNATURE: Final = 64 * 1024  # the detached signature with its certificate is ~1-3 KB
MAX_INBOX_LIMIT: Final = 100

# Error codes: the JSON body of every error is {"error": CODE}, nothing else.
NOT_ENROLLED: Final = "not_enrolled"
REVOKED: Final = "revoked"
SIGNER_MISMATCH: Final = "signer_mismatch"
UNKNOWN_RECIPIENT: Final = "unknown_recipient"
TOO_LARGE: Final = "too_large"
RATE_LIMITED: Final = "rate_limited"
NOT_FOUND: Final = "not_found"
BAD_REQUEST: Final = "bad_request"

STATUS: Final = {
    NOT_ENROLLED: 403,
    REVOKED: 403,
    SIGNER_MISMATCH: 403,
    UNKNOWN_RECIPIENT: 422,
    TOO_LARGE: 413,
    RATE_LIMITED: 429,
    NOT_FOUND: 404,
    BAD_REQUEST: 400,
}

_OPTIONS = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]


def bundle_id(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def cert_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, lowercase hex: how the relay names a person."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def cert_issuer_serial(cert: x509.Certificate) -> tuple[bytes, int]:
    """(issuer Name DER, serial) exactly as a CMS RecipientInfo names this certificate."""
    parsed = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return parsed.issuer.dump(), parsed.serial_number


def detached_signature(
    body: bytes,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
) -> bytes:
    """DER CMS SignedData without eContent over `body`, SHA-256, `cert` embedded."""
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(body)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, _OPTIONS)
    )


def _load_strict(data: bytes) -> cms.ContentInfo:
    """DER exactly: no trailing bytes, and the same bytes when written back."""
    try:
        info = cms.ContentInfo.load(data, strict=True)
        info.native  # noqa: B018 - parse every nested value now, not lazily later
        if info.dump(force=True) != data:
            raise ValueError("not canonical DER")
    except ValueError:
        raise
    except Exception as exc:  # noqa: BLE001 - asn1crypto raises many kinds for junk
        raise ValueError("not a CMS message") from exc
    return info


def _require(condition: bool, why: str) -> None:
    if not condition:
        raise ValueError(why)


def verify_detached(
    body: bytes, signature: bytes, *, digest: bytes | None = None
) -> x509.Certificate:
    """The certificate whose key signed `body` in the detached `signature`; ValueError otherwise.

    `digest`: SHA-256 of `body` if the caller has it already (the relay: it is also the id).
    """
    if not isinstance(signature, bytes | bytearray) or len(signature) > MAX_SIGNATURE:
        raise ValueError("signature too large")
    info = _load_strict(bytes(signature))
    _require(info["content_type"].native == "signed_data", "not signed data")
    sd = info["content"]
    _require(sd["version"].native == "v1", "version")  # what cryptography writes
    _require(len(sd["signer_infos"]) == 1, "one signer")
    _require(len(sd["digest_algorithms"]) == 1, "one digest algorithm")
    _require(sd["digest_algorithms"][0]["algorithm"].native == "sha256", "sha256")
    encap = sd["encap_content_info"]
    _require(encap["content_type"].native == "data", "content type")
    _require(encap["content"].native is None, "detached")
    signer_info = sd["signer_infos"][0]
    _require(signer_info["version"].native == "v1", "version")
    _require(signer_info["unsigned_attrs"].native is None, "no unsigned attributes")
    _require(sd["crls"].native is None, "no revocation lists")
    _require(signer_info["digest_algorithm"]["algorithm"].native == "sha256", "sha256")
    sid = signer_info["sid"]
    _require(sid.name == "issuer_and_serial_number", "signer id")
    cert = signer_certificate(sd, sid.chosen)
    try:
        signer = x509.load_der_x509_certificate(cert.dump())
    except Exception as exc:  # noqa: BLE001 - e.g. InvalidVersion is no ValueError
        raise ValueError("signer certificate") from exc
    attrs = signer_info["signed_attrs"]
    _require(attrs.native is not None, "signed attributes")
    found = {attr["type"].native: attr["values"] for attr in attrs}
    _require(len(found) == len(attrs), "each attribute once")
    _require([v.native for v in found.get("content_type", [])] == ["data"], "content type")
    digests = [v.native for v in found.get("message_digest", [])]
    if digest is None:
        digest = hashlib.sha256(body).digest()
    _require(digests == [digest], "digest")
    # RFC 5652 § 5.4: the signature covers the attributes DER-encoded as a SET OF.
    signed_bytes = b"\x31" + attrs.dump()[1:]
    value = signer_info["signature"].native
    algorithm = signer_info["signature_algorithm"]["algorithm"].native
    try:
        key = signer.public_key()  # parses lazily: junk raises here
        if isinstance(key, rsa.RSAPublicKey):
            _require(algorithm in ("rsassa_pkcs1v15", "sha256_rsa"), "algorithm")
            key.verify(value, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            _require(algorithm in ("sha256_ecdsa", "ecdsa"), "algorithm")
            key.verify(value, signed_bytes, ec.ECDSA(hashes.SHA256()))
        else:
            raise ValueError("key type")
    except InvalidSignature as exc:
        raise ValueError("signature does not match") from exc
    except (UnsupportedAlgorithm, TypeError) as exc:
        raise ValueError("key type") from exc
    return signer


def signer_certificate(
    sd: cms.SignedData, sid: cms.IssuerAndSerialNumber
) -> asn1_x509.Certificate:
    """The embedded certificate a SignerInfo names (also the `.stafet` file's inner layer)."""
    certificates = sd["certificates"]
    _require(certificates.native is not None, "certificate embedded")
    for choice in certificates:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if (
            cert.serial_number == sid["serial_number"].native
            and cert.issuer.dump() == sid["issuer"].dump()
        ):
            return cert
    raise ValueError("signer certificate missing")


def recipient_ids(body: bytes) -> list[tuple[bytes, int]]:
    """The (issuer Name DER, serial) of every RecipientInfo of a `.stafet` EnvelopedData, in the
    order of the DER SET.

    Only the envelope is parsed: the encrypted content (most of the bytes) is neither decoded nor
    re-encoded, so this is cheap for a relay that reads every push. No trailing bytes allowed.
    """
    try:
        info = cms.ContentInfo.load(body, strict=True)
        _require(info["content_type"].native == "enveloped_data", "not enveloped data")
        env = info["content"]
        _require(env["encrypted_content_info"]["content_type"].native == "data", "content type")
        recipients = env["recipient_infos"]
        _require(len(recipients) >= 1, "no recipients")
        found: list[tuple[bytes, int]] = []
        for recipient in recipients:
            _require(recipient.name == "ktri", "key transport")
            rid = recipient.chosen["rid"]
            _require(rid.name == "issuer_and_serial_number", "issuer and serial")
            issuer = rid.chosen["issuer"]
            issuer.native  # noqa: B018 - the name must parse, not only its outer bytes
            pair = (issuer.dump(), int(rid.chosen["serial_number"].native))
            if pair not in found:
                found.append(pair)
    except ValueError:
        raise
    except Exception as exc:  # noqa: BLE001 - asn1crypto raises many kinds for junk
        raise ValueError("not an enveloped CMS message") from exc
    return found
