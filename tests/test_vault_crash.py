"""Crash safety: a writer killed with SIGKILL at random moments never costs a committed edit,
and a passphrase change killed half-way leaves exactly one passphrase working."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.vault import DeviceSecrets, Vault, WrongPassphrase
from tests.fixtures_vault import FAST_KDF

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

PASS = "en god lang frase"
ROUNDS = 18
REPO = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import sys
    import sqlalchemy as sa
    from app.vault import DeviceSecrets, Vault
    vault = Vault.unlock(sys.argv[1], sys.argv[2], device_secrets=DeviceSecrets(None))
    with vault.session() as s:
        s.execute(sa.text("CREATE TABLE IF NOT EXISTS edits(id INTEGER PRIMARY KEY, body TEXT)"))
        n = s.execute(sa.text("SELECT coalesce(max(id), 0) FROM edits")).scalar()
    print("ready", flush=True)
    while True:
        n += 1
        with vault.session() as s:
            s.execute(sa.text("INSERT INTO edits(id, body) VALUES (:i, :b)"),
                      {"i": n, "b": "redigering " * (1 + n % 40)})
            vault.audit.append("entry.add", "edit", n, subject="sag-1")
        print(n, flush=True)  # only after the commit returned
""")

PASSWD = textwrap.dedent("""
    import sys
    from app.vault import DeviceSecrets, KdfParams, Vault
    a, b = sys.argv[2], sys.argv[3]
    fast = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    for current in (a, b):
        try:
            vault = Vault.unlock(sys.argv[1], current, device_secrets=DeviceSecrets(None))
            break
        except Exception:
            continue
    new = b if current == a else a
    while True:
        vault.change_passphrase(new, kdf=fast)
        print(new, flush=True)
        new = b if new == a else a
""")


def child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )


def kill_at_random(proc: subprocess.Popen[str], rng: random.Random, wait_ready: bool) -> list[str]:
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            ready.set()
        ready.set()

    thread = threading.Thread(target=reader)
    thread.start()
    if wait_ready:
        ready.wait()  # the reader sets it on the first line, or when the child's pipe closes
    time.sleep(rng.uniform(0.0, 0.35))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    thread.join()
    return lines


@pytest.mark.slow
def test_sigkill_while_committing_never_loses_a_committed_edit(tmp_path):
    directory = tmp_path / "boks"
    Vault.create(directory, PASS, kdf=FAST_KDF, device_secrets=DeviceSecrets(None))[0].lock()
    rng = random.Random(20240301)
    acknowledged: set[int] = set()
    for round_ in range(ROUNDS):
        # Every third round the kill may land during start-up and unlock as well.
        lines = kill_at_random(child(WRITER, str(directory), PASS), rng, wait_ready=round_ % 3 != 0)
        acknowledged |= {int(x) for x in lines if x.isdigit()}
        vault = Vault.unlock(directory, PASS, device_secrets=DeviceSecrets(None))
        try:
            with vault.read_session() as s:
                assert s.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
                assert s.execute(sa.text("PRAGMA cipher_integrity_check")).all() == []
                present = (
                    set(s.execute(sa.text("SELECT id FROM edits")).scalars())
                    if s.execute(
                        sa.text("SELECT count(*) FROM sqlite_master WHERE name='edits'")
                    ).scalar()
                    else set()
                )
            assert acknowledged <= present, f"round {round_}: lost {acknowledged - present}"
            assert vault.audit.verify().intact
        finally:
            vault.lock()
    assert len(acknowledged) > ROUNDS  # the kills really landed among commits


@pytest.mark.slow
def test_sigkill_during_passphrase_change_leaves_exactly_one_working(tmp_path):
    directory = tmp_path / "boks"
    a, b = "første lange frase", "anden lange frase"
    Vault.create(directory, a, kdf=FAST_KDF, device_secrets=DeviceSecrets(None))[0].lock()
    rng = random.Random(7)
    changes = 0
    for _ in range(6):
        lines = kill_at_random(child(PASSWD, str(directory), a, b), rng, wait_ready=True)
        changes += len(lines)
        working = []
        for candidate in (a, b):
            try:
                Vault.unlock(directory, candidate, device_secrets=DeviceSecrets(None)).lock()
                working.append(candidate)
            except WrongPassphrase:
                pass
        assert len(working) == 1
        (directory / "unlock-failures.json").unlink(missing_ok=True)
    assert changes > 6
