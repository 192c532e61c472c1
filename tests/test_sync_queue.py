"""The laptop's relay queue without a server: sends and receipts queued in the vault, the inbox
and its cursor, and the copy rule "only what the recipient lacks" (issue 15, points 1, 2, 4)."""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa

from app.domain import records as r
from app.handover.errors import HandoverError
from app.sync import store
from app.sync.errors import SyncError
from tests.fixtures_handover import (
    consent_for,
    exchange_cards,
    make_laptop,
    start_case,
    vault_snapshot,
)
from tests.fixtures_sync import remember_a_server


@pytest.fixture
def pair(tmp_path):  # noqa: ANN001, ANN201
    kirsten = make_laptop(tmp_path, "Kirsten Petersen", "leder", "Familiehuset")
    arne = make_laptop(tmp_path, "Arne Andersen", "sagsbehandler", "Børn og Familie")
    exchange_cards(kirsten, arne)
    case_id = start_case(kirsten, consent_for(("Arne Andersen", r.PartyKind.CHILDREN_CASEWORKER)))
    yield kirsten, arne, case_id
    for lap in (kirsten, arne):
        lap.vault.lock()


def _outbox(lap) -> list[store.Outgoing]:  # noqa: ANN001
    return store.to_push(lap.vault)


def test_a_send_without_a_server_names_both_ways_out_and_changes_nothing(pair):  # noqa: ANN001
    kirsten, _arne, case_id = pair
    before = vault_snapshot(kirsten)
    with pytest.raises(SyncError) as caught:
        kirsten.handover.send(case_id, kirsten.contact("Arne Andersen"))
    assert "-o" in str(caught.value) and "sync --server" in str(caught.value)
    assert vault_snapshot(kirsten) == before
    assert _outbox(kirsten) == []


def test_the_relay_through_the_queue_is_the_file_path(pair, tmp_path):  # noqa: ANN001
    """Queued bytes are exactly a `.stafet` file: the recipient receives them the same way."""
    kirsten, arne, case_id = pair
    remember_a_server(kirsten.vault, tmp_path / "k")
    remember_a_server(arne.vault, tmp_path / "a")
    sent = kirsten.handover.send(case_id, kirsten.contact("Arne Andersen"))
    assert sent.queued and sent.path is None
    [item] = _outbox(kirsten)
    assert item.bundle_id == hashlib.sha256(item.data).hexdigest()
    assert item.kind == "bundle" and item.contact == kirsten.contact("Arne Andersen").fingerprint
    # The offer is in Kirsten's log in the same transaction as the queued bundle.
    assert kirsten.handover.awaiting_receipt(case_id) == "Arne Andersen"
    incoming = arne.handover.read(item.data)
    arne_case = arne.handover.receive(incoming)
    answer = arne.handover.accept(arne_case)
    assert answer.queued
    [receipt] = _outbox(arne)
    assert receipt.kind == "receipt"
    kirsten.handover.receive(kirsten.handover.read(receipt.data))
    uid = kirsten.svc.case_uid(case_id)
    assert kirsten.case_summary(uid).holder == "Arne Andersen"
    assert arne.case_summary(uid).holder == "Arne Andersen"
    store.mark_pushed(kirsten.vault, item.bundle_id)
    assert _outbox(kirsten) == [] and store.counts(kirsten.vault).to_push == 0


def test_a_refused_send_queues_nothing(pair, tmp_path):  # noqa: ANN001
    kirsten, _arne, case_id = pair
    remember_a_server(kirsten.vault, tmp_path / "k")
    bente = make_laptop(tmp_path, "Bente Bruun", "lærer", "Skolen")
    exchange_cards(kirsten, bente)
    before = vault_snapshot(kirsten)
    with pytest.raises(HandoverError):
        kirsten.handover.send(case_id, kirsten.contact("Bente Bruun"), copy=True)
    assert _outbox(kirsten) == [] and vault_snapshot(kirsten) == before
    assert store.copy_recipients_of(kirsten.vault) == []
    bente.vault.lock()


def test_the_inbox_stores_before_ack_and_the_cursor_only_moves_forward(vault):  # noqa: ANN001
    data = b"sealed bytes stand in for a bundle here"
    ident = hashlib.sha256(data).hexdigest()
    assert store.cursor(vault) == 0
    assert store.store_pulled(vault, ident, 7, data) is True
    assert store.cursor(vault) == 7
    # Pulled again after a crash before the ack: stored once, nothing duplicated.
    assert store.store_pulled(vault, ident, 7, data) is False
    with vault.read_session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(store.inbox)) == 1
    store.move_cursor(vault, 3)
    assert store.cursor(vault) == 7
    with pytest.raises(ValueError):
        store.store_pulled(vault, "0" * 64, 8, data)  # bytes that are not what the id says
    assert store.cursor(vault) == 7
    [waiting] = store.not_received(vault)
    assert waiting.bundle_id == ident and waiting.state == store.WAITING
    store.mark_received(vault, ident)
    assert store.not_received(vault) == [] and store.counts(vault).not_received == 0


def test_a_new_server_starts_its_inbox_from_the_beginning(vault, tmp_path):  # noqa: ANN001
    remember_a_server(vault, tmp_path / "one", "https://127.0.0.1:9")
    store.move_cursor(vault, 40)
    remember_a_server(vault, tmp_path / "one", "https://127.0.0.1:9")  # same server, new pin
    assert store.cursor(vault) == 40
    remember_a_server(vault, tmp_path / "two", "https://127.0.0.1:10")
    assert store.cursor(vault) == 0
    assert store.remembered_server(vault).url == "https://127.0.0.1:10"
