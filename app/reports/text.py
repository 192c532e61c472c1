"""Small text helpers for the documents: Danish dates and times, and safe paragraph markup."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from app.domain.validation import format_date

logger = logging.getLogger(__name__)

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NOT_GIVEN = "–"


def fmt_date(value: date | None) -> str:
    """dd.mm.yyyy, the one date format of the app (SPEC §0); a dash when there is no date."""
    if value is None:
        return NOT_GIVEN
    if isinstance(value, datetime):
        value = local_time(value).date()
    return format_date(value)


def fmt_weekday_date(value: date) -> str:
    """'tirsdag 15.01.2008' — for the family's documents, where the weekday helps."""
    return f"{WEEKDAYS[value.weekday()]} {fmt_date(value)}"


def local_time(moment: datetime) -> datetime:
    """A stored UTC moment in Danish local time (the meeting is in Denmark, wherever we print)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo("Europe/Copenhagen"))
    except Exception:  # no tz database on this machine: the computer's own zone is next best
        logger.debug("Europe/Copenhagen unavailable; using the local zone")
        return moment.astimezone()


def fmt_time(moment: datetime) -> str:
    return local_time(moment).strftime("kl. %H.%M")


def fmt_moment(moment: datetime) -> str:
    local = local_time(moment)
    return f"{fmt_weekday_date(local.date())} {fmt_time(local)}"


# A run of characters longer than a line has no place to wrap. reportlab then splits it by
# trying ever shorter pieces, which takes minutes for a 200,000-character "word" (issue 9.7).
# Such a run is given a break opportunity (a space) every LONG_WORD characters instead: every
# character is still printed, and ordinary words, dates and most web addresses are untouched.
LONG_WORD = 80
_LONG_RUN = re.compile(rf"[^\s]{{{LONG_WORD + 1},}}")


def break_long_words(text: str) -> str:
    """`text` with a space after every LONG_WORD characters of a longer unbroken run."""
    return _LONG_RUN.sub(
        lambda m: " ".join(
            m.group(0)[i : i + LONG_WORD] for i in range(0, len(m.group(0)), LONG_WORD)
        ),
        text,
    )


def markup(text: str | None) -> str:
    """User text as safe reportlab paragraph markup: escaped, line breaks kept, long runs
    breakable (see LONG_WORD)."""
    if not text:
        return ""
    escaped = escape(break_long_words(text.strip()))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def shorten(text: str, limit: int) -> str:
    """Cuts at a word boundary and marks the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(",.;:") + "…"


def yes_no(value: bool | None) -> str:
    return {True: "Ja", False: "Nej", None: "Ikke besvaret"}[value]
