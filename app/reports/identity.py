"""The signing identity, kept for the PDF code's imports: it now lives with the person's profile.

`app.people.signing` owns the keys (the profile owns the person's keys); the reports only use
them, so this module re-exports the names the PDF signing, verification and GUI code import.
"""

from __future__ import annotations

from app.people.signing import (
    BAD_P12,
    BAD_ROOT,
    CA_DAYS,
    CONTEXT,
    IDENTITY,
    IDENTITY_META,
    LOCAL_CA,
    NAME_MISSING,
    NO_IDENTITY,
    P12_NO_KEY,
    P12_UNUSABLE,
    PERSONAL_DAYS,
    TRUST_ROOTS,
    PrivateKey,
    SecretStore,
    SigningError,
    SigningIdentity,
    add_trust_root,
    check_signing_certificate,
    create_local_identity,
    has_identity,
    identity_name,
    import_pkcs12,
    issue_personal,
    load_certificate,
    load_identity,
    make_local_ca,
    trust_roots,
)

__all__ = [
    "BAD_P12",
    "BAD_ROOT",
    "CA_DAYS",
    "CONTEXT",
    "IDENTITY",
    "IDENTITY_META",
    "LOCAL_CA",
    "NAME_MISSING",
    "NO_IDENTITY",
    "P12_NO_KEY",
    "P12_UNUSABLE",
    "PERSONAL_DAYS",
    "TRUST_ROOTS",
    "PrivateKey",
    "SecretStore",
    "SigningError",
    "SigningIdentity",
    "add_trust_root",
    "check_signing_certificate",
    "create_local_identity",
    "has_identity",
    "identity_name",
    "import_pkcs12",
    "issue_personal",
    "load_certificate",
    "load_identity",
    "make_local_ca",
    "trust_roots",
]
