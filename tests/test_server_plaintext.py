"""A stolen relay reveals who sent how many bundles to whom and when, nothing about a child.

The demo's cases (every child, parent and sibling name and every CPR number) travel through a
real relay as real sealed bundles; then every row of every table, a pg_dump of the database, the
server's folder and its log are searched for them.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import psycopg
import pytest

from app.handover.bundle import seal
from app.models.demo import build_demo_case, extra_cases
from app.models.interchange import to_json
from tests.fixtures_postgres import postgres_bin

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the relay tests run on POSIX")


def secrets_of(cases) -> set[bytes]:
    found: set[str] = set()
    for case in cases:
        found.add(case.child.name)
        if case.child.cpr:
            found.add(case.child.cpr)
            found.add(case.child.cpr.replace("-", ""))
        found.update(c.name for c in case.custodians)
        found.update(s.name for s in case.siblings)
    return {text.encode("utf-8") for text in found if len(text) >= 6}


def every_row(pg_url: str) -> bytes:
    dump = bytearray()
    with psycopg.connect(pg_url) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ]
        assert {"people", "bundles", "deliveries", "audit"} <= set(tables)
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes | bytearray | memoryview):
                        dump += bytes(value)
                    else:
                        dump += str(value).encode("utf-8")
                    dump += b"\x00"
    return bytes(dump)


def test_no_child_name_or_cpr_anywhere_on_the_server(
    relay_server, relay_people, tmp_path, pg_url
) -> None:
    kirsten, arne, bente = (relay_people[n] for n in ("Kirsten", "Arne", "Bente"))
    today = date.today()
    cases = [build_demo_case(today), *extra_cases(today)]
    secrets = secrets_of(cases)
    assert len(secrets) > 10
    k = relay_server.client(kirsten, tmp_path / "k")
    for n, case in enumerate(cases):
        for recipient in (arne, bente):
            body = seal(
                {"kind": "copy", "id": f"{n:032d}", "case": to_json(case)},
                kirsten.key,
                kirsten.cert,
                recipient.encryption_cert,
            )
            assert k.push(body).status == 201
    a = relay_server.client(arne, tmp_path / "a")
    for item in a.inbox().json()["items"][:3]:
        assert a.fetch(item["id"]).status == 200
        assert a.ack(item["id"]).status == 204
    relay_server.stop()

    rows = every_row(pg_url)
    assert len(rows) > 100_000  # the bundles are really in there
    dump = subprocess.run(
        [postgres_bin("pg_dump"), "--format=plain", pg_url], capture_output=True, check=True
    ).stdout
    assert b"COPY public.bundles" in dump
    files = b"".join(p.read_bytes() for p in Path(relay_server.directory).rglob("*") if p.is_file())
    log = relay_server.log.read_bytes()
    # The scan reads what is there: the enrolled staff's names (not the families') are visible.
    assert kirsten.name.encode() in rows and kirsten.name.encode() in dump
    for where, blob in (("tables", rows), ("pg_dump", dump), ("folder", files), ("log", log)):
        leaked = [s.decode() for s in secrets if s in blob]
        assert leaked == [], f"{where} holds demo data"
