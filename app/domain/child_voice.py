"""The child's own voice (Barnets lov § 5, stk. 3): the child's words, kept apart from ours.

The law asks that the child's views are sought continuously, in conversations and other direct
contact, before decisions are made. Stafet keeps what the child said as its own record: the
words verbatim, the date, who heard them and how. The adults' reading of the words belongs in the
log's other sections, never in this record, so a reader always sees which is which.

The "three houses" (de tre huse) is a way of talking with a child: the house of what works, the
house of worries and the house of wishes. Each thing the child puts in a house is one record, so
the child can agree to share one thing and not another.

Sharing follows the child: words the child has not agreed to share stay on the professional's
screen. They are hidden in the family-safe view and left out of every document (the stafetlog
PDF, the minutes and the parents' insight export, which says how many it leaves out).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime

from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from app.domain.records import ChildVoice, House, VoiceMethod, superseded_uids
from app.domain.validation import validate_date_range, validate_text

logger = logging.getLogger(__name__)

CONTEXT = "ChildVoice"
_T = QT_TRANSLATE_NOOP

TITLE = _T("ChildVoice", "Barnets egne ord")
# Shown with every list of the child's words: what the record is, and what it is not.
KEPT_APART = _T(
    "ChildVoice",
    "Her står barnets egne ord, ordret. De voksnes vurdering af dem skrives i loggens andre "
    "punkter.",
)
# The prompt at the meeting's VED point 3b (the child's and the parents' view).
MEETING_PROMPT = _T(
    "ChildVoice",
    "Hvad har barnet selv sagt? Læs barnets egne ord op, eller skriv dem ordret, hvis barnet "
    "siger noget nu.",
)
NOTHING_YET = _T("ChildVoice", "Der er ikke skrevet noget, barnet selv har sagt, endnu.")
VED_POINT = "3b"  # agenda.STANDARD_AGENDA: "Få barnets og forældrenes opfattelse af situationen"

METHOD_TITLES = {
    VoiceMethod.CONVERSATION: _T("ChildVoice", "I en samtale"),
    VoiceMethod.DRAWING: _T("ChildVoice", "Mens barnet tegnede, eller om en tegning"),
    VoiceMethod.THREE_HOUSES: _T("ChildVoice", "De tre huse"),
    VoiceMethod.PLAY: _T("ChildVoice", "I leg eller en aktivitet"),
    VoiceMethod.MEETING: _T("ChildVoice", "På et koordinationsmøde"),
    VoiceMethod.OTHER: _T("ChildVoice", "På en anden måde"),
}

HOUSE_TITLES = {
    House.GOOD: _T("ChildVoice", "Det gode hus: det, der går godt"),
    House.WORRIES: _T("ChildVoice", "Bekymringernes hus: det, jeg er bekymret for"),
    House.WISHES: _T("ChildVoice", "Drømmenes hus: det, jeg ønsker mig"),
}
HOUSES = (House.GOOD, House.WORRIES, House.WISHES)


class HouseMissing(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            "hus",
            CONTEXT,
            _T("ChildVoice", "Vælg, hvilket af de tre huse barnets ord hører til."),
        )


class HouseWithoutThreeHouses(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            "hus",
            CONTEXT,
            _T(
                "ChildVoice",
                "Et hus hører kun til, når ordene er sagt med de tre huse. Vælg de tre huse, "
                "eller fjern huset.",
            ),
        )


def validate(voice: ChildVoice, today: date) -> None:
    """What the user typed: the words and who heard them, a date not in the future, a house
    exactly when the three houses were used. The words are kept as typed (no trimming)."""
    validate_text(voice.words, "barnets ord", required=True)
    validate_text(voice.heard_by, "hvem hørte det", required=True, max_chars=500)
    validate_text(voice.situation, "situation")
    validate_date_range(voice.heard_on, "dato", latest=today)
    if voice.method is VoiceMethod.THREE_HOUSES and voice.house is None:
        raise HouseMissing()
    if voice.method is not VoiceMethod.THREE_HOUSES and voice.house is not None:
        raise HouseWithoutThreeHouses()


def _moment(value: datetime | None) -> float:
    return value.timestamp() if value else float("inf")  # not yet stored: newest


def current(voices: Iterable[ChildVoice]) -> list[ChildVoice]:
    """The versions nothing supersedes, oldest first (the record as it reads today)."""
    chosen = list(voices)
    superseded = superseded_uids(chosen)
    return sorted(
        (v for v in chosen if v.uid not in superseded),
        key=lambda v: (v.heard_on, _moment(v.recorded_at), v.uid),
    )


def shown(voices: Iterable[ChildVoice], *, family_safe: bool) -> list[ChildVoice]:
    """What the screen shows: everything current, or only what the child agreed to share."""
    return [v for v in current(voices) if v.may_share or not family_safe]


def for_documents(voices: Iterable[ChildVoice]) -> list[ChildVoice]:
    """What a printed or shared document may hold: the words the child agreed to share."""
    return [v for v in current(voices) if v.may_share]


def withheld(voices: Iterable[ChildVoice]) -> int:
    """How many current records a document leaves out because the child has not agreed."""
    return sum(1 for v in current(voices) if not v.may_share)


def three_houses(voices: Iterable[ChildVoice]) -> dict[House, list[ChildVoice]]:
    """The three houses sheet: each house with the words the child put in it, oldest first."""
    sheet: dict[House, list[ChildVoice]] = {house: [] for house in HOUSES}
    for voice in voices:
        if voice.method is VoiceMethod.THREE_HOUSES and voice.house is not None:
            sheet[voice.house].append(voice)
    return sheet


def at_meeting(voices: Iterable[ChildVoice], meeting_uid: str) -> list[ChildVoice]:
    return [v for v in voices if v.meeting_uid == meeting_uid]
