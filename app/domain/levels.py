"""The collaboration levels: what moves a case between them (seed 003 ~799, ~2296)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import Level, LevelChange

logger = logging.getLogger(__name__)

# Kept as the note of the level change the app makes itself (shown in the log's level history).
NOTIFICATION_NOTE = QT_TRANSLATE_NOOP("Levels", "Der er sendt en underretning til kommunen.")


def current_level(levels: Sequence[LevelChange]) -> Level:
    """The level now: the newest change wins; on a same-day tie the one recorded last."""
    if not levels:
        return Level.ONE
    return max(enumerate(levels), key=lambda pair: (pair[1].on, pair[0]))[1].level


def level_after_notification(levels: Sequence[LevelChange], made_on: date) -> LevelChange | None:
    """An underretning moves the case to niveau 3 ("Hvis der sendes en underretning, bevæger
    sagen sig til samarbejdsmodellens niveau 3", seed 003 ~2296). None when it is there already.

    The change is dated the day of the underretning, or the newest change's day when that is
    later, so it really is the level from then on.
    """
    if current_level(levels) is Level.THREE:
        return None
    newest = max((c.on for c in levels), default=made_on)
    return LevelChange(on=max(made_on, newest), level=Level.THREE, note=NOTIFICATION_NOTE)
