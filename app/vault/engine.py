"""SQLCipher connections with the vault's settings, and the SQLAlchemy engine built on them."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2

from app.vault.errors import DiskFull, ReadOnly, VaultBusy, VaultDamaged, WrongSqlcipher

logger = logging.getLogger(__name__)

CACHE_SIZE_KIB = 32 * 1024  # per connection; the whole vault of a busy office fits in a few
BUSY_TIMEOUT_MS = 10_000

# Values every connection must report back; tests read them from several threads.
EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "foreign_keys": 1,
}


def key_pragma(vault_key: bytearray) -> str:
    # The hex text is an immutable Python str; it lives only for this call (see keys.wipe).
    return f"PRAGMA key = \"x'{bytes(vault_key).hex()}'\""


def open_keyed(path: Path, vault_key: bytearray, **connect_args: object) -> dbapi2.Connection:
    """A SQLCipher connection with the key set and its error log silenced (nothing read yet)."""
    conn = dbapi2.connect(str(path), isolation_level=None, **connect_args)
    try:
        # SQLCipher logs decryption failures to stderr by default; they say nothing the user
        # needs and must not clutter the terminal or a log file.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(vault_key))
    except BaseException:
        conn.close()
        raise
    return conn


def connect(path: Path, vault_key: bytearray) -> dbapi2.Connection:
    """Open, key, probe at once (SQLCipher says "ok" to any key), then apply the settings."""
    conn = open_keyed(path, vault_key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            raise translate_error(exc) from None
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise WrongSqlcipher(found=str(version[0]) if version else "ingen")
        apply_settings(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_settings(conn: dbapi2.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ReadOnly()
    for statement in (
        "PRAGMA synchronous = FULL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        "PRAGMA foreign_keys = ON",
        f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    ):
        conn.execute(statement)


_FULL = re.compile(r"disk is full|database or disk is full|no space", re.I)
_READONLY = re.compile(r"readonly|read-only|read only", re.I)
_DAMAGED = re.compile(r"not a database|malformed|corrupt|disk i/o error", re.I)
_BUSY = re.compile(r"database is locked|database is busy", re.I)


def translate_error(exc: BaseException) -> Exception:
    """A SQLite/SQLCipher error in the user's words, or the error itself if it is a bug."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    if _FULL.search(text):
        return DiskFull()
    if _READONLY.search(text):
        return ReadOnly()
    if _BUSY.search(text):
        return VaultBusy()
    if _DAMAGED.search(text):
        return VaultDamaged()
    return exc if isinstance(exc, Exception) else RuntimeError(text)


@contextmanager
def user_errors() -> Iterator[None]:
    """Re-raise database failures that users can act on as their Danish `UserError`."""
    try:
        yield
    except (sa_exc.OperationalError, sa_exc.DatabaseError, dbapi2.DatabaseError) as exc:
        translated = translate_error(exc)
        if translated is exc:
            raise
        raise translated from None


def make_engine(creator: Callable[[], dbapi2.Connection]) -> sa.Engine:
    engine = sa.create_engine(
        "sqlite+pysqlite://",
        module=dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        pool_reset_on_return="rollback",
        # SQLAlchemy puts bound parameters (names, CPR numbers, notes) into its error texts;
        # those texts reach logs and messages, so they must never carry the values.
        hide_parameters=True,
    )

    # The driver's own transaction handling is off (isolation_level=None): SQLAlchemy emits
    # BEGIN itself, so SAVEPOINTs and DDL in migrations behave (SQLAlchemy's pysqlite recipe).
    # Writers take the write lock at BEGIN, so a second process waits instead of failing later.
    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        if conn.get_execution_options().get("stafet_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
