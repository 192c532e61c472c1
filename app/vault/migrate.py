"""Runs the alembic migrations on an open vault: upgrade older vaults, refuse newer ones."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from app.vault.errors import VaultTooNew

if TYPE_CHECKING:  # alembic is imported on first use: it costs ~0.2 s that start-up need not pay
    from alembic.config import Config
    from alembic.script import ScriptDirectory

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision this app ships. Unlock compares the vault's stored revision with it and
# imports alembic (about 1 s with mako, pygments and the other dialects) only when an upgrade is
# due. A test checks it equals the head alembic finds in versions/: bump it with each migration.
HEAD = "0011"  # issue 15 (the relay: outbox, inbox, copies) follows 0009
# Extra folders of revisions chained after ours (tests add a throw-away "next version" here).
EXTRA_VERSION_LOCATIONS: list[Path] = []


def _config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    locations = [MIGRATIONS_DIR / "versions", *EXTRA_VERSION_LOCATIONS]
    cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return _script_directory(tuple(EXTRA_VERSION_LOCATIONS))


@functools.lru_cache(maxsize=4)
def _script_directory(_extra: tuple[Path, ...]) -> ScriptDirectory:
    # Cached per process: alembic compiles every revision file each time it reads the folder.
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def preload() -> None:
    """Import alembic and read the revisions now (e.g. while the unlock window waits)."""
    script_directory().get_heads()


def head_revision() -> str:
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {heads}")
    return heads[0]


def stored_revision(connection: sa.Connection) -> str | None:
    """The vault's schema revision read with plain SQL (no alembic import); None when new."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    connection: sa.Connection,
    *,
    target: str = "head",
    before_upgrade: Callable[[str], None] | None = None,
) -> tuple[str | None, str]:
    """Bring the schema to `target`; returns (revision before, revision after).

    `before_upgrade(old_revision)` runs first when an existing vault is about to change, so the
    caller can take an encrypted backup. A revision this app does not know means the vault was
    written by a newer Stafet: refused, nothing touched.
    """
    if target == "head" and not EXTRA_VERSION_LOCATIONS:
        current = stored_revision(connection)
        if current == HEAD:
            return current, current
    from alembic import command
    from alembic.util.exc import CommandError

    scripts = script_directory()
    current = current_revision(connection)
    if current is not None:
        try:
            scripts.get_revision(current)
        except CommandError:
            raise VaultTooNew(revision=current) from None
    wanted = scripts.get_revision(target).revision if target != "head" else head_revision()
    if current == wanted:
        return current, current
    if current is not None:
        # Never move backwards on unlock; an older app opening a newer vault is refused above.
        ancestors = {rev.revision for rev in scripts.iterate_revisions(wanted, "base")}
        if current not in ancestors:
            raise VaultTooNew(revision=current)
        if before_upgrade is not None:
            before_upgrade(current)
    logger.info("migrating vault schema %s -> %s", current, wanted)
    command.upgrade(_config(connection), wanted)
    return current, wanted
