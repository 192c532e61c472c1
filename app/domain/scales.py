"""The two worry scales (bekymringsskalaer): categories, the level they point to, duty to notify."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from app.domain.records import Level, ScaleKind
from app.domain.signals import CHILD_GROUPS, PARENT_GROUPS, SignalGroup

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScaleCategory:
    number: int  # 1 = no worry … the highest = the most serious
    title: str
    description: str  # our own short summary of the template's column
    level: Level  # the BTI level the problems are handled at
    requires_notification: bool  # placing someone here means: involve the municipality
    # The template's full criteria, in its own words (seed 003 ~3884-4071 and ~4105-4249): on
    # the child scale what the child shows and the parents' care; on the parents' scale what
    # the parents show. A test compares every line with the seed.
    child_criteria: tuple[str, ...] = ()
    parent_criteria: tuple[str, ...] = ()
    sign_groups: tuple[SignalGroup, ...] = ()  # the parents' scale, 3: the template's sign lists


@dataclass(frozen=True)
class ScaleBand:
    """A heading the template puts above some categories (first..last, both included)."""

    title: str
    first: int
    last: int


# The template's footer under both scales: where the problems are handled, by level.
LEVEL_FOOTERS = {
    Level.ONE: QT_TRANSLATE_NOOP("Scales", "Problemerne klares i det daglige rum (niveau 1)"),
    Level.TWO: QT_TRANSLATE_NOOP("Scales", "Problemerne kræver bistand fra andre (niveau 2)"),
    Level.THREE: QT_TRANSLATE_NOOP("Scales", "Problemerne løses særlige steder (niveau 3)"),
}


@dataclass(frozen=True)
class WorryScale:
    kind: ScaleKind
    title: str
    categories: tuple[ScaleCategory, ...]
    bands: tuple[ScaleBand, ...] = ()
    reminder: str = ""  # the template's "Husk altid at inddrage forældrene"
    snapshot_note: str = ""  # a placement is an "øjebliksbillede"
    source: str = ""  # the template's source line
    checklist: tuple[SignalGroup, ...] = CHILD_GROUPS  # the signs offered for a placement

    def bands_of(self, number: int) -> list[ScaleBand]:
        return [b for b in self.bands if b.first <= number <= b.last]

    def category(self, number: int) -> ScaleCategory:
        """The category with this number; a number outside the scale is a clear input error."""
        for category in self.categories:
            if category.number == number:
                return category
        raise ValidationError(
            "kategori",
            "Scales",
            QT_TRANSLATE_NOOP("Scales", "Skalaen har kun kategorierne 1 til {highest}."),
            highest=len(self.categories),
        )

    @property
    def notification_from(self) -> int:
        """The lowest category that carries the duty to notify."""
        return min(c.number for c in self.categories if c.requires_notification)


CHILD_SCALE = WorryScale(
    kind=ScaleKind.CHILD,
    title=QT_TRANSLATE_NOOP("Scales", "Bekymringsskala vedrørende børn"),
    categories=(
        ScaleCategory(
            number=1,
            title=QT_TRANSLATE_NOOP("Scales", "Børn i trivsel"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Barnet udvikler sig som andre børn, med de op- og nedture der hører til. "
                "Forældrene giver god omsorg og søger selv råd, når der er brug for det.",
            ),
            level=Level.ONE,
            requires_notification=False,
            child_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet udvikler sig „almindeligt“ både socialt, emotionelt, fysisk og "
                    "intellektuelt – med de almindelige udsving i trivslen, der naturligt følger "
                    "med.",
                ),
            ),
            parent_criteria=(
                QT_TRANSLATE_NOOP("Scales", "Forældreomsorgen er god."),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene søger rådgivning, hvis barnet i en periode ikke trives.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene søger måske bistand hos læge, sundhedsplejerske, i "
                    "daginstitutionen, skolen m.v.",
                ),
            ),
        ),
        ScaleCategory(
            number=2,
            title=QT_TRANSLATE_NOOP("Scales", "Børn i faldende trivsel"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Barnet er presset af lette, men vedvarende belastninger eller af en større, "
                "forbigående hændelse, og viser tegn på, at noget er galt. Forældrene tager "
                "imod råd fra fagfolk omkring barnet.",
            ),
            level=Level.ONE,
            requires_notification=False,
            child_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet er udsat for lette, men konstante belastninger og viser tegn på, at "
                    "noget er galt, eller barnet er udsat for en større, men forbigående "
                    "belastning og viser tegn på, at noget er galt (barnet kan f.eks. være "
                    "påvirket psykisk og socialt af en bestemt hændelse).",
                ),
            ),
            parent_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene gør på opfordring brug af råd og vejledning fra lærer, pædagog, "
                    "sundhedsplejerske, psykolog m.fl.",
                ),
            ),
        ),
        ScaleCategory(
            number=3,
            title=QT_TRANSLATE_NOOP("Scales", "Børn med særlige behov (behovsbørn)"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Barnet viser tydelige tegn på, at noget er galt, for eksempel psykiske reaktioner "
                "eller ændret adfærd. Forældrenes omsorg er nedsat for en tid eller hele tiden, "
                "for eksempel på grund af sygdom, misbrug eller en krise.",
            ),
            level=Level.TWO,
            requires_notification=True,
            child_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet viser tydelige tegn på, at noget er galt f.eks. ved handicap, "
                    "spiseforstyrrelser m.m.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet udviser signaler i form af psykiske reaktioner, adfærdsreaktioner m.m.",
                ),
            ),
            parent_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrenes omsorg er god (i relation til handicappede børn).",
                ),
                QT_TRANSLATE_NOOP("Scales", "eller"),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrenes omsorg er konstant eller midlertidigt reduceret pga. sygdom, "
                    "misbrug, aktuel krise ved sygdom, dødsfald eller arbejdsløshed.",
                ),
            ),
        ),
        ScaleCategory(
            number=4,
            title=QT_TRANSLATE_NOOP("Scales", "Truede børn (væsentligt behov for særlig støtte)"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Barnet har længe været under hårdt pres og viser meget tydelige tegn på, at noget "
                "er galt, for eksempel forsinket udvikling. Familien magter ikke belastningerne.",
            ),
            level=Level.THREE,
            requires_notification=True,
            child_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet er udsat for langvarig tung belastning og viser meget tydelige tegn "
                    "på, at noget er galt.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet har vanskeligt ved at knytte sig til eller skabe relationer til andre "
                    "børn eller voksne.",
                ),
                QT_TRANSLATE_NOOP("Scales", "Personlighedsmæssig begyndende fejludvikling."),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet sender dagligt signaler om forsinket udvikling som følge af "
                    "omsorgssvigt.",
                ),
            ),
            parent_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrenes omsorg er reduceret i så høj grad, at belastninger i familien "
                    "ikke magtes.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnets tegn på, at noget er galt, tager derfor til i styrke og omfang.",
                ),
            ),
        ),
        ScaleCategory(
            number=5,
            title=QT_TRANSLATE_NOOP("Scales", "Problembørn (risiko for varig skade)"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Barnet har det meget dårligt og udvikler sig i en dårlig retning. Omsorgen fra "
                "forældrene mangler, og de lokale tilbud har ikke hjulpet.",
            ),
            level=Level.THREE,
            requires_notification=True,
            child_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet fungerer meget dårligt og udvikler sig permanent i en dårlig retning.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Barnet mistrives alvorligt,\n– har sindslidelser\n– har kontaktsvaghed\n– har "
                    "eventuelt et misbrug og/eller\n– laver kriminalitet.",
                ),
                QT_TRANSLATE_NOOP("Scales", "Barnet har varige skader på personligheden."),
            ),
            parent_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrenes omsorg mangler helt og er stærkt belastet i form af personlige, "
                    "psykiske, sociale, økonomiske og/eller netværksmæssige faktorer.",
                ),
                QT_TRANSLATE_NOOP("Scales", "Alle lokale tilbud er afprøvet uden held."),
            ),
        ),
    ),
    # Seed 003 ~3884-3890 and ~4071.
    bands=(
        ScaleBand(
            QT_TRANSLATE_NOOP("Scales", "Børn med behov for særlig støtte – underretningspligt"),
            3,
            5,
        ),
    ),
    reminder=QT_TRANSLATE_NOOP("Scales", "Husk altid at inddrage forældrene."),
    snapshot_note=QT_TRANSLATE_NOOP(
        "Scales",
        "En placering er et øjebliksbillede. Et barn i en svær periode, for eksempel ved en "
        "skilsmisse eller et dødsfald, kan senere have det godt igen.",
    ),
    source=QT_TRANSLATE_NOOP("Scales", "Kilde: Tilpasset efter Roskildemodellen"),
)

PARENT_SCALE = WorryScale(
    kind=ScaleKind.PARENT,
    title=QT_TRANSLATE_NOOP("Scales", "Bekymringsskala vedrørende forældre"),
    categories=(
        ScaleCategory(
            number=1,
            title=QT_TRANSLATE_NOOP("Scales", "Familier i trivsel"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Forældrene giver god omsorg og søger selv råd og hjælp, når barnet har det svært.",
            ),
            level=Level.ONE,
            requires_notification=False,
            parent_criteria=(
                QT_TRANSLATE_NOOP("Scales", "Forældreomsorgen er god."),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene søger rådgivning, hvis deres barn i en periode ikke trives.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene søger måske bistand hos læge, sundhedsplejerske, i "
                    "daginstitutionen, i skolen eller lignende.",
                ),
            ),
        ),
        ScaleCategory(
            number=2,
            title=QT_TRANSLATE_NOOP("Scales", "Familier i faldende trivsel"),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Forældrene begynder at komme uregelmæssigt, lader andre hente og bringe, eller "
                "holder ikke aftaler. Hold øje med barnet.",
            ),
            level=Level.ONE,
            requires_notification=False,
            parent_criteria=(
                QT_TRANSLATE_NOOP("Scales", "Forældrene begynder at møde ustabilt."),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene begynder at lade andre hente og bringe børnene eller undlader at "
                    "deltage i møder og arrangementer.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældrene stopper med at overholde aftaler, de ringer afbud i sidste "
                    "øjeblik eller kommer med usandsynlige eller fantasifulde forklaringer på, "
                    "hvorfor de ikke kan deltage i møder eller andet, skolen, tilbuddet eller "
                    "institutionen arrangerer.",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Vær opmærksom på barnet, hvis du får en mistanke om problemer eller "
                    "begyndende problemer i en familie.",
                ),
            ),
        ),
        ScaleCategory(
            number=3,
            title=QT_TRANSLATE_NOOP(
                "Scales", "Signaler hos forældre med misbrugsproblemer eller sindslidelser"
            ),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "En forælder viser tegn på misbrug eller psykisk sygdom i udseende, humør eller "
                "sociale forhold, for eksempel lugt af alkohol, uro eller isolation.",
            ),
            level=Level.TWO,
            requires_notification=False,
            sign_groups=PARENT_GROUPS,
        ),
        ScaleCategory(
            number=4,
            title=QT_TRANSLATE_NOOP(
                "Scales", "Signaler hos forældre, hvor myndighederne skal underrettes"
            ),
            description=QT_TRANSLATE_NOOP(
                "Scales",
                "Omsorgen mangler helt, en forælder kommer beruset for at hente barnet, eller der "
                "er mistanke om vold eller seksuelle overgreb.",
            ),
            level=Level.THREE,
            requires_notification=True,
            parent_criteria=(
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forældreomsorgen mangler helt og er stærkt belastet i form af personlige, "
                    "psykiske, sociale, økonomiske og/eller netværksmæssige faktorer.",
                ),
                QT_TRANSLATE_NOOP("Scales", "Alle lokale tilbud er afprøvet uden held."),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Forælder møder beruset op for at hente barnet (lugt af alkohol, aggression, "
                    "snøvlende tale, svømmende øjne osv.)",
                ),
                QT_TRANSLATE_NOOP(
                    "Scales",
                    "Mistanke om vold enten mod en forælder eller mod barnet.",
                ),
                QT_TRANSLATE_NOOP("Scales", "Mistanke om seksuelt misbrug."),
            ),
        ),
    ),
    # Seed 003 ~4105-4124 and ~4247-4249.
    bands=(
        ScaleBand(QT_TRANSLATE_NOOP("Scales", "VÆR OPMÆRKSOM"), 3, 3),
        ScaleBand(QT_TRANSLATE_NOOP("Scales", "GRUND TIL BEKYMRING"), 4, 4),
    ),
    reminder=QT_TRANSLATE_NOOP("Scales", "Husk altid at inddrage forældrene selv."),
    snapshot_note=QT_TRANSLATE_NOOP(
        "Scales",
        "En placering er et øjebliksbillede. En familie i en svær periode, for eksempel ved en "
        "skilsmisse eller et dødsfald, kan senere have det godt igen.",
    ),
    source=QT_TRANSLATE_NOOP(
        "Scales",
        "Udviklet med inspiration fra Roskildemodellens bekymringsskala for børn og "
        "Lænkeambulatoriernes observationsskema",
    ),
    checklist=PARENT_GROUPS,
)

SCALES = {ScaleKind.CHILD: CHILD_SCALE, ScaleKind.PARENT: PARENT_SCALE}


def scale_for(kind: ScaleKind | str) -> WorryScale:
    return SCALES[ScaleKind(kind)]


def requires_notification(kind: ScaleKind | str, category: int) -> bool:
    """True when placing someone in `category` must prompt an underretning."""
    return scale_for(kind).category(category).requires_notification
