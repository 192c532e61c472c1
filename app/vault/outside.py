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
import os
import time
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
        store: Any = ds.backend
        text = store.get_password(SERVICE, _account(vault_id, directory))
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
    store: Any = ds.backend
    try:
        if data is None:
            store.delete_password(SERVICE, account)
        else:
            store.set_password(SERVICE, account, json.dumps(data))
    except Exception as exc:  # noqa: BLE001 - a missing entry is fine, a failing store is logged
        logger.warning("keyring head not written: %s", type(exc).__name__)


# -- keeping the head up to date ----------------------------------------------------------------

# After each commit the head goes into `vault.head` beside the key file: one write of a fixed
# 512-byte slot in place, no rename and no fsync, so a write stays within the SPEC's 10 ms (the
# key file's fsync'd atomic replace costs ~15 ms here, a rename alone ~3 ms). A killed process
# leaves the file current (the OS has it). A power cut may leave it behind or torn: a slot that
# does not parse or fails its MAC is ignored like a missing file (deleting the file does the
# same, and cannot be prevented), and the key file's head still counts. The key file gets the
# head, fsync'd, at unlock, at lock, with each checkpoint, and at most once a minute of writing.
HEAD_FILE = "vault.head"
HEAD_SLOT_BYTES = 512
SEAL_EVERY_SECONDS = 60.0


def _read_head_file(path: Path, key: bytes, vault_id: str) -> dict[str, Any] | None:
    """The side file's head if it is whole and its MAC holds; else None (see above)."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        logger.warning("audit head file unreadable; the key file's head is used")
        return None
    if Head.from_json(data, key, vault_id) is None:
        logger.warning("audit head file fails its MAC; the key file's head is used")
        return None
    return data


def write_head_file(directory: Path, data: dict[str, Any]) -> None:
    blob = json.dumps(data).encode("ascii")
    if len(blob) > HEAD_SLOT_BYTES:
        raise ValueError("head does not fit its slot")
    fd = os.open(directory / HEAD_FILE, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, blob.ljust(HEAD_SLOT_BYTES, b" "))  # one write: whole, or not at all
    finally:
        os.close(fd)


def record(vault: Vault, seq: int, chain: bytes) -> None:
    """After a commit: `vault.head` learns the new head (never an older one: other processes
    write theirs too), under the key-file lock."""
    key = head_key(vault._raw_key())
    with locks.exclusive(vault.directory / locks.LOCK_NAME):
        found = _read_head_file(vault.directory / HEAD_FILE, key, vault.vault_id)
        known = Head.from_json(found, key, vault.vault_id) if found else None
        if known is None or known.seq < seq:
            total = max(vault.key_file.failure_total, known.failure_total if known else 0)
            head = Head(seq, chain.hex(), total)
            write_head_file(vault.directory, head.to_json(key, vault.vault_id))
    if time.monotonic() - vault._sealed_at >= SEAL_EVERY_SECONDS:
        seal(vault)


def seal(vault: Vault) -> None:
    """The newest committed head into the key file (fsync'd), never an older one. Read, change
    and write under the key-file lock, so nothing else in the file (a new passphrase, a
    failure) is lost."""
    seq, chain_hex = vault.audit.head()
    key = head_key(vault._raw_key())
    with locks.exclusive(vault.directory / locks.LOCK_NAME):
        current = KeyFile.read(vault.key_path)
        known = Head.from_json(current.head, key, vault.vault_id) if current.head else None
        # The failure total only grows: a count lowered in the file does not lower the MACed one.
        total = max(current.failure_total, known.failure_total if known else 0)
        vault._sealed_at = time.monotonic()
        if known is not None and (
            known.seq > seq or (known.seq == seq and known.failure_total >= total)
        ):
            vault.key_file = current
            return
        current.head = Head(seq, chain_hex, total).to_json(key, vault.vault_id)
        current.write(vault.key_path)
        vault.key_file = current


def forget(vault: Vault) -> int:
    """The user accepts the trail as it is (no newer backup exists): every head kept outside
    is dropped, to be written anew from this trail. Returns the failure total they held."""
    key = head_key(vault._raw_key())
    total = 0
    with locks.exclusive(vault.directory / locks.LOCK_NAME):
        current = KeyFile.read(vault.key_path)
        for data in (current.head, read_keyring(vault._device_secrets, vault.vault_id,
                                                vault.directory)):
            head = Head.from_json(data, key, vault.vault_id) if data else None
            total = max(total, head.failure_total if head else 0)
        current.head = None
        current.write(vault.key_path)
        vault.key_file = current
        (vault.directory / HEAD_FILE).unlink(missing_ok=True)
    write_keyring(vault._device_secrets, vault.vault_id, vault.directory, None)
    return total


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
        _read_head_file(vault.directory / HEAD_FILE, key, vault.vault_id),
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
