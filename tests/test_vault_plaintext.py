"""No plaintext on disk: names and CPR numbers written to the vault appear in no file anywhere."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app import paths
from app.vault import Vault
from tests.fixtures_vault import FAST_KDF

# Synthetic people (the BTI example family) and made-up CPR numbers.
NEEDLES = [
    "Hans Hansen",
    "Gitte Hansen",
    "Olga Jensen",
    "1503184321",
    "150318-4321",
    "Familiehuset Solsikken",
]

people = sa.Table(
    "test_people",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("cpr", sa.Text),
    sa.Column("note", sa.Text),
)


def workload(session: Callable[[], AbstractContextManager[Session]]) -> None:
    """Writes, rewrites, deletes, sorts and indexes: pages pass through WAL, temp and free lists."""
    with session() as s:
        people.create(s.connection(), checkfirst=True)
        for i in range(300):
            s.execute(
                people.insert().values(
                    name=f"{NEEDLES[i % 3]} {i}",
                    cpr=NEEDLES[3] if i % 2 else NEEDLES[4],
                    note=f"Møde i {NEEDLES[5]} " + "x" * 500,
                )
            )
    with session() as s:
        s.execute(people.update().where(people.c.id % 3 == 0).values(note="ændret"))
        s.execute(people.delete().where(people.c.id % 5 == 0))
        s.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_people_name ON test_people(name)"))
        list(s.execute(sa.select(people).order_by(people.c.note.desc(), people.c.cpr)))


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.exists():
            yield from (p for p in root.rglob("*") if p.is_file())


def leaks(roots: list[Path]) -> list[tuple[str, str, str]]:
    found = []
    for path in files_under(*roots):
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(encoding) in data:
                    found.append((path.name, needle, encoding))
    return found


@pytest.fixture
def watched(tmp_path, monkeypatch) -> Iterator[list[Path]]:
    """A private temp dir and a DEBUG log file in the app's log dir, both scanned afterwards."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    logs = paths.log_dir()
    logs.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(logs / "stafet.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield [tmp, logs]
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def test_vault_files_logs_and_temp_hold_no_plaintext(tmp_path, watched, memory_keyring):
    directory = tmp_path / "boks"
    vault, _ = Vault.create(
        directory, "en god lang frase", kdf=FAST_KDF, device_secrets=memory_keyring
    )
    workload(vault.session)
    vault.settings_set("senest_åbnet", NEEDLES[0])
    vault.put_secret("nøgle", NEEDLES[3].encode())
    vault.backup(directory / "backups" / "kopi.stafetbackup")
    # Scan while open (WAL and SHM in place) and again after locking.
    assert (directory / "vault.db-wal").exists()
    assert leaks([directory, *watched]) == []
    vault.lock()
    assert leaks([directory, *watched]) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(directory / "vault.db").execute("SELECT * FROM sqlite_master").fetchall()
    scanned = {p.name for p in files_under(directory)}
    assert {"vault.db", "vault.key", "kopi.stafetbackup"} <= scanned


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le"])
def test_control_run_on_plain_sqlite_finds_the_names(tmp_path, encoding):
    """The scanner is not blind: the same workload on plain SQLite leaks every needle."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'plain.db'}")

    @sa.event.listens_for(engine, "connect")
    def _encoding(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA encoding = '{encoding}'")

    @contextmanager
    def session():
        with Session(engine) as s, s.begin():
            yield s

    workload(session)
    engine.dispose()
    found = {(needle, enc) for _name, needle, enc in leaks([tmp_path])}
    wanted = "utf-8" if encoding == "UTF-8" else "utf-16-le"
    assert {(needle, wanted) for needle in NEEDLES} <= found


def test_a_database_error_names_no_value_that_was_being_written(vault):
    """A failed statement's text reaches logs and dialogs: it must not carry the CPR or names."""
    import sqlalchemy as sa

    secret_cpr = "070421-4127"
    with vault.session() as session:
        session.execute(sa.text("CREATE TABLE probe_unique (cpr TEXT UNIQUE)"))
        session.execute(sa.text("INSERT INTO probe_unique VALUES (:c)"), {"c": secret_cpr})
    try:
        with vault.session() as session:
            session.execute(sa.text("INSERT INTO probe_unique VALUES (:c)"), {"c": secret_cpr})
    except sa.exc.IntegrityError as err:
        assert secret_cpr not in str(err)
    else:
        raise AssertionError("the duplicate insert should have failed")
