"""Consent without drawing: a giver who cannot draw types their name and ticks the box, witnessed.

Revision ID: 0010
Revises: 0005

Four columns on `consent_givers` (issue 16, WCAG 2.5.1: no path gesture required): the typed
name, the tick on "Jeg giver samtykke", and the witnessing caseworker's name and moment (UTC,
ISO 8601 text like every other moment). Old vaults open unchanged: their givers drew, so the
new columns are empty / false.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consent_givers") as batch:
        batch.add_column(sa.Column("typed_name", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("ticked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("witnessed_by", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("witnessed_at", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consent_givers") as batch:
        batch.drop_column("witnessed_at")
        batch.drop_column("witnessed_by")
        batch.drop_column("ticked")
        batch.drop_column("typed_name")
