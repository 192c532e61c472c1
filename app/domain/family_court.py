"""Familieretshuset (seed 000): its tracks and the points to coordinate with the municipality.

Familieretshuset sorts a family's case into a track. The colours are the informal names used in
practice (seed 000: "røde sager", "grønt eller gult spor") for the three kinds of case in
familieretshusloven §§ 5-7: simple cases, cases that need more help, and complex cases where the
child's wellbeing is a concern. Stafet records the colour the professionals were told; it
decides nothing on Familieretshuset's area.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import FamilyCourtCase, FamilyCourtTrack, Participant

logger = logging.getLogger(__name__)

NAME = QT_TRANSLATE_NOOP("FamilyCourt", "Familieretshuset")


Track = FamilyCourtTrack  # the record's enum (a case stores it: records.FamilyCourtCase)


TRACK_TITLES = {
    Track.GREEN: QT_TRANSLATE_NOOP(
        "FamilyCourt", "Grønt spor: en enkel sag (familieretshusloven § 5)"
    ),
    Track.YELLOW: QT_TRANSLATE_NOOP(
        "FamilyCourt", "Gult spor: en sag, der kræver mere (familieretshusloven § 6)"
    ),
    Track.RED: QT_TRANSLATE_NOOP(
        "FamilyCourt",
        "Rødt spor: en kompleks sag med bekymring for barnet (familieretshusloven § 7)",
    ),
}

COLOURS_NOTE = QT_TRANSLATE_NOOP(
    "FamilyCourt",
    "Familieretshuset sorterer familiens sag i et spor. Farverne er uformelle betegnelser for "
    "de tre slags sager i familieretshusloven §§ 5-7. Skriv det spor, I har fået oplyst. Stafet "
    "beslutter intet på Familieretshusets område.",
)


def track_line(case: FamilyCourtCase | None) -> str:
    """The case as one Danish line for documents ("" when the family has no case there)."""
    if case is None:
        return ""
    track = TRACK_TITLES[case.track] if case.track is not None else "sporet er ikke oplyst"
    line = f"Sag i Familieretshuset siden {case.noted_on:%d.%m.%Y}: {track}"
    return f"{line} ({case.note})" if case.note else line


# The coordination points of seed 000 (~42-140, ~186-216), in our own words: agenda prompts
# when Familieretshuset takes part in a coordination meeting.
COORDINATION_PROMPTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "FamilyCourt",
        "Hvad ved kommunen om familien, som har betydning for sagen i Familieretshuset? "
        "(I en rød sag kontakter Familieretshuset kommunen straks.)",
    ),
    QT_TRANSLATE_NOOP(
        "FamilyCourt", "Hvem er kontaktperson i kommunen, og hvem i Familieretshuset?"
    ),
    QT_TRANSLATE_NOOP(
        "FamilyCourt",
        "Hvor får familien bedst rådgivning: i kommunen eller i Familieretshusets børneenhed?",
    ),
    QT_TRANSLATE_NOOP(
        "FamilyCourt",
        "Kan kommunen støtte en afgørelse om samvær, for eksempel med alkoholbehandling eller "
        "overvåget samvær?",
    ),
    QT_TRANSLATE_NOOP(
        "FamilyCourt", "Hvem følger barnets trivsel, når sagen i Familieretshuset er slut?"
    ),
    QT_TRANSLATE_NOOP(
        "FamilyCourt",
        "Husk: hverken Familieretshuset eller kommunen beslutter noget på den andens område.",
    ),
)


def is_family_court(participant: Participant) -> bool:
    words = f"{participant.organisation} {participant.role} {participant.name}".casefold()
    return "familieretshus" in words


def takes_part(participants: Iterable[Participant]) -> bool:
    return any(is_family_court(p) for p in participants)
