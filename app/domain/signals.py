"""The checklist "Børn og unges signaler på mulig mistrivsel" (BTI Redskaber) with stable ids."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


class SignalGroup(str, Enum):
    SMALL_CHILDREN = "small_children"  # signaler på mistrivsel hos småbørn
    CHILDREN_AND_YOUNG = "children_and_young"  # signaler på problemer hos børn og unge
    # The parents' scale, category 3 (seed 003 ~4176-4239): its own three lists of signs.
    PARENT_PHYSICAL = "parent_physical"
    PARENT_MENTAL = "parent_mental"
    PARENT_SOCIAL = "parent_social"


GROUP_TITLES = {
    SignalGroup.SMALL_CHILDREN: QT_TRANSLATE_NOOP("Signals", "Signaler hos småbørn"),
    SignalGroup.CHILDREN_AND_YOUNG: QT_TRANSLATE_NOOP("Signals", "Signaler hos børn og unge"),
    # The template's own headings above the parents' signs.
    SignalGroup.PARENT_PHYSICAL: QT_TRANSLATE_NOOP(
        "Signals", "Den fysiske fremtoning er præget af:"
    ),
    SignalGroup.PARENT_MENTAL: QT_TRANSLATE_NOOP(
        "Signals", "Den psykiske fremtoning er præget af:"
    ),
    SignalGroup.PARENT_SOCIAL: QT_TRANSLATE_NOOP(
        "Signals", "Socialt kan den voksne være præget af:"
    ),
}
CHILD_GROUPS = (SignalGroup.SMALL_CHILDREN, SignalGroup.CHILDREN_AND_YOUNG)
PARENT_GROUPS = (SignalGroup.PARENT_PHYSICAL, SignalGroup.PARENT_MENTAL, SignalGroup.PARENT_SOCIAL)


@dataclass(frozen=True)
class Signal:
    id: str  # stored in assessments, observations and notifications: never change it
    group: SignalGroup
    text: str


def _small(sid: str, text: str) -> Signal:
    return Signal(id=sid, group=SignalGroup.SMALL_CHILDREN, text=text)


def _young(sid: str, text: str) -> Signal:
    return Signal(id=sid, group=SignalGroup.CHILDREN_AND_YOUNG, text=text)


SMALL_CHILDREN_SIGNALS: tuple[Signal, ...] = (
    _small(
        "small_tense_passive",
        QT_TRANSLATE_NOOP("Signals", "Er anspændt eller passiv, stille og tilbagetrukket"),
    ),
    _small(
        "small_regulation",
        QT_TRANSLATE_NOOP(
            "Signals",
            "Har svært ved at regulere søvn, mad, "
            "opmærksomhed og stimulation",
        ),
    ),
    _small(
        "small_explores_alone",
        QT_TRANSLATE_NOOP(
            "Signals",
            "Udforsker omverdenen uden at søge "
            "støtte og anerkendelse hos voksne",
        ),
    ),
    _small("small_whining_insecure", QT_TRANSLATE_NOOP("Signals", "Klynker meget og virker utryg")),
)

CHILDREN_AND_YOUNG_SIGNALS: tuple[Signal, ...] = (
    _young("anxious", QT_TRANSLATE_NOOP("Signals", "Virker angst eller skræmt")),
    _young("concentration", QT_TRANSLATE_NOOP("Signals", "Har svært ved at koncentrere sig")),
    _young("learning", QT_TRANSLATE_NOOP("Signals", "Har svært ved at tage imod indlæring")),
    _young(
        "affected_by_unrest",
        QT_TRANSLATE_NOOP("Signals", "Bliver meget påvirket af uro omkring sig"),
    ),
    _young("changed_behaviour", QT_TRANSLATE_NOOP("Signals", "Ændrer adfærd")),
    _young(
        "lacks_curiosity",
        QT_TRANSLATE_NOOP("Signals", "Mangler nysgerrighed og interesse for omgivelserne"),
    ),
    _young(
        "withdrawn_or_excluded",
        QT_TRANSLATE_NOOP(
            "Signals",
            "Holder sig meget for sig selv eller "
            "bliver holdt udenfor af andre",
        ),
    ),
    _young(
        "no_peer_contact",
        QT_TRANSLATE_NOOP("Signals", "Kan ikke etablere sociale kontakter med jævnaldrende"),
    ),
    _young(
        "hypervigilant_adults",
        QT_TRANSLATE_NOOP("Signals", "Er ekstremt registrerende over for voksne"),
    ),
    _young(
        "aggressive_in_conflicts",
        QT_TRANSLATE_NOOP("Signals", "Er aggressiv i konflikter med andre"),
    ),
    _young(
        "clings_or_distances",
        QT_TRANSLATE_NOOP("Signals", "Klæber til eller tager afstand fra voksne"),
    ),
    _young(
        "physical_neglect",
        QT_TRANSLATE_NOOP(
            "Signals",
            "Har fysiske tegn på omsorgssvigt "
            "(forsømt med mad, bad, søvn eller tøj)",
        ),
    ),
    _young("signs_of_violence", QT_TRANSLATE_NOOP("Signals", "Viser tegn på fysisk vold")),
    _young("physical_complaints", QT_TRANSLATE_NOOP("Signals", "Har mange fysiske klager")),
    _young("eating_disorder", QT_TRANSLATE_NOOP("Signals", "Har spiseforstyrrelser")),
    _young("absence", QT_TRANSLATE_NOOP("Signals", "Forsømmer ofte skolen eller daginstitutionen")),
    _young(
        "substance_use",
        QT_TRANSLATE_NOOP("Signals", "Har misbrugs- og alkoholvaner, der slår igennem i hverdagen"),
    ),
    _young(
        "depressed_isolated",
        QT_TRANSLATE_NOOP("Signals", "Virker deprimeret, ulykkelig eller socialt isoleret"),
    ),
    _young(
        "tells_of_drunk_ill_adults",
        QT_TRANSLATE_NOOP("Signals", "Fortæller om berusede eller syge voksne"),
    ),
    _young(
        "overly_responsible",
        QT_TRANSLATE_NOOP("Signals", "Er overdrevent ansvarlig og tilpasningsvillig"),
    ),
)

SIGNALS: tuple[Signal, ...] = SMALL_CHILDREN_SIGNALS + CHILDREN_AND_YOUNG_SIGNALS
SIGNALS_BY_ID: dict[str, Signal] = {s.id: s for s in SIGNALS}


def _parent(sid: str, group: SignalGroup, text: str) -> Signal:
    return Signal(id=sid, group=group, text=text)


_PHYSICAL, _MENTAL, _SOCIAL = PARENT_GROUPS
# The template's words (seed 003 ~4176-4239), for placements on the parents' scale.
PARENT_SIGNALS: tuple[Signal, ...] = (
    _parent("parent_flushed_red_eyes", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "blussende kulør eller røde øjne om morgenen")),
    _parent("parent_weight_change", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "at vedkommende tager på eller taber sig hastigt")),
    _parent("parent_alcohol_illness", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "alkoholrelaterede sygdomme")),
    _parent("parent_sloppy_dress", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "sjusket påklædning eller overdreven make-up")),
    _parent("parent_withdrawal", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "virker abstinenspræget")),
    _parent("parent_often_ill", _PHYSICAL, QT_TRANSLATE_NOOP("Signals", "hyppig sygdom")),
    _parent("parent_smells_of_alcohol", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "lugt af alkohol")),
    _parent("parent_no_sense_of_situation", _PHYSICAL,
            QT_TRANSLATE_NOOP("Signals", "manglende situationsfornemmelse")),
    _parent("parent_irritation", _MENTAL, QT_TRANSLATE_NOOP("Signals", "irritation")),
    _parent("parent_isolation", _MENTAL, QT_TRANSLATE_NOOP("Signals", "isolation")),
    _parent("parent_changing_mood", _MENTAL,
            QT_TRANSLATE_NOOP("Signals", "skiftende stemningsleje")),
    _parent("parent_insecurity", _MENTAL, QT_TRANSLATE_NOOP("Signals", "usikkerhed")),
    _parent("parent_vulnerability", _MENTAL, QT_TRANSLATE_NOOP("Signals", "sårbarhed")),
    _parent("parent_nervous", _MENTAL,
            QT_TRANSLATE_NOOP("Signals", "nervøsitet eller ængstelighed")),
    _parent("parent_poor_finances", _SOCIAL,
            QT_TRANSLATE_NOOP("Signals", "dårlig økonomi og usikker jobsituation")),
    _parent("parent_family_problems", _SOCIAL,
            QT_TRANSLATE_NOOP("Signals", "familieproblemer")),
)
PARENT_SIGNALS_BY_ID: dict[str, Signal] = {s.id: s for s in PARENT_SIGNALS}


def signals_of(groups: tuple[SignalGroup, ...]) -> list[Signal]:
    """The checklist for these groups, in the template's order."""
    return [s for s in (*SIGNALS, *PARENT_SIGNALS) if s.group in groups]


def signal(signal_id: str) -> Signal | None:
    """The signal with this id, or None for an id this version does not know (kept, not lost)."""
    return SIGNALS_BY_ID.get(signal_id) or PARENT_SIGNALS_BY_ID.get(signal_id)


def signal_text(signal_id: str) -> str:
    """The Danish text for an id; an unknown id is shown as it is rather than dropped."""
    found = signal(signal_id)
    return found.text if found else signal_id
