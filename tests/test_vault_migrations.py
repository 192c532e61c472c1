"""Schema upgrades on unlock: an older vault moves up with its data (after a backup); a newer
vault is refused untouched."""

from __future__ import annotations

import hashlib
import sys
import textwrap

import pytest
import sqlalchemy as sa

from app.vault import Vault, VaultTooNew, migrate
from app.vault.backup import read_manifest
from tests.fixtures_vault import FAST_KDF


@pytest.fixture
def next_version(tmp_path, monkeypatch):
    """A throw-away revision "9001" after today's newest, as the next Stafet would ship it."""
    head = migrate.head_revision()
    folder = tmp_path / "next_versions"
    folder.mkdir()
    (folder / "9001_test_next.py").write_text(
        textwrap.dedent(f'''
        """Test-only next version: a new column with a default, and a new table."""
        import sqlalchemy as sa
        from alembic import op

        revision = "9001"
        down_revision = {head!r}
        branch_labels = None
        depends_on = None

        def upgrade():
            with op.batch_alter_table("vault_settings") as batch:
                batch.add_column(sa.Column("changed", sa.Text, nullable=False,
                                           server_default="aldrig"))
            op.create_table("test_next", sa.Column("id", sa.Integer, primary_key=True))

        def downgrade():
            op.drop_table("test_next")
    '''),
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "EXTRA_VERSION_LOCATIONS", [folder])
    return "9001"


def test_new_vault_is_at_the_newest_revision(vault):
    assert vault.schema_revision == migrate.head_revision()
    assert vault.upgraded_from is None


def test_older_vault_is_upgraded_with_data_intact_after_a_backup(
    vault_dir, passphrase, memory_keyring, next_version
):
    old, _ = Vault.create(
        vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring, schema_revision="0001"
    )
    assert old.schema_revision == "0001"
    old.settings_set("lås_efter_minutter", 7)
    old.put_secret("signeringsnøgle", b"\x01\x02")
    old.audit.append("case.view", "case", 3, subject="sag-3")
    old.lock()

    new = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        assert new.upgraded_from == "0001"
        assert new.schema_revision == next_version
        assert new.settings_get("lås_efter_minutter") == 7
        assert new.get_secret("signeringsnøgle") == b"\x01\x02"
        assert [e.subject for e in new.audit.extract("sag-3")] == ["sag-3"]
        assert new.audit.verify().intact
        with new.read_session() as s:
            assert s.execute(sa.text("SELECT changed FROM vault_settings")).scalar() == "aldrig"
        assert new.check().intact
    finally:
        new.lock()
    backups = list((vault_dir / "backups").glob("*.stafetbackup"))
    assert len(backups) == 1
    assert read_manifest(backups[0])["schema_revision"] == "0001"


def test_vault_from_a_newer_version_is_refused_untouched(
    vault, vault_dir, passphrase, memory_keyring
):
    with vault.session() as s:
        s.execute(sa.text("UPDATE alembic_version SET version_num = '7777'"))
    vault.lock()
    before = hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest()
    with pytest.raises(VaultTooNew) as info:
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    assert "nyere udgave af Stafet" in str(info.value) and "7777" in str(info.value)
    assert hashlib.sha256((vault_dir / "vault.db").read_bytes()).hexdigest() == before
    assert not (vault_dir / "backups").exists()


def test_migrations_form_one_line_starting_at_0001():
    scripts = migrate.script_directory()
    chain = [rev.revision for rev in scripts.walk_revisions()]
    assert chain[-1] == "0001"
    assert len(scripts.get_heads()) == 1


def test_automatic_backups_keep_only_the_newest(
    vault_dir, passphrase, memory_keyring, next_version, monkeypatch
):
    from app.vault import core

    monkeypatch.setattr(core, "AUTOMATIC_BACKUPS_KEPT", 2)
    folder = vault_dir / "backups"
    folder.mkdir(parents=True)
    for stamp in ("20200101T000000000000", "20210101T000000000000", "20220101T000000000000"):
        (folder / f"for-opgradering-{stamp}-0001.stafetbackup").write_bytes(b"gammel")
    (folder / "min-egen.stafetbackup").write_bytes(b"brugerens egen")
    old, _ = Vault.create(
        vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring, schema_revision="0001"
    )
    old.lock()
    Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring).lock()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and "min-egen.stafetbackup" in names
    assert "for-opgradering-20220101T000000000000-0001.stafetbackup" in names


def test_head_constant_is_the_newest_migration():
    """Unlock trusts migrate.HEAD to skip alembic; a new migration must move it too."""
    assert migrate.HEAD == migrate.head_revision()


def test_unlocking_an_up_to_date_vault_does_not_import_alembic(
    vault_dir, passphrase, vault, memory_keyring, monkeypatch
):
    """Alembic (with mako, pygments, other dialects) costs about a second: unlock pays it only
    when an upgrade is due. A None entry in sys.modules makes any import of it fail."""
    vault.lock()
    for name in [m for m in sys.modules if m == "alembic" or m.startswith("alembic.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "alembic", None)
    reopened = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        with reopened.read_session() as s:
            assert s.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
                migrate.HEAD
            )
    finally:
        reopened.lock()
