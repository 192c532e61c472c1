"""One table of field sizes, and the checks every stored record meets (issue 9.7).

The case service checks what it writes and the import checks what it reads with the same
function, so an import can never hold what the app would not write: no control characters, no
text longer than its field allows, dates in a sensible range, signatures that are PNG images,
and versions that do not supersede themselves or go round in a circle.

The sizes are generous for people and small enough that every PDF renders in well under 2 s
(see bench/bench_hostile_pdf.py): a note of TEXT_CHARS characters, even one unbroken "word",
takes about half a second.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from app.domain.validation import CONTEXT, validate_date_range, validate_text

logger = logging.getLogger(__name__)

NAME_CHARS = 500  # a name, organisation, role, contact, place, title
TEXT_CHARS = 20_000  # a log entry, note, minutes of one agenda point, answer (≈ 8 pages)
KEY_CHARS = 200  # the key of an agenda point or a question in a form
LIST_ITEMS = 10_000  # records in one list of a case (the benchmark case has 500 entries)
WORDS_ITEMS = 500  # short texts in one list: signs, agenda points, persons, assessors
SIGNATURE_BYTES = 2_000_000  # one signature image
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Fields that hold a name or a short line; every other text field is free text (TEXT_CHARS).
SHORT_FIELDS = frozenset(
    {
        "name",
        "organisation",
        "role",
        "contact",
        "relation",
        "actor",
        "observer",
        "workplace",
        "who",
        "follow_up_by",
        "place",
        "title",
        "author",
        "heard_by",
        "cpr",
        "category",
        "typed_name",
        "witnessed_by",
    }
)
_UID = re.compile(r"[0-9a-f]{32}", re.ASCII)
_CPR = re.compile(r"[0-9]{6}-[0-9]{4}", re.ASCII)


def chars_allowed(field: str) -> int:
    return NAME_CHARS if field in SHORT_FIELDS else TEXT_CHARS


def _is_uid_field(name: str) -> bool:
    return name == "uid" or name.endswith("_uid") or name in ("supersedes", "also_supersedes")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class NotAPicture(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Feltet {field} skal være et billede i PNG-format på højst {limit} MB.",
            ),
            field=field,
            limit=SIGNATURE_BYTES // 1_000_000,
        )


class TooMany(ValidationError):
    def __init__(self, field: str, limit: int) -> None:
        super().__init__(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "Listen {field} har for mange punkter (højst {limit})."),
            field=field,
            limit=f"{limit:,}".replace(",", "."),
        )


class BadId(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation", "Feltet {field} skal være et id på 32 tegn (0-9 og a-f)."
            ),
            field=field,
        )


class BadCpr(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation", "Feltet {field} skal have formen DDMMÅÅ-XXXX og intet andet."
            ),
            field=field,
        )


class VersionLoop(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__(
            field,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Udgaverne i {field} afløser sig selv eller hinanden i ring, så ingen af dem "
                "er den nyeste.",
            ),
            field=field,
        )


def check_record(value: Any, path: str, *, today: date | None = None) -> None:
    """Every field of `value` (a record, or a list or dict of them) within the table above.

    Raises a ValidationError whose `field` is the path (e.g. "case.entries[3].text"); the
    message never repeats the value.
    """
    _check(value, path, path.rsplit(".", 1)[-1], today)


def _check(value: Any, path: str, name: str, today: date | None) -> None:
    if isinstance(value, Enum) or value is None or isinstance(value, (bool, int)):
        return
    if isinstance(value, str):
        if _is_uid_field(name):
            if not _UID.fullmatch(value):
                raise BadId(path)
            return
        if name == "cpr" and not _CPR.fullmatch(value):
            raise BadCpr(path)
        validate_text(value, path, max_chars=chars_allowed(name))
    elif isinstance(value, datetime):
        validate_date_range(value.date(), path, today=today)
    elif isinstance(value, date):
        validate_date_range(value, path, today=today)
    elif isinstance(value, bytes):
        if len(value) > SIGNATURE_BYTES or not value.startswith(PNG_MAGIC):
            raise NotAPicture(path)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            _check(getattr(value, f.name), _join(path, f.name), f.name, today)
    elif isinstance(value, list):
        words = bool(value) and isinstance(value[0], str) and not _is_uid_field(name)
        limit = WORDS_ITEMS if words else LIST_ITEMS
        if len(value) > limit:
            raise TooMany(path, limit)
        for index, item in enumerate(value):
            _check(item, _join(path, index), name, today)
    elif isinstance(value, dict):
        if len(value) > WORDS_ITEMS:
            raise TooMany(path, WORDS_ITEMS)
        for index, (key, item) in enumerate(value.items()):
            where = _join(path, index)  # by position: the key itself may be personal text
            validate_text(key, where, required=True, max_chars=KEY_CHARS)
            _check(item, where, name, today)


def check_versions(versions: list[Any], path: str) -> None:
    """No version supersedes itself, and following `supersedes` never comes back round."""
    by_uid = {v.uid: v for v in versions}
    for index, version in enumerate(versions):
        if version.supersedes == version.uid or version.uid in version.also_supersedes:
            raise VersionLoop(_join(path, index))
    done: set[str] = set()
    for index, version in enumerate(versions):
        seen: set[str] = set()
        step: str | None = version.uid
        while step in by_uid and step not in done:
            if step in seen:
                raise VersionLoop(_join(path, index))
            seen.add(step)
            step = by_uid[step].supersedes
        done |= seen
