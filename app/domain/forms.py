"""The notification forms ("Standardskema til underretning") and the observation form."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import NotificationForm

logger = logging.getLogger(__name__)

_T = QT_TRANSLATE_NOOP


class SectionKind(str, Enum):
    TEXT = "text"  # free text in Notification.answers[section.id]
    PARENTS_INFORMED = "parents_informed"  # Notification.parents_informed(_on) + remarks as text
    SIGNATURE = "signature"  # name, workplace, signature, date: Notification.notifier + made_on


@dataclass(frozen=True)
class FormSection:
    id: str  # key in Notification.answers; the same id means the same question in both forms
    number: int
    title: str
    prompts: tuple[str, ...] = ()  # the helping questions under the title
    kind: SectionKind = SectionKind.TEXT


@dataclass(frozen=True)
class ObservationQuestion:
    id: str  # key in Observation.answers
    text: str
    hint: str = ""


def _s(sid: str, number: int, title: str, *prompts: str, kind: SectionKind = SectionKind.TEXT):
    return FormSection(id=sid, number=number, title=title, prompts=prompts, kind=kind)


_CONCERN = _s("concern", 1, _T("Forms", "Anledning til bekymring"),
              _T("Forms", "Beskriv, hvad der har givet anledning til, at I er bekymrede for "
                          "barnet."))
_SIGNATURE_TITLE = _T("Forms", "Navn, arbejdsplads, underskrift og dato")

NOTIFICATION_SECTIONS_0_6: tuple[FormSection, ...] = (
    _CONCERN,
    _s("purpose", 2, _T("Forms", "Hvad ønsker I med denne henvendelse?"),
       _T("Forms", "Hvad har I forsøgt at gøre? Hvor er I nået til?"),
       _T("Forms", "Har der været sat særlige indsatser i værk?")),
    _s("parents_cooperation", 3, _T("Forms", "Hvordan fungerer samarbejdet med forældrene?"),
       _T("Forms", "Beskriv kontakten mellem forældre og personale.")),
    _s("attendance", 4, _T("Forms", "Hvordan er barnets fremmøde?"),
       _T("Forms", "Hvor længe er barnet i institutionen?"),
       _T("Forms", "Hvem bringer og henter?")),
    _s("social_development", 5, _T("Forms", "Hvordan er barnets sociale udvikling?"),
       _T("Forms", "Beskriv barnets forhold til forældre, søskende, legekammerater, andre børn "
                   "og voksne i institutionen.")),
    _s("emotional_development", 6, _T("Forms", "Hvordan er barnets følelsesmæssige udvikling?"),
       _T("Forms", "Hvordan opfatter barnet sig selv?"),
       _T("Forms", "Søger barnet øjenkontakt og berøring?"),
       _T("Forms", "Søger barnet i øvrigt kontakt, for eksempel med sproget?"),
       _T("Forms", "Hvordan er barnets humør i det hele taget?"),
       _T("Forms", "Kan barnet vise og sige, hvad det føler?")),
    _s("language_development", 7, _T("Forms", "Hvordan er barnets sproglige udvikling?"),
       _T("Forms", "Hvornår og hvordan bruger barnet sit sprog?"),
       _T("Forms", "Taler barnet i lange sætninger?"),
       _T("Forms", "Hvilke spørgeord bruger barnet?"),
       _T("Forms", "Forstår barnet en besked til hele gruppen og til barnet alene, som andre "
                   "børn på samme alder?")),
    _s("intellectual_development", 8, _T("Forms", "Hvordan er barnets intellektuelle udvikling?"),
       _T("Forms", "Hvordan er barnets viden og orientering?"),
       _T("Forms", "Hvordan er barnets forståelse af begreber?"),
       _T("Forms", "Hvordan er koncentrationsevnen?")),
    _s("motor_development", 9, _T("Forms", "Hvordan er barnets motoriske udvikling?"),
       _T("Forms", "Hvordan er barnets fin- og grovmotorik?"),
       _T("Forms", "Hvordan klarer barnet af- og påklædning, hygiejne og toiletbesøg?")),
    _s("overall_assessment", 10, _T("Forms", "Samlet faglig vurdering af barnet")),
    _s("parents_informed", 11, _T("Forms", "Er forældrene orienteret om underretningen?"),
       _T("Forms", "Hvornår er forældrene orienteret?"),
       _T("Forms", "Forældrenes bemærkninger"),
       kind=SectionKind.PARENTS_INFORMED),
    _s("signature", 12, _SIGNATURE_TITLE, kind=SectionKind.SIGNATURE),
)

NOTIFICATION_SECTIONS_6_18: tuple[FormSection, ...] = (
    _CONCERN,
    _s("purpose", 2, _T("Forms", "Hvad ønsker I med denne henvendelse?"),
       _T("Forms", "Hvad har I forsøgt at gøre? Hvor er I nået til?")),
    _s("earlier_school", 3,
       _T("Forms", "Tidligere skole, institution og pasning før skolestart")),
    _s("current_school", 4, _T("Forms", "Nuværende skole og klasselærer")),
    _s("attendance", 5, _T("Forms", "Mødefrekvens"),
       _T("Forms", "Skriv barnets fravær, hvis det er relevant.")),
    _s("academic", 6, _T("Forms", "Hvordan fungerer barnet fagligt?")),
    _s("social", 7, _T("Forms", "Hvordan fungerer barnet socialt?"),
       _T("Forms", "For eksempel i undervisningen, i frikvartererne, i leg med andre børn og "
                   "i venskaber.")),
    _s("special_efforts", 8, _T("Forms", "Har der været sat særlige indsatser i gang?"),
       _T("Forms", "Hvad er der gjort for at støtte barnet?")),
    _s("parents_cooperation", 9, _T("Forms", "Hvordan fungerer samarbejdet med forældrene?")),
    _s("other_professionals", 10,
       _T("Forms", "Bemærkninger fra skolelæge, sundhedsplejerske, psykolog eller andre "
                   "relevante parter")),
    _s("other_remarks", 11, _T("Forms", "Andre bemærkninger"),
       _T("Forms", "For eksempel om søskende.")),
    _s("parents_informed", 12, _T("Forms", "Har I talt med forældrene om bekymringen?"),
       _T("Forms", "Er forældrene orienteret om underretningen? Hvornår?"),
       _T("Forms", "Forældrenes bemærkninger"),
       kind=SectionKind.PARENTS_INFORMED),
    _s("signature", 13, _SIGNATURE_TITLE, kind=SectionKind.SIGNATURE),
)

# The 6-18 form asks "Har I talt med forældrene om bekymringen?" Ja/Nej (seed 003 ~4922): the
# answer is kept in Notification.answers under this key, as "ja" or "nej".
TALKED_WITH_PARENTS_KEY = "parents_talked"
TALKED_WITH_PARENTS = _T("Forms", "Har I talt med forældrene om bekymringen?")


def asks_talked_with_parents(form: NotificationForm) -> bool:
    return NotificationForm(form) is NotificationForm.AGE_6_18


NOTIFICATION_TITLES = {
    # The duty to notify: barnets lov § 133 (app.domain.legal.DUTY_TO_NOTIFY).
    NotificationForm.AGE_0_6: _T("Forms", "Underretning om barn 0-6 år (barnets lov § 133)"),
    NotificationForm.AGE_6_18: _T(
        "Forms", "Underretning om barn og ung 6-18 år (barnets lov § 133)"
    ),
}

OBSERVATION_TITLE = _T("Forms", "Observationsskema til 0-18-årige børn og unge")

OBSERVATION_QUESTIONS: tuple[ObservationQuestion, ...] = (
    ObservationQuestion(
        id="concern",
        text=_T("Forms", "Beskriv med dine egne ord, hvorfor du er bekymret. Hvilke vanskeligheder "
                         "har barnet, og hvordan viser de sig?")),
    ObservationQuestion(
        id="resources",
        text=_T("Forms", "Hvilke ressourcer har barnet, og hvordan viser de sig?")),
    ObservationQuestion(
        id="emotional_development",
        text=_T("Forms", "Beskriv barnets følelsesmæssige udvikling"),
        hint=_T("Forms", "Tænk på humør, selvtillid og hvordan barnet reagerer, når det bliver "
                         "frustreret.")),
    ObservationQuestion(
        id="social_relations",
        text=_T("Forms", "Beskriv barnets evne til at indgå i sociale relationer"),
        hint=_T("Forms", "Tænk på tilknytningen til forældrene og forholdet til andre voksne og "
                         "til andre børn og unge.")),
    ObservationQuestion(
        id="age_appropriate",
        text=_T("Forms", "Fungerer barnet som andre børn på samme alder?"),
        hint=_T("Forms", "Tænk på barnets viden om omgivelserne, interesser, koncentration og "
                         "evne til at planlægge.")),
    ObservationQuestion(
        id="physical_condition",
        text=_T("Forms", "Hvordan er barnets fysiske tilstand?")),
    ObservationQuestion(
        id="special_traits",
        text=_T("Forms", "Har barnet nogle særlige træk?")),
    ObservationQuestion(
        id="parent_competences",
        text=_T("Forms", "Hvilke kompetencer har forælderen i forhold til barnets behov?")),
    ObservationQuestion(
        id="network_resources",
        text=_T("Forms", "Er der ressourcer i familiens netværk?")),
    ObservationQuestion(
        id="own_notes",
        text=_T("Forms", "Egne noter og bemærkninger")),
)


def sections_for(form: NotificationForm | str) -> tuple[FormSection, ...]:
    form = NotificationForm(form)
    if NotificationForm(form) is NotificationForm.AGE_0_6:
        return NOTIFICATION_SECTIONS_0_6
    return NOTIFICATION_SECTIONS_6_18


def form_for_age(age: int | None) -> NotificationForm:
    """The 0–6 form until the sixth birthday, then the 6–18 form; unknown age: the 0–6 form."""
    return NotificationForm.AGE_6_18 if age is not None and age >= 6 else NotificationForm.AGE_0_6


def text_sections(form: NotificationForm | str) -> tuple[FormSection, ...]:
    """The sections whose answers are free text (what Notification.answers holds)."""
    return tuple(s for s in sections_for(form) if s.kind is not SectionKind.SIGNATURE)
