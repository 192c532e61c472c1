"""Whom a signature check trusts: the one place trusted roots and verified signers are gathered.

A name in a certificate proves nothing by itself: anyone can make a CA and issue "Olga Jensen".
A signer is trusted only through something the reader chose to trust:
- a root certificate (a CA) the user trusts: the vault's trusted roots (the local CA and CAs
  added with `signing-identity trust`), a `--trust-root FILE` given to `stafet verify`, and
  the roots IT puts in the system-wide policy (app/policy.py);
- a contact in the address book whose fingerprint the user has checked (read aloud, compared):
  that contact's own signing certificate is trusted as it is.

`gather_trust_anchors` is the only function that collects these. Every check (CLI verify, the
GUI verify dialog) calls it, so a new source of trust is added in exactly one place.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from app.domain.messages import QT_TRANSLATE_NOOP
from app.reports.identity import SecretStore, SigningError, load_certificate, trust_roots

logger = logging.getLogger(__name__)

# Where a trusted root came from, as the verify report names it.
FROM_VAULT = "boksen"
FROM_FILE = "--trust-root"
FROM_IT_POLICY = "IT-politik"

NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Signing", "Filen {path} er ikke et certifikat (PEM eller DER)."
)
CERTIFICATE_UNREADABLE = QT_TRANSLATE_NOOP("Signing", "Filen {path} kan ikke læses.")


@dataclass(frozen=True)
class TrustedRoot:
    certificate: x509.Certificate
    source: str  # FROM_VAULT, FROM_FILE, FROM_IT_POLICY

    @property
    def name(self) -> str:
        return _common_name(self.certificate)


@dataclass(frozen=True)
class KnownSigner:
    """A contact's own signing certificate; trusted only when its fingerprint was verified."""

    name: str
    certificate: x509.Certificate
    verified: bool


@dataclass(frozen=True)
class TrustAnchors:
    roots: tuple[TrustedRoot, ...] = ()
    signers: tuple[KnownSigner, ...] = ()  # contacts (verified or not; revoked ones left out)

    def signer_for(self, cert: x509.Certificate) -> KnownSigner | None:
        """The contact whose signing certificate this is (a verified one first), if any."""
        mine = cert_fingerprint(cert)
        found = [s for s in self.signers if cert_fingerprint(s.certificate) == mine]
        return max(found, key=lambda s: s.verified, default=None)

    @property
    def empty(self) -> bool:
        return not self.roots and not any(s.verified for s in self.signers)


def cert_fingerprint(cert: x509.Certificate) -> bytes:
    return cert.fingerprint(hashes.SHA256())


def _common_name(cert: x509.Certificate) -> str:
    values = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(values[0].value) if values else cert.subject.rfc4514_string()


def read_root_file(path: str | Path) -> x509.Certificate:
    """A `--trust-root` file: PEM or DER; SigningError (Danish, names the file) otherwise."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise SigningError(CERTIFICATE_UNREADABLE, path=str(path)) from None
    try:
        return load_certificate(data)
    except ValueError:
        raise SigningError(NOT_A_CERTIFICATE, path=str(path)) from None


def _vault_roots(vault: SecretStore) -> list[TrustedRoot]:
    return [TrustedRoot(cert, FROM_VAULT) for cert in trust_roots(vault)]


def _contacts(vault: object) -> list[KnownSigner]:
    """The address book's signing certificates; revoked contacts count for nothing.

    A contact's certificate is trusted only once its fingerprint was read aloud and matched
    (`verified`); an unverified one is still listed, so the report can name the contact and say
    what to check.
    """
    from app.people import ContactBook

    return [
        KnownSigner(contact.card.name, contact.card.signing_cert, contact.verified)
        for contact in ContactBook(vault).list()
        if not contact.revoked
    ]


def _it_policy_roots() -> list[TrustedRoot]:
    """Roots IT sets for every user in the system-wide policy file (app/policy.py,
    `[signing] trusted_roots`); a file there that is not a certificate is named in the error."""
    from app.policy import current

    return [TrustedRoot(read_root_file(path), FROM_IT_POLICY) for path in current().trusted_roots]


def gather_trust_anchors(
    vault: SecretStore | None = None, root_files: Iterable[str | Path] = ()
) -> TrustAnchors:
    """Everything the user (or IT) trusts, from every source; the one place to add a source.

    `vault` None (a school checking a PDF without a vault): only the given root files count.
    """
    roots = [TrustedRoot(read_root_file(path), FROM_FILE) for path in root_files]
    roots += _it_policy_roots()
    signers: list[KnownSigner] = []
    if vault is not None:
        roots += _vault_roots(vault)
        signers += _contacts(vault)
    return TrustAnchors(roots=tuple(_unique(roots)), signers=tuple(signers))


def _unique(roots: list[TrustedRoot]) -> list[TrustedRoot]:
    seen: set[bytes] = set()
    out = []
    for root in roots:
        key = cert_fingerprint(root.certificate)
        if key not in seen:
            seen.add(key)
            out.append(root)
    return out
