"""The relay's PostgreSQL schema (SQLAlchemy Core) and its migrations (own alembic tree).

What is stored, and nothing else (docs/server.md):
- people: the enrolled contact cards, the signing certificate's fingerprint (the TLS identity),
  the encryption certificate's issuer + serial (how an envelope names its recipient), revoked
  or not;
- bundles: the sealed `.stafet` bytes as received (bytea, see below), who pushed them, size, time;
- deliveries: one row per (bundle, recipient) with the inbox cursor and when it was acknowledged;
- audit: what happened, by person number and bundle id; a trigger refuses UPDATE/DELETE/TRUNCATE.

Bundle bytes live in PostgreSQL (bytea), not in files: a push is one transaction (bytes, recipients
and audit row commit together or not at all, so a crash can neither lose an acknowledged push nor
leave half a file), and PostgreSQL's own backups and replication then cover everything the relay
holds. Ciphertext does not compress, so the column is stored EXTERNAL (no TOAST compression try).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.server.errors import BAD_DATABASE_URL, DATABASE_UNREACHABLE, SCHEMA_MISSING, ServerError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "r0001"

metadata = sa.MetaData()

people = sa.Table(
    "people",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("organisation", sa.Text, nullable=False),
    sa.Column("card", sa.LargeBinary, nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
    sa.Column("signing_cert", sa.LargeBinary, nullable=False),
    sa.Column("encryption_issuer", sa.LargeBinary, nullable=False),
    sa.Column("encryption_serial", sa.Text, nullable=False),  # decimal: up to 160 bits
    sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

bundles = sa.Table(
    "bundles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("sender_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("body", sa.LargeBinary, nullable=False),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("cursor", sa.BigInteger, sa.Identity(always=False), primary_key=True),
    sa.Column("bundle_id", sa.String(64), sa.ForeignKey("bundles.id", ondelete="CASCADE")),
    sa.Column("recipient_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
    sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("seq", sa.BigInteger, sa.Identity(always=True), primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("person_id", sa.Integer, nullable=True),
    sa.Column("subject", sa.Text, nullable=False, server_default=""),
)

_URL = re.compile(r"^postgres(?:ql)?(?:\+psycopg)?://[^/:@\s]+(?:@[^/\s]+)?/[^/\s?]+(?:\?\S*)?$")


def sqlalchemy_url(url: str) -> str:
    """postgresql://USER@HOST:PORT/DB → SQLAlchemy's psycopg 3 dialect; no password in it."""
    if not _URL.match(url):
        raise ServerError(BAD_DATABASE_URL)
    rest = url.split("://", 1)[1]
    return "postgresql+psycopg://" + rest


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    """No pre-ping (it would cost a round trip per request): a connection PostgreSQL dropped
    (restart, failover) fails one request, SQLAlchemy then discards the whole pool's stale
    connections, and the laptop retries at its next sync."""
    engine = sa.create_engine(
        sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        hide_parameters=True,  # an error in the log never carries a card, a name or bytes
        connect_args={"application_name": "stafet-server", "connect_timeout": 10},
    )
    sa.event.listen(engine, "connect", _binary_bytes)
    return engine


def _binary_bytes(dbapi_connection: object, _record: object) -> None:
    """Bundle bytes go to PostgreSQL in binary, not as hex text twice their size."""
    from psycopg.types.string import BytesBinaryDumper

    adapters = dbapi_connection.adapters  # type: ignore[attr-defined]
    adapters.register_dumper(bytes, BytesBinaryDumper)


def _alembic_config(connection: sa.Connection):  # noqa: ANN202 - alembic type
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to HEAD (idempotent)."""
    from alembic import command

    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
    except sa.exc.OperationalError as exc:
        raise ServerError(DATABASE_UNREACHABLE, why=_reason(exc)) from None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(sa.text("SELECT version_num FROM relay_alembic_version")).scalar()
        except sa.exc.ProgrammingError:
            return None


def require_schema(engine: Engine) -> None:
    """Refuse to run against a database that `init` has not set up (or an older schema)."""
    try:
        revision = current_revision(engine)
    except sa.exc.OperationalError as exc:
        raise ServerError(DATABASE_UNREACHABLE, why=_reason(exc)) from None
    if revision != HEAD:
        raise ServerError(SCHEMA_MISSING)


def _reason(exc: Exception) -> str:
    """The driver's first line (host/port/role, never data): enough for IT to fix the address."""
    text = str(getattr(exc, "orig", exc)).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
