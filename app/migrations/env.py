"""Alembic environment: always online, on the already keyed connection the vault hands over.

There is no alembic.ini and no logging fileConfig here on purpose: the app's loggers stay as
the app configured them, and no connection string (with a key) is ever written anywhere.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("Stafet migrations run only through app.vault.migrate on an open vault")

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables instead
)
with context.begin_transaction():
    context.run_migrations()
