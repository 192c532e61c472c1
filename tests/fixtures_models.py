"""Fixtures for the records tests: a CaseService on a real vault, and small synthetic cases."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import records as r
from app.models.service import CaseService

OLGA = r.Person(name="Olga Jensen", organisation="Børnehaven Solsikken", role="stuepædagog")
ARNE = r.Person(name="Arne Andersen", organisation="Børn og Familie", role="sagsbehandler")
KIRSTEN = r.Person(name="Kirsten Petersen", organisation="Familiehuset", role="leder")


@pytest.fixture
def svc(vault) -> CaseService:  # noqa: ANN001 - app.vault.Vault from tests.fixtures_vault
    """The case service on a real, empty SQLCipher vault (migrations 0001 and 0002 applied)."""
    return CaseService(vault, actor="Olga Jensen")


@pytest.fixture
def case_id(svc: CaseService) -> int:
    """A fresh level-1 case for Hans Hansen (synthetic) created by Olga Jensen on 01.09.2025."""
    return svc.create_case(
        r.Child(name="Hans Hansen", cpr="120320-4235"),
        OLGA,
        custodians=[
            r.Custodian(name="Lilly Hansen", relation="mor"),
            r.Custodian(name="Ib Hansen", relation="far"),
        ],
        created_on=date(2025, 9, 1),
    )
