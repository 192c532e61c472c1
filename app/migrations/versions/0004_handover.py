"""Handover: a case handed over to another laptop, or received as a copy, is read-only.

Revision ID: 0004
Revises: 0008

`handed_over_to`: the new holder's name once their receipt has come back ("" otherwise).
`is_copy`: the case came as a copy for information (or its offer was declined here).
Old vaults get "" and false: every case they hold stays editable as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("handed_over_to", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("is_copy", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("is_copy")
        batch_op.drop_column("handed_over_to")
