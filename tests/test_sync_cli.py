"""`stafet sync` and the queue on the command line without a reachable server: every mistake
gets a clear Danish message and a non-zero exit, and nothing is remembered or sent."""

from __future__ import annotations

import socket

import pytest

from app.cli import common, main
from app.domain import records as r
from tests.fixtures_handover import consent_for, exchange_cards, make_laptop, start_case
from tests.fixtures_sync import server_certificate
from tests.fixtures_vault import PASSPHRASE


@pytest.fixture
def kirsten(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    lap = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(lap, arne)
    start_case(lap, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    for each in (lap, arne):
        each.vault.lock()
    secret = tmp_path / "frase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setattr(common, "device_secrets", lambda: lap.keyring)

    def run(*args: str) -> int:
        return int(main(["--vault", str(lap.folder), "--passphrase-file", str(secret), *args]))

    lap.run = run
    return lap


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nobody listens


def _remembered(lap) -> object:  # noqa: ANN001
    from app.sync import store
    from app.vault import Vault

    vault = Vault.unlock(lap.folder, PASSPHRASE, device_secrets=lap.keyring)
    try:
        return store.remembered_server(vault), store.counts(vault)
    finally:
        vault.lock()


def test_send_and_sync_without_a_server_say_how_to_go_on(kirsten, capsys):  # noqa: ANN001
    assert kirsten.run("handover", "send", "1", "--to", "Arne Andersen") == 2
    err = capsys.readouterr().err
    assert err.startswith("stafet: ") and "-o FIL.stafet" in err and "sync --server" in err
    assert kirsten.run("sync") == 2
    assert "sync --server" in capsys.readouterr().err
    server, counts = _remembered(kirsten)
    assert server is None and counts.to_push == 0


def test_bad_addresses_and_certificates_are_refused_before_any_connection(
    kirsten, tmp_path, capsys  # noqa: ANN001
):
    cert, _key = server_certificate(tmp_path / "ca")
    for url in ("http://127.0.0.1:8443", "https://", "https://127.0.0.1:8443/sti", "ftp://x"):
        assert kirsten.run("sync", "--server", url, "--ca", str(cert)) == 2
        assert "https://server.kommune.dk:8443" in capsys.readouterr().err
    assert kirsten.run("sync", "--server", "https://127.0.0.1:8443") == 2
    assert "--ca FIL" in capsys.readouterr().err
    junk = tmp_path / "junk.crt"
    junk.write_text("ikke et certifikat", encoding="utf-8")
    assert kirsten.run("sync", "--server", "https://127.0.0.1:8443", "--ca", str(junk)) == 2
    assert "certifikat kan ikke læses" in capsys.readouterr().err
    missing = tmp_path / "findes-ikke.crt"
    assert kirsten.run("sync", "--server", "https://127.0.0.1:8443", "--ca", str(missing)) == 2
    assert "kan ikke læses" in capsys.readouterr().err
    assert _remembered(kirsten)[0] is None


def test_an_unreachable_server_is_said_plainly_and_not_remembered(
    kirsten, tmp_path, capsys  # noqa: ANN001
):
    cert, _key = server_certificate(tmp_path / "ca")
    url = f"https://127.0.0.1:{_closed_port()}"
    assert kirsten.run("sync", "--server", url, "--ca", str(cert)) == 69
    err = capsys.readouterr().err
    assert "svarer ikke" in err and "Kirsten" not in err and "Hans" not in err
    assert _remembered(kirsten)[0] is None
    # The client's key never stays on disk: only the vault's own files are in its folder.
    assert not list(kirsten.folder.glob(".relay-*"))
