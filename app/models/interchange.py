"""The "stafet-case" JSON interchange: a whole records.Case to a JSON-ready dict and back.

Field names are the record field names; dates are ISO 8601 ("2024-02-29"), moments ISO 8601 in
UTC with microseconds, enums their values, signatures base64 PNG. Every field is written, so
export → import → export gives the same document (the case id is not part of it).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any

from app.domain import records as r
from app.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from app.models.schema import FORMAT, VERSION, shipped_schema
from app.models.schema_check import Problem, check, join

logger = logging.getLogger(__name__)

CONTEXT = "Interchange"


class InvalidCaseJson(ValidationError):
    """The document is not a valid "stafet-case": names the JSON path and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(
            path,
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Interchange", "JSON-filen kan ikke indlæses. Fejl ved {path}: {problem}"
            ),
            path=path,
            problem=problem,
        )
        self.path = path
        self.problem = problem


# --- records → JSON -------------------------------------------------------------------------


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _dump(v) for k, v in value.items()}
    return value


def to_json(case: r.Case) -> dict[str, Any]:
    """The interchange document for `case` (plain dicts and lists, ready for json.dumps)."""
    return {"format": FORMAT, "version": VERSION, "case": _dump(case)}


# --- JSON → records -------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load(value: Any, tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _load(value, inner)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_load(v, item) for v in value]
    if origin is dict:
        return dict(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)  # type: ignore[arg-type]
        kwargs = {
            f.name: _load(value[f.name], hints[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    if tp is datetime:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(UTC)
    if tp is date:
        return date.fromisoformat(value)
    if tp is bytes:
        return base64.b64decode(value, validate=True)
    if tp is int:
        return int(value)  # JSON Schema lets 2.0 stand for the integer 2
    return value


def from_json(data: Any) -> r.Case:
    """Check `data` against the schema and the records' own rules, then build the Case.

    Raises InvalidCaseJson naming the first bad place; builds nothing partial.
    """
    try:
        if not isinstance(data, dict):
            raise Problem("$", QT_TRANSLATE_NOOP("Interchange", "her skal stå et objekt { … }."))
        if data.get("format") != FORMAT:
            raise Problem(
                "format",
                QT_TRANSLATE_NOOP(
                    "Interchange", 'filen er ikke en Stafet-sag (format "{f}").'
                ).format(f=FORMAT),
            )
        version = data.get("version")
        if isinstance(version, bool) or version != VERSION:  # true == 1 in Python, not in JSON
            raise Problem(
                "version",
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "denne udgave af Stafet læser version {v}; filen har en anden version.",
                ).format(v=VERSION),
            )
        schema = shipped_schema()
        check(data, schema, schema)
        _check_meaning(data["case"])
    except Problem as exc:
        raise InvalidCaseJson(exc.path, exc.problem) from None
    case: r.Case = _load(data["case"], r.Case)
    _check_fields(case)
    _check_rules(case)
    return case


def _check_fields(case: r.Case) -> None:
    """The same field checks the case service makes on every write (app.domain.limits)."""
    from app.domain.limits import check_record, check_versions
    from app.domain.validation import validate_text

    try:
        validate_text(case.child.name, "case.child.name", required=True)
        check_record(case, "case")
        check_versions(case.entries, "case.entries")
        check_versions(case.actor_rows, "case.actor_rows")
        check_versions(case.child_voices, "case.child_voices")
    except ValidationError as exc:
        raise InvalidCaseJson(exc.field, str(exc)) from None
    for field in ("levels", "baton"):
        if not getattr(case, field):
            raise InvalidCaseJson(
                f"case.{field}",
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "listen må ikke være tom: en sag har altid et niveau og en stafetholder.",
                ),
            )


# Longer than any number in a case: int("9" * 5000) would otherwise stop Python itself.
MAX_NUMBER_CHARS = 20


class _BadNumber(Exception):
    pass


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _BadNumber
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS * 2:
        raise _BadNumber
    return float(text)


def _no_constant(_text: str) -> Any:
    raise _BadNumber  # NaN and Infinity are not JSON


def parse_document(text: str) -> Any:
    """JSON text to Python values, refusing what JSON does not allow or what no case holds.

    Raises InvalidCaseJson (never a bare ValueError or RecursionError); json.JSONDecodeError
    for text that is not JSON at all, so callers can name the line and column.
    """
    try:
        return json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_no_constant
        )
    except _BadNumber:
        raise InvalidCaseJson(
            "$",
            QT_TRANSLATE_NOOP(
                "Interchange", "filen har et tal, som er for langt, eller som ikke er et tal."
            ),
        ) from None
    except RecursionError:
        raise InvalidCaseJson(
            "$", QT_TRANSLATE_NOOP("Interchange", "filen har for mange lag inden i hinanden.")
        ) from None


def _check_rules(case: r.Case) -> None:
    """The domain's rules that a whole case must meet for the app to work with it."""
    from app.domain.baton import BatonState
    from app.domain.messages import RuleViolation
    from app.domain.records import BatonEventKind
    from app.domain.scales import scale_for
    from app.domain.section49a import check_meetings

    try:
        BatonState.from_events(case.baton)  # or nobody could tell who holds the baton
    except RuleViolation as exc:
        raise InvalidCaseJson("case.baton", str(exc)) from None
    for index, assessment in enumerate(case.assessments):
        try:
            scale_for(assessment.scale).category(assessment.category)
        except ValidationError as exc:
            raise InvalidCaseJson(f"case.assessments[{index}].category", str(exc)) from None
    try:
        check_meetings(case.meetings)
    except RuleViolation as exc:
        raise InvalidCaseJson("case.meetings", str(exc)) from None
    if case.closure is not None:
        # The same rule as closing in the app: only the holder, and only on the BTI conditions.
        before = [e for e in case.baton if BatonEventKind(e.kind) is not BatonEventKind.CLOSED]
        try:
            BatonState.from_events(before).close(case.closure)
        except RuleViolation as exc:
            raise InvalidCaseJson("case.closure", str(exc)) from None


def _check_meaning(case: dict[str, Any]) -> None:
    """What a schema cannot say: a real CPR date, clean text, uids unique within their list."""
    from app.domain.validation import MAX_TEXT_CHARS, parse_cpr, validate_text

    cpr = case["child"].get("cpr")
    if cpr is not None:
        try:
            parse_cpr(cpr)
        except ValidationError:
            raise Problem(
                "case.child.cpr",
                QT_TRANSLATE_NOOP(
                    "Interchange", "de første seks cifre i cpr-nummeret er ikke en rigtig dato."
                ),
            ) from None

    def walk(value: Any, path: str) -> None:
        if isinstance(value, str):
            try:
                validate_text(value, path, max_chars=MAX_TEXT_CHARS)
            except ValidationError:
                raise Problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "teksten er for lang eller indeholder et usynligt styretegn.",
                    ),
                ) from None
        elif isinstance(value, list):
            seen: set[str] = set()
            for index, item in enumerate(value):
                if isinstance(item, dict) and isinstance(item.get("uid"), str):
                    if item["uid"] in seen:
                        raise Problem(
                            join(join(path, index), "uid"),
                            QT_TRANSLATE_NOOP(
                                "Interchange", "det samme id står to gange i listen."
                            ),
                        )
                    seen.add(item["uid"])
                walk(item, join(path, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, join(path, key))

    walk(case, "case")
