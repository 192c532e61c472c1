"""The person at the keyboard and the people they work with: profile, keys and address book.

`app.people` may import the domain, the vault and `cryptography`; the reports and the UI use it.
"""

from __future__ import annotations

from app.people.cards import ContactCard, card_from_bytes, card_to_bytes, fingerprint, my_card
from app.people.contacts import Contact, ContactBook
from app.people.encryption import encryption_identity
from app.people.profile import Profile, actor_name, profile, set_profile
from app.people.signing import SigningIdentity, signing_identity

__all__ = [
    "Contact",
    "ContactBook",
    "ContactCard",
    "Profile",
    "SigningIdentity",
    "actor_name",
    "card_from_bytes",
    "card_to_bytes",
    "encryption_identity",
    "fingerprint",
    "my_card",
    "profile",
    "set_profile",
    "signing_identity",
]
