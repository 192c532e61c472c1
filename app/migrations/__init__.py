"""Alembic migrations of the vault schema; run by app.vault.migrate, never by hand."""
