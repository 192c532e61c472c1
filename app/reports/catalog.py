"""The documents Stafet prints, by the names the command line and the GUI use."""

from __future__ import annotations

import dataclasses
import logging
import re
from datetime import date
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case
from app.domain.validation import format_date
from app.reports import (
    child_voice,
    family_plan,
    forms,
    insight,
    meeting,
    network_map,
    scales,
    stafetlog,
)
from app.reports.common import BuildOptions, Document
from app.reports.template import DocumentInfo

logger = logging.getLogger(__name__)


class Form(str, Enum):  # noqa: UP042 - as the record enums: plain strings on the command line
    STAFETLOG = "stafetlog"
    NETWORK_MAP = "network-map"
    SCALES = "scales"
    INVITATION = "invitation"
    MINUTES = "minutes"
    FAMILY_PLAN = "family-plan"
    CONSENT = "consent"
    NOTIFICATION = "notification"
    OBSERVATION = "observation"
    INSIGHT = "insight"
    THREE_HOUSES = "three-houses"


FORM_TITLES = {
    Form.STAFETLOG: QT_TRANSLATE_NOOP("Reports", "Stafetlog"),
    Form.NETWORK_MAP: QT_TRANSLATE_NOOP("Reports", "Netværkskort"),
    Form.SCALES: QT_TRANSLATE_NOOP("Reports", "Bekymringsskalaer"),
    Form.INVITATION: QT_TRANSLATE_NOOP("Reports", "Invitation til møde"),
    Form.MINUTES: QT_TRANSLATE_NOOP("Reports", "Referat af møde"),
    Form.FAMILY_PLAN: QT_TRANSLATE_NOOP("Reports", "Familiens plan"),
    Form.CONSENT: QT_TRANSLATE_NOOP("Reports", "Samtykke"),
    Form.NOTIFICATION: QT_TRANSLATE_NOOP("Reports", "Underretning"),
    Form.OBSERVATION: QT_TRANSLATE_NOOP("Reports", "Observationsskema"),
    Form.INSIGHT: QT_TRANSLATE_NOOP("Reports", "Forældrenes indsigt i stafetloggen"),
    Form.THREE_HOUSES: QT_TRANSLATE_NOOP("Reports", "De tre huse"),
}

# Written for the family: always built under the family-safe rules (no CPR, no worry scales,
# no internal notes). The insight export is the family's full insight and sets its own rules.
FAMILY_FORMS = frozenset({Form.FAMILY_PLAN, Form.INVITATION, Form.THREE_HOUSES})
MEETING_FORMS = frozenset({Form.INVITATION, Form.MINUTES})
RECORD_FORMS = frozenset({Form.NETWORK_MAP, Form.CONSENT, Form.NOTIFICATION, Form.OBSERVATION})


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_CPR_LIKE = re.compile(r"\d{6}-?\d{4}")


def file_name(title: str, on: date, child_name: str = "") -> str:
    """'Familiens plan - 23.11.2026.pdf'; with `child_name` (only on purpose) 'Familiens plan -
    Hans Hansen - 23.11.2026.pdf'. Never a CPR number, no characters a file system refuses."""
    name = _CPR_LIKE.sub("", child_name or "")
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split())
    parts = [title]
    if name:
        parts.append(name)
    parts.append(format_date(on))
    return " - ".join(parts) + ".pdf"


def parse_form(name: str | Form) -> Form:
    try:
        return Form(name)
    except ValueError:
        raise UserError(
            "Reports",
            QT_TRANSLATE_NOOP(
                "Reports", "Dokumenttypen „{form}“ findes ikke. Vælg en af: {choices}."
            ),
            form=str(name),
            choices=", ".join(f.value for f in Form),
        ) from None


METADATA_AUTHOR = "Stafet"  # /Author: never a person's name (file lists and indexes show it)


def build_document(
    case: Case,
    form: Form | str,
    options: BuildOptions,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
) -> Document:
    """Builds (but does not render) one document of the case, with neutral metadata."""
    form = parse_form(form)
    document = _build(case, form, options, meeting_uid, record_uid)
    document.info = neutral_metadata(document.info, form, case, options)
    return document


def neutral_metadata(
    info: DocumentInfo, form: Form, case: Case, options: BuildOptions
) -> DocumentInfo:
    """/Title is the document kind, /Author "Stafet", /Subject the kind's subject: a copy that
    outlives the case does not name the child (or anyone) in its metadata. The child's name is
    added to /Title only when asked (`options.name_in_title`). The page header is unchanged."""
    title = FORM_TITLES[form]
    if options.name_in_title and case.child.name.strip():
        title = f"{title} – {case.child.name.strip()}"
    return dataclasses.replace(
        info,
        title=title,
        header_title=info.header_title or info.title,
        author=METADATA_AUTHOR,
        keywords=(),
    )


def _build(
    case: Case,
    form: Form,
    options: BuildOptions,
    meeting_uid: str | None,
    record_uid: str | None,
) -> Document:
    if form in FAMILY_FORMS and not options.family_safe:
        options = dataclasses.replace(options, family_safe=True)
    if form is Form.STAFETLOG:
        return stafetlog.build(case, options)
    if form is Form.NETWORK_MAP:
        return network_map.build(case, options, record_uid)
    if form is Form.SCALES:
        return scales.build(case, options)
    if form is Form.INVITATION:
        return meeting.invitation(case, options, meeting_uid)
    if form is Form.MINUTES:
        return meeting.minutes(case, options, meeting_uid)
    if form is Form.FAMILY_PLAN:
        return family_plan.build(case, options)
    if form is Form.CONSENT:
        return forms.consent(case, options, record_uid)
    if form is Form.NOTIFICATION:
        return forms.notification(case, options, record_uid)
    if form is Form.OBSERVATION:
        return forms.observation(case, options, record_uid)
    if form is Form.THREE_HOUSES:
        return child_voice.three_houses(case, options)
    return insight.build(case, options)
