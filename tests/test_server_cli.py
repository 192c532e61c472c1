"""`stafet-server`: init, enroll, revoke, purge and the configuration, on a real PostgreSQL.

Refusals are plain Danish with a non-zero exit code and change nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app import relay_protocol as rp
from app.server import config as cfg
from app.server.cli import main
from app.server.db import HEAD, make_engine, migrate
from app.server.store import Relay
from tests.fixtures_postgres import free_port
from tests.fixtures_relay import server_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the relay tests run on POSIX")


def run(directory: Path, *args: str) -> int:
    return main(["--dir", str(directory), *args])


def count(pg_url: str, table: str) -> int:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_init_writes_config_certificate_and_owner_only_key(tmp_path, pg_url) -> None:
    directory = tmp_path / "server"
    done = server_cli(directory, "init", "--database", pg_url, "--host", "relay.testby.invalid",
                      "--host", "10.1.2.3")
    assert done.returncode == 0, done.stderr
    assert "server.crt" in done.stdout
    cert = x509.load_pem_x509_certificate((directory / "server.crt").read_bytes())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert set(san.get_values_for_type(x509.DNSName)) == {"localhost", "relay.testby.invalid"}
    assert {str(ip) for ip in san.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "10.1.2.3"}
    assert stat.S_IMODE((directory / "server.key").stat().st_mode) == 0o600
    assert b"PRIVATE KEY" not in (directory / "server.crt").read_bytes()
    conf = cfg.load(directory)
    assert conf.database == pg_url and conf.rate_burst == 200
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM relay_alembic_version").fetchone()[0] == HEAD


def test_init_refusals_write_nothing(tmp_path, pg_url, capsys) -> None:
    directory = tmp_path / "server"
    for url in ("mysql://x@h:1/db", "postgresql://bruger:hemmelig@127.0.0.1:5432/db", "x"):
        assert run(directory, "init", "--database", url) == 2
        assert "postgresql://BRUGER@VÆRT:PORT/DB" in capsys.readouterr().err
        assert not directory.exists()
    closed = f"postgresql://postgres@127.0.0.1:{free_port()}/ingen"
    assert run(directory, "init", "--database", closed) == 2
    err = capsys.readouterr().err
    assert "Databasen kan ikke nås" in err and "Intet er ændret" in err
    assert not directory.exists()
    assert run(directory, "init", "--database", pg_url) == 0
    key = (directory / "server.key").read_bytes()
    assert run(directory, "init", "--database", pg_url) == 2
    assert "overskrives ikke" in capsys.readouterr().err
    assert (directory / "server.key").read_bytes() == key


def test_commands_before_init_say_what_to_do(tmp_path, capsys) -> None:
    for args in (("enroll", "kort"), ("revoke", "x"), ("run",), ("purge",
                 "--delivered-older-than", "1")):
        assert run(tmp_path / "tom", *args) == 2
        assert "server.toml mangler" in capsys.readouterr().err


def test_enroll_checks_the_card(relay_dir, relay_people, tmp_path, pg_url, capsys) -> None:
    kirsten = relay_people["Kirsten"]
    junk = tmp_path / "junk.stafetkort"
    junk.write_text("ikke et kort", encoding="utf-8")
    assert run(relay_dir, "enroll", str(junk)) == 2
    assert "ikke et Stafet-kontaktkort" in capsys.readouterr().err
    tampered = tmp_path / "tampered.stafetkort"
    tampered.write_bytes(kirsten.card_file.read_bytes().replace(b"Testesen", b"Testesem"))
    assert run(relay_dir, "enroll", str(tampered)) == 2
    assert "ændret" in capsys.readouterr().err
    assert run(relay_dir, "enroll", str(tmp_path / "findes-ikke")) == 2
    assert "kan ikke læses" in capsys.readouterr().err
    assert count(pg_url, "people") == 0

    assert run(relay_dir, "enroll", str(kirsten.card_file)) == 0
    assert "Tilmeldt som nummer 1" in capsys.readouterr().out
    assert run(relay_dir, "enroll", str(kirsten.card_file)) == 2
    assert "allerede tilmeldt" in capsys.readouterr().err
    assert count(pg_url, "people") == 1


def test_revoke_by_name_or_number(relay_dir, relay_people, pg_url, capsys) -> None:
    for person in relay_people.values():
        assert run(relay_dir, "enroll", str(person.card_file)) == 0
    assert run(relay_dir, "revoke", "Ingen Sådan") == 2
    assert "ingen aktiv tilmeldt person" in capsys.readouterr().err
    assert run(relay_dir, "revoke", relay_people["Arne"].name) == 0
    assert run(relay_dir, "revoke", relay_people["Arne"].name) == 2  # already revoked
    assert run(relay_dir, "revoke", "3") == 0  # Bente, by number
    capsys.readouterr()
    assert run(relay_dir, "people") == 0
    listing = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[2] for line in listing] == ["aktiv", "spærret", "spærret"]
    with psycopg.connect(pg_url) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions == ["enroll", "enroll", "enroll", "revoke", "revoke"]


def _pushed(relay: Relay, sender, recipient, tag: str) -> str:
    from tests.test_server_relay import sealed_for

    body = sealed_for(sender, recipient, tag=tag)
    der = sender.cert.public_bytes(serialization.Encoding.DER)
    return relay.push(rp.cert_fingerprint(sender.cert), der,
                      body, rp.detached_signature(body, sender.key, sender.cert)).id


def test_purge_deletes_only_what_every_recipient_fetched_long_ago(
    relay_dir, relay_people, pg_url, capsys
) -> None:
    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    for person in relay_people.values():
        assert run(relay_dir, "enroll", str(person.card_file)) == 0
    engine = make_engine(pg_url)
    relay = Relay(engine)
    arne_fp = rp.cert_fingerprint(arne.cert)
    old, recent, waiting = (_pushed(relay, kirsten, arne, t) for t in ("a", "b", "c"))
    relay.ack(arne_fp, old)
    relay.ack(arne_fp, recent)
    with engine.begin() as conn:  # as if Arne had fetched `old` 40 days ago
        conn.execute(
            sa.text("UPDATE deliveries SET delivered_at = :at WHERE bundle_id = :b"),
            {"at": dt.datetime.now(dt.UTC) - dt.timedelta(days=40), "b": old},
        )
    engine.dispose()
    assert run(relay_dir, "purge", "--delivered-older-than", "30") == 0
    assert "Slettede 1 bundter" in capsys.readouterr().out
    with psycopg.connect(pg_url) as conn:
        left = {r[0] for r in conn.execute("SELECT id FROM bundles")}
        assert conn.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 2
    assert left == {recent, waiting}
    assert run(relay_dir, "purge", "--delivered-older-than", "-1") == 2
    assert "0 eller mere" in capsys.readouterr().err


def test_audit_is_append_only(relay_dir, relay_people, pg_url) -> None:
    assert run(relay_dir, "enroll", str(relay_people["Kirsten"].card_file)) == 0
    with psycopg.connect(pg_url) as conn:
        for sql in ("UPDATE audit SET action = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(sql)
            conn.rollback()
        assert conn.execute("SELECT action FROM audit").fetchall() == [("enroll",)]


def test_replace_moves_waiting_bundles_to_the_new_card(
    relay_dir, relay_people, tmp_path, pg_url, capsys
) -> None:
    """A person's new card (new keys): --replace revokes the old one; what waited follows."""
    from app.people import card_to_bytes, my_card, signing_identity
    from app.server.errors import Refused
    from tests.fixtures_handover import make_laptop

    kirsten, arne = relay_people["Kirsten"], relay_people["Arne"]
    for person in (kirsten, arne):
        assert run(relay_dir, "enroll", str(person.card_file)) == 0
    engine = make_engine(pg_url)
    waiting = _pushed(Relay(engine), kirsten, arne, "r")
    new_laptop = make_laptop(tmp_path, arne.name, "Lærer", "Prøveskolen")
    new_card = tmp_path / "ny.stafetkort"
    new_card.write_bytes(card_to_bytes(my_card(new_laptop.vault)))
    capsys.readouterr()
    assert run(relay_dir, "enroll", str(new_card)) == 2
    assert "--replace" in capsys.readouterr().err
    assert run(relay_dir, "enroll", str(new_card), "--replace") == 0
    new_fp = rp.cert_fingerprint(signing_identity(new_laptop.vault).certificate)
    items, _next = Relay(engine).inbox(new_fp, 0, 10)
    assert [i["id"] for i in items] == [waiting]
    with pytest.raises(Refused, match=rp.REVOKED):
        Relay(engine).inbox(rp.cert_fingerprint(arne.cert), 0, 10)
    engine.dispose()
    new_laptop.vault.lock()


def test_environment_overrides_the_config_file(relay_dir, pg_url, monkeypatch, capsys) -> None:
    text = (relay_dir / "server.toml").read_text(encoding="utf-8")
    bogus = f"postgresql://postgres@127.0.0.1:{free_port()}/ingen"
    (relay_dir / "server.toml").write_text(text.replace(pg_url, bogus), encoding="utf-8")
    assert run(relay_dir, "people") == 2
    assert "Databasen kan ikke nås" in capsys.readouterr().err
    monkeypatch.setenv("STAFET_SERVER_DATABASE", pg_url)
    monkeypatch.setenv("STAFET_SERVER_RATE", "7.5")
    assert run(relay_dir, "people") == 0
    assert cfg.load(relay_dir).rate_per_second == 7.5
    monkeypatch.setenv("STAFET_SERVER_BURST", "nul")
    assert run(relay_dir, "people") == 2
    assert "positivt tal" in capsys.readouterr().err


def test_migrations_are_one_line_and_idempotent(pg_url) -> None:
    from alembic.script import ScriptDirectory

    from app.server.db import MIGRATIONS_DIR, _alembic_config

    engine = make_engine(pg_url)
    migrate(engine)
    migrate(engine)  # again: nothing to do
    with engine.connect() as conn:
        script = ScriptDirectory.from_config(_alembic_config(conn))
        assert script.get_heads() == [HEAD]
    assert (MIGRATIONS_DIR / "versions").is_dir()
    engine.dispose()


def _card_with_signing_cert(extension) -> bytes:  # noqa: ANN001
    """A real, correctly signed card whose signing certificate carries `extension`."""
    import datetime as dt_

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID

    from app.people.cards import ContactCard, card_to_bytes, signed
    from app.people.encryption import issue_encryption_certificate

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Importeret")])
    now = dt_.datetime.now(dt_.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt_.timedelta(minutes=5))
        .not_valid_after(now + dt_.timedelta(days=30))
        .add_extension(extension, critical=False)
        .sign(key, hashes.SHA256())
    )
    enc_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    enc = issue_encryption_certificate(
        enc_key, name="Test Importeret", role="x", organisation="y", issuer=None
    )
    card = ContactCard("Test Importeret", "Lærer", "Prøveskolen", "", cert, enc)
    return card_to_bytes(signed(card, key))


def test_a_card_that_cannot_log_on_is_refused_at_enrollment(relay_dir, tmp_path, pg_url,
                                                             capsys) -> None:
    from cryptography.x509.oid import ExtendedKeyUsageOID

    email_only = tmp_path / "email.stafetkort"
    email_only.write_bytes(
        _card_with_signing_cert(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]))
    )
    assert run(relay_dir, "enroll", str(email_only)) == 2
    assert "clientAuth" in capsys.readouterr().err
    assert count(pg_url, "people") == 0
    client_too = tmp_path / "client.stafetkort"
    client_too.write_bytes(_card_with_signing_cert(x509.ExtendedKeyUsage(
        [ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.CLIENT_AUTH])))
    assert run(relay_dir, "enroll", str(client_too)) == 0
