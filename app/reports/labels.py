"""Danish labels the documents print for record fields (the wording of the BTI templates)."""

from __future__ import annotations

import logging

from app.domain.closing import REASON_TITLES
from app.domain.records import (
    BatonEventKind,
    ClosureReason,
    Disposition,
    LogSection,
    MapColumn,
    MapRow,
)

logger = logging.getLogger(__name__)

# The questions of "Skabelon for stafetlog", as the caseworker knows them from the paper form.
SECTION_QUESTIONS: dict[LogSection, str] = {
    LogSection.CONCERN_AROSE: "Hvornår opstod bekymringen?",
    LogSection.CONCERN_REASON: "Hvorfor opstod bekymringen?",
    LogSection.DISCUSSED_BY: "Hvem har drøftet bekymringen?",
    LogSection.ASSESSMENT: "Vurdering af barnets situation",
    LogSection.PARENTS_INFORMED: "Hvornår er forældrene blevet orienteret om bekymringen?",
    LogSection.DECISION: "Hvad har I besluttet at gøre for barnet/familien?",
    LogSection.GOAL: "Hvad er målet med indsatsen?",
    LogSection.REVIEW: "Hvornår tages barnets/familiens situation op igen?",
    LogSection.MORE_ACTORS: "Hvornår blev flere aktører inddraget i indsatsen?",
    LogSection.CONSENT: "Er der indhentet samtykke fra forældrene?",
    LogSection.NOTIFICATION: "Er der foretaget underretning?",
    LogSection.NETWORK_MAP: "Er der udfyldt netværkskort?",
    LogSection.SHARED_GOAL_CHILD: "Fælles målsætning for barnet",
    LogSection.SHARED_GOAL_FAMILY: "Fælles målsætning for relevante familiemedlemmer",
    LogSection.NOTE: "Andre notater",
}

LEVEL_ONE_TITLE = (
    "Beskrivelse af bekymring for et barn og beskrivelse af den indsats, der iværksættes på det "
    "sted, hvor bekymringen er opstået – Niveau 1"
)
JOINT_TITLE = "Beskrivelse af flere aktørers samlede indsats for barnet og familien – Niveau 2 og 3"

MAP_ROWS: dict[MapRow, str] = {
    MapRow.CHILD: "Indsats for barn",
    MapRow.MOTHER: "Indsats for mor",
    MapRow.FATHER: "Indsats for far",
    MapRow.SIBLINGS: "Indsats for søskende",
    MapRow.FAMILY: "Indsats for familien",
}

MAP_COLUMNS: dict[MapColumn, str] = {
    MapColumn.OWN_MUNICIPALITY: "Tilbud i egen kommune",
    MapColumn.REGION: "Tilbud i regionen",
    MapColumn.OTHER_MUNICIPALITY: "Tilbud i anden kommune",
    MapColumn.PRIVATE: "Private/selvejende tilbud",
    MapColumn.INFORMAL: "Uformelt tilbud i civilsamfundet/barnets sociale netværk",
    MapColumn.FAMILY_COURT: "Familieretshuset",
}

BATON_EVENTS: dict[BatonEventKind, str] = {
    BatonEventKind.CREATED: "Stafetholder fra start",
    BatonEventKind.OFFERED: "Stafetten tilbudt",
    BatonEventKind.ACCEPTED: "Stafetten overtaget",
    BatonEventKind.DECLINED: "Stafetten afslået",
    BatonEventKind.WITHDRAWN: "Tilbud trukket tilbage",
    BatonEventKind.CLOSED: "Stafetloggen afsluttet",
}

# The screen's wording (Danish source texts): one wording per reason.
CLOSURE_REASONS: dict[ClosureReason, str] = dict(REASON_TITLES)

DISPOSITIONS: dict[Disposition, str] = {
    Disposition.ARCHIVE: "arkiveres",
    Disposition.DESTROY: "destrueres",
}
