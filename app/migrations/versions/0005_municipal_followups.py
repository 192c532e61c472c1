"""Municipal steps: the help's start and the follow-up cadence (BL § 95), and the decision to
revise an existing investigation (børnehus criterion 2, BL §§ 124-126).

Revision ID: 0005
Revises: 0004

Three nullable columns on `cases`: old vaults open unchanged (their follow-ups count from
barnets plan until a start date of the help is recorded). The deadline rules changed with them
(issue 13), so the stored deadlines are marked stale and rebuilt from the records on first use.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("revision_decided_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("help_started_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("follow_up_every_months", sa.Integer(), nullable=True))
    op.execute(
        "INSERT INTO vault_settings (key, value) VALUES ('deadlines.stale', 'true') "
        "ON CONFLICT (key) DO UPDATE SET value = 'true'"
    )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("follow_up_every_months")
        batch.drop_column("help_started_on")
        batch.drop_column("revision_decided_on")
