"""The vault's own tables (audit trail, secrets, settings, metadata) as SQLAlchemy Core objects.

The DDL itself lives in migration 0001; these objects are only for building queries.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.Text, nullable=False),  # ISO 8601, UTC
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("record_type", sa.Text, nullable=False),
    sa.Column("record_id", sa.Text, nullable=False),
    sa.Column("subject", sa.Text, nullable=True),
    sa.Column("chain", sa.LargeBinary, nullable=False),
)

vault_secrets = sa.Table(
    "vault_secrets",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

vault_settings = sa.Table(
    "vault_settings",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),  # JSON
)

vault_meta = sa.Table(
    "vault_meta",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
