"""One sync with the relay: copy updates, push, directory, pull, receive.

1. Copies the consent still covers get an update bundle with only what their recipient lacks
   (Handover.update_copies), queued like any send.
2. Push the outbox, oldest first; each push carries the detached signature the contract asks
   for. A bundle is marked pushed only after the server answered that it stored it; pushing the
   same bytes again is harmless (the server's id is the bytes' hash), so a cut-off push is
   simply repeated.
3. Read the municipal directory: contacts are added or updated with source "kommunen" (shown as
   "bekræftet af kommunen"). A contact you verified by phone, or any usable contact of the same
   name with other keys, is never replaced by a directory card: that card is skipped and named
   in the summary. Contacts that came from the directory and left it (revoked by IT) are marked
   revoked here too.
4. Pull the inbox since the stored cursor: each bundle is stored in the vault first, then
   acknowledged (a crash in between: the next pull finds it stored and only acknowledges it).
5. Receive what was pulled through the same path as a file (`Handover.read` + `receive`, merge
   by record uid). The GUI skips this step and shows each with the file's preview instead.

The caller passes `cancelled()` (the GUI: locking stops the sync between steps).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.messages import UserError
from app.sync import store
from app.sync.errors import NO_SERVER, SyncError

logger = logging.getLogger(__name__)

PAGE = 100


class Cancelled(Exception):
    """The vault was locked while the sync ran: it stopped between two steps."""


@dataclass
class Summary:
    sent: int = 0
    received: int = 0
    waiting_out: int = 0
    waiting_in: int = 0
    pulled: int = 0
    updates: int = 0
    directory_added: int = 0
    directory_skipped: list[str] = field(default_factory=list)  # names: verified differently
    directory_revoked: list[str] = field(default_factory=list)
    updates_stopped: list[tuple[str, UserError]] = field(default_factory=list)
    push_refused: list[UserError] = field(default_factory=list)  # per bundle, stays queued
    not_received: list[UserError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.push_refused or self.not_received)


def server_for(vault: Any, url: str | None = None, ca_pem: str | None = None) -> store.Server:
    """The server to use: the one given (its pin given now or remembered), else the remembered."""
    from app.sync.client import parse_url
    from app.sync.errors import CA_NEEDED

    known = store.remembered_server(vault)
    if url is None:
        if known is None:
            raise SyncError(NO_SERVER, exit_code=2)
        return store.Server(known.url, ca_pem or known.ca_pem)
    parse_url(url)
    url = url.strip().rstrip("/")
    if ca_pem is None:
        if known is None or known.url != url:
            raise SyncError(CA_NEEDED, exit_code=2)
        ca_pem = known.ca_pem
    return store.Server(url, ca_pem)


def connect(vault: Any, server: store.Server, **options: Any) -> Any:
    from app.people import signing_identity
    from app.sync.client import RelayClient

    identity = signing_identity(vault)
    return RelayClient(server.url, server.ca_pem, identity, vault.directory, **options)


def sync(
    handover: Any,
    server: store.Server,
    *,
    receive: bool = True,
    on: date | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    client_options: dict[str, Any] | None = None,
) -> Summary:
    """One whole sync (see the module). Raises SyncError when the server cannot be used at all;
    per-bundle refusals are in the summary."""
    vault = handover.vault
    summary = Summary()

    def step() -> None:
        if cancelled():
            raise Cancelled()

    with connect(vault, server, **(client_options or {})) as client:
        client.health()  # the pin, our certificate and enrollment, before anything changes
        step()
        store.remember_server(vault, server)
        updates = handover.update_copies(on)
        summary.updates, summary.updates_stopped = updates.queued, updates.stopped
        step()
        push(vault, client, summary, step)
        step()
        read_directory(vault, client, summary)
        step()
        pull(vault, client, summary, step)
    if receive:
        receive_pulled(handover, summary, step)
    vault.settings_set(store.LAST_SYNC_SETTING, store.now())
    left = store.counts(vault)
    summary.waiting_out, summary.waiting_in = left.to_push, left.not_received
    logger.info(
        "sync: sent %s, pulled %s, received %s, waiting %s/%s",
        summary.sent,
        summary.pulled,
        summary.received,
        summary.waiting_out,
        summary.waiting_in,
    )
    return summary


def push(vault: Any, client: Any, summary: Summary, step: Callable[[], None]) -> None:
    from app import relay_protocol as rp
    from app.people import signing_identity
    from app.sync import errors as e

    identity = signing_identity(vault)
    unknown = 0
    for item in store.to_push(vault):
        step()
        signature = rp.detached_signature(item.data, identity.key, identity.certificate)
        response = client.push(item.data, signature)
        if response.status in (200, 201):
            store.mark_pushed(vault, item.bundle_id)
            summary.sent += 1
            continue
        code = response.code
        if code == rp.UNKNOWN_RECIPIENT:
            unknown += 1
        elif code == rp.SIGNER_MISMATCH:
            summary.push_refused.append(SyncError(e.SIGNER_MISMATCH, exit_code=77))
        elif code == rp.TOO_LARGE:
            summary.push_refused.append(SyncError(e.TOO_LARGE))
        else:
            summary.push_refused.append(SyncError(e.SERVER_FAILED, exit_code=76))
    if unknown:
        summary.push_refused.append(SyncError(e.UNKNOWN_RECIPIENT, count=unknown))


def read_directory(vault: Any, client: Any, summary: Summary) -> None:
    """Add or update the directory's cards (source "kommunen"); see the module for the rules."""
    from app.domain.baton import same_name
    from app.people import ContactBook, card_from_bytes, fingerprint, my_card

    book = ContactBook(vault)
    mine = fingerprint(my_card(vault))
    known = book.list()
    listed: set[str] = set()
    for data in client.directory():
        try:
            card = card_from_bytes(data)
        except UserError:
            continue  # a card that does not check out is never added
        print_ = fingerprint(card)
        listed.add(print_)
        if print_ == mine:
            continue
        same = next((c for c in known if c.fingerprint == print_), None)
        if same is not None:
            if same.card != card and not same.revoked:
                book.add(card, source=same.source)  # a renewed card for the same keys
            continue
        clash = [c for c in known if not c.revoked and same_name(c.card.name, card.name)]
        if clash:
            # Never two usable contacts of one name (which one would a send mean?), and never a
            # phone-verified card replaced by what a server says.
            summary.directory_skipped.append(card.name)
            continue
        book.add(card, source="kommunen")
        summary.directory_added += 1
    if mine not in listed:
        return  # a directory without me (who just passed its enrollment check) is not whole
    for contact in known:
        gone = contact.fingerprint not in listed
        if contact.source == "kommunen" and not contact.revoked and gone:
            book.revoke(contact.id)  # IT revoked the person: their files are refused from now on
            summary.directory_revoked.append(contact.card.name)


def pull(vault: Any, client: Any, summary: Summary, step: Callable[[], None]) -> None:
    """Store each new bundle, then acknowledge it; the cursor moves with each stored bundle."""
    after = store.cursor(vault)
    while True:
        step()
        items, following = client.inbox(after, PAGE)
        if not items:
            break
        for item in sorted(items, key=lambda i: i["cursor"]):
            step()
            ident = str(item["id"])
            if not store.is_stored(vault, ident):
                data = client.fetch(ident)
                if data is None:
                    continue  # purged on the server meanwhile: nothing to store or to ack
                if store.bundle_id(data) != ident:
                    from app.sync import errors as e

                    raise SyncError(e.SERVER_FAILED, exit_code=76)
                if store.store_pulled(vault, ident, int(item["cursor"]), data):
                    summary.pulled += 1
            else:
                store.move_cursor(vault, int(item["cursor"]))
            client.ack(ident)  # only now: the bundle is safe in the vault
            after = max(after, int(item["cursor"]))
        after = max(after, following)
        if len(items) < PAGE:
            break


def receive_pulled(handover: Any, summary: Summary, step: Callable[[], None]) -> None:
    """Receive each pulled bundle as a file would be (check, then merge by record uid)."""
    from app.handover.errors import REPLAYED

    vault = handover.vault
    for item in store.not_received(vault):
        step()
        try:
            incoming = handover.read(item.data)
            with vault.session():
                handover.receive(incoming)
                store.mark_received(vault, item.bundle_id)
        except UserError as err:
            if err.source == REPLAYED:
                store.mark_received(vault, item.bundle_id)  # already received from a file
                continue
            store.mark_refused(vault, item.bundle_id, store.why(err))
            summary.not_received.append(err)
            continue
        summary.received += 1


def receive_one(handover: Any, bundle_id: str, incoming: Any) -> int:
    """The GUI's "Modtag" on a pulled bundle: received and marked in one transaction."""
    vault = handover.vault
    with vault.session():
        case_id = handover.receive(incoming)
        store.mark_received(vault, bundle_id)
    return int(case_id)
