"""Merge conflicts: a resolving version also replaces the other versions (`also_supersedes`).

Revision ID: 0006
Revises: 0002

When the same log entry or actor row was revised on two laptops, both revisions are kept after
a merge; the holder's resolution is a new version that supersedes one and "also supersedes" the
others. A JSON list of uids, empty for every row written before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("log_entries", "actor_rows")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("also_supersedes", sa.JSON(), nullable=False, server_default="[]")
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("also_supersedes")
