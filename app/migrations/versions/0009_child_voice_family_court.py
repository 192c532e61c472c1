"""The child's own words (barnets lov § 5, stk. 3) and the family's case at Familieretshuset.

Revision ID: 0009
Revises: 0010

A new table `child_voices` (one row per version of what the child said; a correction is a new
row that supersedes the old one) and three nullable columns on `cases` for the case at
Familieretshuset (seed 000). Old vaults open unchanged: no child voices, no such case noted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child_voices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("heard_on", sa.Date(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("heard_by", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("house", sa.String(length=16), nullable=True),
        sa.Column("may_share", sa.Boolean(), nullable=False),
        sa.Column("meeting_uid", sa.String(length=32), nullable=True),
        sa.Column("supersedes", sa.String(length=32), nullable=True),
        sa.Column("also_supersedes", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_child_voices_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_voices")),
        sa.UniqueConstraint("case_id", "uid", name=op.f("uq_child_voices_case_id_uid")),
    )
    with op.batch_alter_table("child_voices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_voices_case_id"), ["case_id"], unique=False)
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("family_court_noted_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("family_court_track", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column("family_court_note", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("family_court_note")
        batch.drop_column("family_court_track")
        batch.drop_column("family_court_noted_on")
    with op.batch_alter_table("child_voices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_voices_case_id"))
    op.drop_table("child_voices")
