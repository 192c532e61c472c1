"""The documents Stafet prints, by the names the command line and the GUI use."""

from __future__ import annotations

import dataclasses
import logging
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.domain.records import Case
from app.reports import family_plan, forms, insight, meeting, network_map, scales, stafetlog
from app.reports.common import BuildOptions, Document

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
}

# Written for the family: always built under the family-safe rules (no CPR, no worry scales,
# no internal notes). The insight export is the family's full insight and sets its own rules.
FAMILY_FORMS = frozenset({Form.FAMILY_PLAN, Form.INVITATION})
MEETING_FORMS = frozenset({Form.INVITATION, Form.MINUTES})
RECORD_FORMS = frozenset({Form.NETWORK_MAP, Form.CONSENT, Form.NOTIFICATION, Form.OBSERVATION})


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


def build_document(
    case: Case,
    form: Form | str,
    options: BuildOptions,
    *,
    meeting_uid: str | None = None,
    record_uid: str | None = None,
) -> Document:
    """Builds (but does not render) one document of the case."""
    form = parse_form(form)
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
    return insight.build(case, options)
