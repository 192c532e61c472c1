"""The database schema: migration 0002 builds exactly the tables the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models.base import Base
from app.sync import store as relay_store
from app.vault.migrate import script_directory


def test_migrations_build_exactly_the_model_tables(vault):
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        diffs = [
            d
            # the relay's outbox/inbox (0011) are Core tables of app.sync.store, in the same vault
            for d in compare_metadata(context, [Base.metadata, relay_store.metadata])
            # the vault's own tables (0001) are not the records' business
            if not (d[0] == "remove_table" and d[1].name.startswith(("audit_", "vault_")))
            and not (d[0] == "remove_index" and d[1].table.name.startswith("audit_"))
        ]
    assert diffs == []
    chain = {
        rev.revision for rev in script_directory().iterate_revisions(vault.schema_revision, "base")
    }
    assert {"0001", "0002"} <= chain
    assert script_directory().get_revision("0002").down_revision == "0001"
