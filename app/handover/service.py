"""Send, receive, accept and decline the baton as `.stafet` files (one service for GUI and CLI).

The relay (BTI: the baton changes hands only when the new holder says yes):
1. The holder sends: the consent must cover the recipient; the offer goes into the log; the
   whole case travels to the recipient, signed by the sender (bundle.py).
2. The recipient receives: the file is decrypted and checked (signature, sender in the contact
   book and not revoked, meant for us, not seen before) and shown BEFORE anything is written
   (`read` → Incoming); `receive` then merges the case by record uid.
3. The recipient accepts (becomes holder here) or declines; either way a signed receipt goes
   back to the sender, carrying the recipient's own baton event.
4. The sender receives the receipt: the same event goes into the sender's log; after an
   acceptance the sender's copy is read-only ("Stafetten er givet videre til …").

Each step is one vault transaction together with its audit row ("handover.*", never content);
a failing step, or a file that cannot be written, leaves the vault as it was.
State between steps lives in the vault's settings under "handover.*" (ids, fingerprints, times).
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.domain import records as r
from app.domain.messages import UserError
from app.handover import bundle
from app.handover.errors import (
    CASE_MISSING,
    CONSENT_LAPSED,
    CONSENT_NOT_YET,
    CONSENT_REVOKED,
    DAMAGED,
    NO_CONSENT,
    NO_CONSENT_AT_ALL,
    NO_OFFER_FOR_ME,
    NOT_FOR_YOU,
    NOT_HOLDER,
    OLDER,
    RECEIPT_UNEXPECTED,
    REPLAYED,
    REVOKED_SENDER,
    UNKNOWN_SENDER,
    UNREADABLE,
    UPDATE_WITHOUT_COPY,
    HandoverError,
)

logger = logging.getLogger(__name__)

BUNDLE, COPY, RECEIPT = "bundle", "copy", "receipt"
ACCEPTED, DECLINED = "accepted", "declined"
_ID = re.compile(r"[0-9a-f]{32}")

# Vault settings: what this laptop sent, what it received, and what waits for an answer.
_SENT = "handover.sent."  # + bundle id → {case_uid, kind, to, to_name, answer}
_RECEIVED = "handover.received."  # + file id → {case_uid, kind, from, sent_at}
_NEWEST = "handover.newest."  # + case uid + "." + sender fingerprint → sent_at of the newest
_PENDING = "handover.pending."  # + case uid → {bundle, from}: an offer waiting for our answer
_AWAITING = "handover.awaiting."  # + case uid → {bundle, to, name}: our offer waiting for a receipt


@dataclass(frozen=True)
class Incoming:
    """A checked `.stafet` file, not yet written: what the preview shows."""

    kind: str  # bundle | copy | receipt
    file_id: str
    sender: Any  # app.people.Contact
    sent_at: datetime
    case_uid: str
    child_name: str  # bundle/copy: the case's child; receipt: the case here
    entries: int  # bundle/copy: log entries in the file
    answer: str = ""  # receipt: accepted | declined
    reason: str = ""  # receipt: the decline's reason
    payload: dict[str, Any] | None = None

    @property
    def sender_name(self) -> str:
        return str(self.sender.card.name)


@dataclass(frozen=True)
class Sent:
    path: Path | None  # None: queued for the relay server (app.sync), not written to a file
    file_id: str

    @property
    def queued(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class CopyUpdates:
    """What `update_copies` did: update bundles queued, and recipients whose updates stopped."""

    queued: int
    stopped: list[tuple[str, Any]]  # (recipient's name, the HandoverError saying why)


class Handover:
    """The handover steps for one vault; `svc` is its CaseService (same vault)."""

    def __init__(self, vault: Any, svc: Any) -> None:
        self._vault = vault
        self._svc = svc
        self._mine: tuple[Any, Any, str] | None = None

    @property
    def vault(self) -> Any:
        return self._vault

    def _my_keys(self) -> tuple[Any, Any, str]:
        """My decryption key, its certificate and my fingerprint, loaded once per service.

        Loading the RSA key from its PKCS#12 takes ~0.3 s (OpenSSL checks the key), a third of
        the handover's budget; the vault is unlocked while this service lives anyway.
        """
        if self._mine is None:
            from app.people import ContactCard, encryption_identity, fingerprint, signing_identity

            key, cert = encryption_identity(self._vault)
            # The fingerprint covers the two certificates only (cards.fingerprint), so no card
            # needs to be made and signed here.
            certs = ContactCard("", "", "", "", signing_identity(self._vault).certificate, cert)
            self._mine = (key, cert, fingerprint(certs))
        return self._mine

    def _sender(self) -> dict[str, str]:
        """Who sends: the profile, and the fingerprint the recipient's contact book knows."""
        from app.people import profile

        me = profile(self._vault)
        return {
            "name": me.name if me else "",
            "role": me.role if me else "",
            "organisation": me.organisation if me else "",
            "contact": me.contact if me else "",
            "fingerprint": self._my_keys()[2],
        }

    # -- sending ------------------------------------------------------------------------------

    def check_consent(self, case: r.Case, contact: Any, on: date) -> None:
        """The parents' consent must name this person (a party kind AND their name) on `on`.

        BTI checks consent again at every transition. The rule is the domain's one for every
        share (consent.covering_consent / names_party): a ticked kind without a name names no
        one. When nothing covers the person, the message says why (not named, withdrawn,
        lapsed, not yet in force).
        """
        from app.domain import consent as rules
        from app.domain.validation import format_date

        name = contact.card.name
        if not case.consents:
            raise HandoverError(NO_CONSENT_AT_ALL)
        kinds = list(dict.fromkeys(p.kind for c in case.consents for p in c.parties))
        if any(rules.covering_consent(case.consents, kind, name, on) for kind in kinds):
            return
        naming = [
            (consent, kind)
            for consent in case.consents
            for kind in kinds
            if rules.names_party(consent, kind, name)
        ]
        if not naming:
            raise HandoverError(NO_CONSENT, name=name)
        newest = max((consent for consent, _ in naming), key=lambda c: c.signed_on)
        state = rules.status(newest, on)
        if state is rules.ConsentStatus.REVOKED:
            when = newest.revoked_on or on
            raise HandoverError(CONSENT_REVOKED, name=name, on=format_date(when))
        if state is rules.ConsentStatus.NOT_YET_VALID:
            raise HandoverError(CONSENT_NOT_YET, name=name, on=format_date(newest.signed_on))
        raise HandoverError(CONSENT_LAPSED, name=name, on=format_date(rules.lapses_on(newest)))

    def send(
        self,
        case_id: int,
        contact: Any,
        target: str | os.PathLike[str] | None = None,
        *,
        copy: bool = False,
        on: date | None = None,
    ) -> Sent:
        """Offer the baton (or send a copy) to `contact`: write the `.stafet` file to `target`,
        or without one queue it for the relay server (app.sync) in the same transaction."""
        from app.people import signing_identity

        on = on or date.today()
        self._check_relay(target)
        case = self._check_send(case_id, contact, on)
        card = contact.card
        person = r.Person(
            name=card.name, organisation=card.organisation, role=card.role, contact=card.contact
        )
        identity = signing_identity(self._vault)
        head = self._vault.audit.head()
        file_id = uuid.uuid4().hex
        with self._vault.session():
            offer_uid = "" if copy else self._svc.offer_baton(case_id, person, on)
            kind = COPY if copy else BUNDLE
            payload = {
                **self._header(kind, file_id, contact, head, case.uid),
                "offer": offer_uid,
                "case": self._svc.export_case(case_id),
            }
            data = bundle.seal(payload, identity.key, identity.certificate, card.encryption_cert)
            if copy:
                from app.sync import store

                # What the recipient now has: later updates carry only what they lack.
                has = store.record_digests(payload["case"])
                store.add_recipient_has(self._vault, case.uid, contact.fingerprint, has)
            if not copy:
                self._vault.settings_set(
                    _AWAITING + case.uid,
                    {"bundle": file_id, "to": contact.fingerprint, "name": card.name},
                )
            self._note_sent(file_id, case.uid, kind, contact, f"handover.send.{kind}")
            path = self._deliver(data, target, file_id, contact, kind, case.uid)
        logger.info("handover %s %s", kind, "queued" if path is None else "written")
        return Sent(path, file_id)

    def _header(
        self, kind: str, file_id: str, contact: Any, head: tuple[int, str], case_uid: str
    ) -> dict[str, Any]:
        """What every bundle says about itself: its kind and id, who sends it to whom, the
        sender's audit head, and the case it is about."""
        return {
            "kind": kind,
            "id": file_id,
            "sent_at": _now(),
            "sender": self._sender(),
            "recipient": {"name": contact.card.name, "fingerprint": contact.fingerprint},
            "audit_head": {"seq": head[0], "chain": head[1]},
            "case_uid": case_uid,
        }

    def _note_sent(self, file_id: str, case_uid: str, kind: str, contact: Any, event: str) -> None:
        """Remember the sent file (for its answer) and put the send in the audit trail."""
        self._vault.settings_set(
            _SENT + file_id,
            {"case_uid": case_uid, "kind": kind, "to": contact.fingerprint, "answer": ""},
        )
        self._vault.audit.append(
            event, "handover", file_id, subject=case_uid, actor=self._svc.actor or None
        )

    def _check_send(self, case_id: int, contact: Any, on: date) -> r.Case:
        """Everything a send (and a copy's update) must meet: the case to send, else why not."""
        from app.domain.baton import BatonState, same_name
        from app.models.errors import CaseClosed, CaseHandedOver, CaseIsCopy
        from app.people import profile

        if contact.revoked:
            raise HandoverError(REVOKED_SENDER, name=contact.card.name)
        case = self._svc.case_to_check(case_id)
        self.check_consent(case, contact, on)
        marks = self._svc.handover_state(case_id)
        if marks.handed_over_to:
            raise CaseHandedOver(marks.handed_over_to)
        if marks.is_copy:
            raise CaseIsCopy()
        state = BatonState.from_events(case.baton)
        if state.closed:
            raise CaseClosed()
        me = profile(self._vault)
        if me is None or state.holder is None or not same_name(state.holder.name, me.name):
            # Copies too: only the holder decides who sees the log.
            raise HandoverError(NOT_HOLDER, holder=state.holder.name if state.holder else "")
        return case

    def _check_relay(self, target: str | os.PathLike[str] | None) -> None:
        """Without a file the bundle goes to the relay server: one must be remembered."""
        if target is None:
            from app.sync import store
            from app.sync.errors import NO_SERVER, SyncError

            if store.remembered_server(self._vault) is None:
                raise SyncError(NO_SERVER, exit_code=2)

    def _deliver(
        self,
        data: bytes,
        target: str | os.PathLike[str] | None,
        file_id: str,
        contact: Any,
        kind: str,
        case_uid: str,
    ) -> Path | None:
        """The one way out of a sealed file: written to `target`, or queued for the relay.

        Called inside the send's transaction, last: a file that cannot be written, or a queue
        that fails, undoes the whole send.
        """
        from app.reports.sharing import write_atomically

        if target is not None:
            return write_atomically(target, data)
        from app.sync import store

        store.queue(
            self._vault,
            data,
            file_id=file_id,
            contact=contact.fingerprint,
            kind=kind,
            case_uid=case_uid,
        )
        return None

    # -- copies that stay current (the relay) ---------------------------------------------------

    def update_copies(self, on: date | None = None) -> CopyUpdates:
        """For each case shared as a copy, queue an update holding only what its recipient lacks.

        The consent (and that we still hold the baton) is checked again before each update, as
        at every share; a recipient it no longer covers gets no more updates, and the result
        says why. Needs a remembered server (updates travel only through the relay).
        """
        from app.people import ContactBook
        from app.sync import store

        on = on or date.today()
        if store.remembered_server(self._vault) is None:
            return CopyUpdates(0, [])
        contacts = {c.fingerprint: c for c in ContactBook(self._vault).list()}
        queued = 0
        stopped: list[tuple[str, Any]] = []
        for case_uid, print_, halted in store.copy_recipients_of(self._vault):
            if halted:
                continue
            contact = contacts.get(print_)
            case_id = self._svc.case_id_for_uid(case_uid)
            if contact is None or case_id is None:
                continue  # the contact or the case was removed here: nothing to keep current
            try:
                if self._update_copy(case_id, contact, on):
                    queued += 1
            except UserError as err:
                store.stop_updates(self._vault, case_uid, print_, store.why(err))
                self._vault.audit.append(
                    "handover.update.stopped",
                    "handover",
                    print_[:5],
                    subject=case_uid,
                    actor=self._svc.actor or None,
                )
                stopped.append((contact.card.name, err))
        return CopyUpdates(queued, stopped)

    def _update_copy(self, case_id: int, contact: Any, on: date) -> bool:
        from app.people import signing_identity
        from app.sync import store

        case = self._check_send(case_id, contact, on)
        document = self._svc.export_case(case_id)
        has = store.recipient_has(self._vault, case.uid, contact.fingerprint)
        update, carried = store.lacking(document, has)
        if update is None:
            return False
        identity = signing_identity(self._vault)
        head = self._vault.audit.head()
        file_id = uuid.uuid4().hex
        card = contact.card
        with self._vault.session():
            payload = {
                **self._header(COPY, file_id, contact, head, case.uid),
                "offer": "",
                "case": update,
                "update": True,  # only what the copy lacks: merged into it, never a case alone
            }
            data = bundle.seal(payload, identity.key, identity.certificate, card.encryption_cert)
            store.add_recipient_has(self._vault, case.uid, contact.fingerprint, carried)
            self._note_sent(file_id, case.uid, COPY, contact, "handover.send.update")
            self._deliver(data, None, file_id, contact, COPY, case.uid)
        return True

    # -- receiving ----------------------------------------------------------------------------

    def read(self, source: str | os.PathLike[str] | bytes) -> Incoming:
        """Open and check a `.stafet` file; writes nothing (the preview shows the result)."""
        from app.people import ContactBook

        data = source if isinstance(source, bytes) else _read_file(source)
        key, cert, mine = self._my_keys()
        opened = bundle.open_sealed(data, key, cert)
        payload = opened.payload
        kind = payload.get("kind")
        file_id = payload.get("id")
        if kind not in (BUNDLE, COPY, RECEIPT) or not _is_id(file_id):
            raise HandoverError(DAMAGED)
        recipient = payload.get("recipient")
        if not isinstance(recipient, dict) or recipient.get("fingerprint") != mine:
            raise HandoverError(NOT_FOR_YOU)
        sender = ContactBook(self._vault).by_certificate(opened.signer)
        if sender is None or sender.card.signing_cert != opened.signer:
            raise HandoverError(UNKNOWN_SENDER)
        if sender.revoked:
            raise HandoverError(REVOKED_SENDER, name=sender.card.name)
        claimed = payload.get("sender")
        if not isinstance(claimed, dict) or claimed.get("fingerprint") != sender.fingerprint:
            raise HandoverError(DAMAGED)
        sent_at = _moment(payload.get("sent_at"))
        case_uid = payload.get("case_uid")
        if not isinstance(case_uid, str) or not _is_id(case_uid):
            raise HandoverError(DAMAGED)
        if self._vault.settings_get(_RECEIVED + file_id) is not None:
            raise HandoverError(REPLAYED)
        if kind == RECEIPT:
            return self._read_receipt(payload, file_id, sender, sent_at, case_uid)
        newest = self._vault.settings_get(_NEWEST + case_uid + "." + sender.fingerprint)
        if newest is not None and _moment(newest) >= sent_at:
            raise HandoverError(OLDER, name=sender.card.name)
        if payload.get("update") is True and self._svc.case_id_for_uid(case_uid) is None:
            # A copy's update carries only what the copy lacked: never a case of its own.
            raise HandoverError(UPDATE_WITHOUT_COPY, name=sender.card.name)
        child_name, entries = _case_outline(payload.get("case"), case_uid)
        return Incoming(
            kind=kind,
            file_id=file_id,
            sender=sender,
            sent_at=sent_at,
            case_uid=case_uid,
            child_name=child_name,
            entries=entries,
            payload=payload,
        )

    def _read_receipt(
        self, payload: dict[str, Any], file_id: str, sender: Any, sent_at: datetime, uid: str
    ) -> Incoming:
        answer = payload.get("answer")
        if not isinstance(answer, dict):
            raise HandoverError(DAMAGED)
        sent = self._vault.settings_get(_SENT + str(answer.get("bundle")))
        if (
            not isinstance(sent, dict)
            or sent.get("to") != sender.fingerprint
            or sent.get("case_uid") != uid
            or sent.get("kind") != BUNDLE
        ):
            raise HandoverError(RECEIPT_UNEXPECTED, name=sender.card.name)
        if sent.get("answer"):
            raise HandoverError(REPLAYED)
        decision = answer.get("decision")
        event = _event(answer.get("event"))
        expected = r.BatonEventKind.ACCEPTED if decision == ACCEPTED else r.BatonEventKind.DECLINED
        if decision not in (ACCEPTED, DECLINED) or event.kind is not expected:
            raise HandoverError(DAMAGED)
        case_id = self._svc.case_id_for_uid(uid)
        if case_id is None:
            raise HandoverError(CASE_MISSING)
        return Incoming(
            kind=RECEIPT,
            file_id=file_id,
            sender=sender,
            sent_at=sent_at,
            case_uid=uid,
            child_name="",
            entries=0,
            answer=decision,
            reason=event.note if decision == DECLINED else "",
            payload=payload,
        )

    def receive(self, incoming: Incoming) -> int:
        """Write what `read` checked: merge the case, or take the receipt's answer. The case id."""
        payload = incoming.payload or {}
        uid = incoming.case_uid
        sender = incoming.sender
        with self._vault.session():
            if self._vault.settings_get(_RECEIVED + incoming.file_id) is not None:
                raise HandoverError(REPLAYED)  # received meanwhile (two windows, one file)
            if incoming.kind == RECEIPT:
                case_id = self._take_receipt(incoming, payload)
            else:
                case_id = self._take_case(incoming, payload)
                self._vault.settings_set(_NEWEST + uid + "." + sender.fingerprint, _iso(incoming))
            self._vault.settings_set(
                _RECEIVED + incoming.file_id,
                {
                    "case_uid": uid,
                    "kind": incoming.kind,
                    "from": sender.fingerprint,
                    "sent_at": _iso(incoming),
                },
            )
            action = "handover.receipt" if incoming.kind == RECEIPT else "handover.receive"
            self._vault.audit.append(
                f"{action}.{incoming.answer or incoming.kind}",
                "handover",
                incoming.file_id,
                subject=uid,
                actor=self._svc.actor or None,
            )
        return case_id

    def _take_case(self, incoming: Incoming, payload: dict[str, Any]) -> int:
        result = self._svc.merge_case(payload["case"])
        case_id = int(result.case_id)
        state = self._svc.handover_state(case_id)
        if incoming.kind == COPY:
            if result.created or state.is_copy:
                self._svc.set_copy(case_id, True)
            return case_id
        if state.read_only:
            self._svc.set_copy(case_id, False)  # the baton is offered to us again
        self._vault.settings_set(
            _PENDING + incoming.case_uid,
            {"bundle": incoming.file_id, "from": incoming.sender.fingerprint},
        )
        return case_id

    def _take_receipt(self, incoming: Incoming, payload: dict[str, Any]) -> int:
        answer = payload["answer"]
        case_id = self._svc.case_id_for_uid(incoming.case_uid)
        if case_id is None:
            raise HandoverError(CASE_MISSING)
        self._svc.take_answer(case_id, _event(answer["event"]))
        key = _SENT + str(answer["bundle"])
        sent = dict(self._vault.settings_get(key) or {})
        sent["answer"] = incoming.answer
        self._vault.settings_set(key, sent)
        self._vault.settings_set(_AWAITING + incoming.case_uid, None)
        return case_id

    # -- answering ----------------------------------------------------------------------------

    def waiting_offer(self, case_id: int) -> Any | None:
        """The contact whose offer of this case waits for our answer, or None."""
        from app.people import ContactBook

        uid = self._case_uid(case_id)
        pending = self._vault.settings_get(_PENDING + uid)
        if not isinstance(pending, dict):
            return None
        for contact in ContactBook(self._vault).list():
            if contact.fingerprint == pending.get("from"):
                return contact
        return None

    def awaiting_receipt(self, case_id: int) -> str | None:
        """The name of the person whose receipt for our offer of this case has not come yet."""
        found = self._vault.settings_get(_AWAITING + self._case_uid(case_id))
        if not isinstance(found, dict):
            return None
        return str(found.get("name") or "") or None

    def accept(
        self, case_id: int, target: str | os.PathLike[str] | None = None, on: date | None = None
    ) -> Sent:
        """Take the baton here and write the signed receipt to the sender (no `target`: queue
        it for the relay server)."""
        return self._answer(case_id, target, ACCEPTED, "", on or date.today())

    def decline(
        self,
        case_id: int,
        reason: str,
        target: str | os.PathLike[str] | None = None,
        on: date | None = None,
    ) -> Sent:
        """Say no (with a reason); the case stays here as a read-only copy for information."""
        from app.domain.validation import validate_text

        validate_text(reason, "begrundelse", required=True, max_chars=2000)
        return self._answer(case_id, target, DECLINED, reason.strip(), on or date.today())

    def _answer(
        self,
        case_id: int,
        target: str | os.PathLike[str] | None,
        decision: str,
        reason: str,
        on: date,
    ) -> Sent:
        from app.people import profile, signing_identity

        self._check_relay(target)
        uid = self._case_uid(case_id)
        pending = self._vault.settings_get(_PENDING + uid)
        contact = self.waiting_offer(case_id)
        if not isinstance(pending, dict) or contact is None:
            raise HandoverError(NO_OFFER_FOR_ME)
        if contact.revoked:
            raise HandoverError(REVOKED_SENDER, name=contact.card.name)
        me = profile(self._vault)
        person = r.Person(
            name=me.name if me else "",
            organisation=me.organisation if me else "",
            role=me.role if me else "",
            contact=me.contact if me else "",
        )
        identity = signing_identity(self._vault)
        head = self._vault.audit.head()
        file_id = uuid.uuid4().hex
        with self._vault.session():
            if decision == ACCEPTED:
                event_uid = self._svc.accept_baton(case_id, on, person=person)
            else:
                event_uid = self._svc.decline_baton(case_id, on, person=person, note=reason)
            event = next(e for e in self._svc.load(case_id).baton if e.uid == event_uid)
            if decision == DECLINED:
                self._svc.set_copy(case_id, True)
            payload = {
                **self._header(RECEIPT, file_id, contact, head, uid),
                "answer": {
                    "bundle": pending["bundle"],
                    "decision": decision,
                    "event": _event_json(event),
                },
            }
            data = bundle.seal(
                payload, identity.key, identity.certificate, contact.card.encryption_cert
            )
            self._vault.settings_set(_PENDING + uid, None)
            self._vault.audit.append(
                f"handover.{'accept' if decision == ACCEPTED else 'decline'}",
                "handover",
                file_id,
                subject=uid,
                actor=self._svc.actor or None,
            )
            path = self._deliver(data, target, file_id, contact, RECEIPT, uid)
        return Sent(path, file_id)

    def _case_uid(self, case_id: int) -> str:
        return str(self._svc.case_uid(case_id))


# --- helpers ---------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _iso(incoming: Incoming) -> str:
    return incoming.sent_at.isoformat(timespec="microseconds")


def _moment(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise HandoverError(DAMAGED) from None
    if moment.tzinfo is None:
        raise HandoverError(DAMAGED)
    return moment.astimezone(UTC)


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _event_json(event: r.BatonEvent) -> dict[str, Any]:
    from app.models.interchange import _dump

    return dict(_dump(event))


def _event(value: Any) -> r.BatonEvent:
    """A baton event from a receipt: the interchange's own reader, so the same rules hold."""
    from app.models.interchange import _load

    if not isinstance(value, dict):
        raise HandoverError(DAMAGED)
    try:
        event = _load(value, r.BatonEvent)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise HandoverError(DAMAGED) from None
    if not isinstance(event.person, r.Person) or not _is_id(event.uid):
        raise HandoverError(DAMAGED)
    return event


def _case_outline(document: Any, case_uid: str) -> tuple[str, int]:
    """The child's name and the number of entries, for the preview.

    The whole "stafet-case" document is checked by the merge (interchange.from_json) before
    anything is written; here only its outline, and its version, so a newer one is refused
    before the preview with the interchange's own message.
    """
    from app.models.interchange import InvalidCaseJson
    from app.models.schema import FORMAT, VERSION

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HandoverError(DAMAGED)
    if document.get("version") != VERSION:
        from app.models.interchange import from_json

        from_json(document)  # raises InvalidCaseJson naming the version
        raise InvalidCaseJson("version", "")  # pragma: no cover - from_json raised
    case = document.get("case")
    child = case.get("child") if isinstance(case, dict) else None
    entries = case.get("entries") if isinstance(case, dict) else None
    if (
        not isinstance(child, dict)
        or not isinstance(child.get("name"), str)
        or not isinstance(entries, list)
        or case.get("uid") != case_uid
    ):
        raise HandoverError(DAMAGED)
    return child["name"], len(entries)


def _read_file(path: str | os.PathLike[str]) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(bundle.MAX_BYTES + 1)  # bundle refuses anything larger
    except OSError:
        raise HandoverError(UNREADABLE) from None
