"""What the export dialog offers: documents, records, recipients, file name, consent check.

Plain data in, plain data out (no widgets), so the rules are tested without a window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import consent as consent_rules
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case
from app.domain.validation import format_date
from app.reports import catalog, sharing
from app.reports.catalog import Form

logger = logging.getLogger(__name__)

CONTEXT = "Documents"

# The order a caseworker meets them in, with the names she uses.
FORM_NAMES: dict[Form, str] = {
    Form.FAMILY_PLAN: QT_TRANSLATE_NOOP("Documents", "Familiens plan (til køleskabet)"),
    Form.INVITATION: QT_TRANSLATE_NOOP("Documents", "Invitation til møde"),
    Form.MINUTES: QT_TRANSLATE_NOOP("Documents", "Referat af møde"),
    Form.STAFETLOG: QT_TRANSLATE_NOOP("Documents", "Hele stafetloggen"),
    Form.NETWORK_MAP: QT_TRANSLATE_NOOP("Documents", "Netværkskort"),
    Form.SCALES: QT_TRANSLATE_NOOP("Documents", "Bekymringsskalaer"),
    Form.CONSENT: QT_TRANSLATE_NOOP("Documents", "Samtykke"),
    Form.NOTIFICATION: QT_TRANSLATE_NOOP("Documents", "Underretning"),
    Form.OBSERVATION: QT_TRANSLATE_NOOP("Documents", "Observationsskema"),
    Form.INSIGHT: QT_TRANSLATE_NOOP("Documents", "Forældrenes indsigt i stafetloggen"),
    Form.THREE_HOUSES: QT_TRANSLATE_NOOP("Documents", "De tre huse (barnets egne ord)"),
}
# Short names for the file name (no CPR, no colon or slash).
FILE_TITLES: dict[Form, str] = {
    Form.FAMILY_PLAN: QT_TRANSLATE_NOOP("Documents", "Familiens plan"),
    Form.INVITATION: QT_TRANSLATE_NOOP("Documents", "Invitation"),
    Form.MINUTES: QT_TRANSLATE_NOOP("Documents", "Referat"),
    Form.STAFETLOG: QT_TRANSLATE_NOOP("Documents", "Stafetlog"),
    Form.NETWORK_MAP: QT_TRANSLATE_NOOP("Documents", "Netværkskort"),
    Form.SCALES: QT_TRANSLATE_NOOP("Documents", "Bekymringsskalaer"),
    Form.CONSENT: QT_TRANSLATE_NOOP("Documents", "Samtykke"),
    Form.NOTIFICATION: QT_TRANSLATE_NOOP("Documents", "Underretning"),
    Form.OBSERVATION: QT_TRANSLATE_NOOP("Documents", "Observationsskema"),
    Form.INSIGHT: QT_TRANSLATE_NOOP("Documents", "Indsigt i stafetloggen"),
    Form.THREE_HOUSES: QT_TRANSLATE_NOOP("Documents", "De tre huse"),
}
# What the family-safe view offers while the screen faces the family.
FAMILY_VIEW_FORMS = (Form.FAMILY_PLAN, Form.INVITATION, Form.INSIGHT, Form.CONSENT)
# Documents that must never leave for the family (SPEC: worry scales are for professionals).
NOT_FOR_FAMILY = frozenset({Form.SCALES})

INTERNAL = ""  # recipient code: for the caseworker's own use, no sharing
PARENTS = sharing.FAMILY


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def form_names(family_safe: bool) -> list[tuple[Form, str]]:
    """The documents to offer, translated, in the dialog's order."""
    forms = FAMILY_VIEW_FORMS if family_safe else tuple(FORM_NAMES)
    return [(form, tr(FORM_NAMES[form])) for form in forms]


@dataclass(frozen=True)
class RecordChoice:
    uid: str
    label: str  # "23.11.2026 kl. 14:00 – holdt"


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


def record_choices(case: Case | None, form: Form) -> list[RecordChoice]:
    """The dated records the form can be made from, newest first; empty if it takes none."""
    if case is None:
        return []
    if form in (Form.INVITATION, Form.MINUTES):
        items = []
        for m in sorted(case.meetings, key=lambda m: m.starts_at, reverse=True):
            at = _local(m.starts_at)
            state = (
                QCoreApplication.translate("Documents", "holdt")
                if m.held
                else QCoreApplication.translate("Documents", "planlagt")
            )
            text = QCoreApplication.translate("Documents", "{date} kl. {time} – {state}").format(
                date=format_date(at.date()), time=at.strftime("%H:%M"), state=state
            )
            items.append(RecordChoice(m.uid, text))
        return items
    if form is Form.NETWORK_MAP:
        maps = sorted(case.network_maps, key=lambda m: m.made_on, reverse=True)
        return [
            RecordChoice(
                m.uid,
                QCoreApplication.translate("Documents", "Netværkskort {date}").format(
                    date=format_date(m.made_on)
                ),
            )
            for m in maps
        ]
    if form is Form.CONSENT:
        consents = sorted(case.consents, key=lambda c: c.signed_on, reverse=True)
        out = []
        for c in consents:
            text = QCoreApplication.translate(
                "Documents", "Underskrevet {date}, gælder til {until}"
            ).format(date=format_date(c.signed_on), until=format_date(c.valid_until))
            if c.revoked_on:
                text += QCoreApplication.translate("Documents", " – trukket tilbage {date}").format(
                    date=format_date(c.revoked_on)
                )
            out.append(RecordChoice(c.uid, text))
        return out
    if form is Form.NOTIFICATION:
        found = sorted(case.notifications, key=lambda n: n.made_on, reverse=True)
        return [
            RecordChoice(
                n.uid,
                QCoreApplication.translate("Documents", "Underretning {date}").format(
                    date=format_date(n.made_on)
                ),
            )
            for n in found
        ]
    if form is Form.OBSERVATION:
        found = sorted(case.observations, key=lambda o: o.observed_on, reverse=True)
        return [
            RecordChoice(
                o.uid,
                QCoreApplication.translate("Documents", "Observation {date}").format(
                    date=format_date(o.observed_on)
                ),
            )
            for o in found
        ]
    return []


def default_record(case: Case | None, form: Form, choices: list[RecordChoice]) -> str | None:
    """As the command line: the invitation takes the next planned meeting, the minutes the last
    held one, the other forms the newest record."""
    if not choices:
        return None
    if case is not None and form is Form.INVITATION:
        planned = [m for m in case.meetings if not m.held]
        if planned:
            return min(planned, key=lambda m: m.starts_at).uid
    if case is not None and form is Form.MINUTES:
        held = [m for m in case.meetings if m.held]
        if held:
            return max(held, key=lambda m: m.starts_at).uid
    return choices[0].uid


@dataclass(frozen=True)
class RecipientChoice:
    code: str  # "" internal, "parents", "school_daycare", "school_daycare:Solsikken"
    label: str


def recipient_choices(case: Case | None, family_safe: bool) -> list[RecipientChoice]:
    """Internal use, the parents, then every party the case's consents name (kind and name).

    A kind alone ("Skole eller daginstitution") is not offered: a consent covers the parties the
    parents named, so the caseworker picks one of them.
    """
    out = [
        RecipientChoice(PARENTS, QCoreApplication.translate("Documents", "Forældrene (familien)"))
    ]
    if not family_safe:
        out.insert(
            0,
            RecipientChoice(
                INTERNAL, QCoreApplication.translate("Documents", "Til eget brug (deles ikke)")
            ),
        )
    if family_safe:
        return out
    seen: set[tuple[str, str]] = set()
    for consent in sorted(case.consents if case else [], key=lambda c: c.signed_on, reverse=True):
        for party in consent.parties:
            name = " ".join(party.name.split())
            key = (party.kind.value, name.casefold())
            if not name or key in seen:
                continue
            seen.add(key)
            kind = QCoreApplication.translate("Consent", consent_rules.PARTY_TITLES[party.kind])
            out.append(RecipientChoice(f"{party.kind.value}:{name}", f"{name} ({kind.lower()})"))
    return out


def unnamed_parties_note(case: Case | None, on: date) -> str:
    """Why a kind ticked on a consent in force is not offered: the parents named no one in it."""
    if case is None:
        return ""
    kinds = []
    for consent in case.consents:
        if not consent_rules.status(consent, on).in_force:
            continue
        for party in consent.parties:
            if not party.name.strip() and party.kind not in kinds:
                kinds.append(party.kind)
    if not kinds:
        return ""
    titles = ", ".join(
        QCoreApplication.translate("Consent", consent_rules.PARTY_TITLES[k]).lower() for k in kinds
    )
    return QCoreApplication.translate(
        "Documents",
        "Samtykket nævner ikke nogen ved navn under: {kinds}. Der deles kun med parter, "
        "forældrene har nævnt ved navn; skriv navnet i samtykket sammen med forældrene.",
    ).format(kinds=titles)


@dataclass(frozen=True)
class ShareCheck:
    allowed: bool
    text: str  # plain Danish (translated): covered, or why not and what to do


def check_recipient(case: Case | None, form: Form, code: str, on: date) -> ShareCheck:
    """The consent check the export will make, shown before anything is built."""
    if code == INTERNAL:
        return ShareCheck(
            True,
            QCoreApplication.translate(
                "Documents", "Til eget brug: dokumentet deles ikke, så der kræves intet samtykke."
            ),
        )
    if code == PARENTS:
        if form in NOT_FOR_FAMILY:
            return ShareCheck(
                False,
                QCoreApplication.translate(
                    "Documents",
                    "Bekymringsskalaerne er til de professionelle og gives ikke til familien. "
                    "Vælg familiens plan eller forældrenes indsigt i stafetloggen i stedet.",
                ),
            )
        if form is Form.INSIGHT:
            return ShareCheck(
                True,
                QCoreApplication.translate(
                    "Documents",
                    "Forældrene har ret til fuld indsigt: dokumentet indeholder alt i loggen, "
                    "også interne noter, bekymringsskalaer, referater og skemaer. Kun cpr-numre "
                    "på andre end barnet er udeladt.",
                ),
            )
        return ShareCheck(
            True,
            QCoreApplication.translate(
                "Documents",
                "Forældrene må altid få dokumenter om deres barn. "
                "Dokumentet laves uden CPR-nummer, "
                "bekymringsskalaer og interne noter.",
            ),
        )
    if case is None:
        return ShareCheck(False, QCoreApplication.translate("Documents", "Åbn sagen først."))
    try:
        recipient = sharing.parse_recipient(code)
        covering = sharing.check_share(case, recipient, on)
    except UserError as err:
        return ShareCheck(False, err.render(QCoreApplication.translate))
    assert covering is not None  # a named party, not the family
    return ShareCheck(
        True,
        QCoreApplication.translate(
            "Documents",
            "Samtykket underskrevet {signed} nævner denne modtager (gælder til {until}). "
            "Delingen skrives i revisionssporet.",
        ).format(
            signed=format_date(covering.signed_on),
            until=format_date(consent_rules.lapses_on(covering)),
        ),
    )


def file_name(form: Form, child_name: str, on: date) -> str:
    """'Familiens plan - 23.11.2026.pdf'; the child's name only when given on purpose (the
    dialog's checkbox), never a CPR number (app.reports.catalog.file_name)."""
    return catalog.file_name(tr(FILE_TITLES[form]), on, child_name)


def vault_of(service: Any) -> Any:
    """The vault behind the case service (the export, the identity and the audit trail need it)."""
    return None if service is None else service.vault
