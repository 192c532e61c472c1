"""A real, throwaway PostgreSQL cluster for the relay server's tests (no mocks of the database).

`postgres_cluster` (session): `initdb` in a fresh temp folder, `pg_ctl start` on a free port of
127.0.0.1 (the socket in the same folder), trust authentication for the local `postgres` role;
stopped and removed at the end. As root it runs as the `postgres` user (initdb refuses root).
`pg_url` (per test): a new database in that cluster, dropped afterwards.

`throwaway_cluster()` is the same as a context manager, for bench/bench_server.py.
`scripts/install-system-deps.sh` installs Debian's `postgresql` when `initdb` is missing.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def postgres_bin(tool: str) -> str:
    """`initdb`/`pg_ctl`: on PATH, or in Debian's versioned folder (newest version first)."""
    found = shutil.which(tool)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    if not candidates:
        raise RuntimeError(
            f"PostgreSQL's {tool} is not installed: run scripts/install-system-deps.sh "
            "(Debian package postgresql)"
        )
    return candidates[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_db_user(command: list[str]) -> list[str]:
    """initdb and the server refuse to run as root: run them as the `postgres` user then."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", SUPERUSER, "--", *command]
        return ["su", SUPERUSER, "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
    return command


def _quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


@contextlib.contextmanager
def throwaway_cluster(
    *, durable: bool = False, info: dict | None = None, settings: dict[str, str] | None = None
) -> Iterator[str]:
    """A running cluster; yields the URL `postgresql://postgres@127.0.0.1:PORT/postgres`.

    `durable=False` (tests) switches fsync off: the tests kill the relay, never PostgreSQL, and a
    throwaway cluster need not survive a power cut. The benchmark passes durable=True.
    """
    root = Path(tempfile.mkdtemp(prefix="stafet-pg-"))
    data = root / "data"
    if info is not None:
        info["data"] = data  # e.g. for the benchmark's CPU accounting (postmaster.pid)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam(SUPERUSER)
        os.chown(root, user.pw_uid, user.pw_gid)
    root.chmod(0o700)
    port = free_port()
    log = root / "server.log"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        subprocess.run(
            _as_db_user(
                [
                    postgres_bin("initdb"),
                    "-D",
                    str(data),
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            env=env,
            cwd=root,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} "
            f"-c unix_socket_directories={root} -c max_connections=200"
        )
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        for name, value in (settings or {}).items():
            options += f" -c {name}={value}"
        subprocess.run(
            _as_db_user(
                [postgres_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", options,
                 "start"]
            ),
            check=True,
            capture_output=True,
            env=env,
            cwd=root,
        )
        try:
            yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_db_user([postgres_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                capture_output=True,
                env=env,
                cwd=root,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    if sys.platform == "win32":
        pytest.skip("the throwaway PostgreSQL cluster is started with POSIX tools (initdb/pg_ctl)")
    with throwaway_cluster() as url:
        yield url


def with_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def pg_url(postgres_cluster: str) -> Iterator[str]:
    """A fresh, empty database for one test (dropped at the end, connections and all)."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:16]
    with psycopg.connect(postgres_cluster, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield with_database(postgres_cluster, name)
    with psycopg.connect(postgres_cluster, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
