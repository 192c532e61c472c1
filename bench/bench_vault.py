"""Benchmark the vault: unlock with production KDF settings, commit latency of a small edit, and
the same workload on the encrypted vault and on plain SQLite. Prints one JSON line.

Budgets (SPEC §8): unlock 0.3–1.0 s; commit median ≤ 10 ms, p99 ≤ 50 ms; encrypted ≤ 1.5× plain.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from app.vault import DeviceSecrets, KdfParams, Vault  # noqa: E402
from app.vault.engine import apply_settings  # noqa: E402
from app.vault.keys import derive_passphrase_key  # noqa: E402

PASSPHRASE = "benchmark frase med god længde"
EDITS = 1_000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ms(value: float) -> float:
    return round(value * 1000, 2)


def bench_unlock(directory: Path) -> dict[str, float]:
    params = KdfParams.production()
    kdf_times, kdf_cpu = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        derive_passphrase_key(PASSPHRASE, b"\0" * 16, params)
        kdf_times.append(time.perf_counter() - start)
        kdf_cpu.append(time.process_time() - cpu)
    times, unlock_cpu = [], []
    for _ in range(5):
        start, cpu = time.perf_counter(), time.process_time()
        vault = Vault.unlock(directory, PASSPHRASE, device_secrets=DeviceSecrets(None))
        times.append(time.perf_counter() - start)
        unlock_cpu.append(time.process_time() - cpu)
        vault.lock()
    # A fresh process: interpreter, imports and the first unlock, as `stafet vault check` pays.
    script = (
        "import time,sys; t=time.perf_counter(); from app.vault import Vault, DeviceSecrets;"
        f"Vault.unlock(sys.argv[1], {PASSPHRASE!r}, device_secrets=DeviceSecrets(None))"
        ".lock(); print(time.perf_counter()-t)"
    )
    cold = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", script, str(directory)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        cold.append(float(out.stdout.strip()))
    return {
        "kdf_memory_mib": params.memory_kib // 1024,
        "kdf_time_cost": params.time_cost,
        "kdf_parallelism": params.parallelism,
        "kdf_s_median": round(statistics.median(kdf_times), 3),
        # CPU seconds do not grow when other processes share the cores; with one Argon2 lane
        # (KdfParams.production) the KDF's wall time on an idle machine ≈ its CPU time.
        "kdf_cpu_s_median": round(statistics.median(kdf_cpu), 3),
        "unlock_s_median": round(statistics.median(times), 3),
        "unlock_cpu_s_median": round(statistics.median(unlock_cpu), 3),
        "unlock_s_max": round(max(times), 3),
        "unlock_first_in_new_process_s_median": round(statistics.median(cold), 3),
    }


def bench_commits(vault: Vault) -> dict[str, float]:
    """An autosave: replace one draft text and add its audit row, in one committed transaction."""
    with vault.session() as s:
        s.execute(sa.text("CREATE TABLE bench_drafts(id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(sa.text("INSERT INTO bench_drafts VALUES (1, '')"))
    latencies = []
    for i in range(EDITS):
        start = time.perf_counter()
        with vault.session() as s:
            s.execute(
                sa.text("UPDATE bench_drafts SET body = :b WHERE id = 1"),
                {"b": f"Hans har haft en god uge i børnehaven ({i})."},
            )
            vault.audit.append("draft.save", "draft", 1, subject="sag-1")
        latencies.append(time.perf_counter() - start)
    return {
        "commit_ms_median": ms(statistics.median(latencies)),
        "commit_ms_p99": ms(percentile(latencies, 0.99)),
        "commit_ms_max": ms(max(latencies)),
        "commits": EDITS,
    }


def workload(conn) -> float:  # noqa: ANN001 - a sqlite3 or sqlcipher3 connection
    """Writes in transactions, point reads, a prefix search and a sorted scan."""
    start = time.perf_counter()
    conn.execute("CREATE TABLE cases(id INTEGER PRIMARY KEY, name TEXT, cpr TEXT, note TEXT)")
    conn.execute("CREATE INDEX ix_cases_name ON cases(name)")
    for batch in range(100):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO cases(name, cpr, note) VALUES (?, ?, ?)",
            [
                (f"Barn {batch:03d}-{i:02d}", f"{(batch * 50 + i) % 311:06d}{i:04d}", "tekst " * 80)
                for i in range(50)
            ],
        )
        conn.execute("COMMIT")
    for i in range(1, 5001, 5):
        conn.execute("SELECT name, note FROM cases WHERE id = ?", (i,)).fetchone()
    for prefix in range(200):
        conn.execute("SELECT id FROM cases WHERE name LIKE ?", (f"Barn {prefix:03d}%",)).fetchall()
    conn.execute("SELECT * FROM cases ORDER BY cpr, name").fetchall()
    for i in range(1, 201):
        conn.execute("BEGIN")
        conn.execute("UPDATE cases SET note = ? WHERE id = ?", (f"ændret {i}", i * 7))
        conn.execute("COMMIT")
    return time.perf_counter() - start


def bench_ratio(tmp: Path) -> dict[str, float]:
    from sqlcipher3 import dbapi2

    from app.vault.engine import connect

    results = {"plain": [], "encrypted": []}
    for round_ in range(3):
        plain = sqlite3.connect(tmp / f"plain{round_}.db", isolation_level=None)
        apply_settings(plain)  # same WAL, synchronous=FULL, secure_delete, cache, temp_store
        results["plain"].append(workload(plain))
        plain.close()
        encrypted = connect(tmp / f"enc{round_}.db", bytearray(os.urandom(32)))
        assert isinstance(encrypted, dbapi2.Connection)
        results["encrypted"].append(workload(encrypted))
        encrypted.close()
    plain_s = statistics.median(results["plain"])
    enc_s = statistics.median(results["encrypted"])
    return {
        "workload_plain_s": round(plain_s, 3),
        "workload_encrypted_s": round(enc_s, 3),
        "encrypted_vs_plain_ratio": round(enc_s / plain_s, 2),
    }


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="stafet-bench-") as name:
        tmp = Path(name)
        vault, _ = Vault.create(tmp / "boks", PASSPHRASE, device_secrets=DeviceSecrets(None))
        figures: dict[str, object] = {"load_average_1min": round(os.getloadavg()[0], 2)}
        figures.update(bench_commits(vault))
        vault.lock()
        figures.update(bench_unlock(tmp / "boks"))
        figures.update(bench_ratio(tmp))
        figures["budgets"] = {
            "unlock_s": [0.3, 1.0],
            "commit_ms_median": 10,
            "commit_ms_p99": 50,
            "encrypted_vs_plain_ratio": 1.5,
        }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
