"""The relay end to end, as the issue asks: real vaults in temp folders, `stafet` commands, a
real `stafet-server` process over real TLS on 127.0.0.1 with a throwaway PostgreSQL.

Kirsten hands Hans's case to Arne through the server; Arne accepts; the receipt reaches her;
a copy to the school stays current through two edits; a revoked person can neither push nor
pull; killing the server (SIGKILL) in the middle of a push and of a pull loses and duplicates
nothing. Synthetic names only.
"""

from __future__ import annotations

import http.client
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import common, main
from app.domain import records as r
from app.sync import store
from tests.fixtures_handover import TODAY, consent_for, make_laptop, start_case
from tests.fixtures_postgres import free_port
from tests.fixtures_relay import RunningServer, server_cli
from tests.fixtures_vault import PASSPHRASE

KIRSTEN, ARNE, SCHOOL = "Kirsten Petersen", "Arne Andersen", "Bente Bruun"


class Town:
    """Three laptops and one relay server; `run(lap, …)` is the `stafet` command at a laptop."""

    def __init__(self, root: Path, pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
        from app.people import card_to_bytes, my_card

        self.root = root
        self.monkeypatch = monkeypatch
        self.kirsten = make_laptop(root, KIRSTEN, "leder", "Familiehuset")
        self.arne = make_laptop(root, ARNE, "sagsbehandler", "Børn og Familie")
        self.school = make_laptop(root, SCHOOL, "lærer", "Skovbrynets Skole")
        self.laptops = (self.kirsten, self.arne, self.school)
        self.case_id = start_case(
            self.kirsten,
            consent_for(
                (ARNE, r.PartyKind.CHILDREN_CASEWORKER), (SCHOOL, r.PartyKind.SCHOOL_DAYCARE)
            ),
        )
        self.case_uid = self.kirsten.svc.case_uid(self.case_id)
        self.server_dir = root / "server"
        done = server_cli(self.server_dir, "init", "--database", pg)
        assert done.returncode == 0, done.stderr
        for lap in self.laptops:
            card = root / f"{lap.name.split()[0]}.stafetkort"
            card.write_bytes(card_to_bytes(my_card(lap.vault)))
            done = server_cli(self.server_dir, "enroll", str(card))
            assert done.returncode == 0, done.stderr
        for lap in self.laptops:
            lap.vault.lock()
        self.secret = root / "frase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.server = RunningServer(self.server_dir, free_port(), root / "server.log")
        self.server.start()
        self.url = f"https://127.0.0.1:{self.server.port}"

    def run(self, lap, *args: str) -> int:  # noqa: ANN001
        self.monkeypatch.setattr(common, "device_secrets", lambda: lap.keyring)
        return int(main(["--vault", str(lap.folder), "--passphrase-file", str(self.secret), *args]))

    def restart(self) -> None:
        self.server = RunningServer(self.server_dir, self.server.port, self.root / "server2.log")
        self.server.start()

    def open(self, lap):  # noqa: ANN001, ANN201
        """The laptop's vault unlocked for a look (or an edit in the GUI's stead); lock after."""
        from app.models.service import CaseService
        from app.vault import Vault

        vault = Vault.unlock(lap.folder, PASSPHRASE, device_secrets=lap.keyring)
        return vault, CaseService(vault, actor=lap.name)


def _holder(town: Town, lap, capsys) -> str:  # noqa: ANN001
    capsys.readouterr()
    assert town.run(lap, "case", "list") == 0
    row = capsys.readouterr().out.splitlines()[1]
    return ARNE if ARNE in row else row


def _summary(capsys) -> str:  # noqa: ANN001
    return capsys.readouterr().out.strip().splitlines()[-1]


@pytest.fixture
def town(tmp_path, pg_url, monkeypatch):  # noqa: ANN001, ANN201
    made = Town(tmp_path, pg_url, monkeypatch)
    yield made
    made.server.stop()


def _add_entry(town: Town, text: str) -> str:
    vault, svc = town.open(town.kirsten)
    try:
        svc.add_entry(
            town.case_id,
            r.LogEntry(
                section=r.LogSection.DECISION,
                entry_date=TODAY - timedelta(days=1),
                text=text,
                author=KIRSTEN,
            ),
        )
        return next(e.uid for e in svc.load(town.case_id).entries if e.text == text)
    finally:
        vault.lock()


def _school_entries(town: Town) -> list[str]:
    vault, svc = town.open(town.school)
    try:
        case_id = svc.case_id_for_uid(town.case_uid)
        return [e.text for e in svc.load(case_id).entries]
    finally:
        vault.lock()


def test_the_baton_and_a_copy_through_the_relay(town, capsys, caplog):  # noqa: ANN001
    caplog.set_level("DEBUG")
    # First contact: each laptop pins the server and gets the others from the directory.
    for lap in town.laptops:
        assert town.run(lap, "sync", "--server", town.url, "--ca", str(town.server.ca)) == 0
        assert _summary(capsys) == "Sendt: 0. Modtaget: 0. Venter: 0."
    vault, _svc = town.open(town.kirsten)
    from app.people import ContactBook

    found = {c.card.name: c.source for c in ContactBook(vault).list()}
    vault.lock()
    assert found == {ARNE: "kommunen", SCHOOL: "kommunen"}

    # A copy to the school, through the server (no -o); later syncs need no options.
    assert town.run(town.kirsten, "handover", "send", "1", "--to", SCHOOL, "--copy") == 0
    assert town.run(town.kirsten, "sync") == 0
    assert _summary(capsys) == "Sendt: 1. Modtaget: 0. Venter: 0."
    assert town.run(town.school, "sync") == 0
    assert _summary(capsys) == "Sendt: 0. Modtaget: 1. Venter: 0."
    assert len(_school_entries(town)) == 2

    # Two edits at Kirsten's: each next sync sends the school only what it lacks.
    for n, text in enumerate(("Hans har haft en god uge i børnehaven.", "Mødet er flyttet."), 1):
        _add_entry(town, text)
        assert town.run(town.kirsten, "sync") == 0
        assert _summary(capsys) == "Sendt: 1. Modtaget: 0. Venter: 0."
        assert town.run(town.school, "sync") == 0
        assert _summary(capsys) == "Sendt: 0. Modtaget: 1. Venter: 0."
        entries = _school_entries(town)
        assert len(entries) == 2 + n and text in entries
    assert town.run(town.kirsten, "sync") == 0  # nothing changed: no update
    assert _summary(capsys) == "Sendt: 0. Modtaget: 0. Venter: 0."
    vault, _svc = town.open(town.school)
    school_cursor = store.cursor(vault)
    vault.lock()
    assert school_cursor > 0

    # The baton to Arne through the server; he accepts; the receipt reaches Kirsten.
    assert town.run(town.kirsten, "handover", "send", "1", "--to", ARNE) == 0
    assert "næste „stafet sync“" in capsys.readouterr().err
    assert town.run(town.kirsten, "sync") == 0
    assert town.run(town.arne, "sync") == 0
    assert _summary(capsys) == "Sendt: 0. Modtaget: 1. Venter: 0."
    assert town.run(town.arne, "handover", "accept", "1") == 0
    assert town.run(town.arne, "sync") == 0
    assert _summary(capsys) == "Sendt: 1. Modtaget: 0. Venter: 0."
    assert _holder(town, town.arne, capsys) == ARNE
    assert KIRSTEN in _holder(town, town.kirsten, capsys)
    assert town.run(town.kirsten, "sync") == 0
    assert _summary(capsys) == "Sendt: 0. Modtaget: 1. Venter: 0."
    assert _holder(town, town.kirsten, capsys) == ARNE

    # IT revokes the school: it can neither push nor pull; Kirsten stops trusting it.
    school_copy = _school_sends_a_copy_of_its_own_case(town)
    done = server_cli(town.server_dir, "revoke", SCHOOL)
    assert done.returncode == 0, done.stderr
    capsys.readouterr()
    assert town.run(town.school, "sync") == 77
    assert "spærret" in capsys.readouterr().err
    vault, _svc = town.open(town.school)
    assert [item.bundle_id for item in store.to_push(vault)] == [school_copy]  # not pushed
    assert store.cursor(vault) == school_cursor and store.counts(vault).not_received == 0
    vault.lock()
    assert town.run(town.kirsten, "sync") == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Sendt: 0. Modtaget: 0. Venter: 0."  # nothing from the school
    assert f"{SCHOOL} er ikke længere i kommunens katalog" in out.err
    # The log of all of this names no one and nothing from the case.
    for secret in ("Hans", "120320", "Lilly", "Kirsten", "Arne", "Bente", "god uge", "flyttet"):
        assert secret not in caplog.text


def _school_sends_a_copy_of_its_own_case(town: Town) -> str:
    """The school's own case, a copy queued for Kirsten: the id of the queued bundle."""
    from app.handover.service import Handover
    from tests.fixtures_handover import Laptop

    vault, svc = town.open(town.school)
    try:
        school = town.school
        lap = Laptop(SCHOOL, school.folder, vault, svc, Handover(vault, svc), school.keyring)
        case_id = start_case(lap, consent_for((KIRSTEN, r.PartyKind.CHILDREN_CASEWORKER)))
        lap.handover.send(case_id, lap.contact(KIRSTEN), copy=True)
        [queued] = store.to_push(vault)
        return queued.bundle_id
    finally:
        vault.lock()


def _kill_during(town: Town, monkeypatch, method: str, path: str, nth: int) -> None:  # noqa: ANN001
    """SIGKILL the server while the laptop waits for the answer to its `nth` such request."""
    original = http.client.HTTPConnection.getresponse
    seen = {"n": 0}
    sent = {}
    original_request = http.client.HTTPConnection.request

    def request(self, m, url, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        sent["last"] = (m, url)
        return original_request(self, m, url, *args, **kwargs)

    def getresponse(self):  # noqa: ANN001, ANN202
        m, url = sent.get("last", ("", ""))
        if m == method and path in url:
            seen["n"] += 1
            if seen["n"] == nth:
                town.server.kill()
        return original(self)

    monkeypatch.setattr(http.client.HTTPConnection, "request", request)
    monkeypatch.setattr(http.client.HTTPConnection, "getresponse", getresponse)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")
def test_killing_the_server_mid_push_and_mid_pull_loses_and_duplicates_nothing(
    town, capsys, monkeypatch  # noqa: ANN001
):
    for lap in (town.kirsten, town.arne):
        assert town.run(lap, "sync", "--server", town.url, "--ca", str(town.server.ca)) == 0
    assert town.run(town.kirsten, "handover", "send", "1", "--to", ARNE, "--copy") == 0
    texts = [f"Opfølgning nummer {n}." for n in range(3)]
    # Three bundles queued: the copy and two updates (each made by a sync while queued).
    for text in texts[:2]:
        _add_entry(town, text)
        vault, svc = town.open(town.kirsten)
        from app.handover.service import Handover

        assert Handover(vault, svc).update_copies().queued == 1
        vault.lock()
    capsys.readouterr()
    with monkeypatch.context() as patch:
        _kill_during(town, patch, "POST", "/v1/bundles", 2)
        assert town.run(town.kirsten, "sync") == 69  # the server is gone
    assert "svarer ikke" in capsys.readouterr().err
    town.restart()
    assert town.run(town.kirsten, "sync") == 0
    assert _summary(capsys) == "Sendt: 2. Modtaget: 0. Venter: 0."

    with monkeypatch.context() as patch:
        _kill_during(town, patch, "POST", "/ack", 2)  # the 2nd bundle stored, not acknowledged
        assert town.run(town.arne, "sync") == 69
    capsys.readouterr()
    town.restart()
    assert town.run(town.arne, "sync") == 0
    assert _summary(capsys) == "Sendt: 0. Modtaget: 3. Venter: 0."
    vault, svc = town.open(town.arne)
    try:
        with vault.read_session() as s:
            pulled = s.execute(sa.select(store.inbox.c.bundle_id, store.inbox.c.state)).all()
        assert len(pulled) == 3 and {state for _id, state in pulled} == {store.RECEIVED}
        entries = [e.text for e in svc.load(svc.case_id_for_uid(town.case_uid)).entries]
        assert all(entries.count(t) == 1 for t in texts[:2]) and len(entries) == 4
    finally:
        vault.lock()
    assert town.run(town.arne, "sync") == 0  # nothing left on the server for Arne
    assert _summary(capsys) == "Sendt: 0. Modtaget: 0. Venter: 0."


def test_a_wrong_pin_and_a_phone_verified_card_are_never_overridden(
    town, tmp_path, capsys  # noqa: ANN001
):
    from app.people import ContactBook, card_from_bytes, card_to_bytes, my_card
    from tests.fixtures_sync import server_certificate

    # Another server certificate than the one IT handed out: nothing is sent or remembered.
    other, _key = server_certificate(tmp_path / "other")
    assert town.run(town.kirsten, "sync", "--server", town.url, "--ca", str(other)) == 76
    assert "ikke det certifikat" in capsys.readouterr().err
    vault, _svc = town.open(town.kirsten)
    assert store.remembered_server(vault) is None
    # Kirsten verified an (older) card of Arne's by phone: the directory's card has other keys.
    old_arne = make_laptop(tmp_path / "old", ARNE, "sagsbehandler", "Børn og Familie")
    book = ContactBook(vault)
    old_card = card_from_bytes(card_to_bytes(my_card(old_arne.vault)))
    verified = book.mark_verified(book.add(old_card).id)
    old_arne.vault.lock()
    vault.lock()
    assert town.run(town.kirsten, "sync", "--server", town.url, "--ca", str(town.server.ca)) == 0
    err = capsys.readouterr().err
    assert f"Kommunens katalog har et andet kort for {ARNE}" in err
    vault, _svc = town.open(town.kirsten)
    arnes = [c for c in ContactBook(vault).list() if c.card.name == ARNE]
    vault.lock()
    assert [(c.fingerprint, c.verified, c.source) for c in arnes] == [
        (verified.fingerprint, True, "kort")
    ]
