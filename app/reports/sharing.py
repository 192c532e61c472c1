"""Sharing rules for exports: who may receive a document, atomic writes, and the audit row.

A document for a party outside the family is only written when a consent in force names that
party, by kind and name (app.domain.consent.covering_consent): "skole:Børnehaven Solsikken",
never "skole" alone. `check_share` is the one check every export, share and print calls. The
family (parents, and the child from 15) may always receive documents about the child. Files are
written atomically next to the target and fsync'ed, so a crash leaves either the old file or the
new one, never half a PDF and never a copy elsewhere.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain import consent as consent_rules
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case, Consent, PartyKind
from app.files import FileInUse, replace_file
from app.reports.text import fmt_date

logger = logging.getLogger(__name__)

CONTEXT = "Sharing"
FAMILY = "parents"

# The words the command line accepts for --for, besides the PartyKind values themselves.
PARTY_ALIASES: dict[str, str] = {
    "forældre": FAMILY,
    "foraeldre": FAMILY,
    "familien": FAMILY,
    "family": FAMILY,
    "barnet": FAMILY,
    "child": FAMILY,
    "voksensagsbehandler": PartyKind.ADULT_CASEWORKER.value,
    "jobcenter": PartyKind.JOBCENTRE.value,
    "børnesagsbehandler": PartyKind.CHILDREN_CASEWORKER.value,
    "boernesagsbehandler": PartyKind.CHILDREN_CASEWORKER.value,
    "læge": PartyKind.GP.value,
    "laege": PartyKind.GP.value,
    "socialpsykiatri": PartyKind.SOCIAL_PSYCHIATRY.value,
    "misbrugsbehandling": PartyKind.ADDICTION_TREATMENT.value,
    "skole": PartyKind.SCHOOL_DAYCARE.value,
    "daginstitution": PartyKind.SCHOOL_DAYCARE.value,
    "børnehave": PartyKind.SCHOOL_DAYCARE.value,
    "sundhedsplejen": PartyKind.HEALTH_VISITOR.value,
    "pårørende": PartyKind.RELATIVES.value,
    "paaroerende": PartyKind.RELATIVES.value,
    "andre": PartyKind.OTHER.value,
}


class SharingRefused(UserError):
    exit_code = 5

    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__(CONTEXT, source, **params)


_T = QT_TRANSLATE_NOOP
UNKNOWN_PARTY = _T(
    "Sharing",
    "Modtageren „{party}“ kendes ikke. Brug en af: {choices}, med modtagerens navn efter et "
    "kolon, fx skole:Solsikken.",
)
NAME_NEEDED = _T(
    "Sharing",
    "Dokumentet deles ikke med {party}: skriv også modtagerens navn, som det står i samtykket, "
    "fx --for \"{kind}:Navn\". Et samtykke gælder de parter, forældrene har nævnt ved navn, "
    "ikke en hel gruppe.",
)
NO_CONSENT = _T(
    "Sharing",
    "Dokumentet deles ikke med {party}: sagen har intet samtykke fra forældrene. "
    "Få forældrenes skriftlige samtykke og registrér det i sagen, før du deler.",
)
REVOKED = _T(
    "Sharing",
    "Dokumentet deles ikke med {party}: forældrene trak samtykket tilbage "
    "{revoked}. Tal med forældrene, hvis der er brug for et nyt samtykke.",
)
EXPIRED = _T(
    "Sharing",
    "Dokumentet deles ikke med {party}: samtykket udløb {lapsed}. Et samtykke gælder "
    "højst et år. Få et nyt samtykke fra forældrene, før du deler.",
)
NOT_YET = _T("Sharing", "Dokumentet deles ikke med {party}: samtykket gælder først fra {signed}.")
NOT_COVERED = _T(
    "Sharing",
    "Dokumentet deles ikke med {party}: det gældende samtykke (underskrevet "
    "{signed}) omfatter ikke denne modtager ved navn. Bed forældrene om at udvide samtykket, "
    "eller lad være med at dele dokumentet.",
)
NO_FOLDER = _T("Sharing", "Mappen {folder} findes ikke. Vælg en mappe, der findes.")
WRITE_FAILED = _T("Sharing", "Filen kunne ikke gemmes i {folder}: {reason}. Intet er ændret.")
FILE_OPEN = _T(
    "Sharing",
    "Filen {name} er åben i et andet program (fx en PDF-læser), så den kan ikke erstattes. "
    "Luk den, og prøv igen. Intet er ændret.",
)


@dataclass(frozen=True)
class Recipient:
    """Who a document goes to: the family, or a party kind (optionally a named one)."""

    kind: PartyKind | None  # None: the family (parents, the child from 15)
    name: str | None = None

    @property
    def is_family(self) -> bool:
        return self.kind is None

    @property
    def code(self) -> str:
        """What the audit trail records: the kind, never the name."""
        return FAMILY if self.kind is None else self.kind.value

    @property
    def title(self) -> str:
        if self.kind is None:
            return "familien"
        title = consent_rules.PARTY_TITLES[self.kind].lower()
        return f"{title} ({self.name})" if self.name else title


def parse_recipient(text: str) -> Recipient:
    """'gp', 'skole', 'school_daycare:Solsikken', 'forældre' → a Recipient."""
    kind_text, _, name = text.strip().partition(":")
    key = kind_text.strip().lower()
    key = PARTY_ALIASES.get(key, key)
    if key == FAMILY:
        return Recipient(None)
    try:
        kind = PartyKind(key)
    except ValueError:
        choices = ", ".join([FAMILY] + [k.value for k in PartyKind])
        raise SharingRefused(UNKNOWN_PARTY, party=text, choices=choices) from None
    return Recipient(kind, name.strip() or None)


def check_share(case: Case, recipient: Recipient, on: date) -> Consent | None:
    """The one sharing check (export, share, print): the consent that covers the recipient.

    Returns None for the family (no consent needed), else the consent in force that names the
    recipient by kind and name. Raises SharingRefused (why, and what to do) otherwise; a refusal
    about dates names the consent that named the recipient, not merely the newest one.
    """
    if recipient.is_family:
        return None
    assert recipient.kind is not None
    party = recipient.title
    if not recipient.name:
        kind_word = next(
            (word for word, value in PARTY_ALIASES.items() if value == recipient.kind.value),
            recipient.kind.value,
        )
        raise SharingRefused(NAME_NEEDED, party=party, kind=kind_word)
    if not case.consents:
        raise SharingRefused(NO_CONSENT, party=party)
    covering = consent_rules.covering_consent(case.consents, recipient.kind, recipient.name, on)
    if covering is not None:
        return covering
    naming = [
        c
        for c in case.consents
        if consent_rules.names_party(c, recipient.kind, recipient.name)
    ]
    current = consent_rules.current_consent(case.consents, on)
    if not naming and current is not None:
        raise SharingRefused(NOT_COVERED, party=party, signed=fmt_date(current.signed_on))
    newest = max(naming or case.consents, key=lambda c: c.signed_on)
    state = consent_rules.status(newest, on)
    if state is consent_rules.ConsentStatus.REVOKED:
        raise SharingRefused(REVOKED, party=party, revoked=fmt_date(newest.revoked_on))
    if state is consent_rules.ConsentStatus.NOT_YET_VALID:
        raise SharingRefused(NOT_YET, party=party, signed=fmt_date(newest.signed_on))
    if state.in_force:  # in force but names someone else: no consent covers this recipient
        raise SharingRefused(NOT_COVERED, party=party, signed=fmt_date(newest.signed_on))
    raise SharingRefused(EXPIRED, party=party, lapsed=fmt_date(consent_rules.lapses_on(newest)))


# ---------------------------------------------------------------------------------------------
# Writing the file
# ---------------------------------------------------------------------------------------------


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disken er fuld"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "du har ikke lov til at skrive der"
    if exc.errno == errno.EISDIR:
        return "der findes en mappe med det navn"
    return "skrivefejl"


def write_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Temp file in the target's folder, fsync, rename over the target; cleaned up on failure."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SharingRefused(NO_FOLDER, folder=str(folder))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except FileInUse:
        raise SharingRefused(FILE_OPEN, name=target.name) from None
    except OSError as exc:
        logger.warning("export write failed: %s", exc.strerror)
        raise SharingRefused(WRITE_FAILED, folder=str(folder), reason=_reason(exc)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def record_export(
    vault,
    case: Case,
    form: str,
    record_id: str,
    recipient: Recipient | None,  # noqa: ANN001
    *,
    signed: bool,
) -> int:
    """One audit row: what form, to whom (the party kind), signed or not — never the content."""
    action = "pdf.export" if recipient is None else f"pdf.share.{recipient.code}"
    record_type = f"pdf.{form}" + (".signed" if signed else "")
    return vault.audit.append(action, record_type, record_id, subject=case.uid)
