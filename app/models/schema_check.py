"""A small JSON Schema checker for the keywords our interchange schema uses, with Danish messages.

Why not the `jsonschema` package: the schema is ours and uses a dozen keywords; 150 lines give
messages in plain Danish that name the JSON path (never the value, which may be personal data),
and one dependency fewer to ship, audit and freeze.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

CONTEXT = "Interchange"
SUPPORTED = {
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
    "additionalProperties", "items", "enum", "const", "anyOf", "pattern", "format", "minimum",
    "maximum", "contentEncoding", "contentMediaType",
}  # fmt: skip

# Matched with fullmatch and ASCII digits only: "$" would also match before a final newline.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})", re.ASCII
)

# An unknown key is named in the message only when it looks like a field name: anything else
# may be personal text (or a lone surrogate that cannot even be printed).
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}", re.ASCII)

_TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("Interchange", "tekst"),
    "integer": QT_TRANSLATE_NOOP("Interchange", "et helt tal"),
    "boolean": QT_TRANSLATE_NOOP("Interchange", "true eller false"),
    "object": QT_TRANSLATE_NOOP("Interchange", "et objekt { … }"),
    "array": QT_TRANSLATE_NOOP("Interchange", "en liste [ … ]"),
    "null": QT_TRANSLATE_NOOP("Interchange", "null"),
}


class Problem(Exception):
    """Where (a JSON path like case.entries[3].entry_date) and what is wrong, in Danish."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path or "$"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":  # as JSON Schema counts: 1.0 is an integer, true is not
        return _is_number(value) and (isinstance(value, int) or value.is_integer())
    if name == "boolean":
        return isinstance(value, bool)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "null":
        return value is None
    raise ValueError(f"unsupported type {name}")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/$defs/"):
        raise ValueError(f"unsupported $ref {ref}")
    resolved: dict[str, Any] = root["$defs"][ref.removeprefix("#/$defs/")]
    return resolved


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _equal(value: Any, expected: Any) -> bool:
    """JSON equality: `true` is not the number 1, and 1.0 is (Python's bool is an int)."""
    if isinstance(value, bool) or isinstance(expected, bool):
        return type(value) is type(expected) and value == expected
    if isinstance(value, (int, float)) and isinstance(expected, (int, float)):
        return value == expected
    if type(value) is not type(expected):
        return False
    if isinstance(value, list):
        return len(value) == len(expected) and all(map(_equal, value, expected))
    if isinstance(value, dict):
        return value.keys() == expected.keys() and all(_equal(value[k], expected[k]) for k in value)
    return bool(value == expected)


def check(
    value: Any,
    schema: dict[str, Any],
    root: dict[str, Any],
    path: str = "",
    *,
    annotations: bool = True,
) -> None:
    """Raise Problem at the first place where `value` breaks `schema`.

    `annotations`: also check `format` and `contentEncoding`, which JSON Schema 2020-12 treats
    as annotations (a validator need not check them; we do, for dates and signatures).
    """
    unknown = set(schema) - SUPPORTED
    if unknown:
        raise ValueError(f"schema keywords not supported: {sorted(unknown)}")
    if "$ref" in schema:
        check(value, _resolve(root, schema["$ref"]), root, path, annotations=annotations)
    if "anyOf" in schema:
        errors: list[Problem] = []
        for option in schema["anyOf"]:
            try:
                check(value, option, root, path, annotations=annotations)
                break
            except Problem as exc:
                errors.append(exc)
        else:  # the most specific error: the deepest path
            raise max(errors, key=lambda e: len(e.path))
    if "const" in schema and not _equal(value, schema["const"]):
        raise Problem(
            path,
            QT_TRANSLATE_NOOP("Interchange", "værdien skal være {expected}.").format(
                expected=_show(schema["const"])
            ),
        )
    if "enum" in schema and not any(_equal(value, c) for c in schema["enum"]):
        raise Problem(
            path,
            QT_TRANSLATE_NOOP("Interchange", "værdien skal være en af: {choices}.").format(
                choices=", ".join(_show(c) for c in schema["enum"])
            ),
        )
    if "type" in schema:
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, name) for name in wanted):
            raise Problem(
                path,
                QT_TRANSLATE_NOOP("Interchange", "her skal stå {wanted}.").format(
                    wanted=QT_TRANSLATE_NOOP("Interchange", " eller ").join(
                        _TYPE_NAMES[w] for w in wanted
                    )
                ),
            )
    if isinstance(value, str):
        _check_string(value, schema, path, annotations)
    elif _is_number(value):
        if "minimum" in schema and value < schema["minimum"]:
            raise Problem(
                path,
                QT_TRANSLATE_NOOP("Interchange", "tallet må ikke være mindre end {n}.").format(
                    n=schema["minimum"]
                ),
            )
        if "maximum" in schema and value > schema["maximum"]:
            raise Problem(
                path,
                QT_TRANSLATE_NOOP("Interchange", "tallet må ikke være større end {n}.").format(
                    n=schema["maximum"]
                ),
            )
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check(item, schema["items"], root, join(path, index), annotations=annotations)
    elif isinstance(value, dict):
        _check_object(value, schema, root, path, annotations)


def _check_object(
    value: dict[str, Any],
    schema: dict[str, Any],
    root: dict[str, Any],
    path: str,
    annotations: bool,
) -> None:
    for name in schema.get("required", []):
        if name not in value:
            raise Problem(join(path, name), QT_TRANSLATE_NOOP("Interchange", "feltet mangler."))
    props = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in props:
            check(item, props[key], root, join(path, key), annotations=annotations)
        elif extra is False:
            raise Problem(
                join(path, key) if _PLAIN_KEY.fullmatch(key) else join(path, "?"),
                QT_TRANSLATE_NOOP("Interchange", "feltet kendes ikke i version 1 af formatet."),
            )
        elif isinstance(extra, dict):
            check(item, extra, root, join(path, key), annotations=annotations)


def _check_string(value: str, schema: dict[str, Any], path: str, annotations: bool) -> None:
    if "pattern" in schema and not _compiled(schema["pattern"]).search(value):
        raise Problem(path, _pattern_problem(schema["pattern"]))
    if annotations:
        _check_annotations(value, schema, path)


def _check_annotations(value: str, schema: dict[str, Any], path: str) -> None:
    fmt = schema.get("format")
    if fmt == "date" and not _valid_date(value):
        raise Problem(
            path,
            QT_TRANSLATE_NOOP("Interchange", "her skal stå en rigtig dato på formen ÅÅÅÅ-MM-DD."),
        )
    if fmt == "date-time" and not _valid_moment(value):
        raise Problem(
            path,
            QT_TRANSLATE_NOOP(
                "Interchange",
                "her skal stå et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss med tidszone, "
                "for eksempel 2024-03-01T09:30:00+00:00.",
            ),
        )
    if schema.get("contentEncoding") == "base64":
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise Problem(
                path, QT_TRANSLATE_NOOP("Interchange", "her skal stå et billede kodet i base64.")
            ) from None


def _pattern_problem(pattern: str) -> str:
    from app.models.schema import CPR_PATTERN, UID_PATTERN

    if pattern == UID_PATTERN:
        return QT_TRANSLATE_NOOP("Interchange", "her skal stå et id på 32 tegn (0-9 og a-f).")
    if pattern == CPR_PATTERN:
        return QT_TRANSLATE_NOOP("Interchange", "cpr-nummeret skal have formen DDMMÅÅ-XXXX.")
    return QT_TRANSLATE_NOOP("Interchange", "teksten har ikke den rigtige form.")


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_moment(value: str) -> bool:
    if not _DATETIME.fullmatch(value):
        return False
    try:  # a year-9999 moment with an offset has no UTC form: not a moment we can store
        datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except (ValueError, OverflowError):
        return False
    return True


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "null"
    return str(value)
