"""Every legal and BTI source Stafet cites, in one table (SPEC §3).

Deadlines, PDFs and help texts take their references from here, so a change in the law is one
edit. Each source has the reference as printed (`text`, Danish, context "Legal"), the bare
paragraph (`paragraph`) and a note of where and how it was checked (`checked`, for maintainers;
never shown). Law changed on 1 January 2024: the child provisions of serviceloven moved to
barnets lov (lov nr. 721 af 13/06/2023, now LBK nr. 282 af 17/03/2025), and since 2018 GDPR and
databeskyttelsesloven replace persondataloven.

Retsinformation could not be reached from the build machine. The paragraphs were checked
against public copies of the law text and the ministry's guidance (the `checked` note names the
page); `confirmed` is False where only the chapter or a secondary page was seen. Where the new
paragraph could not be found at all (the SSD exchange without consent), the rule is printed with
"(tidl. serviceloven § 49 a)" instead of a guessed number.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.messages import QT_TRANSLATE_NOOP

_T = QT_TRANSLATE_NOOP
CONTEXT = "Legal"


@dataclass(frozen=True)
class LegalSource:
    key: str
    text: str  # the rule with its reference, as printed (Danish source text, context "Legal")
    paragraph: str  # the bare reference, e.g. "Barnets lov § 137"
    checked: str  # where and how the paragraph was checked (maintainers only)
    confirmed: bool  # the paragraph's own text was seen in a public copy of the law


# -- the law --------------------------------------------------------------------------------

DUTY_TO_NOTIFY = LegalSource(
    key="duty_to_notify",
    text=_T("Legal", "Barnets lov § 133: fagpersoner har pligt til at underrette kommunen"),
    paragraph="Barnets lov § 133",
    checked=(
        "VEJ nr. 9471 af 21/06/2024 (delvejledning 2 til barnets lov, copy on regelrytter.dk): "
        "chapter 1 'Underretningspligt (barnets lovs §§ 132-135, 138 og 214)'. The § 133 text "
        "itself (the former SEL § 153, public employees) was not seen; searched again for "
        "issue 13 without finding it."
    ),
    confirmed=False,
)
ASSESS_WITHIN_24_HOURS = LegalSource(
    key="assess_24_hours",
    text=_T("Legal", "Barnets lov § 136: kommunen vurderer underretningen inden 24 timer"),
    paragraph="Barnets lov § 136",
    checked=(
        "VEJ nr. 9471 af 21/06/2024 chapter 2 'Kommunens behandling af underretninger (barnets "
        "lovs §§ 136-137)' and its section on § 136; the 24 hours on sm.dk (Social- og "
        "Boligministeriet, 'Kommunens pligt')."
    ),
    confirmed=True,
)
ACKNOWLEDGE_WITHIN_6_WORKING_DAYS = LegalSource(
    key="acknowledge_6_working_days",
    text=_T("Legal", "Barnets lov § 137: kommunen kvitterer for underretningen inden seks hverdage"),
    paragraph="Barnets lov § 137",
    checked=(
        "VEJ nr. 9471 af 21/06/2024 chapter 2 names §§ 136-137 for the municipality's handling; "
        "the six working days on a municipal page (nyborg.dk); L 87 (fremsat 07/11/2024, "
        "'Ændring af underretningsbestemmelse') amends § 137, stk. 1, so § 137 is about the "
        "answer to an underretning. The § 137 text itself was not seen."
    ),
    confirmed=False,
)
INVESTIGATION_4_MONTHS = LegalSource(
    key="investigation_4_months",
    text=_T(
        "Legal",
        "Barnets lov § 20, stk. 3: den børnefaglige undersøgelse afsluttes senest fire måneder "
        "efter, at kommunen blev opmærksom",
    ),
    paragraph="Barnets lov § 20, stk. 3",
    checked="LBK nr. 282 af 17/03/2025 § 20, stk. 3, text read on lovguiden.dk.",
    confirmed=True,
)
CHILDS_PLAN = LegalSource(
    key="childs_plan",
    text=_T("Legal", "Barnets lov § 91: barnets plan"),
    paragraph="Barnets lov § 91",
    checked="Cross-reference 'barnets plan, jf. § 91' in LBK nr. 282 af 17/03/2025 § 95, stk. 4.",
    confirmed=True,
)
FOLLOW_UP = LegalSource(
    key="follow_up",
    text=_T(
        "Legal",
        "Barnets lov § 95: første opfølgning, når afdækningen eller undersøgelsen er afsluttet, "
        "eller tre måneder efter, at indsatsen begyndte (det, der kommer først); derefter når "
        "kommunen har besluttet",
    ),
    paragraph="Barnets lov § 95",
    checked="LBK nr. 282 af 17/03/2025 § 95, stk. 1-3, text read on lovguiden.dk.",
    confirmed=True,
)
CHILDS_VIEW = LegalSource(
    key="childs_view",
    text=_T("Legal", "Barnets lov § 5, stk. 3: barnets synspunkter inddrages løbende"),
    paragraph="Barnets lov § 5, stk. 3",
    checked=(
        "LBK nr. 282 af 17/03/2025 § 5, stk. 3, text read on lovguiden.dk ('Barnets eller den "
        "unges holdning og synspunkter skal tilvejebringes og inddrages løbende ved samtaler og "
        "anden direkte kontakt, inden der træffes beslutninger eller afgørelser ...')."
    ),
    confirmed=True,
)
SUPPORT_PERSON = LegalSource(
    key="support_person",
    text=_T("Legal", "Barnets lov § 6: barnet har ret til en bisidder"),
    paragraph="Barnets lov § 6",
    checked="LBK nr. 282 af 17/03/2025 § 6, stk. 1-4, text read on lovguiden.dk.",
    confirmed=True,
)
CHILDREN_HOUSE = LegalSource(
    key="children_house",
    text=_T(
        "Legal",
        "Barnets lov §§ 124-126: børnehuset inddrages ved overgreb eller mistanke om overgreb "
        "mod et barn under 18 år",
    ),
    paragraph="Barnets lov §§ 124-126",
    checked=(
        "VEJ nr. 9471 af 21/06/2024 chapter 13 (barnets lovs §§ 124-126); BEK nr. 1487 af "
        "06/12/2023 om børnehuse § 1 (elov.dk): 'Et børnehus efter § 124, stk. 1, i barnets "
        "lov', a child under 18, a børnefaglig undersøgelse under § 20."
    ),
    confirmed=True,
)
CONSENT = LegalSource(
    key="consent",
    text=_T(
        "Legal",
        "Forvaltningsloven § 28, stk. 3-4: samtykket er frivilligt, specifikt og informeret og "
        "kan altid trækkes tilbage",
    ),
    paragraph="Forvaltningsloven § 28, stk. 3-4",
    checked="Forvaltningsloven § 28, stk. 3 and 4, text read on danskelove.dk.",
    confirmed=True,
)
CPR_NUMBERS = LegalSource(
    key="cpr_numbers",
    text=_T("Legal", "Databeskyttelsesloven § 11: behandling af cpr-numre"),
    paragraph="Databeskyttelsesloven § 11",
    checked="Databeskyttelsesloven (lov nr. 502 af 23/05/2018) § 11, text on elov.dk and gdpr.dk.",
    confirmed=True,
)
SECURITY = LegalSource(
    key="security",
    text=_T("Legal", "GDPR art. 32: sikkerhed ved behandling af personoplysninger"),
    paragraph="GDPR art. 32",
    checked="Regulation (EU) 2016/679 art. 32 'Security of processing'; not re-read here.",
    confirmed=False,
)
SSD_EXCHANGE = LegalSource(
    key="ssd_exchange",
    text=_T(
        "Legal",
        "Udveksling af oplysninger uden samtykke i SSD-samarbejdet: ét møde pr. barn og højst "
        "ét opfølgende møde (tidl. serviceloven § 49 a)",
    ),
    paragraph="tidl. serviceloven § 49 a",
    checked=(
        "Seed 003 (lines ~1227-1370) quotes serviceloven § 49 a. The paragraph it moved to after "
        "1 January 2024 could not be confirmed (searched again for issue 13), so no new number "
        "is printed."
    ),
    confirmed=False,
)

# -- the BTI material (practice, not statute) ------------------------------------------------

CONSENT_ONE_YEAR = LegalSource(
    key="consent_one_year",
    text=_T(
        "Legal",
        "BTI-materialet, samtykkeerklæringen: samtykket gælder højst et år og skal derefter "
        "gives igen",
    ),
    paragraph="BTI-materialet (samtykkeerklæring)",
    checked=(
        "Seed 003 lines ~3664 and ~3711 (the consent template: 'Samtykket gælder et år'). BTI "
        "practice: the seed's statutory basis (FVL § 28, stk. 5, line ~5897) no longer says so."
    ),
    confirmed=True,
)
ACTOR_FOLLOW_UP = LegalSource(
    key="actor_follow_up",
    text=_T("Legal", "Stafetloggen: aktørernes opfølgning"),
    paragraph="BTI-materialet (stafetlog)",
    checked="Seed 003, the stafetlog template's actors' table (line ~1400 ff.).",
    confirmed=True,
)
REVIEW = LegalSource(
    key="review",
    text=_T("Legal", "Stafetloggen: hvornår tages situationen op igen"),
    paragraph="BTI-materialet (stafetlog)",
    checked="Seed 003, the stafetlog template (line ~1400 ff.).",
    confirmed=True,
)
NEXT_MEETING = LegalSource(
    key="next_meeting",
    text=_T("Legal", "Koordinationsmødet: næste møde"),
    paragraph="BTI-materialet (koordinationsmøde)",
    checked="Seed 003, the standard agenda (line ~3600 ff.).",
    confirmed=True,
)
AGREEMENT = LegalSource(
    key="agreement",
    text=_T("Legal", "Koordinationsmødet: GØR-aftaler"),
    paragraph="BTI-materialet (koordinationsmøde)",
    checked="Seed 003, the standard agenda's GØR point (line ~3600 ff.).",
    confirmed=True,
)
TELL_PARENTS = LegalSource(
    key="tell_parents",
    text=_T("Legal", "BTI-materialet: forældrene skal vide, at der er sendt en underretning"),
    paragraph="BTI-materialet (underretning)",
    checked=(
        "Seed 003 lines ~2725 and ~3020 ('Husk ... at orientere forældrene om "
        "underretningen'), and the form's question at ~4870."
    ),
    confirmed=True,
)
LEVEL_TWO_CONSENT = LegalSource(
    key="level_two_consent",
    text=_T("Legal", "BTI-materialet: samarbejde på niveau 2 kræver forældrenes samtykke"),
    paragraph="BTI-materialet (samarbejdsmodellen)",
    checked="Seed 003 line ~799 ('Samarbejde på niveau 2 kræver i udgangspunktet forældrenes "
    "samtykke').",
    confirmed=True,
)
NOTIFICATION_MOVES_TO_LEVEL_THREE = LegalSource(
    key="notification_level_three",
    text=_T("Legal", "BTI-materialet: en underretning flytter sagen til niveau 3"),
    paragraph="BTI-materialet (underretning)",
    checked="Seed 003 lines ~2296-2300 ('Hvis der sendes en underretning, bevæger sagen sig til "
    "samarbejdsmodellens niveau 3').",
    confirmed=True,
)
ARCHIVED_LOG = LegalSource(
    key="archived_log",
    text=_T(
        "Legal",
        "BTI-materialet: en arkiveret stafetlog opbevares kun med et formål og et samtykke, der "
        "fornyes mindst hvert år",
    ),
    paragraph="BTI-materialet (opbevaring)",
    checked="Seed 003 lines ~6332-6346 (storage serves a purpose; consent renewed after a year).",
    confirmed=True,
)

SOURCES: tuple[LegalSource, ...] = (
    DUTY_TO_NOTIFY,
    ASSESS_WITHIN_24_HOURS,
    ACKNOWLEDGE_WITHIN_6_WORKING_DAYS,
    INVESTIGATION_4_MONTHS,
    CHILDS_PLAN,
    FOLLOW_UP,
    CHILDS_VIEW,
    SUPPORT_PERSON,
    CHILDREN_HOUSE,
    CONSENT,
    CPR_NUMBERS,
    SECURITY,
    SSD_EXCHANGE,
    CONSENT_ONE_YEAR,
    ACTOR_FOLLOW_UP,
    REVIEW,
    NEXT_MEETING,
    AGREEMENT,
    TELL_PARENTS,
    LEVEL_TWO_CONSENT,
    NOTIFICATION_MOVES_TO_LEVEL_THREE,
    ARCHIVED_LOG,
)
BY_KEY = {source.key: source for source in SOURCES}
# The old citations must not come back (tests grep the app for them).
OUTDATED = (
    "Serviceloven § 1",
    "serviceloven § 1",
    "Serviceloven § 5",
    "serviceloven § 5",
    "§ 155",
    "§ 153",
    "§ 50 b",
    "§ 50, stk. 7",
    "Persondataloven §",
    "persondataloven §",
    "persondatalovens §",
    "§ 28, stk. 5",
)
