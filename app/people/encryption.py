"""The person's encryption key: RSA + certificate, so others can encrypt handovers to them (CMS).

CMS envelope encryption with RSA key transport (what `cryptography`'s PKCS7EnvelopeBuilder and
`openssl cms -encrypt` make) needs an RSA key in an X.509 certificate. The key is separate from
the signing key on purpose: one key, one job (RFC 5280 key usage), and an employee certificate
imported for signing may be EC or may forbid key encipherment.

Kept as the vault secret "people.encryption" (the vault encrypts it): JSON with the key as
PKCS#8 DER (base64), the certificate as PEM, and who made it. Not PKCS#12: loading an RSA key
from PKCS#12 re-checks the key's primes (~0.4 s for RSA 3072) on every handover; a key read back
from our own authenticated vault needs no such check. The certificate is issued by the local CA of the signing identity when there is
one (so both certificates chain to the same root), else it is self-signed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from app.domain.messages import QT_TRANSLATE_NOOP
from app.people.profile import PeopleError, require_profile
from app.people.signing import (
    BAD_P12,
    P12_NO_KEY,
    PERSONAL_DAYS,
    PrivateKey,
    SecretStore,
    SigningError,
    _name,
    _now,
    local_ca,
    signing_identity,
)

logger = logging.getLogger(__name__)

ENCRYPTION = "people.encryption"
MADE_BY_STAFET, IMPORTED = "stafet", "imported"
RSA_BITS = 3072  # ≈0.2 s to make once; NIST's size for use beyond 2030
MIN_RSA_BITS = 2048

NOT_RSA = QT_TRANSLATE_NOOP(
    "People",
    "Krypteringsnøglen skal være en RSA-nøgle på mindst {bits} bit (det kræver CMS-kryptering). "
    "Intet er ændret.",
)
EXPIRED = QT_TRANSLATE_NOOP("People", "Certifikatet i filen er udløbet. Intet er ændret.")
NO_KEY_TRANSPORT = QT_TRANSLATE_NOOP(
    "People",
    "Certifikatet i filen må ikke bruges til kryptering (nøglebrugen mangler "
    "keyEncipherment). Intet er ændret.",
)


def _usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=True,  # RSA key transport wraps the content key
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def issue_encryption_certificate(
    key: rsa.RSAPrivateKey,
    *,
    name: str,
    role: str,
    organisation: str,
    issuer: tuple[PrivateKey, x509.Certificate] | None,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """An end-entity certificate for key transport, by the local CA or (issuer None) self-signed."""
    now = now or _now()
    subject = _name(name, organisation, role)
    if issuer is None:
        signer_key, issuer_name = key, subject
        issuer_public = key.public_key()
    else:
        signer_key, issuer_cert = issuer
        issuer_name = issuer_cert.subject
        issuer_public = issuer_cert.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=PERSONAL_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                issuer_public  # type: ignore[arg-type]
            ),
            critical=False,
        )
    )
    return builder.sign(signer_key, hashes.SHA256())  # type: ignore[arg-type]


def _store(
    vault: SecretStore, key: rsa.RSAPrivateKey, cert: x509.Certificate, *, made_by: str
) -> None:
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    stored = {
        "key": base64.b64encode(der).decode("ascii"),
        "certificate": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "made_by": made_by,  # Stafet may re-issue only the certificates it made
    }
    vault.put_secret(ENCRYPTION, json.dumps(stored).encode("utf-8"))


def _load(vault: SecretStore) -> tuple[rsa.RSAPrivateKey, x509.Certificate, str] | None:
    raw = vault.get_secret(ENCRYPTION)
    if raw is None:
        return None
    if not raw.startswith(b"{"):  # written as PKCS#12 by the first version of this module
        key, cert, _extra = pkcs12.load_key_and_certificates(raw, None)
        assert isinstance(key, rsa.RSAPrivateKey) and cert is not None
        return key, cert, MADE_BY_STAFET
    stored = json.loads(raw)
    key = serialization.load_der_private_key(
        base64.b64decode(stored["key"]), None, unsafe_skip_rsa_key_validation=True
    )
    assert isinstance(key, rsa.RSAPrivateKey)  # we wrote it, after checking it once
    cert = x509.load_pem_x509_certificate(stored["certificate"].encode("ascii"))
    return key, cert, str(stored.get("made_by", MADE_BY_STAFET))


def has_encryption_identity(vault: SecretStore) -> bool:
    return vault.get_secret(ENCRYPTION) is not None


def encryption_identity(vault: SecretStore) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The person's RSA key and certificate; made on first need (needs the profile)."""
    found = _load(vault)
    if found is not None:
        return found[0], found[1]
    me = require_profile(vault)
    signing_identity(vault)  # the local CA (if the signing identity is local) issues this one too
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    cert = issue_encryption_certificate(
        key,
        name=me.name,
        role=me.role,
        organisation=me.organisation,
        issuer=local_ca(vault),
    )
    _store(vault, key, cert, made_by=MADE_BY_STAFET)
    logger.info("encryption identity created")
    return key, cert


def import_encryption_pkcs12(
    vault: SecretStore, data: bytes, passphrase: bytes | None
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """An encryption key + certificate from a PKCS#12 (e.g. issued by the municipality)."""
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise SigningError(BAD_P12) from None
    if key is None or cert is None:
        raise SigningError(P12_NO_KEY)
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < MIN_RSA_BITS:
        raise PeopleError(NOT_RSA, bits=MIN_RSA_BITS)
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey) or (
        public.public_numbers() != key.public_key().public_numbers()
    ):
        raise SigningError(P12_NO_KEY)  # the certificate is not this key's
    if cert.not_valid_after_utc < _now():
        raise PeopleError(EXPIRED)
    try:
        if not cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_encipherment:
            raise PeopleError(NO_KEY_TRANSPORT)
    except x509.ExtensionNotFound:
        pass  # no key usage at all: any use is allowed (RFC 5280 4.2.1.3)
    _store(vault, key, cert, made_by=IMPORTED)
    logger.info("encryption identity imported")
    return key, cert



def reissue_encryption_certificate(
    vault: SecretStore, *, name: str, role: str, organisation: str
) -> x509.Certificate | None:
    """The encryption certificate anew with the new name for the same key; only one Stafet made
    (an imported one, e.g. the municipality's, is its issuer's to change: None)."""
    found = _load(vault)
    if found is None or found[2] != MADE_BY_STAFET:
        return None
    key, cert, _made_by = found
    if cert.subject == _name(name, organisation, role):
        return cert  # nothing in the certificate changes
    renewed = issue_encryption_certificate(
        key, name=name, role=role, organisation=organisation, issuer=local_ca(vault)
    )
    _store(vault, key, renewed, made_by=MADE_BY_STAFET)
    return renewed
