"""Parental consent: who gives it, whom it covers, when it lapses (FVL § 28; one year: BTI)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from app.domain import legal
from app.domain.baton import same_name
from app.domain.dates import add_years
from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.records import Case, Consent, ConsentGiver, PartyKind
from app.domain.validation import age_on, format_date

logger = logging.getLogger(__name__)

CONTEXT = "Consent"
# Consent is voluntary, specific, informed and revocable (FVL § 28, stk. 3-4); that it lapses
# after at most one year is BTI practice (the consent template), not statute.
LEGAL_SOURCE = legal.CONSENT.paragraph
ONE_YEAR_SOURCE = legal.CONSENT_ONE_YEAR.paragraph
REMIND_DAYS = 30  # remind this many days before the consent lapses
CHILD_CONSENTS_FROM = 15  # from 15 the child gives consent too

PARTY_TITLES = {
    PartyKind.ADULT_CASEWORKER: QT_TRANSLATE_NOOP("Consent", "Kommunal sagsbehandler, voksen"),
    PartyKind.JOBCENTRE: QT_TRANSLATE_NOOP("Consent", "Jobcenter"),
    PartyKind.CHILDREN_CASEWORKER: QT_TRANSLATE_NOOP(
        "Consent", "Kommunal sagsbehandler, børn og unge"
    ),
    PartyKind.HOSPITAL: QT_TRANSLATE_NOOP("Consent", "Hospital"),
    PartyKind.GP: QT_TRANSLATE_NOOP("Consent", "Praktiserende læge"),
    PartyKind.SOCIAL_PSYCHIATRY: QT_TRANSLATE_NOOP("Consent", "Socialpsykiatrisk tilbud"),
    PartyKind.ADDICTION_TREATMENT: QT_TRANSLATE_NOOP("Consent", "Misbrugsbehandlingstilbud"),
    PartyKind.SCHOOL_DAYCARE: QT_TRANSLATE_NOOP("Consent", "Skole eller daginstitution"),
    PartyKind.HEALTH_VISITOR: QT_TRANSLATE_NOOP("Consent", "Sundhedsplejen"),
    PartyKind.PPR: QT_TRANSLATE_NOOP("Consent", "Pædagogisk Psykologisk Rådgivning"),
    PartyKind.RELATIVES: QT_TRANSLATE_NOOP("Consent", "Pårørende"),
    PartyKind.FAMILY_COURT: QT_TRANSLATE_NOOP("Consent", "Familieretshuset"),
    PartyKind.OTHER: QT_TRANSLATE_NOOP("Consent", "Andre"),
}


class ConsentStatus(str, Enum):
    NOT_YET_VALID = "not_yet_valid"
    ACTIVE = "active"
    EXPIRES_SOON = "expires_soon"  # at most 30 days left
    EXPIRED = "expired"
    REVOKED = "revoked"

    @property
    def in_force(self) -> bool:
        return self in (ConsentStatus.ACTIVE, ConsentStatus.EXPIRES_SOON)


STATUS_TITLES = {
    ConsentStatus.NOT_YET_VALID: QT_TRANSLATE_NOOP("Consent", "Gælder endnu ikke"),
    ConsentStatus.ACTIVE: QT_TRANSLATE_NOOP("Consent", "Gælder"),
    ConsentStatus.EXPIRES_SOON: QT_TRANSLATE_NOOP("Consent", "Udløber snart"),
    ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("Consent", "Udløbet"),
    ConsentStatus.REVOKED: QT_TRANSLATE_NOOP("Consent", "Trukket tilbage"),
}


def default_valid_until(signed_on: date) -> date:
    """One year after signing, the latest the law allows (29.02 → 28.02 the year after)."""
    return add_years(signed_on, 1)


def lapses_on(consent: Consent) -> date:
    """The last day the consent holds: the chosen date, but never beyond one year by law."""
    return min(consent.valid_until, default_valid_until(consent.signed_on))


def status(consent: Consent, on: date) -> ConsentStatus:
    if consent.revoked_on is not None and consent.revoked_on <= on:
        return ConsentStatus.REVOKED
    if on < consent.signed_on:
        return ConsentStatus.NOT_YET_VALID
    last_day = lapses_on(consent)
    if on > last_day:
        return ConsentStatus.EXPIRED
    if (last_day - on).days <= REMIND_DAYS:
        return ConsentStatus.EXPIRES_SOON
    return ConsentStatus.ACTIVE


def names_party(consent: Consent, party_kind: PartyKind | str, name: str | None) -> bool:
    """Does the consent name this party, by kind AND name (whatever its date)?

    A kind alone is not enough: a consent is specific (FVL § 28), so a recipient must be a party
    the parents named. A ticked kind without a name names no one; names are compared as
    app.domain.baton.same_name does (case and spacing ignored).
    """
    if name is None or not name.strip():
        return False
    kind = PartyKind(party_kind)
    return any(
        party.kind == kind and party.name.strip() and same_name(party.name, name)
        for party in consent.parties
    )


def covers(
    consent: Consent, party_kind: PartyKind | str, on: date, name: str | None = None
) -> bool:
    """Does the consent allow sharing with this named party on this date?"""
    return status(consent, on).in_force and names_party(consent, party_kind, name)


def covering_consent(
    consents: Iterable[Consent], party_kind: PartyKind | str, name: str | None, on: date
) -> Consent | None:
    """The consent that actually covers this named party on `on` (the one lasting longest, if
    several do), or None. The one rule every share, export and print goes through."""
    covering = [c for c in consents if covers(c, party_kind, on, name)]
    return max(covering, key=lambda c: (lapses_on(c), c.signed_on), default=None)


# Also checked by the consent form, which puts focus on the field (the same words, one source).
PURPOSE_MISSING = QT_TRANSLATE_NOOP(
    "Consent", "Skriv formålet: hvad forældrene giver samtykke til."
)
NO_PARTIES = QT_TRANSLATE_NOOP("Consent", "Vælg mindst én part, som samtykket gælder for.")


def validate_consent(consent: Consent) -> None:
    """A consent the law accepts: a purpose, givers, parties, and at most one year long."""
    if not consent.purpose.strip():
        raise RuleViolation(CONTEXT, PURPOSE_MISSING)
    if not consent.givers:
        raise RuleViolation(
            CONTEXT, QT_TRANSLATE_NOOP("Consent", "Skriv hvem der giver samtykket.")
        )
    if not consent.parties:
        raise RuleViolation(CONTEXT, NO_PARTIES)
    if consent.valid_until < consent.signed_on:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent", "Samtykket kan ikke udløbe, før det er givet. Ret datoerne."
            ),
        )
    latest = default_valid_until(consent.signed_on)
    if consent.valid_until > latest:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent",
                "Et samtykke gælder højst et år ({source}). Vælg en slutdato senest {latest}.",
            ),
            source=ONE_YEAR_SOURCE,
            latest=format_date(latest),
        )
    for giver in consent.givers:
        validate_typed_consent(giver)
    if consent.revoked_on is not None and consent.revoked_on < consent.signed_on:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent", "Samtykket kan ikke trækkes tilbage, før det er givet. Ret datoen."
            ),
        )


def given_without_drawing(giver: ConsentGiver) -> bool:
    """The giver typed their name and ticked the box instead of drawing (witnessed)."""
    return bool(giver.witnessed_by)


def validate_typed_consent(giver: ConsentGiver) -> None:
    """Consent without drawing holds only whole: typed name = the giver, ticked, witnessed."""
    if not (giver.typed_name or giver.ticked or giver.witnessed_by or giver.witnessed_at):
        return
    if not giver.typed_name.strip():
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent", "Den, der giver samtykke uden underskrift, skal skrive sit navn."
            ),
        )
    if not same_name(giver.typed_name, giver.name):
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent",
                "Det skrevne navn svarer ikke til navnet på den, der giver samtykke. Skriv "
                "navnet, som det står i sagen.",
            ),
        )
    if not giver.ticked:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent",
                "Den, der giver samtykke uden underskrift, skal sætte kryds ved »Jeg giver "
                "samtykke«.",
            ),
        )
    if not giver.witnessed_by.strip() or giver.witnessed_at is None:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Consent",
                "Et samtykke uden underskrift skal bevidnes: udfyld din profil med dit navn.",
            ),
        )


@dataclass(frozen=True)
class RequiredGiver:
    name: str
    relation: str
    is_child: bool = False
    custodian_uid: str | None = None


def required_givers(case: Case, on: date) -> list[RequiredGiver]:
    """Each custodian with custody, and the child too from the 15th birthday."""
    needed = [
        RequiredGiver(name=c.name, relation=c.relation, custodian_uid=c.uid)
        for c in case.custodians
        if c.has_custody
    ]
    age = age_on(case.child, on)
    if age is not None and age >= CHILD_CONSENTS_FROM:
        needed.append(
            RequiredGiver(
                name=case.child.name,
                relation=QT_TRANSLATE_NOOP("Consent", "barnet (15 år eller ældre)"),
                is_child=True,
            )
        )
    return needed


def missing_givers(consent: Consent, case: Case, on: date) -> list[RequiredGiver]:
    """The required givers that have not signed this consent (matched by name, or as the child)."""
    missing = []
    for needed in required_givers(case, on):
        if needed.is_child:
            found = any(g.is_child or same_name(g.name, needed.name) for g in consent.givers)
        else:
            found = any(same_name(g.name, needed.name) for g in consent.givers)
        if not found:
            missing.append(needed)
    return missing


def current_consent(consents: Iterable[Consent], on: date) -> Consent | None:
    """The most recently signed consent that is in force on `on`, if any."""
    in_force = [c for c in consents if status(c, on).in_force]
    return max(in_force, key=lambda c: (c.signed_on, lapses_on(c)), default=None)
