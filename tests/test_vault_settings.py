"""Every connection carries the vault's settings; the process refuses core dumps."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import sqlalchemy as sa

from app.vault.engine import EXPECTED_PRAGMAS


def test_every_connection_has_the_settings_from_several_threads(vault):
    threads = 4
    barrier = threading.Barrier(threads)
    seen: list[dict[str, object]] = []
    errors: list[BaseException] = []

    def look() -> None:
        try:
            with vault.read_session() as s:
                conn = s.connection()
                barrier.wait()  # all sessions open at once: the pool must hand out 4 connections
                values = {
                    name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in EXPECTED_PRAGMAS
                }
                values["cipher_version"] = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
                values["cipher_log_level"] = conn.exec_driver_sql(
                    "PRAGMA cipher_log_level"
                ).scalar()
                values["cache_size"] = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                values["connection"] = id(conn.connection.driver_connection)
                barrier.wait()
                seen.append(values)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    workers = [threading.Thread(target=look) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert len({v["connection"] for v in seen}) == threads
    for values in seen:
        assert values["journal_mode"] == "wal"
        assert values["synchronous"] == 2  # FULL
        assert values["temp_store"] == 2  # MEMORY
        assert values["secure_delete"] == 1
        assert values["foreign_keys"] == 1
        assert str(values["cipher_version"]).startswith("4.")
        assert values["cipher_log_level"] == "NONE"
        assert values["cache_size"] <= -16 * 1024  # negative = KiB: at least 16 MiB


def test_foreign_keys_are_enforced(vault):
    with vault.session() as s:
        s.execute(sa.text("CREATE TABLE parent(id INTEGER PRIMARY KEY)"))
        s.execute(
            sa.text(
                "CREATE TABLE child(id INTEGER PRIMARY KEY, "
                "parent_id INTEGER REFERENCES parent(id))"
            )
        )
    try:
        with vault.session() as s:
            s.execute(sa.text("INSERT INTO child(parent_id) VALUES (42)"))
        raise AssertionError("a child without parent was accepted")
    except sa.exc.IntegrityError:
        pass


def test_wrong_key_leaves_stderr_clean(tmp_path):
    """SQLCipher's own error log would print to the terminal on a failed decrypt; it is off."""
    script = f"""
import sys
from pathlib import Path
from app.vault.engine import connect
from app.vault.errors import VaultDamaged
conn = connect(Path(r"{tmp_path}") / "x.db", bytearray(b"1" * 32))
conn.execute("CREATE TABLE t(x)"); conn.commit(); conn.close()
try:
    connect(Path(r"{tmp_path}") / "x.db", bytearray(b"2" * 32))
except VaultDamaged:
    print("refused")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "refused"
    assert done.stderr == ""


@pytest.mark.skipif(sys.platform == "win32", reason="core-dump limits (resource) are POSIX")
def test_harden_process_switches_core_dumps_off():
    script = """
import resource
from app.vault.hardening import harden_process, is_dumpable
assert harden_process() is True
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "(0, 0) False"
