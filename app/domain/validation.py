"""Input checks: CPR numbers, dates, ages and free text, each with a plain Danish message."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.dates import add_years
from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from app.domain.records import Child

logger = logging.getLogger(__name__)

CONTEXT = "Validation"

EARLIEST_DATE = date(1900, 1, 1)
YEARS_AHEAD = 20  # later than this is a typing error, not a plan
OLDEST_AGE = 23  # young people up to and including 23 may have a stafetlog
MAX_TEXT_CHARS = 1_000_000  # generous: a 100,000-character note is fine
UNBORN_DAYS_AHEAD = 300  # a pregnancy lasts about 280 days
UNBORN_DAYS_PAST = 366  # after that the child is born and should have a CPR number

_CPR = re.compile(r"(\d{2})(\d{2})(\d{2})-?(\d{4})", re.ASCII)
_DANISH_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)
# Control characters other than tab, newline and carriage return break PDFs, JSON and screens.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Cpr:
    """A CPR number in the dashed form "DDMMYY-SSSS" whose date part is a real date.

    `repr` hides the number so it can never end up in a log line or a traceback by accident.
    """

    value: str
    birth_date: date

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return "Cpr(******-****)"


def _century_year(two_digits: int, seventh: int) -> int:
    """The full birth year from the year digits and the 7th digit (CPR-kontoret's table)."""
    if seventh <= 3:
        return 1900 + two_digits
    if seventh in (4, 9):
        return (2000 if two_digits <= 36 else 1900) + two_digits
    # 5–8
    return (2000 if two_digits <= 57 else 1800) + two_digits


def parse_cpr(text: str, field: str = "cpr-nummer") -> Cpr:
    """Accept "DDMMYY-SSSS" or ten digits; the date must be real. Modulus 11 is not required."""
    if not isinstance(text, str):
        raise ValidationError(
            field, CONTEXT, QT_TRANSLATE_NOOP("Validation", "Feltet {field} skal være tekst."),
            field=field,
        )
    match = _CPR.fullmatch(text.strip())
    if not match:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Feltet {field} skal have formen DDMMÅÅ-XXXX: ti cifre, gerne med bindestreg "
                "efter de første seks.",
            ),
            field=field,
        )
    day, month, year2, serial = match.groups()
    year = _century_year(int(year2), int(serial[0]))
    try:
        born = date(year, int(month), int(day))
    except ValueError:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Feltet {field} indeholder ikke en rigtig dato i de første seks cifre.",
            ),
            field=field,
        ) from None
    return Cpr(value=f"{day}{month}{year2}-{serial}", birth_date=born)


def birth_date_from_cpr(cpr: str | Cpr) -> date:
    return cpr.birth_date if isinstance(cpr, Cpr) else parse_cpr(cpr).birth_date


def years_between(born: date, on: date) -> int:
    """Whole years from `born` to `on` (a birthday on 29 February counts on 1 March)."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def birth_date_of(child: Child) -> date | None:
    """The birth date from the CPR number, else the expected one, else None."""
    if child.cpr:
        return birth_date_from_cpr(child.cpr)
    return child.expected_birth_date


def age_on(child: Child, on: date) -> int | None:
    """The child's age in whole years on `on`; None when unknown or not yet born."""
    born = birth_date_of(child)
    if born is None or born > on:
        return None
    return years_between(born, on)


def validate_child(child: Child, today: date) -> None:
    """A named child with a valid CPR number (or an unborn child with an expected birth date)."""
    validate_text(child.name, "barnets navn", required=True, max_chars=500)
    if child.cpr:
        if child.expected_birth_date is not None:
            raise ValidationError(
                "forventet fødselsdato",
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Et barn med cpr-nummer har ingen forventet fødselsdato. Fjern datoen.",
                ),
            )
        born = parse_cpr(child.cpr, "barnets cpr-nummer").birth_date
        if born > today:
            raise ValidationError(
                "barnets cpr-nummer",
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation", "Fødselsdatoen i barnets cpr-nummer ligger i fremtiden."
                ),
            )
        if years_between(born, today) > OLDEST_AGE:
            raise ValidationError(
                "barnets cpr-nummer",
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "En stafetlog kan kun oprettes for børn og unge til og med {oldest} år. "
                    "Cpr-nummeret viser en ældre person.",
                ),
                oldest=OLDEST_AGE,
            )
        return
    expected = child.expected_birth_date
    if expected is None:
        return  # the CPR number is not known yet: allowed, the user adds it later
    if expected < today - timedelta(days=UNBORN_DAYS_PAST) or expected > today + timedelta(
        days=UNBORN_DAYS_AHEAD
    ):
        raise ValidationError(
            "forventet fødselsdato",
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Den forventede fødselsdato skal ligge inden for de næste {ahead} dage. "
                "Er barnet født, så skriv cpr-nummeret i stedet.",
            ),
            ahead=UNBORN_DAYS_AHEAD,
        )


def validate_date_range(
    value: date,
    field: str,
    *,
    today: date | None = None,
    earliest: date = EARLIEST_DATE,
    latest: date | None = None,
) -> date:
    """A date not before 1900 (or `earliest`) and not absurdly far in the future."""
    if latest is None:
        base = today or date.today()
        latest = add_years(base, YEARS_AHEAD)
    if value < earliest:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation", "Datoen i feltet {field} må ikke ligge før {earliest}."
            ),
            field=field,
            earliest=format_date(earliest),
        )
    if value > latest:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation", "Datoen i feltet {field} må ikke ligge efter {latest}."
            ),
            field=field,
            latest=format_date(latest),
        )
    return value


def validate_text(
    text: str, field: str, *, required: bool = False, max_chars: int = MAX_TEXT_CHARS
) -> str:
    """Free text: any Unicode, newlines and tabs; no NUL or other control characters."""
    if not isinstance(text, str):
        raise ValidationError(
            field, CONTEXT, QT_TRANSLATE_NOOP("Validation", "Feltet {field} skal være tekst."),
            field=field,
        )
    if required and not text.strip():
        raise ValidationError(
            field, CONTEXT, QT_TRANSLATE_NOOP("Validation", "Feltet {field} skal udfyldes."),
            field=field,
        )
    if len(text) > max_chars:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Teksten i feltet {field} er for lang ({length} tegn). "
                "Der er plads til {limit} tegn.",
            ),
            field=field,
            length=f"{len(text):,}".replace(",", "."),
            limit=f"{max_chars:,}".replace(",", "."),
        )
    bad = _FORBIDDEN.search(text)
    if bad:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Feltet {field} indeholder et usynligt styretegn (tegn nummer {position}). "
                "Skriv teksten igen eller indsæt den som ren tekst.",
            ),
            field=field,
            position=bad.start() + 1,
        )
    return text


def parse_danish_date(text: str, field: str = "dato") -> date:
    """Read "dd.mm.yyyy" (one-digit day and month are fine); the date must exist."""
    match = _DANISH_DATE.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Skriv datoen i feltet {field} som dd.mm.åååå, for eksempel 06.09.2007.",
            ),
            field=field,
        )
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "Datoen i feltet {field} findes ikke i kalenderen."),
            field=field,
        ) from None


def format_date(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
