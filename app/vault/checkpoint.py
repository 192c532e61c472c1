"""A signed head of the audit trail that IT keeps elsewhere: `stafet audit checkpoint -o FILE`.

Whoever can unlock the vault can rewrite its trail and recompute every chain value, and the
head kept in the key file as well (app/vault/outside.py). What they cannot do is change a file
that IT collected earlier. `audit verify --against FILE…` proves that the trail as it is now
still contains, unchanged, every row up to each checkpoint's head: a deleted row, a re-attributed
actor, a cut-off tail or an older `vault.db` all change or lose that head.

The checkpoint is signed with the vault's signing identity (the same key that signs PDFs), an
ECDSA or RSA signature over the canonical JSON of the head, with the certificate beside it. A
signature, not an HMAC: IT can check who made the file without holding any vault secret, and the
key holder cannot later produce a different checkpoint for the same moment under someone else's
name. The file holds no personal data: the vault id, a number, a hash and the signer's
certificate.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from app.domain.messages import QT_TRANSLATE_NOOP
from app.vault.audit import AuditReport
from app.vault.errors import VaultError

if TYPE_CHECKING:
    from app.vault.core import Vault

FORMAT = "stafet-audit-checkpoint"
VERSION = 1


class CheckpointInvalid(VaultError):
    exit_code = 4
    source_text = QT_TRANSLATE_NOOP(
        "Vault",
        "Filen {path} er ikke et gyldigt kontrolpunkt for denne boks: den er beskadiget, ændret "
        "eller lavet af en anden boks. Intet er ændret.",
    )


@dataclass(frozen=True)
class Checkpoint:
    vault_id: str
    seq: int
    chain: str
    made: dt.datetime
    signer: str  # the certificate's common name

    @property
    def anchor(self) -> tuple[int, str]:
        return self.seq, self.chain


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def _sign(key: Any, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    raise TypeError("unsupported signing key")


def _verify(public: Any, signature: bytes, data: bytes) -> None:
    if isinstance(public, ec.EllipticCurvePublicKey):
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(public, rsa.RSAPublicKey):
        public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise InvalidSignature()


def make(vault: Vault, key: Any, certificate: x509.Certificate) -> bytes:
    """The signed head as it is now; the making itself is the next row of the trail."""
    seq, chain = vault.audit.head()
    body = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault.vault_id,
        "seq": seq,
        "chain": chain,
        "made": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    document = {
        "checkpoint": body,
        "signature": base64.b64encode(_sign(key, _canonical(body))).decode("ascii"),
        "certificate": certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    }
    vault.audit.append("audit.checkpoint", "audit", str(seq))
    from app.vault import outside

    outside.seal(vault)  # the key file holds at least what IT now holds
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def read(data: bytes, path: str, vault_id: str) -> Checkpoint:
    """The checkpoint if its signature holds and it belongs to this vault; else a clear error."""
    try:
        document = json.loads(data.decode("utf-8"))
        body = document["checkpoint"]
        cert = x509.load_pem_x509_certificate(document["certificate"].encode("ascii"))
        _verify(cert.public_key(), base64.b64decode(document["signature"]), _canonical(body))
        if body["format"] != FORMAT or body["version"] != VERSION:
            raise ValueError("not a checkpoint")
        names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        found = Checkpoint(
            vault_id=str(body["vault_id"]),
            seq=int(body["seq"]),
            chain=str(body["chain"]).lower(),
            made=dt.datetime.fromisoformat(body["made"]),
            signer=str(names[0].value) if names else "",
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError, InvalidSignature):
        raise CheckpointInvalid(path=path) from None
    if found.vault_id != vault_id or found.seq < 0:
        raise CheckpointInvalid(path=path)
    return found


def verify_against(vault: Vault, files: list[Path]) -> list[tuple[Path, Checkpoint, AuditReport]]:
    """Each checkpoint with the trail's verdict on it (all files are read before any verdict,
    so one bad file is reported without a half-done run)."""
    checkpoints = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            raise CheckpointInvalid(path=str(path)) from None
        checkpoints.append((path, read(data, str(path), vault.vault_id)))
    return [(path, cp, vault.audit.verify(cp.anchor)) for path, cp in checkpoints]
