"""The audit trail's head kept outside the database: in the key file, and in the keyring.

After every committed write the newest sequence number and chain value are written, with a MAC
under a key derived from the vault key, into `vault.key` (and, at unlock and lock, into the
keyring where one exists). At unlock the database must still hold that row with that chain
value. That turns these into a refusal with the restore path instead of a silent loss:
- a `vault.db` swapped for an older copy (the key file or the keyring remembers more);
- a deleted or damaged `-wal` after a crash (SQLite treats a bad frame as the end of the log);
- rows cut off the end, or a rewritten row up to the head.

A key holder can rewrite the database and the key file together, MAC included, and the keyring
too: a local trail cannot stop its own key holder. Against that, `stafet audit checkpoint`
hands IT a signed head to keep elsewhere (app/vault/checkpoint.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.vault import locks
from app.vault.device import SERVICE
from app.vault.errors import AuditHeadMismatch
from app.vault.keys import KeyFile, hkdf
from app.vault.schema import audit_log

if TYPE_CHECKING:
    from app.vault.core import Vault
    from app.vault.device import DeviceSecrets

logger = logging.getLogger(__name__)

KEYRING_SUFFIX = ".audit-head"


@dataclass(frozen=True)
class Head:
    seq: int
    chain: str  # hex
    failure_total: int = 0  # unlock failures counted when this head was written

    def _mac(self, key: bytes, vault_id: str) -> str:
        message = json.dumps(["stafet outside head", vault_id, self.seq, self.chain,
                              self.failure_total]).encode()
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def to_json(self, key: bytes, vault_id: str) -> dict[str, Any]:
        return {"seq": self.seq, "chain": self.chain, "failure_total": self.failure_total,
                "mac": self._mac(key, vault_id)}

    @classmethod
    def from_json(cls, data: object, key: bytes, vault_id: str) -> Head | None:
        """The head if its MAC holds, None if it was changed or damaged."""
        try:
            head = cls(int(data["seq"]), str(data["chain"]).lower(),  # type: ignore[index]
                       int(data.get("failure_total", 0)))  # type: ignore[union-attr]
            mac = str(data["mac"])  # type: ignore[index]
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return head if hmac.compare_digest(mac, head._mac(key, vault_id)) else None


def head_key(vault_key: bytearray) -> bytes:
    return bytes(hkdf(vault_key, b"stafet/v2/outside-head"))


# -- the keyring copy ---------------------------------------------------------------------------


def _account(vault_id: str, directory: Path) -> str:
    """Per vault and folder: a copy opened elsewhere on purpose (e.g. the `replaced-*` folder a
    restore left) has its own history; a rollback happens in the vault's own folder."""
    where = hashlib.sha256(str(directory.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{vault_id}{KEYRING_SUFFIX}.{where}"


def read_keyring(ds: DeviceSecrets, vault_id: str, directory: Path) -> dict[str, Any] | None:
    if ds.backend is None:
        return None
    try:
        text = ds.backend.get_password(SERVICE, _account(vault_id, directory))  # type: ignore[attr-defined]
        return json.loads(text) if text else None
    except Exception as exc:  # noqa: BLE001 - a locked keyring must not stop the unlock
        logger.warning("keyring head unreadable: %s", type(exc).__name__)
        return None


def write_keyring(
    ds: DeviceSecrets, vault_id: str, directory: Path, data: dict[str, Any] | None
) -> None:
    if ds.backend is None:
        return
    account = _account(vault_id, directory)
    try:
        if data is None:
            ds.backend.delete_password(SERVICE, account)  # type: ignore[attr-defined]
        else:
            ds.backend.set_password(SERVICE, account, json.dumps(data))  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - a missing entry is fine, a failing store is logged
        logger.warning("keyring head not written: %s", type(exc).__name__)


# -- keeping the head up to date ----------------------------------------------------------------


def record(vault: Vault, seq: int, chain: bytes) -> None:
    """After a commit: the key file learns the new head (never an older one; other processes
    write theirs too). Read, change and write under the key-file lock, so nothing else in the
    file (a new passphrase, a failure) is lost."""
    key = head_key(vault._raw_key())
    with locks.exclusive(vault.directory / locks.LOCK_NAME):
        current = KeyFile.read(vault.key_path)
        known = Head.from_json(current.head, key, vault.vault_id) if current.head else None
        # The failure total only grows: a count lowered in the file does not lower the MACed one.
        total = max(current.failure_total, known.failure_total if known else 0)
        if known is not None and (known.seq > seq or (known.seq == seq and known.failure_total
                                                      >= total)):
            vault.key_file = current
            return
        current.head = Head(seq, chain.hex(), total).to_json(key, vault.vault_id)
        current.write(vault.key_path)
        vault.key_file = current


def mirror_to_keyring(vault: Vault) -> None:
    if vault.key_file.head is not None:
        write_keyring(vault._device_secrets, vault.vault_id, vault.directory, vault.key_file.head)


def check_at_unlock(vault: Vault, session: sa.orm.Session) -> int:
    """Refuse a trail that went backwards or changed up to a head kept outside. Returns the
    unlock-failure total the newest trusted head remembers (a lower count in the key file means
    somebody reset it)."""
    key = head_key(vault._raw_key())
    remembered = 0
    sources = [
        vault.key_file.head,
        read_keyring(vault._device_secrets, vault.vault_id, vault.directory),
    ]
    for data in sources:
        if data is None:
            continue
        head = Head.from_json(data, key, vault.vault_id)
        if head is None:
            logger.warning("outside head fails its MAC")
            raise AuditHeadMismatch(seq="?")
        remembered = max(remembered, head.failure_total)
        if head.seq == 0:
            continue
        row = session.execute(
            sa.select(audit_log.c.chain).where(audit_log.c.seq == head.seq)
        ).first()
        if row is None or bytes(row.chain).hex() != head.chain:
            logger.warning("audit trail does not reach the head kept outside")
            raise AuditHeadMismatch(seq=head.seq)
    return remembered
