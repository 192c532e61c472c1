"""Fixtures for people: a vault with a profile, and other people's cards made in their own vaults.

Names are synthetic. Keys are made for real (RSA 3072 takes ≈0.2 s), so cards that many tests
read are made once per session.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.people import ContactCard, Profile, my_card, set_profile
from app.vault import Vault
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring

KIRSTEN = Profile("Kirsten Testesen", "Sagsbehandler", "Testby Kommune", "kt@example.invalid")
ARNE = Profile("Arne Prøvesen", "Lærer", "Prøveskolen", "12 34 56 78")


def new_person_vault(directory: Path, who: Profile, keyring: MemoryKeyring) -> Vault:
    """A real vault at `directory` whose profile is `who` (no keys made yet)."""
    vault, _recovery = Vault.create(directory, PASSPHRASE, kdf=FAST_KDF, device_secrets=keyring)
    set_profile(vault, who)
    return vault


@pytest.fixture
def me(vault: Vault) -> Vault:
    """The `vault` fixture with Kirsten's profile set (keys are made on first need)."""
    set_profile(vault, KIRSTEN)
    return vault


@pytest.fixture(scope="session")
def arne_card(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContactCard]:
    """Arne's card, exported from his own vault."""
    vault = new_person_vault(tmp_path_factory.mktemp("arne") / "boks", ARNE, MemoryKeyring())
    card = my_card(vault)
    vault.lock()
    yield card
