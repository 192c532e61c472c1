"""Load test of the relay: simulated laptops push and pull sealed 500-entry cases (issue 15).

Everything runs on this machine, on 127.0.0.1 only: a throwaway PostgreSQL cluster (fsync on),
`stafet-server run` as its own process, and N laptops as threads of this process, each with its
own enrolled certificate, its own mutual-TLS connection and its own rate-limit bucket. Laptop i
sends to laptop i+1 (a ring). Each laptop syncs like `stafet sync`: push its queue (`--batch`
bundles), then pull everything waiting for it (inbox pages, fetch and ack each), again and again.

What is sent (be honest): the 500-entry benchmark case (bench/make_big_vault.py) is sealed for
real by app.handover once per recipient (~410 kB). Each push must have its own id, so each push
is that sealed file with the last 16 bytes of its ciphertext replaced by a counter: the envelope
(what the relay reads) is intact, the recipient could no longer decrypt that copy. The laptops
share one RSA encryption key (each has its own certificate, i.e. its own issuer+serial in the
envelope), to save 50 key generations; their signing keys (EC P-256) are each their own.

Bounds: `--laptops` × `--bundles` pushes at most, and `--max-seconds` wall time (laptops stop
pushing then, and the figures say so). Prints one JSON object: bundles/s (pushed, and fetched
plus acknowledged), p50/p99 latency per request kind, the server's peak RSS, what was sent.
Goals (issue 15): ≥ 100 bundles/s and p99 ≤ 500 ms on 2 cores.

    python bench/bench_server.py [--laptops 50] [--bundles 200] [--max-seconds 120]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402

from tests.fixtures_postgres import free_port, throwaway_cluster  # noqa: E402
from tests.relay_client import RelayClient, client_context  # noqa: E402


# What docs/server.md recommends for a relay (bundles are large writes): fewer checkpoints (each
# one makes the next write of every page a full-page image in the WAL), more shared buffers.
PG_SETTINGS = {"max_wal_size": "4GB", "checkpoint_timeout": "15min", "shared_buffers": "256MB"}


@dataclass
class Laptop:
    index: int
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    encryption_cert: x509.Certificate
    card: bytes
    sealed_for_me: bytes = b""
    latencies: dict[str, list[float]] = field(default_factory=dict)
    pushed: int = 0
    received: int = 0
    rate_limited: int = 0


def make_laptops(count: int) -> list[Laptop]:
    from app.people.cards import ContactCard, card_to_bytes, signed
    from app.people.encryption import issue_encryption_certificate

    shared_rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    laptops = []
    now = dt.datetime.now(dt.UTC)
    for i in range(count):
        name = f"Bærbar Nummer{i:03d}"
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        enc = issue_encryption_certificate(
            shared_rsa, name=name, role="Test", organisation="Bench", issuer=None
        )
        card = ContactCard(name, "Test", "Bench", "", cert, enc)
        card = signed(card, key)
        laptops.append(Laptop(i, key, cert, enc, card_to_bytes(card)))
    return laptops


def seal_cases(laptops: list[Laptop], small: bool = False) -> None:
    import make_big_vault

    from app.handover.bundle import seal
    from app.models.interchange import to_json

    case = to_json(make_big_vault.make_case(random.Random(11), 0, big=not small))
    for i, me in enumerate(laptops):
        sender = laptops[i - 1]
        me.sealed_for_me = seal(
            {"kind": "copy", "id": f"{i:032d}", "case": case}, sender.key, sender.cert,
            me.encryption_cert,
        )


def variant(sealed: bytes, counter: int) -> bytes:
    return sealed[:-16] + counter.to_bytes(16, "big")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def cpu_seconds(pid: int, children: bool = False) -> float:
    """utime+stime of a process (+ of its reaped children: a postmaster's backends)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_cpu(data: Path) -> float:
    """The cluster's CPU: the postmaster with its ended backends, plus the live ones."""
    try:
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    total = cpu_seconds(postmaster, children=True)
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == postmaster:
                total += cpu_seconds(int(proc.name))
    return total


def _children(pid: int) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(proc.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


def relay_cpu(pid: int) -> float:
    """The relay process and its worker processes (run --workers N)."""
    return cpu_seconds(pid) + sum(cpu_seconds(child) for child in _children(pid))


def relay_rss(pid: int) -> dict[str, int]:
    total: dict[str, int] = {}
    for one in (pid, *_children(pid)):
        for key, value in peak_rss_kib(one).items():
            total[key] = total.get(key, 0) + value
    return total


def peak_rss_kib(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    except OSError:
        pass
    return out


def run_laptop(me: Laptop, recipient: Laptop, bundles: int, batch: int, deadline: float,
               ca: Path, port: int, folder: Path, counter: list[int], lock: threading.Lock
               ) -> None:
    ctx = client_context(ca, me.key, me.cert, folder / f"l{me.index}")
    client = RelayClient("127.0.0.1", port, ctx, key=me.key, cert=me.cert, timeout=120)
    cursor = 0

    def timed(kind: str, fn, *args):  # noqa: ANN001, ANN202
        while True:
            start = time.perf_counter()
            answer = fn(*args)
            elapsed = time.perf_counter() - start
            if answer.status == 429:
                me.rate_limited += 1
                time.sleep(float(answer.headers.get("retry-after", "1")))
                continue
            me.latencies.setdefault(kind, []).append(elapsed)
            return answer

    def pull() -> None:
        nonlocal cursor
        while True:
            page = timed("inbox", client.inbox, cursor, 100).json()
            for item in page["items"]:
                got = timed("fetch", client.fetch, item["id"])
                assert got.status == 200 and len(got.body) == item["size"]
                assert timed("ack", client.ack, item["id"]).status == 204
                me.received += 1
            cursor = page["next"]
            if len(page["items"]) < 100:
                return

    # One sync = push what is queued (`batch` bundles), then pull everything waiting.
    left = bundles
    while left > 0 and time.monotonic() <= deadline:
        for _ in range(min(batch, left)):
            with lock:
                counter[0] += 1
                n = counter[0]
            answer = timed("push", client.push, variant(recipient.sealed_for_me, n))
            assert answer.status == 201, answer.body
            me.pushed += 1
            left -= 1
        pull()
    client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--bundles", type=int, default=200, help="pushes per laptop (at most)")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="wall-time bound")
    parser.add_argument("--batch", type=int, default=5, help="pushes per sync before a pull")
    parser.add_argument("--workers", type=int, default=1, help="relay processes (run --workers)")
    parser.add_argument(
        "--small", action="store_true", help="a small case instead of the 500-entry one (to see "
        "what the bundle size costs)"
    )
    args = parser.parse_args()
    if not (2 <= args.laptops <= 200 and 1 <= args.bundles <= 1000):
        parser.error("--laptops 2..200, --bundles 1..1000")

    from app.server.cli import main as server_main

    cluster: dict = {}
    with (
        throwaway_cluster(durable=True, info=cluster, settings=PG_SETTINGS) as pg,
        tempfile.TemporaryDirectory() as tmp,
    ):
        folder = Path(tmp)
        directory = folder / "server"
        with contextlib.redirect_stdout(sys.stderr):  # stdout is the JSON line only
            assert server_main(["--dir", str(directory), "init", "--database", pg]) == 0
        laptops = make_laptops(args.laptops)
        from app.server.db import make_engine
        from app.server.store import Relay

        engine = make_engine(pg, pool_size=1)
        relay = Relay(engine)
        for lap in laptops:
            relay.enroll(lap.card)
        engine.dispose()
        seal_cases(laptops, small=args.small)
        size = len(laptops[0].sealed_for_me)

        port = free_port()
        log = open(folder / "server.log", "wb")  # noqa: SIM115
        server = subprocess.Popen(
            [sys.executable, "-m", "app.server.cli", "--dir", str(directory), "run",
             "--listen", f"127.0.0.1:{port}"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "STAFET_SERVER_POOL": "10",
                 "STAFET_SERVER_WORKERS": str(args.workers)},
        )
        try:
            import socket

            while True:
                if server.poll() is not None:
                    raise SystemExit((folder / "server.log").read_text())
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            counter, lock = [0], threading.Lock()
            cpu_before = (relay_cpu(server.pid), postgres_cpu(cluster["data"]),
                          cpu_seconds(os.getpid()))
            start = time.monotonic()
            deadline = start + args.max_seconds
            with ThreadPoolExecutor(max_workers=args.laptops) as pool:
                futures = [
                    pool.submit(run_laptop, lap, laptops[(i + 1) % len(laptops)], args.bundles,
                                args.batch, deadline, directory / "server.crt", port, folder,
                                counter, lock)
                    for i, lap in enumerate(laptops)
                ]
                for f in futures:
                    f.result()
            pushing = time.monotonic() - start
            # Drain: what still waits (pushed after its recipient's last pull) is pulled now.
            waiting = sum(lap.pushed for lap in laptops) - sum(lap.received for lap in laptops)
            while waiting > 0 and time.monotonic() < deadline + 60:
                for lap in laptops:
                    drain(lap, directory / "server.crt", port, folder)
                waiting = sum(lap.pushed for lap in laptops) - sum(lap.received for lap in laptops)
            elapsed = time.monotonic() - start
            rss = relay_rss(server.pid)
            cpu = {
                "server": relay_cpu(server.pid) - cpu_before[0],
                "postgres": postgres_cpu(cluster["data"]) - cpu_before[1],
                "laptops_in_this_process": cpu_seconds(os.getpid()) - cpu_before[2],
            }
        finally:
            server.terminate()
            server.wait(timeout=60)
            log.close()

    pushed = sum(lap.pushed for lap in laptops)
    received = sum(lap.received for lap in laptops)
    kinds = ("push", "inbox", "fetch", "ack")
    lat = {k: [x for lap in laptops for x in lap.latencies.get(k, [])] for k in kinds}
    every = [x for k in kinds for x in lat[k]]
    result = {
        "laptops": args.laptops,
        "bundles_per_laptop_asked": args.bundles,
        "max_seconds": args.max_seconds,
        "pushes_per_sync": args.batch,
        "relay_processes": args.workers,
        "stopped_by_time_bound": pushed < args.laptops * args.bundles,
        "sent": f"sealed {'small' if args.small else '500-entry'} case, {size} bytes each; "
        "one real seal per recipient, "
        "each push with its last 16 ciphertext bytes replaced by a counter (own id)",
        "pushed": pushed,
        "received_and_acked": received,
        "lost": pushed - received,
        "seconds_pushing": round(pushing, 2),
        "seconds_total": round(elapsed, 2),
        "bundles_per_s_pushed": round(pushed / pushing, 1),
        "bundles_per_s_delivered": round(received / elapsed, 1),
        "mb_per_s_each_way": round(received * size / elapsed / 1e6, 1),
        "latency_ms": {
            k: {"p50": round(1000 * percentile(v, 0.5), 1),
                "p99": round(1000 * percentile(v, 0.99), 1), "n": len(v)}
            for k, v in {**lat, "all": every}.items()
        },
        "rate_limited_answers": sum(lap.rate_limited for lap in laptops),
        "server_rss_mib": round(rss.get("VmRSS", 0) / 1024, 1),
        "server_peak_rss_mib": round(rss.get("VmHWM", 0) / 1024, 1),
        "cpu_seconds_during_run": {k: round(v, 1) for k, v in cpu.items()},
        "server_cpu_ms_per_bundle": round(1000 * cpu["server"] / max(1, pushed), 1),
        "mean_ms_per_request": round(1000 * statistics.fmean(every), 1) if every else 0,
        "postgres_settings": PG_SETTINGS,
        "cpus": os.cpu_count(),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["lost"] == 0 else 1


def drain(lap: Laptop, ca: Path, port: int, folder: Path) -> None:
    ctx = client_context(ca, lap.key, lap.cert, folder / f"d{lap.index}")
    client = RelayClient("127.0.0.1", port, ctx, key=lap.key, cert=lap.cert, timeout=120)
    page = client.inbox(0, 100).json()
    for item in page["items"]:
        if client.fetch(item["id"]).status == 200 and client.ack(item["id"]).status == 204:
            lap.received += 1
    client.close()


if __name__ == "__main__":
    sys.exit(main())
