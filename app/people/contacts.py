"""The address book: other people's contact cards, kept in the vault, verified by fingerprint.

Stored as one vault setting ("people.contacts", JSON: each contact's card file as exported,
plus its id, flags, fingerprint and public keys for lookups) rather than a table: a caseworker's book holds tens of cards, each change
rewrites it in one transaction together with its audit row, and no migration is needed. Every
card is checked again (signature included) when it is read back.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.baton import same_name
from app.domain.messages import QT_TRANSLATE_NOOP
from app.people.cards import (
    ContactCard,
    card_from_bytes,
    card_to_bytes,
    fingerprint,
    public_key_der,
)
from app.people.profile import PeopleError
from app.vault.schema import vault_settings

logger = logging.getLogger(__name__)

BOOK_SETTING = "people.contacts"
SOURCES = ("kort", "kommunen")  # a card file someone gave me | the municipality's directory

NO_CONTACT = QT_TRANSLATE_NOOP(
    "People",
    "Der er ingen kontakt med det navn i adressebogen. Importér personens kontaktkort først "
    "(„stafet contact import KORT“ eller Kontakter…).",
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "People",
    "{count} kontakter har det navn. Spær dem, der ikke bruges mere, så der kun er én.",
)
REVOKED = QT_TRANSLATE_NOOP(
    "People",
    "Kontakten er spærret og kan ikke bruges. Importér et nyt kontaktkort fra personen.",
)
BAD_SOURCE = QT_TRANSLATE_NOOP("People", "Ukendt kilde til et kontaktkort.")


@dataclass(frozen=True)
class Contact:
    id: int
    card: ContactCard
    fingerprint: str
    verified: bool
    revoked: bool
    source: str  # "kort" | "kommunen"
    added_at: str = ""  # ISO 8601 UTC

    @property
    def name(self) -> str:
        return self.card.name


def _certs(card: ContactCard) -> tuple[x509.Certificate, x509.Certificate]:
    return card.signing_cert, card.encryption_cert


def _der(cert: x509.Certificate) -> bytes:
    """Certificates are matched by their key: a renewed certificate for the same key is the same
    person (the fingerprint, which the user checked, covers the keys)."""
    try:
        return public_key_der(cert)
    except (ValueError, UnsupportedAlgorithm):
        return b"unreadable:" + cert.public_bytes(serialization.Encoding.DER)


class ContactBook:
    """The vault's address book. Writes are one transaction each, with an audit row (no names)."""

    def __init__(self, vault: Any) -> None:
        self.vault = vault

    # -- reading --------------------------------------------------------------------------------

    def _load(self, session: Any = None) -> dict[str, Any]:
        query = sa.select(vault_settings.c.value).where(vault_settings.c.key == BOOK_SETTING)
        if session is None:
            with self.vault.read_session() as s:
                row = s.execute(query).first()
        else:
            row = session.execute(query).first()
        if row is None:
            return {"next_id": 1, "contacts": []}
        return json.loads(row.value)

    @staticmethod
    def _contact(item: dict[str, Any]) -> Contact:
        card = card_from_bytes(item["card"].encode("utf-8"))
        return Contact(
            id=int(item["id"]),
            card=card,
            fingerprint=fingerprint(card),
            verified=bool(item.get("verified")),
            revoked=bool(item.get("revoked")),
            source=str(item.get("source", "kort")),
            added_at=str(item.get("added_at", "")),
        )

    def list(self) -> list[Contact]:
        """Every contact, revoked ones included (they are shown as such), by name."""
        contacts = [self._contact(item) for item in self._load()["contacts"]]
        return sorted(contacts, key=lambda c: (c.card.name.casefold(), c.id))

    def get(self, contact_id: int) -> Contact:
        for contact in self.list():
            if contact.id == contact_id:
                return contact
        raise PeopleError(NO_CONTACT)

    def find(self, name: str) -> Contact:
        """The one usable contact by that name (like baton.same_name); revoked ones never match."""
        items = self._load()["contacts"]
        # Names are compared before any card is parsed and checked (a handover asks this once).
        matches = [
            self._contact(item)
            for item in items
            if same_name(str(json.loads(item["card"]).get("name", "")), name)
        ]
        usable = [c for c in matches if not c.revoked]
        if not usable:
            raise PeopleError(REVOKED if matches else NO_CONTACT)
        if len(usable) > 1:
            raise PeopleError(AMBIGUOUS, count=len(usable))
        return usable[0]

    def by_certificate(self, cert: x509.Certificate) -> Contact | None:
        """The contact owning this signing or encryption certificate's key (revoked too: check
        `.revoked`)."""
        wanted = base64.b64encode(_der(cert)).decode("ascii")
        for item in self._load()["contacts"]:
            keys = item.get("keys")
            if keys is None:  # an entry written before the keys were kept beside the card
                card = self._contact(item).card
                keys = [base64.b64encode(_der(c)).decode() for c in _certs(card)]
            if wanted in keys:
                return self._contact(item)  # the whole card is checked before it is trusted
        return None

    # -- writing --------------------------------------------------------------------------------

    def _save(self, session: Any, book: dict[str, Any]) -> None:
        text = json.dumps(book, ensure_ascii=False)
        session.execute(
            sqlite_insert(vault_settings)
            .values(key=BOOK_SETTING, value=text)
            .on_conflict_do_update(index_elements=["key"], set_={"value": text})
        )

    def add(self, card: ContactCard, source: str = "kort") -> Contact:
        """Add a card; the same keys again (same fingerprint) update the card, keeping its flags."""
        if source not in SOURCES:
            raise PeopleError(BAD_SOURCE)
        text = card_to_bytes(card).decode("utf-8")
        card_from_bytes(text.encode("utf-8"))  # only cards that read back are kept
        print_ = fingerprint(card)
        keys = [base64.b64encode(_der(c)).decode("ascii") for c in _certs(card)]
        with self.vault.session() as s:
            book = self._load(s)
            for item in book["contacts"]:
                if item.get("fingerprint") == print_ or (
                    "fingerprint" not in item and self._contact(item).fingerprint == print_
                ):
                    item.update(card=text, fingerprint=print_, keys=keys)
                    self._save(s, book)
                    self.vault.audit.append("contact.update", "contact", item["id"])
                    return self._contact(item)
            item = {
                "id": book["next_id"],
                "card": text,
                "fingerprint": print_,  # to find the same keys again without parsing every card
                "keys": keys,  # the two public keys, for by_certificate
                "verified": False,
                "revoked": False,
                "source": source,
                "added_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
            book["next_id"] += 1
            book["contacts"].append(item)
            self._save(s, book)
            self.vault.audit.append("contact.import", "contact", item["id"])
        logger.info("contact added")
        return self._contact(item)

    def _set_flag(self, contact_id: int, flag: str, action: str) -> Contact:
        with self.vault.session() as s:
            book = self._load(s)
            for item in book["contacts"]:
                if int(item["id"]) == int(contact_id):
                    item[flag] = True
                    self._save(s, book)
                    self.vault.audit.append(action, "contact", item["id"])
                    return self._contact(item)
        raise PeopleError(NO_CONTACT)

    def mark_verified(self, contact_id: int) -> Contact:
        """The fingerprint was read aloud and matched: this card really is that person's."""
        return self._set_flag(contact_id, "verified", "contact.verify")

    def revoke(self, contact_id: int) -> Contact:
        """Never trust this card again (lost laptop, person left): kept, shown as revoked."""
        return self._set_flag(contact_id, "revoked", "contact.revoke")
