"""Contact cards ("Mit kontaktkort"): who someone is and their certificates, no secrets.

The file format, `stafet-kontaktkort` version 1, is UTF-8 JSON (so municipal IT can read it):
    {"format": "stafet-kontaktkort", "version": 1,
     "name": …, "role": …, "organisation": …, "contact": …,
     "signing_certificate": "-----BEGIN CERTIFICATE-----…",      (PEM, the PDF/CMS signing key)
     "encryption_certificate": "-----BEGIN CERTIFICATE-----…",   (PEM, RSA, for CMS envelopes)
     "signature": "<base64>"}
`signature` is made with the signing key over the other fields (canonical JSON, see
`_signed_bytes`): a card edited after export (another name, another encryption certificate) is
refused. It proves only that whoever holds the signing key made the card; *whose* key it is, is
settled by reading the fingerprint aloud over the phone (`fingerprint`), after which the
contact is marked verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from dataclasses import dataclass, replace
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.domain.messages import QT_TRANSLATE_NOOP
from app.people.encryption import MIN_RSA_BITS, encryption_identity
from app.people.profile import PeopleError, clean_field, require_profile
from app.people.signing import PrivateKey, _now, signing_identity

logger = logging.getLogger(__name__)

FORMAT = "stafet-kontaktkort"
VERSION = 1
SUFFIX = ".stafetkort"
MAX_BYTES = 64 * 1024  # two certificates and four short fields fit in ~5 KB
FIELDS = (
    "format",
    "version",
    "name",
    "role",
    "organisation",
    "contact",
    "signing_certificate",
    "encryption_certificate",
    "signature",
)

NOT_A_CARD = QT_TRANSLATE_NOOP(
    "People",
    "Filen er ikke et Stafet-kontaktkort, eller den er beskadiget. Bed om kortet igen "
    "(„Mit kontaktkort…“). Intet er gemt.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "People", "Filen er for stor til at være et kontaktkort. Intet er gemt."
)
NEWER_CARD = QT_TRANSLATE_NOOP(
    "People",
    "Kontaktkortet er lavet af en nyere udgave af Stafet (version {version}). Opdatér Stafet, "
    "og prøv igen. Intet er gemt.",
)
SECRET_IN_CARD = QT_TRANSLATE_NOOP(
    "People",
    "Filen indeholder en privat nøgle. Et kontaktkort må aldrig indeholde hemmeligheder: bed "
    "afsenderen lave et nyt kort med „Mit kontaktkort…“. Intet er gemt.",
)
TAMPERED = QT_TRANSLATE_NOOP(
    "People",
    "Kontaktkortet er ændret, efter det blev lavet (underskriften passer ikke). Bed om et nyt "
    "kort. Intet er gemt.",
)
CARD_EXPIRED = QT_TRANSLATE_NOOP(
    "People",
    "Et certifikat i kontaktkortet er udløbet. Bed om et nyt kort. Intet er gemt.",
)
UNUSABLE_CERT = QT_TRANSLATE_NOOP(
    "People",
    "Et certifikat i kontaktkortet kan ikke bruges: underskriftscertifikatet skal være et "
    "personligt EC- eller RSA-certifikat, krypteringscertifikatet et personligt RSA-certifikat "
    "(mindst 2048 bit) til nøgleomslag. Intet er gemt.",
)


@dataclass(frozen=True)
class ContactCard:
    name: str
    role: str
    organisation: str
    contact: str
    signing_cert: x509.Certificate
    encryption_cert: x509.Certificate
    signature: bytes = b""  # by the signing key over the rest; made by my_card


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _unsigned(card: ContactCard) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": card.name,
        "role": card.role,
        "organisation": card.organisation,
        "contact": card.contact,
        "signing_certificate": _pem(card.signing_cert),
        "encryption_certificate": _pem(card.encryption_cert),
    }


def _signed_bytes(card: ContactCard) -> bytes:
    """What the card's signature covers: every other field, as canonical JSON."""
    body = json.dumps(_unsigned(card), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return b"stafet-kontaktkort/1\n" + body.encode("utf-8")


def _sign(key: PrivateKey, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def signed(card: ContactCard, key: PrivateKey) -> ContactCard:
    """`card` with its signature by `key` (the signing certificate's key) over the other fields."""
    return replace(card, signature=_sign(key, _signed_bytes(card)))


def _verify(cert: x509.Certificate, signature: bytes, data: bytes) -> None:
    public = cert.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise PeopleError(UNUSABLE_CERT)
    except InvalidSignature:
        raise PeopleError(TAMPERED) from None


def public_key_der(cert: x509.Certificate) -> bytes:
    """The certificate's key (SubjectPublicKeyInfo, DER): what a fingerprint vouches for."""
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(card: ContactCard) -> str:
    """30 digits in six groups of five (≈100 bits of SHA-256 over both public keys).

    Digits, not hex: "tre-syv-nul" is read aloud over a phone line without letters like B/D/E
    being misheard. The keys, not the certificates, are covered: a new phone number, a corrected
    name or a renewed certificate for the same keys keeps the verification.
    """
    h = hashlib.sha256(b"stafet-fingerprint/1")
    for cert in (card.signing_cert, card.encryption_cert):
        der = public_key_der(cert)
        h.update(len(der).to_bytes(4, "big") + der)
    digits = str(int.from_bytes(h.digest()[:16], "big") % 10**30).zfill(30)
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def my_card(vault: Any) -> ContactCard:
    """The person's own card from the profile and keys (made on first need), signed."""
    me = require_profile(vault)
    identity = signing_identity(vault)
    _key, enc_cert = encryption_identity(vault)
    card = ContactCard(
        name=me.name,
        role=me.role,
        organisation=me.organisation,
        contact=me.contact,
        signing_cert=identity.certificate,
        encryption_cert=enc_cert,
    )
    return signed(card, identity.key)


def card_to_bytes(card: ContactCard) -> bytes:
    data = _unsigned(card)
    data["signature"] = base64.b64encode(card.signature).decode("ascii")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _v in pairs]
    if len(keys) != len(set(keys)):
        raise PeopleError(NOT_A_CARD)
    return dict(pairs)


def _certificate(value: object) -> x509.Certificate:
    if not isinstance(value, str) or value.count("-----BEGIN CERTIFICATE-----") != 1:
        raise PeopleError(NOT_A_CARD)
    text = value.replace("\r\n", "\n").strip()
    if not (text.startswith("-----BEGIN CERTIFICATE-----") and text.endswith(
        "-----END CERTIFICATE-----"
    )):
        raise PeopleError(NOT_A_CARD)
    try:
        return x509.load_pem_x509_certificate(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise PeopleError(NOT_A_CARD) from None


def _check_certificates(signing: x509.Certificate, encryption: x509.Certificate) -> None:
    now = _now()
    for cert in (signing, encryption):
        try:
            if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
                raise PeopleError(UNUSABLE_CERT)
        except x509.ExtensionNotFound:
            pass
        except ValueError:
            raise PeopleError(NOT_A_CARD) from None
        if cert.not_valid_after_utc < now:
            raise PeopleError(CARD_EXPIRED)
    if signing == encryption:
        raise PeopleError(UNUSABLE_CERT)
    if not isinstance(signing.public_key(), (ec.EllipticCurvePublicKey, rsa.RSAPublicKey)):
        raise PeopleError(UNUSABLE_CERT)
    public = encryption.public_key()
    if not isinstance(public, rsa.RSAPublicKey) or public.key_size < MIN_RSA_BITS:
        raise PeopleError(UNUSABLE_CERT)
    try:
        usage = encryption.extensions.get_extension_for_class(x509.KeyUsage).value
        if not usage.key_encipherment:
            raise PeopleError(UNUSABLE_CERT)
    except x509.ExtensionNotFound:
        pass


def card_from_bytes(data: bytes) -> ContactCard:
    """A card file checked strictly; PeopleError (Danish) on anything else, nothing half-read."""
    if len(data) > MAX_BYTES:
        raise PeopleError(TOO_BIG)
    if b"PRIVATE KEY" in data:
        raise PeopleError(SECRET_IN_CARD)
    try:
        text = data.decode("utf-8-sig")  # a BOM from Windows Notepad is harmless
        raw = json.loads(text, object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PeopleError(NOT_A_CARD) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PeopleError(NOT_A_CARD)
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise PeopleError(NEWER_CARD, version=version)
    if version != VERSION or isinstance(version, bool) or set(raw) != set(FIELDS):
        raise PeopleError(NOT_A_CARD)
    signature_text = raw["signature"]
    try:
        if not isinstance(signature_text, str):
            raise ValueError
        signature = base64.b64decode(signature_text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise PeopleError(NOT_A_CARD) from None
    signing = _certificate(raw["signing_certificate"])
    encryption = _certificate(raw["encryption_certificate"])
    try:
        card = ContactCard(
            name=clean_field(raw["name"], "name", required=True),
            role=clean_field(raw["role"], "role", required=True),
            organisation=clean_field(raw["organisation"], "organisation", required=True),
            contact=clean_field(raw["contact"], "contact", required=False),
            signing_cert=signing,
            encryption_cert=encryption,
            signature=signature,
        )
    except PeopleError:
        raise PeopleError(NOT_A_CARD) from None
    if (card.name, card.role, card.organisation, card.contact) != (
        raw["name"],
        raw["role"],
        raw["organisation"],
        raw["contact"],
    ):
        raise PeopleError(NOT_A_CARD)  # only cleaned text is ever signed
    try:
        _verify(signing, signature, _signed_bytes(card))
        _check_certificates(signing, encryption)
    except (ValueError, TypeError, UnsupportedAlgorithm):  # certificates parse lazily
        raise PeopleError(NOT_A_CARD) from None
    return card
