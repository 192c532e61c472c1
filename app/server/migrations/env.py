"""Alembic environment of the relay's PostgreSQL schema (separate from the vault's tree).

Online only, on the connection `app.server.db.migrate` hands over: no alembic.ini, no URL (and so
no password) written anywhere, the server's logging left as it is.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("The relay's migrations run only through app.server.db.migrate")

context.configure(connection=connection, version_table="relay_alembic_version")
with context.begin_transaction():
    context.run_migrations()
