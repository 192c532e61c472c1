"""The standard agenda for a coordination meeting (VED-KAN-VIL-GØR) with stable point ids."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError

logger = logging.getLogger(__name__)


class Phase(str, Enum):
    INTRO = "intro"  # welcome and round of presentations
    VED = "ved"  # what we know
    KAN = "kan"  # what we can do
    VIL = "vil"  # what we decide
    GOR = "gør"  # the plan: who does what, by when


PHASE_TITLES = {
    Phase.INTRO: QT_TRANSLATE_NOOP("Agenda", "Indledning"),
    Phase.VED: QT_TRANSLATE_NOOP("Agenda", "VED"),
    Phase.KAN: QT_TRANSLATE_NOOP("Agenda", "KAN"),
    Phase.VIL: QT_TRANSLATE_NOOP("Agenda", "VIL"),
    Phase.GOR: QT_TRANSLATE_NOOP("Agenda", "GØR"),
}


@dataclass(frozen=True)
class AgendaPoint:
    id: str  # "1", "3", "3a": stored in Meeting.agenda and Meeting.minutes — never change
    phase: Phase
    title: str
    guidance: str  # a short hint for the meeting leader

    @property
    def parent_id(self) -> str | None:
        return self.id[:-1] if self.id[-1].isalpha() else None

    @property
    def label(self) -> str:
        """"3" → "3.", "3a" → "a)" as in the template."""
        return f"{self.id[-1]})" if self.parent_id else f"{self.id}."


def _p(pid: str, phase: Phase, title: str, guidance: str) -> AgendaPoint:
    return AgendaPoint(id=pid, phase=phase, title=title, guidance=guidance)


_T = QT_TRANSLATE_NOOP
# The titles are the template's own words (seed 003 ~4997-5031; tests/test_bti_wording.py
# compares them); the guidance under each is ours, in plain language.
STANDARD_AGENDA: tuple[AgendaPoint, ...] = (
    _p("1", Phase.INTRO,
       _T("Agenda", "Velkomst og kort præsentation af problemstillingen ved stafetholder"),
       _T("Agenda", "Stafetholderen byder velkommen og siger kort, hvorfor vi mødes.")),
    _p("2", Phase.INTRO,
       _T("Agenda", "Præsentationsrunde blandt tilstedeværende"),
       _T("Agenda", "Alle præsenterer sig kort.")),
    _p("2a", Phase.INTRO,
       _T("Agenda", "Navn, myndighed, rolle (forældre/sagsbehandler/lærer osv.), ansvarsområde "
                    "(faglig kompetence) og beslutningskompetence"),
       _T("Agenda", "Sig også, hvad du selv kan beslutte.")),
    _p("3", Phase.VED,
       _T("Agenda", "Gøre den samlede viden til fælles viden (VED-fasen). Hvad ved vi til sammen "
                    "om den nuværende situation?"),
       _T("Agenda", "Del det, hver især ved, så det bliver fælles viden.")),
    _p("3a", Phase.VED,
       _T("Agenda", "Gennemgå observationsskema og relevante elementer i vurderingen"),
       _T("Agenda", "Gennemgå observationsskemaer og det vigtigste i vurderingerne.")),
    _p("3b", Phase.VED,
       _T("Agenda", "Få barnets og forældrenes opfattelse af situationen"),
       _T("Agenda", "Hør hvordan barnet og forældrene selv ser situationen.")),
    _p("3c", Phase.VED,
       _T("Agenda", "Orientér om allerede iværksatte og påtænkte tiltag"),
       _T("Agenda", "Fortæl om det, der allerede er sat i gang, og det, der er på vej.")),
    _p("4", Phase.KAN,
       _T("Agenda", "Overveje forskellige handlemuligheder i fællesskab (KAN-fasen)"),
       _T("Agenda", "Hvad er uønsket i den nuværende situation? Hvad er vores fælles sigte "
                    "for/ønske om den fremtidige situation?")),
    _p("4a", Phase.KAN,
       _T("Agenda", "Gennemgå kort, hvilke mål hver især ser/har for den kommende indsats"),
       _T("Agenda", "Hver deltager siger kort, hvilke mål de ser for den kommende indsats.")),
    _p("4b", Phase.KAN,
       _T("Agenda", "Drøft handlingsmuligheder og alternativer (se inspirationsliste)"),
       _T("Agenda", "Drøft, hvad vi kan gøre, og hvilke andre veje der findes.")),
    _p("4c", Phase.KAN,
       _T("Agenda", "Drøft fælles målsætning for den tværfaglige indsats"),
       _T("Agenda", "Drøft et fælles mål for den samlede indsats.")),
    _p("5", Phase.VIL,
       _T("Agenda", "Beslutte fælles målsætning og udarbejdelse af plan for tværfaglig indsats "
                    "(VIL-fasen)"),
       _T("Agenda", "Beslut det fælles mål og hvordan planen skal hænge sammen.")),
    _p("5a", Phase.VIL,
       _T("Agenda", "Fastlæg fælles målsætning for den tværfaglige indsats"),
       _T("Agenda", "Skriv det fælles mål, så forældrene kan genkende det.")),
    _p("5b", Phase.VIL,
       _T("Agenda", "Fastlæg, hvordan de enkelte aktørers handlingsplaner skal koordineres"),
       _T("Agenda", "Aftal, hvordan hver aktørs egen plan passer sammen med de andres.")),
    _p("5c", Phase.VIL,
       _T("Agenda", "Tydeliggør og sørg for at samordne målsætninger for de enkelte elementer af "
                    "indsatsen på alle niveauer"),
       _T("Agenda", "Sørg for, at målene for de enkelte dele af indsatsen trækker samme vej.")),
    _p("5d", Phase.VIL,
       _T("Agenda", "Fastlæg, hvordan der skal følges op undervejs, når indsatsen er i gang"),
       _T("Agenda", "Aftal, hvordan og hvornår vi følger op, mens indsatsen er i gang.")),
    _p("5e", Phase.VIL,
       _T("Agenda", "Fastlæg, hvornår den tværfaglige indsats evalueres, og hvem der tager "
                    "initiativ til det"),
       _T("Agenda", "Aftal en dato for evalueringen, og hvem der tager initiativ til den.")),
    _p("6", Phase.GOR,
       _T("Agenda", "Udarbejd plan for den tværfaglige indsats (GØR-fasen)"),
       _T("Agenda", "Skriv planen: hvem gør hvad, og hvornår.")),
    _p("6a", Phase.GOR,
       _T("Agenda", "Overvej, om der er yderligere forhold, der skal afklares, inden planen kan "
                    "iværksættes"),
       _T("Agenda", "Er der noget, der skal på plads, før planen kan gå i gang?")),
    _p("6b", Phase.GOR,
       _T("Agenda", "Gennemgå planen og indgå konkrete aftaler om de første skridt i planen"),
       _T("Agenda", "Gennemgå planen og lav konkrete aftaler: hvem gør hvad, og hvornår.")),
    _p("6c", Phase.GOR,
       _T("Agenda", "Fastlæg, hvem der skal orienteres om den tværfaglige indsats, og hvem der "
                    "skal orientere hvem."),
       _T("Agenda", "Aftal, hvem der skal have besked om indsatsen, og hvem der giver den.")),
)

POINTS_BY_ID: dict[str, AgendaPoint] = {p.id: p for p in STANDARD_AGENDA}
_ORDER = {p.id: index for index, p in enumerate(STANDARD_AGENDA)}

# Later meetings "mostly the last points": what has happened since, follow-up and the plan.
_FOLLOW_UP_IDS = ("1", "3", "3c", "5", "5d", "5e", "6", "6a", "6b", "6c")


def point(point_id: str) -> AgendaPoint:
    try:
        return POINTS_BY_ID[point_id]
    except KeyError:
        raise ValidationError(
            "dagsorden",
            "Agenda",
            QT_TRANSLATE_NOOP("Agenda", "Dagsordenen kender ikke punktet {point}."),
            point=point_id,
        ) from None


def first_meeting_agenda() -> list[str]:
    """At the first meeting every point is normally relevant."""
    return [p.id for p in STANDARD_AGENDA]


def follow_up_agenda() -> list[str]:
    return list(_FOLLOW_UP_IDS)


def ordered(point_ids: Iterable[str]) -> list[str]:
    """Known ids in the standard order without repeats; an unknown id is a ValidationError."""
    unique = {point(pid).id for pid in point_ids}
    return sorted(unique, key=_ORDER.__getitem__)


def with_parents(point_ids: Iterable[str]) -> list[str]:
    """Adds the main point of every chosen sub-point so "5d" never appears without "5"."""
    chosen = set(ordered(point_ids))
    chosen |= {POINTS_BY_ID[pid].parent_id for pid in chosen if POINTS_BY_ID[pid].parent_id}
    return ordered(p for p in chosen if p)
