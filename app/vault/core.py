"""The vault: one SQLCipher database plus its key file, opened, used and locked as a whole."""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

import app
from app.vault import locks, migrate, outside, permissions, retention, strength, throttle
from app.vault.audit import AuditReport, AuditTrail
from app.vault.device import DeviceSecrets, Protection
from app.vault.engine import connect, make_engine, user_errors
from app.vault.errors import (
    AuditHeadMismatch,
    ReadOnly,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from app.vault.keys import (
    KdfParams,
    KeyFile,
    hkdf,
    new_recovery_key,
    parse_recovery_key,
    raise_for_os_error,
    wipe,
)
from app.vault.schema import vault_meta
from app.vault.store import SmallStore

logger = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUP_DIR = "backups"
# Automatic backups taken before a schema upgrade: the newest five are kept, older ones deleted
# (they are encrypted like the vault; user backups written with `vault backup` are never pruned).
AUTOMATIC_BACKUPS_KEPT = 5
AUTOMATIC_BACKUP_PREFIX = retention.AUTOMATIC_BACKUP_PREFIX
MIN_PASSPHRASE = strength.MIN_LENGTH
# Smaller than one SQLCipher page cannot be a vault: an empty or cut file next to a key file is
# damage (never a new vault), whatever SQLite would make of it.
MIN_DB_BYTES = 1024
# Every file of a vault, for tightening the permissions (the folder itself is tightened too).
VAULT_FILES = (
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    KEY_NAME,
    outside.HEAD_FILE,
    locks.LOCK_NAME,
    BACKUP_DIR,
)
# Up to this size every page's HMAC is checked at unlock (≈0.1 s), so damage is reported before
# anything is written. Bigger vaults are checked page by page as they are read (SQLCipher never
# hands out a page whose HMAC fails) and in full by `vault check`, to keep unlock within budget.
FULL_CHECK_AT_UNLOCK_BYTES = 16 * 1024 * 1024


# The person's profile (app.people) is this vault setting; the vault reads only its name, so every
# audit row, the unlock's included, names the person and never the OS login ($LOGNAME is anyone's
# to set). Before a profile exists the rows say so plainly instead of guessing.
PROFILE_SETTING = "people.profile"
NO_PROFILE_ACTOR = "ukendt bruger (ingen profil)"


def default_actor() -> str:
    return NO_PROFILE_ACTOR


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ensure_writable(directory: Path) -> None:
    """Try for real: a read-only mount or folder gives a clear message before anything starts."""
    probe = directory / f".write-probe-{secrets.token_hex(4)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise_for_os_error(exc)
    for name in (DB_NAME, KEY_NAME):
        path = directory / name
        if path.exists() and not os.access(path, os.W_OK):
            raise ReadOnly()


@dataclass(frozen=True)
class VaultCheck:
    intact: bool
    problems: list[str]
    schema_revision: str | None
    newest_revision: str
    protection: Protection
    cipher_version: str
    audit: AuditReport
    # The recovery copy in vault.key: True intact, False damaged or missing, None when an older
    # key file has no check for it yet (it gets one with the next new recovery key).
    recovery_intact: bool | None = None
    kept_copies: tuple[retention.KeptCopy, ...] = ()


class Vault(SmallStore):
    """An unlocked vault. Build it with `create`, `unlock` or `unlock_with_recovery_key`."""

    def __init__(
        self,
        directory: Path,
        key_file: KeyFile,
        vault_key: bytearray,
        device_secrets: DeviceSecrets,
        actor: str | None,
    ) -> None:
        self.directory = directory
        self.key_file = key_file
        self._vault_key: bytearray | None = vault_key
        self._audit_secret: bytearray | None = hkdf(vault_key, b"stafet/v1/audit-chain")
        self._device_secrets = device_secrets
        self.actor = actor or default_actor()
        self._actor_from_profile = not actor  # an explicit actor (tests, restore) is kept
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._engine: sa.Engine | None = None
        self.audit = AuditTrail(self)
        self.upgraded_from: str | None = None
        self.last_backup: Path | None = None
        self.replaced_dir: Path | None = None  # set by restore when an older vault moved aside
        self._marker: locks.OpenMarker | None = None
        self._pending_head: tuple[int, bytes] | None = None  # set by the audit trail, see session
        self._sealed_at = 0.0  # when this process last wrote the head into the key file

    # -- finding a vault -----------------------------------------------------------------

    @staticmethod
    def exists(directory: str | os.PathLike[str]) -> bool:
        from app.vault.backup import finish_interrupted_restore

        path = Path(directory)
        finish_interrupted_restore(path)
        # A key file is a vault, even when its database is missing or damaged: the unlock then
        # says so with the restore path, instead of offering to create a new vault over it.
        return (path / KEY_NAME).is_file()

    @staticmethod
    def preload() -> None:
        """Import and read the migrations ahead of the first unlock (call it from a worker
        thread while the unlock window waits for the passphrase; harmless to call twice)."""
        migrate.preload()

    @staticmethod
    def unlock_wait(
        directory: str | os.PathLike[str], device_secrets: object | None = None
    ) -> float:
        """Seconds before the next unlock attempt is allowed (0 when it is allowed now)."""
        ds = DeviceSecrets.resolve(device_secrets) if device_secrets is not None else None
        return throttle.wait_seconds(Path(directory), ds)

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.directory / KEY_NAME

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    @property
    def protection(self) -> Protection:
        if self.key_file.device_required:
            return Protection.PASSPHRASE_AND_DEVICE
        return Protection.PASSPHRASE_ONLY

    @property
    def protection_notice(self) -> str:
        return self.protection.notice

    @property
    def is_locked(self) -> bool:
        return self._vault_key is None

    @property
    def engine(self) -> sa.Engine:
        if self._engine is None or self._vault_key is None:
            raise VaultLocked()
        return self._engine

    def _audit_key(self) -> bytearray:
        if self._audit_secret is None:
            raise VaultLocked()
        return self._audit_secret

    def _raw_key(self) -> bytearray:
        if self._vault_key is None:
            raise VaultLocked()
        return self._vault_key

    # -- create and unlock ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: str | os.PathLike[str],
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        device_secrets: object | None = None,
        actor: str | None = None,
        schema_revision: str = "head",
    ) -> tuple[Vault, str]:
        """A new, empty vault; returns it unlocked with the recovery key (shown once, never
        stored). `schema_revision` stops early (tests of the upgrade path use it)."""
        path = Path(directory)
        ds = DeviceSecrets.resolve(device_secrets)
        strength.require(passphrase, passphrase_only=ds.backend is None)
        if (path / KEY_NAME).exists():
            raise VaultExists(directory=str(path))
        try:
            # Only the user: the files are ciphertext, but nobody else needs to copy them.
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise_for_os_error(exc)
        permissions.owner_only(path)  # an existing folder is tightened too
        ensure_writable(path)
        leftover = path / DB_NAME
        if leftover.exists():  # an earlier create was interrupted before its key file landed
            leftover.rename(path / f"{DB_NAME}.orphan-{_now():%Y%m%dT%H%M%S}")
        (path / outside.HEAD_FILE).unlink(missing_ok=True)  # belongs to no key file here
        vault_id = uuid.uuid4().hex
        vault_key = bytearray(secrets.token_bytes(32))
        recovery_raw, recovery_text = new_recovery_key()
        device_secret = ds.create(vault_id)  # the keyring account is the vault id at first
        key_file = KeyFile(
            vault_id=vault_id,
            created=_now().isoformat(timespec="seconds"),
            device_required=False,
            kdf=kdf or KdfParams.production(),
            salt=b"",
            passphrase_nonce=b"",
            passphrase_wrapped=b"",
            recovery_salt=b"",
            recovery_nonce=b"",
            recovery_wrapped=b"",
        )
        key_file.wrap_with_passphrase(vault_key, passphrase, device_secret)
        key_file.wrap_with_recovery(vault_key, recovery_raw)
        wipe(recovery_raw)
        vault = cls(path, key_file, vault_key, ds, actor)
        try:
            vault._start(target=schema_revision, creating=True)
            # SQLite gives -wal/-shm the db file's mode; the umask may have widened it.
            permissions.tighten(path, VAULT_FILES)
            # The key file lands last: until then the folder holds no vault, only leftovers.
            key_file.write(path / KEY_NAME)
            outside.mirror_to_keyring(vault)
        except BaseException:
            vault._drop()
            for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                try:
                    (path / name).unlink()
                except OSError:
                    pass
            ds.delete(vault_id)
            raise
        logger.info("created vault (%s)", vault.protection.value)
        return vault, recovery_text

    @classmethod
    def _read_key_file(cls, path: Path) -> KeyFile:
        from app.vault.backup import finish_interrupted_restore

        finish_interrupted_restore(path)
        if not (path / KEY_NAME).is_file():
            raise VaultNotFound(directory=str(path))
        db = path / DB_NAME
        # A missing, empty or cut database next to a key file is damage with the restore path;
        # SQLite would otherwise start a new, empty vault in it.
        if not db.is_file() or db.stat().st_size < MIN_DB_BYTES:
            logger.warning("vault database missing or too small beside its key file")
            raise VaultDamaged()
        return KeyFile.read(path / KEY_NAME)

    @staticmethod
    @contextmanager
    def _tries(path: Path) -> Iterator[None]:
        """One unlock try at a time across processes, so every failure is counted."""
        try:
            lock = locks.exclusive(path / locks.LOCK_NAME)
            lock.__enter__()
        except OSError as exc:
            raise_for_os_error(exc)
        try:
            yield
        finally:
            lock.__exit__(None, None, None)

    @classmethod
    def unlock(
        cls,
        directory: str | os.PathLike[str],
        passphrase: str,
        *,
        device_secrets: object | None = None,
        actor: str | None = None,
        accept_loss: bool = False,
    ) -> Vault:
        """`accept_loss`: open a vault whose trail no longer reaches the head kept outside, as
        it is now, and write that into its trail (`stafet vault accept-loss`; only when there
        is no newer backup to restore)."""
        path = Path(directory)
        cls._read_key_file(path)
        ds = DeviceSecrets.resolve(device_secrets)
        with cls._tries(path):
            key_file = cls._read_key_file(path)
            throttle.check(path, key_file, ds)
            device_secret = ds.for_key_file(key_file)
            try:
                vault_key = key_file.unwrap_with_passphrase(passphrase, device_secret)
            except WrongPassphrase as err:
                raise type(err)(retry_after=throttle.record_failure(path, ds)) from None
        vault = cls(path, key_file, vault_key, ds, actor)
        vault._start(accept_loss=accept_loss)
        return vault

    @classmethod
    def unlock_with_recovery_key(
        cls,
        directory: str | os.PathLike[str],
        recovery_key: str,
        *,
        new_passphrase: str | None = None,
        device_secrets: object | None = None,
        kdf: KdfParams | None = None,
        actor: str | None = None,
    ) -> Vault:
        """Open with the recovery key (e.g. on a new computer). With `new_passphrase` the
        passphrase is set anew and bound to this computer's keyring where it has a secure one."""
        path = Path(directory)
        ds = DeviceSecrets.resolve(device_secrets)
        if new_passphrase is not None:
            strength.require(new_passphrase, passphrase_only=ds.backend is None)
        cls._read_key_file(path)
        with cls._tries(path):
            key_file = cls._read_key_file(path)
            throttle.check(path, key_file, ds)
            try:
                vault_key = key_file.unwrap_with_recovery(parse_recovery_key(recovery_key))
            except WrongPassphrase as err:
                raise type(err)(retry_after=throttle.record_failure(path, ds)) from None
        vault = cls(path, key_file, vault_key, ds, actor)
        vault._start()
        try:
            vault.audit.append("vault.unlock_recovery_key", "vault", vault.vault_id)
            if new_passphrase is not None:
                vault.change_passphrase(new_passphrase, kdf=kdf, new_device_secret=True)
        except BaseException:
            vault.lock()
            raise
        return vault

    def _start(
        self, *, target: str = "head", creating: bool = False, accept_loss: bool = False
    ) -> None:
        """Engine up, migrations, pending failures into the audit trail; on error: all down."""
        if not creating:
            ensure_writable(self.directory)
            permissions.tighten(self.directory, VAULT_FILES)
        try:
            self._marker = locks.OpenMarker(self.directory)  # `vault restore` waits for it
        except OSError as exc:
            raise_for_os_error(exc)
        key = self._vault_key

        def creator():  # noqa: ANN202 - a DBAPI connection
            if self._vault_key is None or key is None:
                raise VaultLocked()
            return connect(self.db_path, key)

        self._engine = make_engine(creator)
        try:
            with user_errors():
                if not creating and self.db_path.stat().st_size <= FULL_CHECK_AT_UNLOCK_BYTES:
                    with self.engine.connect() as conn:
                        if conn.exec_driver_sql("PRAGMA cipher_integrity_check").first():
                            raise VaultDamaged()
                self._migrate(target, creating)
                if self._actor_from_profile and not creating:
                    self.actor = self.profile_name() or default_actor()
                with self.session() as s:
                    if creating:
                        for k, v in (
                            ("vault_id", self.vault_id),
                            ("created_by_app", app.__version__),
                        ):
                            s.execute(vault_meta.insert().values(key=k, value=v))
                        self.audit.append("vault.create", "vault", self.vault_id)
                    else:
                        self._check_bound(s)
                        try:
                            remembered = outside.check_at_unlock(self, s)
                        except AuditHeadMismatch as err:
                            if not accept_loss:
                                raise
                            remembered = outside.forget(self)
                            self.audit.append(
                                "vault.loss_accepted", "vault", str(err.params.get("seq"))
                            )
                        failures, total = throttle.failures_to_report(
                            self.directory, self.key_file, self._device_secrets
                        )
                        for when in failures:
                            self.audit.append(
                                "vault.unlock_failed",
                                "vault",
                                self.vault_id,
                                actor="ukendt",
                                at=throttle.as_time(when),
                            )
                        if total < remembered:
                            # Somebody lowered the count in the key file to dodge the delay.
                            logger.warning("unlock failure count was reset")
                            self.audit.append(
                                "vault.unlock_failures_reset", "vault", self.vault_id
                            )
                        self.audit.append("vault.unlock", "vault", self.vault_id)
            if not creating:
                with locks.exclusive(self.directory / locks.LOCK_NAME):
                    # Every key-file write holds this lock, so a `.part` seen now was left by
                    # a process killed mid-write: nothing will ever finish it.
                    for pattern in (f".{KEY_NAME}.*.part", f".{outside.HEAD_FILE}.*.part"):
                        for stale in self.directory.glob(pattern):
                            stale.unlink(missing_ok=True)
                    self.key_file = KeyFile.read(self.key_path)
                    throttle.clear(
                        self.directory,
                        self.key_file,
                        self._device_secrets,
                        max(total, remembered),
                        reported=failures,
                    )
                    # The key file's head (its MAC covers the failure total) is now current.
                    outside.seal(self)
                outside.mirror_to_keyring(self)
                retention.remove_expired(self.directory)
        except BaseException:
            self._drop()
            raise

    def _check_bound(self, session: Session) -> None:
        """The database must be the one this key file was made for."""
        found = session.execute(
            sa.select(vault_meta.c.value).where(vault_meta.c.key == "vault_id")
        ).scalar_one_or_none()
        if found != self.vault_id:
            logger.warning("vault database does not belong to its key file")
            raise VaultDamaged()

    def _migrate(self, target: str, creating: bool) -> None:
        def before_upgrade(old: str) -> None:
            from app.vault.backup import write_backup

            stamp = _now().strftime("%Y%m%dT%H%M%S%f")
            folder = self.directory / BACKUP_DIR
            folder.mkdir(mode=permissions.FOLDER_MODE, exist_ok=True)
            permissions.owner_only(folder)
            out = folder / f"{AUTOMATIC_BACKUP_PREFIX}{stamp}-{old}.stafetbackup"
            self.last_backup = write_backup(self, out)
            automatic = sorted(folder.glob(f"{AUTOMATIC_BACKUP_PREFIX}*.stafetbackup"))
            for stale in automatic[:-AUTOMATIC_BACKUPS_KEPT]:
                retention.remove_securely(stale)

        with self.engine.execution_options(stafet_write=True).begin() as conn:
            if not creating and migrate.stored_revision(conn) is None:
                # No schema in a file next to a key file: damage. Never build a fresh vault here.
                raise VaultDamaged()
            before, after = migrate.upgrade(
                conn, target=target, before_upgrade=None if creating else before_upgrade
            )
        if before is not None and before != after:
            self.upgraded_from = before

    def profile_name(self) -> str | None:
        """The name in the person's profile (written by app.people), or None before one."""
        stored = self.settings_get(PROFILE_SETTING)
        name = stored.get("name") if isinstance(stored, dict) else None
        return str(name) if name else None

    # -- sessions ------------------------------------------------------------------------

    def current_session(self) -> Session | None:
        return getattr(self._local, "session", None)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commit on success, roll back on any exception.

        Writes are serialised (one writer at a time in this process; BEGIN IMMEDIATE keeps
        other processes out too). A session opened inside another on the same thread joins it.
        """
        outer = self.current_session()
        if outer is not None:
            yield outer
            return
        engine = self.engine
        with self._write_lock:
            if self._engine is None:
                raise VaultLocked()
            session = Session(
                bind=engine.execution_options(stafet_write=True), expire_on_commit=False
            )
            self._local.session = session
            self._pending_head = None
            try:
                with user_errors():
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                self._pending_head = None
                raise
            finally:
                self._local.session = None
                session.close()
            head, self._pending_head = self._pending_head, None
            if head is not None:
                self._record_head(*head)

    def _record_head(self, seq: int, chain: bytes) -> None:
        """The committed head outside the database (app/vault/outside.py). The write is already
        durable in the database, so a failure here is logged, not raised: a head that lags
        raises no false alarm."""
        if not self.key_path.exists():  # being created: the key file lands with the head in it
            key = outside.head_key(self._raw_key())
            self.key_file.head = outside.Head(seq, chain.hex()).to_json(key, self.vault_id)
            return
        try:
            outside.record(self, seq, chain)
        except Exception as exc:  # noqa: BLE001
            logger.warning("audit head not written: %s", type(exc).__name__)

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only look that does not wait for the writer (WAL readers see the last commit)."""
        outer = self.current_session()
        if outer is not None:
            yield outer
            return
        session = Session(bind=self.engine, expire_on_commit=False)
        try:
            with user_errors():
                yield session
        finally:
            session.rollback()
            session.close()

    # -- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close every connection and drop the key; waits for a running write to finish."""
        if self._vault_key is None:
            return
        with self._write_lock:
            try:
                outside.seal(self)
            except Exception as exc:  # noqa: BLE001 - locking must not fail over this
                logger.warning("audit head not sealed at lock: %s", type(exc).__name__)
            outside.mirror_to_keyring(self)
            self._drop()
        logger.info("vault locked")

    def _drop(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        marker, self._marker = self._marker, None
        if marker is not None:
            marker.release()
        wipe(self._vault_key)
        wipe(self._audit_secret)
        self._vault_key = None
        self._audit_secret = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- passphrase ----------------------------------------------------------------------

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None, new_device_secret: bool = False
    ) -> None:
        """Re-wrap the same vault key under the new passphrase (no re-encryption). The key file
        is replaced atomically, so a kill leaves either the old or the new passphrase working."""
        strength.require(
            new_passphrase,
            passphrase_only=self._device_secrets.backend is None
            or (not new_device_secret and not self.key_file.device_required),
        )
        key = self._raw_key()
        with self._write_lock, locks.exclusive(self.directory / locks.LOCK_NAME):
            # Read again under the lock: another process may have written a newer head.
            old = KeyFile.read(self.key_path)
            account = old.keyring_account
            if new_device_secret:
                # A fresh name: the old secret stays until the new key file has landed.
                account = f"{self.vault_id}.{secrets.token_hex(4)}"
                device_secret = self._device_secrets.create(account)
            else:
                device_secret = self._device_secrets.for_key_file(old)
            updated = KeyFile.from_json(old.to_json())
            updated.wrap_with_passphrase(key, new_passphrase, device_secret, kdf, account)
            try:
                updated.write(self.key_path)
            except BaseException:
                if new_device_secret:
                    self._device_secrets.delete(account)
                raise
            if new_device_secret and old.device_required and old.keyring_account != account:
                self._device_secrets.delete(old.keyring_account)
            self.key_file = updated
            self.audit.append("vault.passphrase_changed", "vault", self.vault_id)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase (throttled like unlocking) unless `passphrase` opens this vault.

        Leaving the family-safe view asks for it: the key file is unwrapped again, the vault
        stays open and nothing is written.
        """
        def opens() -> bool:
            device_secret = self._device_secrets.for_key_file(self.key_file)
            try:
                wipe(self.key_file.unwrap_with_passphrase(passphrase, device_secret))
            except WrongPassphrase:
                return False
            return True

        self.try_secret(opens)

    def try_secret(
        self, matches: Callable[[], bool], wrong: type[WrongPassphrase] = WrongPassphrase
    ) -> None:
        """One try of a secret (the passphrase, the family-safe PIN): serialised and counted in
        the key file like an unlock, so a wrong guess waits as long there as here."""
        path, ds = self.directory, self._device_secrets
        with self._tries(path):
            throttle.check(path, self._read_key_file(path), ds)
            if not matches():
                raise wrong(retry_after=throttle.record_failure(path, ds))

    def purge(self) -> bool:
        """After destroying records: leave no older copy of their pages behind.

        `secure_delete` already overwrites deleted content inside the database file; the WAL,
        however, still holds earlier versions of changed pages until a checkpoint. This copies
        everything into the database and truncates the WAL to zero bytes. Returns False when a
        reader elsewhere still holds an old snapshot (then call it again later).
        """
        with self._write_lock, user_errors(), self.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return busy == 0

    # -- checks, backup, restore -----------------------------------------------------------

    @property
    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def check(self) -> VaultCheck:
        """Full integrity check (every page's HMAC and the B-trees), schema, audit chain."""
        problems: list[str] = []
        with self.read_session() as s:
            cipher = [r[0] for r in s.execute(sa.text("PRAGMA cipher_integrity_check"))]
            integrity = [r[0] for r in s.execute(sa.text("PRAGMA integrity_check"))]
            version = s.execute(sa.text("PRAGMA cipher_version")).scalar_one()
        problems += cipher
        problems += [p for p in integrity if p != "ok"]
        audit = self.audit.verify()
        recovery = KeyFile.read(self.key_path).recovery_intact(self._raw_key())
        return VaultCheck(
            intact=not problems and audit.intact and recovery is not False,
            problems=problems,
            schema_revision=self.schema_revision,
            newest_revision=migrate.head_revision(),
            protection=self.protection,
            cipher_version=str(version),
            audit=audit,
            recovery_intact=recovery,
            kept_copies=tuple(retention.kept_copies(self.directory)),
        )

    def new_recovery_key(self) -> str:
        """A new recovery key replaces the old one in the key file (the old one stops working);
        returns the new key's text, shown once."""
        raw, text = new_recovery_key()
        key = self._raw_key()
        try:
            with self._write_lock, locks.exclusive(self.directory / locks.LOCK_NAME):
                current = KeyFile.read(self.key_path)
                current.wrap_with_recovery(key, raw)
                current.write(self.key_path)
                self.key_file = current
        finally:
            wipe(raw)
        self.audit.append("vault.recovery_key_rotated", "vault", self.vault_id)
        return text

    def backup(self, out: str | os.PathLike[str]) -> Path:
        """An encrypted copy (same vault key) with its key file, in one file at `out`."""
        from app.vault.backup import write_backup

        path = write_backup(self, Path(out))
        self.audit.append("vault.backup", "vault", self.vault_id)
        return path

    @classmethod
    def restore(
        cls,
        backup_file: str | os.PathLike[str],
        directory: str | os.PathLike[str],
        passphrase: str | None = None,
        **kwargs: Any,
    ) -> Vault:
        from app.vault.backup import restore

        return restore(backup_file, directory, passphrase, **kwargs)
