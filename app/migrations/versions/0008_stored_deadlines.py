"""Speed at 50,000 cases: the deadlines kept per case, and an index in the case list's order.

Revision ID: 0008
Revises: 0006

The table starts empty in an upgraded vault; the setting `deadlines.stale` makes the case
service fill it from the records on first use (the rules live in app/domain, not in a frozen
migration).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("list_group", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute("UPDATE cases SET list_group = CASE WHEN closed_on IS NULL THEN 0 ELSE 1 END")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column("list_group", server_default=None)
        batch_op.create_index(
            "ix_cases_list_order", ["list_group", "name_key", "id"], unique=False
        )
    op.create_table(
        "case_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("visible_from", sa.Date(), nullable=False),
        sa.Column("target_record", sa.String(length=40), nullable=False),
        sa.Column("target_uid", sa.String(length=32), nullable=True),
        sa.Column("target_section", sa.String(length=60), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_deadlines_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_deadlines")),
    )
    with op.batch_alter_table("case_deadlines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_deadlines_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_deadlines_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_deadlines_visible_from"), ["visible_from"], unique=False
        )
    op.execute(
        "INSERT INTO vault_settings (key, value) VALUES ('deadlines.stale', 'true') "
        "ON CONFLICT (key) DO UPDATE SET value = 'true'"
    )


def downgrade() -> None:
    op.drop_table("case_deadlines")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_list_order")
        batch_op.drop_column("list_group")
    op.execute("DELETE FROM vault_settings WHERE key = 'deadlines.stale'")
