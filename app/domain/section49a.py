"""Exchange without consent in the SSD cooperation (tidl. serviceloven § 49 a): one meeting per
child, one follow-up at most. The paragraph in barnets lov could not be confirmed (app.domain.legal)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from app.domain import legal
from app.domain.dates import meeting_moment
from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.records import Meeting, Participant

logger = logging.getLogger(__name__)

CONTEXT = "Section49a"
LEGAL_SOURCE = legal.SSD_EXCHANGE.paragraph


def exchange_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings where information was exchanged without consent, oldest first."""
    return sorted((m for m in meetings if m.without_consent_49a), key=lambda m: meeting_moment(m.starts_at))


def check_new_meeting(
    existing_meetings: Iterable[Meeting], *, follow_up_of: str | Meeting | None = None
) -> None:
    """Raise RuleViolation unless one more § 49 a meeting is allowed for this child.

    `existing_meetings` are the case's other meetings (leave out the one being edited);
    `follow_up_of` names the first § 49 a meeting when the new one follows it up.
    """
    earlier = exchange_meetings(existing_meetings)
    follow_up_uid = follow_up_of.uid if isinstance(follow_up_of, Meeting) else follow_up_of
    if len(earlier) >= 2:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Section49a",
                "Der har allerede været et møde uden samtykke i SSD-samarbejdet og et "
                "opfølgende møde ({source}). Loven tillader ikke flere. Bed forældrene om "
                "samtykke.",
            ),
            source=LEGAL_SOURCE,
        )
    if len(earlier) == 1:
        first = earlier[0]
        if follow_up_uid is None:
            raise RuleViolation(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Section49a",
                    "Der har allerede været et møde uden samtykke om barnet. Et nyt møde uden "
                    "samtykke er kun tilladt som opfølgning på det første, i særlige tilfælde. "
                    "Marker mødet som opfølgning, eller bed forældrene om samtykke.",
                ),
            )
        if follow_up_uid != first.uid:
            raise RuleViolation(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Section49a",
                    "Et opfølgende møde uden samtykke skal følge op på det første møde uden "
                    "samtykke om barnet.",
                ),
            )
        return
    if follow_up_uid is not None:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Section49a",
                "Der er intet tidligere møde uden samtykke at følge op på. Det første møde kan "
                "ikke være en opfølgning.",
            ),
        )


# The SSD cooperation (seed 003 ~1227): skole, sundhedspleje, daginstitution and
# socialforvaltning. A participant counts as one of them by the workplace or role written on
# the meeting (words in the users' own terms; Familieretshuset and hospitals are not SSD).
SSD_WORDS = (
    "skole", "ppr", "pædagogisk psykologisk", "sfo", "fritidshjem", "fritidsklub",
    "sundhedspleje",
    "daginstitution", "dagtilbud", "børnehave", "vuggestue", "dagpleje", "institution",
    "socialforvaltning", "sagsbehandler", "socialrådgiver", "børne- og ungerådgiver",
    "børn og familie", "familieafdeling", "børnefamilieafdeling", "familiehuset",
)
NOT_SSD_WORDS = ("familieretshus",)


def is_ssd_party(participant: Participant) -> bool:
    """A professional from school, health visitor, day care or social services."""
    words = f"{participant.organisation} {participant.role}".casefold()
    if any(w in words for w in NOT_SSD_WORDS):
        return False
    return any(w in words for w in SSD_WORDS)


def check_parties(meeting: Meeting) -> None:
    """At a meeting without consent only the SSD parties exchange information (the family may
    of course be there). Raise RuleViolation naming the participants by number, never by name."""
    if not meeting.without_consent_49a:
        return
    others = [
        str(number)
        for number, p in enumerate(meeting.participants, 1)
        if not p.is_family and p.name.strip() and not is_ssd_party(p)
    ]
    if others:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Section49a",
                "Ved et møde uden samtykke må kun skole, sundhedspleje, dagtilbud og "
                "socialforvaltning deltage ({source}). Deltager nr. {numbers} hører ikke til "
                "dem: skriv arbejdsstedet, eller bed forældrene om samtykke.",
            ),
            source=LEGAL_SOURCE,
            numbers=", ".join(others),
        )


def check_meetings(meetings: Iterable[Meeting]) -> None:
    """Check a whole list (for example an imported case) in date order."""
    seen: list[Meeting] = []
    for meeting in exchange_meetings(meetings):
        check_new_meeting(seen, follow_up_of=meeting.follow_up_of_uid)
        seen.append(meeting)


def meetings_left(meetings: Iterable[Meeting]) -> int:
    """How many § 49 a meetings are still possible: 1 (+ a follow-up), 1 follow-up, or 0."""
    return max(0, 2 - len(exchange_meetings(meetings)))
