"""The municipal relay on the laptop (issue 15): outbox, inbox and what copy recipients hold.

Revision ID: 0011
Revises: 0009

- `relay_outbox`: sealed `.stafet` bundles waiting to be pushed to the relay server (the same
  bytes a file would hold), queued in the transaction that made them; `pushed_at` once the
  server stored them.
- `relay_inbox`: bundles pulled from the server, stored BEFORE they are acknowledged there, so a
  crash loses nothing; `state` says whether each was received (merged) yet.
- `relay_copy_recipients`: who got a copy of which case, and whether updates still go out
  (`stopped`: "" or why not, e.g. the consent lapsed);
  `relay_copies`: per case and copy recipient, each record (uid and a digest of its content)
  the recipient already has, so an update bundle carries only what they lack.
Everything is inside the encrypted vault; the server's address and pinned certificate live in
the vault's settings ("relay.server").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relay_outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.Text(), nullable=False, unique=True),  # sha256 of data, hex
        sa.Column("file_id", sa.Text(), nullable=False),  # the handover file's own id
        sa.Column("contact", sa.Text(), nullable=False),  # the recipient's card fingerprint
        sa.Column("kind", sa.Text(), nullable=False),  # bundle | copy | receipt
        sa.Column("case_uid", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("pushed_at", sa.Text(), nullable=True),
    )
    op.create_table(
        "relay_inbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.Text(), nullable=False, unique=True),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("pulled_at", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False, server_default="waiting"),
        sa.Column("received_at", sa.Text(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "relay_copy_recipients",
        sa.Column("case_uid", sa.Text(), primary_key=True),
        sa.Column("contact", sa.Text(), primary_key=True),  # card fingerprint
        sa.Column("stopped", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "relay_copies",
        sa.Column("case_uid", sa.Text(), primary_key=True),
        sa.Column("contact", sa.Text(), primary_key=True),
        sa.Column("record_uid", sa.Text(), primary_key=True),
        sa.Column("digest", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("relay_copies")
    op.drop_table("relay_copy_recipients")
    op.drop_table("relay_inbox")
    op.drop_table("relay_outbox")
