"""From a case id to a PDF on disk: the one export path the command line and the GUI share."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app import policy
from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case
from app.people import profile as people_profile
from app.people import signing_identity
from app.reports import catalog, identity, sharing, signing
from app.reports.common import BuildOptions
from app.reports.template import SignaturePlace

logger = logging.getLogger(__name__)

UNKNOWN_CHOICE = QT_TRANSLATE_NOOP(
    "Reports",
    "„{choice}“ passer ikke til nogen {what} i sagen. Brug et nummer fra 1 til {count} "
    "(ældste først) eller begyndelsen af id'et.",
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Reports", "„{choice}“ passer til flere {what}. Skriv flere tegn af id'et."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    form: str
    signed: bool
    audit_seq: int  # the audit row that records this export
    signed_with_head: signing.AuditHead | None  # the audit head carried inside the signed PDF


def _dated(case: Case, form: catalog.Form, meeting: bool) -> tuple[list[Any], str]:
    """The records a --meeting/--record choice picks from, oldest first, and their Danish name."""
    if meeting:
        return sorted(case.meetings, key=lambda m: m.starts_at), "møder"
    if form is catalog.Form.NETWORK_MAP:
        return sorted(case.network_maps, key=lambda m: m.made_on), "netværkskort"
    if form is catalog.Form.CONSENT:
        return sorted(case.consents, key=lambda c: c.signed_on), "samtykker"
    if form is catalog.Form.NOTIFICATION:
        return sorted(case.notifications, key=lambda n: n.made_on), "underretninger"
    if form is catalog.Form.OBSERVATION:
        return sorted(case.observations, key=lambda o: o.observed_on), "observationsskemaer"
    return [], "poster"


def resolve_choice(records: Sequence[Any], choice: str | None, what: str) -> str | None:
    """A 1-based index into `records` (oldest first), a full uid, or a unique uid prefix → uid."""
    if choice is None:
        return None
    text = choice.strip().lower()
    if text.isdigit() and len(text) <= 4:
        index = int(text)
        if 1 <= index <= len(records):
            return records[index - 1].uid
    else:
        found = [r for r in records if r.uid.lower().startswith(text)] if text else []
        if len(found) == 1:
            return found[0].uid
        if len(found) > 1:
            raise UserError("Reports", AMBIGUOUS, choice=choice, what=what)
    raise UserError("Reports", UNKNOWN_CHOICE, choice=choice, what=what, count=len(records))


def _signer(vault: Any) -> identity.SigningIdentity:
    """The signing identity; made on first need from the profile, else "make one" in Danish."""
    if identity.has_identity(vault) or people_profile(vault) is None:
        return identity.load_identity(vault)
    return signing_identity(vault)


@dataclass(frozen=True)
class _Built:
    pdf: bytes
    case: Case
    form: catalog.Form
    record_id: str
    recipient: Any
    signer: Any
    head: signing.AuditHead | None


def _build(
    vault,  # noqa: ANN001 - app.vault.Vault
    case_id: int,
    form: str | catalog.Form,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
    for_party: str | None = None,
    sign: bool = False,
    today: date | None = None,
    invariant: bool = False,
    name_in_title: bool = False,
) -> _Built:
    """The document as PDF bytes (signed if asked), after the sharing check; nothing written.
    The PDF's metadata is neutral (no names); `name_in_title` puts the child's name in /Title
    on purpose."""
    from app.models.service import CaseService

    form = catalog.parse_form(form)
    today = today or date.today()
    recipient = sharing.parse_recipient(for_party) if for_party else None
    case = CaseService(vault).load(case_id)
    if recipient is not None:
        sharing.check_share(case, recipient, today)

    records, what = _dated(case, form, meeting=False)
    meetings, meeting_what = _dated(case, form, meeting=True)
    chosen_meeting = resolve_choice(meetings, meeting_uid, meeting_what)
    chosen_record = resolve_choice(records, record_uid, what)

    signer = _signer(vault) if sign else None
    # "Udskrevet af …": the person's profile (never the OS login), else the signature's name.
    me = people_profile(vault)
    author = (signer.name if signer else me.name if me else identity.identity_name(vault)) or (
        "Stafet"
    )
    options = BuildOptions(
        printed_on=today,
        author=author,
        invariant=invariant,
        family_safe=bool(recipient and recipient.is_family),
        name_in_title=name_in_title,
    )
    document = catalog.build_document(
        case, form, options, meeting_uid=chosen_meeting, record_uid=chosen_record
    )
    place = SignaturePlace() if signer else None
    pdf = document.to_pdf(invariant=invariant, signature=place)
    head = None
    if signer is not None and place is not None:
        seq, chain = vault.audit.head()
        head = signing.AuditHead(seq, chain)
        pdf = signing.sign_pdf(
            pdf,
            signer,
            place,
            audit_head=head,
            # IT's policy (a server, or "none") wins over the user's own setting.
            timestamp_url=policy.current().timestamp_url(
                vault.settings_get(signing.TIMESTAMP_SETTING)
            ),
        )
    record_id = chosen_record or chosen_meeting or case.uid
    return _Built(pdf, case, form, record_id, recipient, signer, head)


def export_pdf(
    vault,  # noqa: ANN001 - app.vault.Vault
    case_id: int,
    form: str | catalog.Form,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
    for_party: str | None = None,
    sign: bool = False,
    out_path: str | os.PathLike[str],
    today: date | None = None,
    invariant: bool = False,
    name_in_title: bool = False,
) -> ExportResult:
    """Builds the document in memory, signs it if asked, writes it atomically, audits it.

    `meeting_uid` / `record_uid` take a uid, a unique uid prefix or a 1-based index (oldest
    first). `for_party` names the recipient (see sharing.parse_recipient); a party the case's
    consent does not cover is refused before anything is built. The PDF's metadata is neutral
    (no names); `name_in_title` puts the child's name in /Title on purpose.
    """
    built = _build(
        vault,
        case_id,
        form,
        meeting_uid=meeting_uid,
        record_uid=record_uid,
        for_party=for_party,
        sign=sign,
        today=today,
        invariant=invariant,
        name_in_title=name_in_title,
    )
    signed = built.signer is not None
    path = sharing.write_atomically(out_path, built.pdf)
    seq = sharing.record_export(
        vault, built.case, built.form.value, built.record_id, built.recipient, signed=signed
    )
    logger.info("exported %s (signed=%s)", built.form.value, signed)
    return ExportResult(
        path=path, form=built.form.value, signed=signed, audit_seq=seq, signed_with_head=built.head
    )


def printable_pdf(
    vault,  # noqa: ANN001 - app.vault.Vault
    case_id: int,
    form: str | catalog.Form,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
    for_party: str | None = None,
    today: date | None = None,
) -> bytes:
    """The document to print, in memory only (no file): the same sharing check as saving it,
    and one audit row ("pdf.print", or "pdf.print.<party>" for a recipient)."""
    built = _build(
        vault,
        case_id,
        form,
        meeting_uid=meeting_uid,
        record_uid=record_uid,
        for_party=for_party,
        sign=False,
        today=today,
    )
    action = "pdf.print" if built.recipient is None else f"pdf.print.{built.recipient.code}"
    vault.audit.append(action, f"pdf.{built.form.value}", built.record_id, subject=built.case.uid)
    logger.info("printed %s", built.form.value)
    return built.pdf
