"""The stafetlog's questions in the words of the BTI template (Danish sources, translated by Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import LinkKind, LogSection

_T = QT_TRANSLATE_NOOP

SECTION_TITLES = {
    LogSection.CONCERN_AROSE: _T("Stafetlog", "Hvornår opstod bekymringen?"),
    LogSection.CONCERN_REASON: _T("Stafetlog", "Hvorfor opstod bekymringen?"),
    LogSection.DISCUSSED_BY: _T("Stafetlog", "Hvem har drøftet bekymringen?"),
    LogSection.ASSESSMENT: _T("Stafetlog", "Vurdering af barnets situation"),
    LogSection.PARENTS_INFORMED: _T(
        "Stafetlog", "Hvornår er forældrene orienteret om bekymringen?"
    ),
    LogSection.DECISION: _T("Stafetlog", "Hvad har I besluttet at gøre for barnet og familien?"),
    LogSection.GOAL: _T("Stafetlog", "Hvad er målet med indsatsen?"),
    LogSection.REVIEW: _T("Stafetlog", "Hvornår tages situationen op igen?"),
    LogSection.MORE_ACTORS: _T("Stafetlog", "Hvornår blev flere aktører inddraget?"),
    LogSection.CONSENT: _T("Stafetlog", "Er der indhentet samtykke fra forældrene?"),
    LogSection.NOTIFICATION: _T("Stafetlog", "Er der foretaget underretning?"),
    LogSection.NETWORK_MAP: _T("Stafetlog", "Er der udfyldt netværkskort?"),
    LogSection.SHARED_GOAL_CHILD: _T("Stafetlog", "Fælles målsætning for barnet"),
    LogSection.SHARED_GOAL_FAMILY: _T(
        "Stafetlog", "Fælles målsætning for relevante familiemedlemmer"
    ),
    LogSection.NOTE: _T("Stafetlog", "Andre noter i loggen"),
}

SECTION_HINTS = {
    LogSection.CONCERN_REASON: _T(
        "Stafetlog", "Skriv, hvad I har set og hørt. Knyt gerne et observationsskema til."
    ),
    LogSection.ASSESSMENT: _T(
        "Stafetlog", "Hver vurdering dateres. Knyt gerne en placering på bekymringsskalaen til."
    ),
    LogSection.DECISION: _T(
        "Stafetlog",
        "Skriv hvem der gør hvad, og hvornår. Ændringer gemmes som nye, daterede poster.",
    ),
    LogSection.GOAL: _T("Stafetlog", "Skriv målet, så forældrene kan forstå det."),
    LogSection.REVIEW: _T(
        "Stafetlog", "Vælg datoen, hvor situationen tages op igen. Den kommer på fristoversigten."
    ),
}

# The record a yes/no or evidence section links to, and the case attribute that lists them.
SECTION_LINKS = {
    LogSection.CONCERN_REASON: (LinkKind.OBSERVATION, "observations"),
    LogSection.ASSESSMENT: (LinkKind.ASSESSMENT, "assessments"),
    LogSection.CONSENT: (LinkKind.CONSENT, "consents"),
    LogSection.NOTIFICATION: (LinkKind.NOTIFICATION, "notifications"),
    LogSection.NETWORK_MAP: (LinkKind.NETWORK_MAP, "network_maps"),
}

YES_NO_SECTIONS = (LogSection.CONSENT, LogSection.NOTIFICATION, LogSection.NETWORK_MAP)

LINK_TITLES = {
    LinkKind.OBSERVATION: _T("Stafetlog", "Observationsskema"),
    LinkKind.ASSESSMENT: _T("Stafetlog", "Bekymringsskala"),
    LinkKind.CONSENT: _T("Stafetlog", "Samtykke"),
    LinkKind.NOTIFICATION: _T("Stafetlog", "Underretning"),
    LinkKind.NETWORK_MAP: _T("Stafetlog", "Netværkskort"),
    LinkKind.MEETING: _T("Stafetlog", "Koordinationsmøde"),
}


translate = QCoreApplication.translate  # lupdate reads translate("Stafetlog", "…") calls


def tr(text: str) -> str:
    """Translate a text marked elsewhere with QT_TRANSLATE_NOOP("Stafetlog", …)."""
    return QCoreApplication.translate("Stafetlog", text)
