"""The caseworker's signing identity: a local CA + personal certificate, or an imported PKCS#12.

Keys live only inside the vault (`vault.put_secret`), never in a loose file. The secrets:
- "signing.identity": PKCS#12 (key, certificate, chain) without its own password — the vault
  encrypts it; plus "signing.identity.meta" (JSON: name, role, organisation, kind).
- "signing.local_ca": PKCS#12 of the local CA (kept so a new personal certificate can be issued).
- "signing.trust_roots": JSON list of PEM certificates the user trusts (the local CA is added
  automatically; other CAs through `add_trust_root`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Protocol

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

logger = logging.getLogger(__name__)

IDENTITY = "signing.identity"
IDENTITY_META = "signing.identity.meta"
LOCAL_CA = "signing.local_ca"
TRUST_ROOTS = "signing.trust_roots"

PERSONAL_DAYS = 3 * 365  # "valid at most 3 years"
CA_DAYS = 10 * 365
CONTEXT = "Signing"


class SecretStore(Protocol):
    """What identity needs from the vault (app.vault.Vault has it)."""

    def put_secret(self, name: str, data: bytes) -> None: ...
    def get_secret(self, name: str) -> bytes | None: ...


class SigningError(UserError):
    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__(CONTEXT, source, **params)


NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Signing",
    "Der er ingen signatur i boksen endnu. Opret en med „stafet signing-identity create“ "
    "eller importér din medarbejdersignatur med „stafet signing-identity import“.",
)
BAD_P12 = QT_TRANSLATE_NOOP(
    "Signing",
    "PKCS#12-filen kan ikke åbnes: adgangskoden er forkert, eller filen er ikke en "
    "PKCS#12-fil (.p12/.pfx). Intet er ændret.",
)
P12_NO_KEY = QT_TRANSLATE_NOOP(
    "Signing",
    "PKCS#12-filen indeholder ikke både en privat nøgle og et certifikat. Intet er ændret.",
)
P12_UNUSABLE = QT_TRANSLATE_NOOP(
    "Signing",
    "Certifikatet i filen må ikke bruges til digitale underskrifter ({why}). Intet er ændret.",
)
BAD_ROOT = QT_TRANSLATE_NOOP(
    "Signing",
    "Filen er ikke et CA-certifikat (PEM eller DER), som kan bruges som rod for tillid.",
)
NAME_MISSING = QT_TRANSLATE_NOOP("Signing", "Skriv dit navn: det står i underskriften.")

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class SigningIdentity:
    name: str
    role: str
    organisation: str
    kind: str  # "local" (made by Stafet) or "imported"
    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # issuer certificates, nearest first

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc


def _name(common_name: str, organisation: str, role: str = "") -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
    ]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]))
    if role:
        parts.append(x509.NameAttribute(NameOID.TITLE, role[:64]))
    return x509.Name(parts)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def make_local_ca(
    name: str, organisation: str, *, now: dt.datetime | None = None
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A small CA of the user's own; a separate root keeps pyHanko's key-usage checks real."""
    now = now or _now()
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(f"Stafet lokal CA – {name}", organisation)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def issue_personal(
    ca_key: PrivateKey,
    ca_cert: x509.Certificate,
    *,
    name: str,
    role: str,
    organisation: str,
    now: dt.datetime | None = None,
    days: int = PERSONAL_DAYS,
    key: ec.EllipticCurvePrivateKey | None = None,
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A personal signing certificate: digital signature + non-repudiation, not a CA.

    With `key` the certificate is issued anew for that key (a changed name keeps the key)."""
    now = now or _now()
    key = key or ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name, organisation, role))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=min(days, PERSONAL_DAYS)))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _p12(key: PrivateKey, cert: x509.Certificate, chain: tuple[x509.Certificate, ...]) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"stafet", key, cert, list(chain) or None, serialization.NoEncryption()
    )


def _store(vault: SecretStore, identity: SigningIdentity) -> None:
    vault.put_secret(IDENTITY, _p12(identity.key, identity.certificate, identity.chain))
    meta = {
        "name": identity.name,
        "role": identity.role,
        "organisation": identity.organisation,
        "kind": identity.kind,
    }
    vault.put_secret(IDENTITY_META, json.dumps(meta, ensure_ascii=False).encode())


def create_local_identity(
    vault: SecretStore,
    *,
    name: str,
    role: str = "",
    organisation: str = "",
    now: dt.datetime | None = None,
) -> SigningIdentity:
    """Makes a local CA and a personal certificate under it; both kept only in the vault."""
    if not name.strip():
        raise SigningError(NAME_MISSING)
    name, role, organisation = name.strip(), role.strip(), organisation.strip()
    ca_key, ca_cert = make_local_ca(name, organisation, now=now)
    key, cert = issue_personal(
        ca_key, ca_cert, name=name, role=role, organisation=organisation, now=now
    )
    vault.put_secret(LOCAL_CA, _p12(ca_key, ca_cert, ()))
    identity = SigningIdentity(
        name=name,
        role=role,
        organisation=organisation,
        kind="local",
        key=key,
        certificate=cert,
        chain=(ca_cert,),
    )
    _store(vault, identity)
    _add_root(vault, ca_cert)
    logger.info("local signing identity created")
    return identity


def _subject_value(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def check_signing_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """Refuses a certificate that may not sign documents (CA, wrong key usage, expired)."""
    now = now or _now()
    why = None
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            why = "nøglebrugen tillader ikke underskrift"
    except x509.ExtensionNotFound:
        pass
    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            why = "det er et CA-certifikat"
    except x509.ExtensionNotFound:
        pass
    if cert.not_valid_after_utc < now:
        why = "certifikatet er udløbet"
    if why:
        raise SigningError(P12_UNUSABLE, why=why)


def import_pkcs12(
    vault: SecretStore,
    data: bytes,
    passphrase: bytes | None,
    *,
    role: str = "",
    organisation: str = "",
) -> SigningIdentity:
    """Imports an employee certificate (.p12/.pfx); the file itself is not kept."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise SigningError(BAD_P12) from None
    if key is None or cert is None:
        raise SigningError(P12_NO_KEY)
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise SigningError(P12_UNUSABLE, why="nøgletypen understøttes ikke")
    check_signing_certificate(cert)
    identity = SigningIdentity(
        name=_subject_value(cert, NameOID.COMMON_NAME) or "Ukendt underskriver",
        role=role.strip() or _subject_value(cert, NameOID.TITLE),
        organisation=organisation.strip() or _subject_value(cert, NameOID.ORGANIZATION_NAME),
        kind="imported",
        key=key,
        certificate=cert,
        chain=tuple(extra),
    )
    _store(vault, identity)
    logger.info("signing identity imported")
    return identity


def load_identity(vault: SecretStore) -> SigningIdentity:
    data = vault.get_secret(IDENTITY)
    meta_raw = vault.get_secret(IDENTITY_META)
    if data is None or meta_raw is None:
        raise SigningError(NO_IDENTITY)
    key, cert, extra = pkcs12.load_key_and_certificates(data, None)
    meta = json.loads(meta_raw)
    assert key is not None and cert is not None  # we wrote both
    return SigningIdentity(
        name=meta["name"],
        role=meta.get("role", ""),
        organisation=meta.get("organisation", ""),
        kind=meta.get("kind", ""),
        key=key,
        certificate=cert,
        chain=tuple(extra),
    )  # type: ignore[arg-type]


def has_identity(vault: SecretStore) -> bool:
    return vault.get_secret(IDENTITY) is not None


def identity_name(vault: SecretStore) -> str | None:
    """The signer's name (for "Udskrevet af …"), without unpacking the key."""
    meta_raw = vault.get_secret(IDENTITY_META)
    return json.loads(meta_raw).get("name") if meta_raw else None


# ---------------------------------------------------------------------------------------------
# Trusted roots
# ---------------------------------------------------------------------------------------------


def trust_roots(vault: SecretStore) -> list[x509.Certificate]:
    raw = vault.get_secret(TRUST_ROOTS)
    if raw is None:
        return []
    return [x509.load_pem_x509_certificate(pem.encode()) for pem in json.loads(raw)]


def _add_root(vault: SecretStore, cert: x509.Certificate) -> None:
    roots = trust_roots(vault)
    if any(r.fingerprint(hashes.SHA256()) == cert.fingerprint(hashes.SHA256()) for r in roots):
        return
    roots.append(cert)
    pems = [r.public_bytes(serialization.Encoding.PEM).decode() for r in roots]
    vault.put_secret(TRUST_ROOTS, json.dumps(pems).encode())


def load_certificate(data: bytes) -> x509.Certificate:
    """A certificate file as PEM or DER; ValueError when it is neither."""
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def add_trust_root(vault: SecretStore, data: bytes) -> x509.Certificate:
    """Trust signatures that chain to this CA (PEM or DER), e.g. the municipality's CA."""
    try:
        cert = load_certificate(data)
    except ValueError:
        raise SigningError(BAD_ROOT) from None
    try:
        if not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            raise SigningError(BAD_ROOT)
    except x509.ExtensionNotFound:
        raise SigningError(BAD_ROOT) from None
    _add_root(vault, cert)
    return cert


def signing_identity(vault: SecretStore) -> SigningIdentity:
    """The person's signing identity; made on first need (local CA) from the vault's profile."""
    if has_identity(vault):
        return load_identity(vault)
    from app.people.profile import require_profile

    me = require_profile(vault)
    return create_local_identity(
        vault, name=me.name, role=me.role, organisation=me.organisation
    )


def local_ca(vault: SecretStore) -> tuple[PrivateKey, x509.Certificate] | None:
    """The local CA's key and certificate, when the signing identity was made by Stafet."""
    raw = vault.get_secret(LOCAL_CA)
    if raw is None:
        return None
    key, cert, _extra = pkcs12.load_key_and_certificates(raw, None)
    if key is None or cert is None:
        return None
    return key, cert  # type: ignore[return-value]


def reissue_local_identity(
    vault: SecretStore, *, name: str, role: str, organisation: str
) -> SigningIdentity | None:
    """A new certificate with the new name for the same key (local identities only).

    The key stays, so contacts who checked the fingerprint (which covers the keys) keep trusting
    it; PDFs signed from now on carry the new name. An imported employee certificate is the
    issuer's to change, so it is left as it is (None).
    """
    if not has_identity(vault):
        return None
    current = load_identity(vault)
    ca = local_ca(vault)
    if current.kind != "local" or ca is None:
        return None
    if (current.name, current.role, current.organisation) == (name, role, organisation):
        return current
    if not isinstance(current.key, ec.EllipticCurvePrivateKey):
        return None
    _key, cert = issue_personal(
        ca[0], ca[1], name=name, role=role, organisation=organisation, key=current.key
    )
    renewed = SigningIdentity(
        name=name,
        role=role,
        organisation=organisation,
        kind="local",
        key=current.key,
        certificate=cert,
        chain=current.chain,
    )
    _store(vault, renewed)
    return renewed
