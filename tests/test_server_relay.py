"""The relay over real TLS on 127.0.0.1 with a real PostgreSQL: what a laptop can and cannot do.

The server runs as its own process (`stafet-server run`), the clients present the people's
signing identities from their real vaults, and the bundles are real `.stafet` files sealed by
app.handover. Nothing is mocked.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import ssl
import time
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from app import relay_protocol as rp
from app.handover.bundle import open_sealed, seal
from app.people import card_from_bytes
from tests.fixtures_postgres import free_port
from tests.fixtures_relay import RunningServer, enroll_all, server_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and initdb are POSIX here")


def sealed_for(sender, *recipients, size: int = 0, tag: str = "1") -> bytes:
    """A real `.stafet` file from `sender` to each of `recipients` (one envelope, n recipients)."""
    payload = {"kind": "copy", "id": tag.ljust(32, "0")[:32], "pad": "x" * size}
    if len(recipients) == 1:
        return seal(payload, sender.key, sender.cert, recipients[0].encryption_cert)
    inner = seal(payload, sender.key, sender.cert, recipients[0].encryption_cert)
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(inner).set_content_encryption_algorithm(
        algorithms.AES256
    )
    for person in recipients:
        builder = builder.add_recipient(person.encryption_cert)
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def rows(pg_url: str, sql: str) -> list[tuple]:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(sql).fetchall()


def test_push_pull_ack_between_two_people(relay_server, relay_people, tmp_path, pg_url) -> None:
    kirsten, arne, bente = (relay_people[n] for n in ("Kirsten", "Arne", "Bente"))
    k = relay_server.client(kirsten, tmp_path / "k")
    a = relay_server.client(arne, tmp_path / "a")
    b = relay_server.client(bente, tmp_path / "b")
    body = sealed_for(kirsten, arne)

    pushed = k.push(body)
    assert pushed.status == 201
    assert pushed.json() == {
        "id": rp.bundle_id(body),
        "recipients": [rp.cert_fingerprint(arne.cert)],
    }

    inbox = a.inbox(after=0)
    assert inbox.status == 200
    [item] = inbox.json()["items"]
    assert item["id"] == rp.bundle_id(body)
    assert item["sender"] == rp.cert_fingerprint(kirsten.cert)
    assert item["size"] == len(body)
    assert item["received_at"].endswith("+00:00")
    assert inbox.json()["next"] == item["cursor"]
    assert a.inbox(after=item["cursor"]).json() == {"items": [], "next": item["cursor"]}

    fetched = a.fetch(item["id"])
    assert fetched.status == 200 and fetched.headers["content-type"] == rp.BYTES_TYPE
    assert fetched.body == body
    # Arne can open what the relay carried: the same bytes Kirsten sealed.
    opened = open_sealed(fetched.body, *_encryption_identity(arne))
    assert opened.signer == kirsten.cert

    # Not Bente's: not listed, not fetchable, not acknowledgeable by her.
    assert b.inbox().json()["items"] == []
    assert (b.fetch(item["id"]).status, b.fetch(item["id"]).code) == (404, rp.NOT_FOUND)
    assert b.ack(item["id"]).code == rp.NOT_FOUND

    assert a.ack(item["id"]).status == 204
    assert a.ack(item["id"]).status == 204  # idempotent
    assert a.inbox().json()["items"] == []
    assert rows(pg_url, "SELECT count(*) FROM deliveries WHERE delivered_at IS NOT NULL") == [(1,)]
    actions = [r[0] for r in rows(pg_url, "SELECT action FROM audit ORDER BY seq")]
    assert actions.count("push") == 1 and actions.count("ack") == 1


def _encryption_identity(person):
    from app.people import encryption_identity

    return encryption_identity(person.laptop.vault)


def test_one_bundle_to_two_recipients_and_cursors(relay_server, relay_people, tmp_path) -> None:
    kirsten, arne, bente = (relay_people[n] for n in ("Kirsten", "Arne", "Bente"))
    k = relay_server.client(kirsten, tmp_path / "k")
    first = sealed_for(kirsten, arne, bente, tag="a")
    answer = k.push(first)
    assert answer.status == 201
    assert sorted(answer.json()["recipients"]) == sorted(
        rp.cert_fingerprint(p.cert) for p in (arne, bente)
    )
    ids = [first] + [sealed_for(kirsten, arne, tag=str(i)) for i in range(3)]
    for body in ids[1:]:
        assert k.push(body).status == 201
    a = relay_server.client(arne, tmp_path / "a")
    page1 = a.inbox(after=0, limit=2).json()
    page2 = a.inbox(after=page1["next"], limit=2).json()
    seen = [i["id"] for i in page1["items"] + page2["items"]]
    assert seen == [rp.bundle_id(b) for b in ids]  # ascending cursor, each once
    assert relay_server.client(bente, tmp_path / "b").inbox().json()["items"][0]["id"] == seen[0]
    assert a.inbox(limit=101).code == rp.BAD_REQUEST
    assert a.inbox(after=-1).code == rp.BAD_REQUEST


def test_push_is_idempotent(relay_server, relay_people, tmp_path, pg_url) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    k = relay_server.client(kirsten, tmp_path / "k")
    body = sealed_for(kirsten, arne)
    first, again = k.push(body), k.push(body)
    assert (first.status, again.status) == (201, 200)
    assert first.json() == again.json()
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(1,)]
    assert rows(pg_url, "SELECT count(*) FROM deliveries") == [(1,)]
    assert len(relay_server.client(arne, tmp_path / "a").inbox().json()["items"]) == 1


def test_directory_lists_enrolled_cards(relay_server, relay_people, tmp_path) -> None:
    answer = relay_server.client(relay_people["Arne"], tmp_path / "a").directory()
    cards = answer.json()["cards"]
    names = {card_from_bytes(base64.b64decode(c["card"])).name for c in cards}
    assert names == {p.name for p in relay_people.values()}
    for entry in cards:
        card = card_from_bytes(base64.b64decode(entry["card"]))
        assert entry["fingerprint"] == rp.cert_fingerprint(card.signing_cert)


def test_revoked_person_can_neither_push_nor_pull(relay_server, relay_people, tmp_path, pg_url
                                                  ) -> None:
    kirsten, arne, bente = (relay_people[n] for n in ("Kirsten", "Arne", "Bente"))
    b = relay_server.client(bente, tmp_path / "b")
    k = relay_server.client(kirsten, tmp_path / "k")
    waiting = sealed_for(kirsten, bente, tag="w")
    assert k.push(waiting).status == 201
    assert b.health().status == 200  # the same connection keeps going after the revoke

    done = server_cli(relay_server.directory, "revoke", bente.name)
    assert done.returncode == 0, done.stderr
    assert "Spærret" in done.stdout

    for answer in (
        b.push(sealed_for(bente, arne, tag="x")),
        b.inbox(),
        b.fetch(rp.bundle_id(waiting)),
        b.ack(rp.bundle_id(waiting)),
        b.directory(),
        b.health(),
    ):
        assert (answer.status, answer.code) == (403, rp.REVOKED)
    # A fresh connection too (her certificate still completes TLS; the app refuses it).
    b.close()
    assert b.inbox().code == rp.REVOKED
    # Nobody can send to her any more, and the directory no longer lists her.
    assert k.push(sealed_for(kirsten, bente, tag="y")).code == rp.UNKNOWN_RECIPIENT
    listed = k.directory().json()["cards"]
    assert rp.cert_fingerprint(bente.cert) not in {c["fingerprint"] for c in listed}
    assert rows(pg_url, "SELECT count(*) FROM deliveries WHERE delivered_at IS NOT NULL") == [(0,)]


def test_signer_must_be_the_tls_identity(relay_server, relay_people, tmp_path, pg_url) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    k = relay_server.client(kirsten, tmp_path / "k")
    body = sealed_for(kirsten, arne)
    # Kirsten's connection, Arne's detached signature: refused, nothing stored.
    answer = k.push(body, key=arne.key, cert=arne.cert)
    assert (answer.status, answer.json()) == (403, {"error": rp.SIGNER_MISMATCH})
    # A signature over other bytes, or junk, is a bad request.
    other = rp.detached_signature(b"noget andet", kirsten.key, kirsten.cert)
    forged = k.request("POST", rp.PATH_BUNDLES, body, {
        rp.SIGNATURE_HEADER: base64.b64encode(other).decode()})
    assert (forged.status, forged.code) == (400, rp.BAD_REQUEST)
    missing = k.request("POST", rp.PATH_BUNDLES, body)
    assert missing.code == rp.BAD_REQUEST
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(0,)]


def test_unknown_recipient_and_not_a_bundle(relay_server, relay_people, tmp_path, pg_url) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from app.people.encryption import issue_encryption_certificate

    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    stranger_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stranger = issue_encryption_certificate(
        stranger_key, name="Ukendt Person", role="x", organisation="y", issuer=None
    )
    k = relay_server.client(kirsten, tmp_path / "k")
    unknown = seal({"kind": "copy", "id": "9" * 32}, kirsten.key, kirsten.cert, stranger)
    answer = k.push(unknown)
    assert (answer.status, answer.json()) == (422, {"error": rp.UNKNOWN_RECIPIENT})
    # One known and one unknown recipient: refused as a whole.
    class Stranger:
        encryption_cert = stranger
    assert k.push(sealed_for(kirsten, arne, Stranger)).code == rp.UNKNOWN_RECIPIENT
    assert k.push(b"ikke et bundt").code == rp.BAD_REQUEST
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(0,)]
    # Errors never echo content: the body is exactly the code.
    expected = json.dumps({"error": rp.UNKNOWN_RECIPIENT}, separators=(",", ":")).encode()
    assert answer.body == expected


def test_unknown_paths_and_ids_are_plain_codes(relay_server, relay_people, tmp_path) -> None:
    a = relay_server.client(relay_people["Arne"], tmp_path / "a")
    assert (a.request("GET", "/v1/nothing").status, a.request("GET", "/v1/nothing").code) == (
        404, rp.NOT_FOUND)
    assert a.fetch("../etc").code == rp.NOT_FOUND
    assert a.fetch("0" * 64).code == rp.NOT_FOUND
    assert a.request("DELETE", rp.PATH_BUNDLES).code == rp.BAD_REQUEST


def test_unenrolled_certificate_cannot_connect_until_enrolled(
    relay_dir, relay_people, tmp_path
) -> None:
    """Only enrolled certificates complete the handshake; a new enrollment is picked up by the
    running server without a restart."""
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    assert server_cli(relay_dir, "enroll", str(kirsten.card_file)).returncode == 0
    server = RunningServer(relay_dir, free_port(), tmp_path / "server.log")
    server.start()
    try:
        outsider = server.client(arne, tmp_path / "a")
        with pytest.raises((ssl.SSLError, ConnectionResetError, BrokenPipeError)):
            outsider.health()
        outsider.close()
        assert server_cli(relay_dir, "enroll", str(arne.card_file)).returncode == 0
        a = server.wait_enrolled(arne, tmp_path / "a2")
        assert a.health().json() == {"ok": True}
    finally:
        server.stop()


def _server_with(relay_dir, people, tmp_path, **env) -> RunningServer:
    enroll_all(relay_dir, people)
    server = RunningServer(relay_dir, free_port(), tmp_path / "server.log", extra_env=env)
    server.start()
    return server


def test_oversize_push_is_refused(relay_dir, relay_people, tmp_path, pg_url) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    server = _server_with(relay_dir, relay_people, tmp_path, STAFET_SERVER_MAX_BODY="20000")
    try:
        k = server.client(kirsten, tmp_path / "k")
        big = k.push(sealed_for(kirsten, arne, size=30_000))
        assert (big.status, big.json()) == (413, {"error": rp.TOO_LARGE})
        assert k.push(sealed_for(kirsten, arne, size=1000)).status == 201
    finally:
        server.stop()
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(1,)]


def test_rate_limit_answers_429_with_retry_after(relay_dir, relay_people, tmp_path) -> None:
    server = _server_with(
        relay_dir, relay_people, tmp_path, STAFET_SERVER_RATE="0.05", STAFET_SERVER_BURST="3"
    )
    try:
        a = server.client(relay_people["Arne"], tmp_path / "a")
        statuses = [a.inbox().status for _ in range(4)]
        assert statuses[:3] == [200, 200, 200]
        limited = a.inbox()
        assert (limited.status, limited.code) == (429, rp.RATE_LIMITED)
        assert int(limited.headers["retry-after"]) >= 1
        # Per person: Kirsten is not slowed down by Arne.
        assert server.client(relay_people["Kirsten"], tmp_path / "k").inbox().status == 200
    finally:
        server.stop()


# --- crashes: SIGKILL the server mid-push and mid-pull, then retry ---------------------------


def _raw_tls(server: RunningServer, who, folder: Path) -> ssl.SSLSocket:
    from tests.relay_client import client_context

    ctx = client_context(server.ca, who.key, who.cert, folder)
    sock = socket.create_connection(("127.0.0.1", server.port))
    return ctx.wrap_socket(sock, server_hostname="127.0.0.1")


def test_sigkill_mid_push_then_retry_loses_and_duplicates_nothing(
    relay_server, relay_people, tmp_path, pg_url
) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    body = sealed_for(kirsten, arne, size=4_000_000)
    signature = base64.b64encode(rp.detached_signature(body, kirsten.key, kirsten.cert)).decode()
    head = (
        f"POST {rp.PATH_BUNDLES} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"{rp.SIGNATURE_HEADER}: {signature}\r\nContent-Type: {rp.BYTES_TYPE}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    # 1. Killed while the body is half-way up: nothing is stored.
    sock = _raw_tls(relay_server, kirsten, tmp_path / "raw")
    sock.sendall(head + body[: len(body) // 2])
    relay_server.kill()
    sock.close()
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(0,)]
    relay_server.start()
    # 2. Killed right after the whole request went up, before the answer was read: the push
    #    is either all there or not at all; the retry settles it (201 or 200), once.
    sock = _raw_tls(relay_server, kirsten, tmp_path / "raw2")
    sock.sendall(head + body)
    relay_server.kill()
    sock.close()
    relay_server.start()
    k = relay_server.client(kirsten, tmp_path / "k")
    retry = k.push(body)
    assert retry.status in (200, 201)
    assert retry.json()["id"] == rp.bundle_id(body)
    assert k.push(body).status == 200
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(1,)]
    assert rows(pg_url, "SELECT count(*) FROM deliveries") == [(1,)]
    a = relay_server.client(arne, tmp_path / "a")
    [item] = a.inbox().json()["items"]
    assert a.fetch(item["id"]).body == body


def test_sigkill_mid_pull_then_retry_loses_and_duplicates_nothing(
    relay_server, relay_people, tmp_path, pg_url
) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    body = sealed_for(kirsten, arne, size=8_000_000)
    k = relay_server.client(kirsten, tmp_path / "k")
    bundle = k.push(body).json()["id"]
    k.close()
    sock = _raw_tls(relay_server, arne, tmp_path / "raw")
    sock.sendall(f"GET {rp.bundle_path(bundle)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    got = b""
    while len(got) < 64 * 1024:
        got += sock.recv(16 * 1024)
    assert got.startswith(b"HTTP/1.1 200")
    relay_server.kill()  # the laptop has part of the bundle, and has not acknowledged it
    sock.close()
    relay_server.start()
    a = relay_server.client(arne, tmp_path / "a")
    [item] = a.inbox().json()["items"]  # still waiting: nothing lost
    assert item["id"] == bundle
    assert a.fetch(bundle).body == body
    assert a.ack(bundle).status == 204
    assert a.inbox().json()["items"] == []  # and nothing comes twice
    assert rows(pg_url, "SELECT count(*) FROM deliveries") == [(1,)]


def test_the_server_log_names_no_one(relay_server, relay_people, tmp_path) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    k = relay_server.client(kirsten, tmp_path / "k")
    k.push(sealed_for(kirsten, arne))
    k.push(sealed_for(kirsten, arne), key=arne.key, cert=arne.cert)
    relay_server.stop()
    log = relay_server.log.read_text(encoding="utf-8")
    assert "refused: signer_mismatch" in log
    for person in relay_people.values():
        assert person.name not in log
        assert rp.cert_fingerprint(person.cert) not in log


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


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts worker processes in /proc")
def test_two_worker_processes_share_the_port(relay_dir, relay_people, tmp_path, pg_url) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    server = _server_with(relay_dir, relay_people, tmp_path, STAFET_SERVER_WORKERS="2")
    try:
        assert server.process is not None
        while len(_children(server.process.pid)) < 2:
            time.sleep(0.05)
        workers = _children(server.process.pid)
        clients = [server.wait_enrolled(kirsten, tmp_path / f"k{i}") for i in range(4)]
        bodies = [sealed_for(kirsten, arne, tag=f"w{i}") for i in range(8)]
        for i, body in enumerate(bodies):
            clients[i % 4].close()  # a new connection each time: either worker may take it
            assert clients[i % 4].push(body).status == 201
        a = server.wait_enrolled(arne, tmp_path / "a")
        assert {i["id"] for i in a.inbox().json()["items"]} == {rp.bundle_id(b) for b in bodies}
    finally:
        server.stop()
    for pid in workers:  # stopping the parent stops its workers
        while Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text(
        ).rsplit(")", 1)[1].split()[0]:
            time.sleep(0.05)
    assert rows(pg_url, "SELECT count(*) FROM bundles") == [(8,)]
