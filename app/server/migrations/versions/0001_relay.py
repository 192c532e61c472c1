"""The relay: enrolled people, sealed bundles, per-recipient delivery, append-only audit.

Revision ID: r0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
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
        sa.UniqueConstraint(
            "encryption_issuer", "encryption_serial", name="people_encryption_cert"
        ),
    )
    op.create_table(
        "bundles",
        sa.Column("id", sa.String(64), primary_key=True),  # sha256 of the bytes, hex
        sa.Column("sender_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
    )
    # Ciphertext does not compress: keep TOAST from trying (out of line, uncompressed).
    op.execute("ALTER TABLE bundles ALTER COLUMN body SET STORAGE EXTERNAL")
    op.create_table(
        "deliveries",
        sa.Column("cursor", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column(
            "bundle_id",
            sa.String(64),
            sa.ForeignKey("bundles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("bundle_id", "recipient_id", name="deliveries_once"),
    )
    op.create_index(
        "deliveries_inbox",
        "deliveries",
        ["recipient_id", "cursor"],
        postgresql_where=sa.text("delivered_at IS NULL"),
    )
    op.create_table(
        "audit",
        sa.Column("seq", sa.BigInteger, sa.Identity(always=True), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("person_id", sa.Integer, nullable=True),  # who (a number, never a name)
        sa.Column("subject", sa.Text, nullable=False, server_default=""),  # a bundle id or ""
    )
    op.execute(
        """
        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the relay audit is append-only';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION audit_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_no_truncate ON audit")
    op.execute("DROP TRIGGER IF EXISTS audit_no_change ON audit")
    op.execute("DROP FUNCTION IF EXISTS audit_append_only()")
    for table in ("audit", "deliveries", "bundles", "people"):
        op.drop_table(table)
