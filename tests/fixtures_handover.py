"""People on separate laptops for the handover tests: each a real vault in its own temp folder,
with a profile, keys and the others' contact cards (verified). Synthetic names only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain import records as r
from app.handover.service import Handover
from app.models.service import CaseService
from app.vault import Vault
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring

TODAY = date.today()
CHILD = r.Child(name="Hans Hansen", cpr="120320-4235")
ENTRY_TEXT = "Hans græder hver morgen ved aflevering og spiser ikke sin madpakke."
REVIEW_TEXT = "Vi tager situationen op igen på næste møde med forældrene."


@dataclass
class Laptop:
    """One person's laptop: their vault, case service and handover service."""

    name: str
    folder: Path
    vault: Any
    svc: CaseService
    handover: Handover
    keyring: MemoryKeyring

    @property
    def person(self) -> r.Person:
        from app.people import profile

        me = profile(self.vault)
        assert me is not None
        return r.Person(
            name=me.name, organisation=me.organisation, role=me.role, contact=me.contact
        )

    def contact(self, name: str) -> Any:
        from app.people import ContactBook

        return ContactBook(self.vault).find(name)

    def audit_actions(self) -> list[str]:
        from sqlalchemy import text

        with self.vault.read_session() as s:
            return [row[0] for row in s.execute(text("SELECT action FROM audit_log ORDER BY seq"))]

    def case_summary(self, uid: str) -> Any:
        found = [c for c in self.svc.list_cases() if c.uid == uid]
        assert len(found) == 1
        return found[0]


def make_laptop(root: Path, name: str, role: str, organisation: str) -> Laptop:
    from app.people import Profile, set_profile

    folder = root / name.split()[0].lower()
    keyring = MemoryKeyring()
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, device_secrets=keyring, actor=name)
    set_profile(vault, Profile(name=name, role=role, organisation=organisation, contact=""))
    svc = CaseService(vault, actor=name)
    return Laptop(name, folder, vault, svc, Handover(vault, svc), keyring)


def exchange_cards(*laptops: Laptop, verified: bool = True) -> None:
    """Every laptop imports every other's card (as from a file) and marks it verified."""
    from app.people import ContactBook, card_from_bytes, card_to_bytes, my_card

    cards = {lap.name: card_to_bytes(my_card(lap.vault)) for lap in laptops}
    for lap in laptops:
        book = ContactBook(lap.vault)
        for other in laptops:
            if other is lap:
                continue
            contact = book.add(card_from_bytes(cards[other.name]))
            if verified:
                book.mark_verified(contact.id)


def consent_for(
    *names_and_kinds: tuple[str, r.PartyKind], signed_on: date | None = None
) -> r.Consent:
    signed = signed_on or TODAY - timedelta(days=10)
    return r.Consent(
        purpose="Samarbejde om Hans' trivsel i overgangen til skole.",
        signed_on=signed,
        valid_until=signed + timedelta(days=300),
        givers=[r.ConsentGiver(name="Lilly Hansen", relation="mor", signed_on=signed)],
        parties=[r.ConsentParty(kind=kind, name=name) for name, kind in names_and_kinds],
    )


def start_case(holder: Laptop, consent: r.Consent | None) -> int:
    """Hans' log at the holder's laptop: one entry, one review date (a deadline), the consent."""
    case_id = holder.svc.create_case(
        CHILD,
        holder.person,
        custodians=[r.Custodian(name="Lilly Hansen", relation="mor")],
        created_on=TODAY - timedelta(days=30),
    )
    holder.svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.CONCERN_AROSE,
            entry_date=TODAY - timedelta(days=20),
            text=ENTRY_TEXT,
            author=holder.name,
        ),
    )
    holder.svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=TODAY - timedelta(days=5),
            text=REVIEW_TEXT,
            author=holder.name,
            due_on=TODAY + timedelta(days=14),
        ),
    )
    if consent is not None:
        holder.svc.save_consent(case_id, consent)
    return case_id


def vault_snapshot(lap: Laptop) -> tuple[Any, ...]:
    """Everything a refused step must leave alone: audit head, cases, settings."""
    from sqlalchemy import text

    with lap.vault.read_session() as s:
        settings = sorted(s.execute(text("SELECT key, value FROM vault_settings")).all())
        cases = sorted(
            s.execute(text("SELECT uid, holder_name, handed_over_to, is_copy FROM cases")).all()
        )
        events = s.execute(text("SELECT count(*) FROM baton_events")).scalar()
    return lap.vault.audit.head(), settings, cases, events
