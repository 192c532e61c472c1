"""Encrypted backup of a whole vault in one file, and a restore that never half-overwrites.

A backup is a zip (stored, not compressed: the content is ciphertext) holding a manifest, the
database copied with SQLite's backup API into a new file under the same vault key, and the key
file. Restoring writes everything beside the vault first, proves it opens, then swaps the files
in under a small journal so a kill at any moment is finished on the next start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import shutil
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from app.files import replace_file
from app.vault import locks, outside, permissions
from app.vault.device import DeviceSecrets
from app.vault.engine import open_keyed, translate_error
from app.vault.errors import BackupInvalid, VaultDamaged, VaultInUse
from app.vault.keys import (
    KeyFile,
    atomic_write,
    fsync_dir,
    parse_recovery_key,
    raise_for_os_error,
    wipe,
)

if TYPE_CHECKING:
    from app.vault.core import Vault

logger = logging.getLogger(__name__)

BACKUP_FORMAT = "stafet-vault-backup"
BACKUP_VERSION = 1
MANIFEST = "stafet-backup.json"
JOURNAL = "restore-journal.json"
DB_MEMBER = "vault.db"
KEY_MEMBER = "vault.key"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify_db(path: Path, vault_key: bytearray) -> None:
    """The copy must open with the key and pass SQLCipher's page check and SQLite's own."""
    conn = open_keyed(path, vault_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchone()
        if bad or not quick or quick[0] != "ok":
            raise VaultDamaged()
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL beside it
    except dbapi2.DatabaseError as exc:
        raise translate_error(exc) from None
    finally:
        conn.close()


def write_backup(vault: Vault, out: Path) -> Path:
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise_for_os_error(exc)
    tag = secrets.token_hex(4)
    tmp_db = out.with_name(f".{out.name}.{tag}.db.part")
    tmp_zip = out.with_name(f".{out.name}.{tag}.part")
    key = vault._raw_key()
    try:
        # Under the write lock the copy is one consistent moment of the vault.
        with vault._write_lock:
            raw = vault.engine.raw_connection()
            try:
                dst = open_keyed(tmp_db, key)
                try:
                    raw.driver_connection.backup(dst)
                finally:
                    dst.close()
            finally:
                raw.close()
            key_bytes = vault.key_path.read_bytes()
            with vault.engine.connect() as conn:
                from app.vault.migrate import current_revision

                revision = current_revision(conn)
        _verify_db(tmp_db, key)
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault.vault_id,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "schema_revision": revision,
            "db_sha256": _sha256(tmp_db),
            "key_sha256": hashlib.sha256(key_bytes).hexdigest(),
        }
        with zipfile.ZipFile(tmp_zip, "x", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            zf.write(tmp_db, DB_MEMBER)
            zf.writestr(KEY_MEMBER, key_bytes)
        os.chmod(tmp_zip, 0o600)
        with tmp_zip.open("rb+") as fh:
            os.fsync(fh.fileno())
        replace_file(tmp_zip, out)  # the user's chosen file may be open elsewhere (Windows)
        fsync_dir(out.parent)
    except OSError as exc:
        raise_for_os_error(exc)
    except dbapi2.DatabaseError as exc:
        raise translate_error(exc) from None
    finally:
        for leftover in (tmp_db, tmp_zip, Path(f"{tmp_db}-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
    logger.info("backup written")
    return out


def read_manifest(backup_file: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(backup_file) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError):
        raise BackupInvalid() from None
    if (
        manifest.get("format") != BACKUP_FORMAT
        or manifest.get("version") != BACKUP_VERSION
        or not {DB_MEMBER, KEY_MEMBER} <= names
    ):
        raise BackupInvalid()
    return manifest


def _extract(backup_file: Path, staging: Path, manifest: dict[str, Any]) -> None:
    try:
        with zipfile.ZipFile(backup_file) as zf:
            for member in (DB_MEMBER, KEY_MEMBER):
                target = staging / member
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
                with zf.open(member) as src, os.fdopen(fd, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.flush()
                    os.fsync(dst.fileno())
    except (zipfile.BadZipFile, KeyError):
        raise BackupInvalid() from None
    except OSError as exc:
        raise_for_os_error(exc)
    if _sha256(staging / DB_MEMBER) != manifest.get("db_sha256") or _sha256(
        staging / KEY_MEMBER
    ) != manifest.get("key_sha256"):
        raise BackupInvalid()


def restore(
    backup_file: str | os.PathLike[str],
    directory: str | os.PathLike[str],
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    device_secrets: object | None = None,
    actor: str | None = None,
    kdf: Any = None,
) -> Vault:
    """Put a backup in place as the vault in `directory` and return it unlocked.

    With `recovery_key` (a new computer), `passphrase` becomes the passphrase here. Without it,
    the passphrase and this computer's device secret must open the backup's key file. A vault
    already in the folder is moved to `replaced-<time>/`, never overwritten.
    """
    from app.vault.core import Vault, ensure_writable

    source = Path(backup_file)
    target = Path(directory)
    manifest = read_manifest(source)
    try:
        target.mkdir(parents=True, exist_ok=True, mode=permissions.FOLDER_MODE)
    except OSError as exc:
        raise_for_os_error(exc)
    permissions.owner_only(target)  # a folder that existed already is tightened
    ensure_writable(target)
    if locks.in_use(target):
        # Another process writing on would send its next writes into `replaced-*/`.
        raise VaultInUse()
    finish_interrupted_restore(target)
    staging = target / f".restore-{secrets.token_hex(4)}"
    staging.mkdir(mode=permissions.FOLDER_MODE)
    try:
        _extract(source, staging, manifest)
        key_file = KeyFile.read(staging / KEY_MEMBER)
        ds = DeviceSecrets.resolve(device_secrets)
        if recovery_key is not None:
            vault_key = key_file.unwrap_with_recovery(parse_recovery_key(recovery_key))
            if passphrase is not None:
                account = f"{key_file.vault_id}.{secrets.token_hex(4)}"
                key_file.wrap_with_passphrase(
                    vault_key, passphrase, ds.create(account), kdf, account
                )
                key_file.write(staging / KEY_MEMBER)
        else:
            if passphrase is None:
                raise ValueError("restore needs a passphrase or a recovery key")
            vault_key = key_file.unwrap_with_passphrase(passphrase, ds.for_key_file(key_file))
        try:
            _verify_db(staging / DB_MEMBER, vault_key)
        finally:
            wipe(vault_key)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        journal = {"staging": staging.name, "aside": f"replaced-{stamp}-{secrets.token_hex(2)}"}
        # The restored vault is older than the head this computer's keyring remembers; the
        # restore is the user's deliberate step back (written in the trail), so the keyring
        # forgets it before the journal makes the swap certain (a kill after it finishes it).
        outside.write_keyring(ds, key_file.vault_id, target, None)
        atomic_write(target / JOURNAL, json.dumps(journal).encode())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finish_interrupted_restore(target)
    if recovery_key is not None and passphrase is None:
        vault = Vault.unlock_with_recovery_key(target, recovery_key, device_secrets=ds, actor=actor)
    else:
        assert passphrase is not None  # refused above when neither was given
        vault = Vault.unlock(target, passphrase, device_secrets=ds, actor=actor)
        vault.audit.append("vault.restore", "vault", vault.vault_id)
    aside = target / journal["aside"]
    vault.replaced_dir = aside if aside.exists() else None
    return vault


def finish_interrupted_restore(directory: Path) -> None:
    """Complete a swap the journal describes. Every step is a rename and can be repeated, so a
    kill anywhere in here (or before) ends with the restored vault in place and the old one
    intact in `replaced-…/`."""
    journal_path = directory / JOURNAL
    if not journal_path.is_file():
        return
    try:
        journal = json.loads(journal_path.read_text("utf-8"))
        staging = directory / journal["staging"]
        aside = directory / journal["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        raise VaultDamaged() from None
    from app.vault.core import DB_NAME, KEY_NAME

    try:
        new_db, new_key = staging / DB_MEMBER, staging / KEY_MEMBER
        moves_old = [
            (DB_NAME, new_db),
            (f"{DB_NAME}-wal", new_db),
            (f"{DB_NAME}-shm", new_db),
            (outside.HEAD_FILE, new_db),  # the replaced vault's head goes with it
            (KEY_NAME, new_key),
        ]
        for name, pending in moves_old:
            if pending.exists() and (directory / name).exists():
                aside.mkdir(exist_ok=True, mode=permissions.FOLDER_MODE)
                os.replace(directory / name, aside / name)
        fsync_dir(directory)
        for pending, name in ((new_db, DB_NAME), (new_key, KEY_NAME)):
            if pending.exists():
                os.replace(pending, directory / name)
                permissions.owner_only(directory / name)
        fsync_dir(directory)
        shutil.rmtree(staging, ignore_errors=True)
        journal_path.unlink()
        fsync_dir(directory)
    except OSError as exc:
        raise_for_os_error(exc)
    logger.info("restore completed")
