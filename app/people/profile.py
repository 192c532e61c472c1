"""Who I am: the person's profile (name, role, organisation, contact), kept in the vault.

The profile is one vault setting (`app.vault.core.PROFILE_SETTING`, JSON) rather than a table: it
is one small value, the vault reads its name at unlock to name the audit trail's actor, and no
migration is needed, so older vaults open unchanged. Setting it is an audit row (no content).
"""

from __future__ import annotations

import json
import logging
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.vault.core import NO_PROFILE_ACTOR, PROFILE_SETTING
from app.vault.schema import vault_settings

logger = logging.getLogger(__name__)

CONTEXT = "People"
MAX_FIELD = 120  # long enough for "Pædagogisk leder, Børnehuset Solsikken"; X.509 keeps 64


class PeopleError(UserError):
    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__(CONTEXT, source, **params)


NO_PROFILE = QT_TRANSLATE_NOOP(
    "People",
    "Der er ingen profil i boksen endnu. Skriv, hvem du er, med „stafet profile set --name NAVN "
    "--role STILLING --organisation ARBEJDSPLADS“ (eller i Indstillinger).",
)
FIELD_MISSING = {
    "name": QT_TRANSLATE_NOOP("People", "Skriv dit navn. Det står ved alt, du skriver."),
    "role": QT_TRANSLATE_NOOP("People", "Skriv din stilling, fx sagsbehandler eller lærer."),
    "organisation": QT_TRANSLATE_NOOP(
        "People", "Skriv din arbejdsplads, fx Solsikken Børnehus eller Aarhus Kommune."
    ),
    "contact": QT_TRANSLATE_NOOP("People", "Skriv telefon eller e-mail."),
}
FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "People", "Navn, stilling, arbejdsplads og kontakt må højst være {n} tegn hver."
)
FIELD_CONTROL = QT_TRANSLATE_NOOP(
    "People", "Navn, stilling, arbejdsplads og kontakt skal stå på én linje uden styretegn."
)


@dataclass(frozen=True)
class Profile:
    name: str
    role: str
    organisation: str
    contact: str = ""  # phone and/or e-mail, free text


def clean_field(value: object, field: str, *, required: bool) -> str:
    """One profile/card field: stripped, single line, no control characters, not too long."""
    if not isinstance(value, str):
        raise PeopleError(FIELD_MISSING[field])
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value.strip()):
        raise PeopleError(FIELD_CONTROL)
    text = " ".join(value.split())  # a double space or a tab typed by mistake is not a name
    if required and not text:
        raise PeopleError(FIELD_MISSING[field])
    if len(text) > MAX_FIELD:
        raise PeopleError(FIELD_TOO_LONG, n=MAX_FIELD)
    return text


def checked(p: Profile) -> Profile:
    """The profile with its fields cleaned; PeopleError (Danish) when one is missing or bad."""
    return Profile(
        name=clean_field(p.name, "name", required=True),
        role=clean_field(p.role, "role", required=True),
        organisation=clean_field(p.organisation, "organisation", required=True),
        contact=clean_field(p.contact, "contact", required=False),
    )


def _from_json(value: Any) -> Profile | None:
    if not isinstance(value, dict) or not value.get("name"):
        return None
    return Profile(
        name=str(value["name"]),
        role=str(value.get("role", "")),
        organisation=str(value.get("organisation", "")),
        contact=str(value.get("contact", "")),
    )


def profile(vault: Any) -> Profile | None:
    """The person's profile, or None before one is set."""
    return _from_json(vault.settings_get(PROFILE_SETTING))


def require_profile(vault: Any) -> Profile:
    found = profile(vault)
    if found is None:
        raise PeopleError(NO_PROFILE)
    return found


def set_profile(vault: Any, p: Profile) -> None:
    """Store the profile and make its name the vault's actor; one transaction with its audit row.

    Certificates Stafet made get the new name (same keys, so the fingerprint stays).
    """
    p = checked(p)
    value = {"name": p.name, "role": p.role, "organisation": p.organisation, "contact": p.contact}
    text = json.dumps(value, ensure_ascii=False)
    from app.people.encryption import reissue_encryption_certificate
    from app.people.signing import reissue_local_identity

    with vault.session() as s:  # the profile and certificates with its name change together
        s.execute(
            sqlite_insert(vault_settings)
            .values(key=PROFILE_SETTING, value=text)
            .on_conflict_do_update(index_elements=["key"], set_={"value": text})
        )
        vault.audit.append("profile.set", "profile", "profile", actor=p.name)
        who = {"name": p.name, "role": p.role, "organisation": p.organisation}
        reissue_local_identity(vault, **who)
        reissue_encryption_certificate(vault, **who)
    vault.actor = p.name
    logger.info("profile set")


def actor_name(vault: Any) -> str:
    """Who the trail and new records name: the profile's name; a plain 'no profile' before one."""
    found = profile(vault)
    return found.name if found else NO_PROFILE_ACTOR

