"""The JSON Schema (draft 2020-12) of the "stafet-case" interchange, derived from records.py.

The shipped file `app/resources/schema/stafet-case-v1.schema.json` is this module's output
(`python -m app.models.schema > …`); a test keeps the two equal, so a field added to a record
shows up in the schema (and in the docs' field list) or the test fails.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

from app.domain import records as r

logger = logging.getLogger(__name__)

FORMAT = "stafet-case"
VERSION = 1
SCHEMA_FILE = "stafet-case-v1.schema.json"
UID_PATTERN = "^[0-9a-f]{32}$"
CPR_PATTERN = "^[0-9]{6}-[0-9]{4}$"

_DESCRIPTIONS = {
    "Case": "Én stafetlog: ét barn, ét forløb (SPEC §2).",
    "Child": "Barnet: navn og cpr-nummer, eller forventet fødselsdato for et ufødt barn.",
    "Custodian": "En forælder eller anden med forældremyndighed.",
    "LogEntry": "En dateret post i stafetloggen. En rettelse er en ny post med 'supersedes'.",
    "ActorRow": "En række i aktørtabellen. En ændring er en ny række med 'supersedes'.",
    "BatonEvent": "Stafetholderens historik: oprettet, tilbudt, modtaget, afslået, trukket "
    "tilbage, lukket.",
    "ScaleAssessment": "En placering på en bekymringsskala (intern).",
    "NetworkMap": "Én dateret udgave af netværkskortet.",
    "Meeting": "Et koordinationsmøde med deltagere, dagsorden, referat og GØR-aftaler.",
    "Consent": "Samtykke fra forældre: parter, formål, gyldighed, underskrifter (PNG, base64).",
    "Notification": "En underretning (skema 0-6 eller 6-18 år).",
    "Observation": "Et observationsskema.",
    "ChildVoice": "Barnets egne ord, ordret: dato, hvem hørte dem og hvordan (barnets lov § 5, "
    "stk. 3). En rettelse er en ny udgave med 'supersedes'.",
    "MunicipalSteps": "Kommunens skridt med lovbestemte frister (niveau 3).",
}


def _is_uid_field(name: str) -> bool:
    return name == "uid" or name.endswith("_uid") or name in ("supersedes", "also_supersedes")


def _type_schema(tp: Any, field_name: str, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], field_name, defs)
        if "enum" in inner:
            return {**inner, "enum": [*inner["enum"], None]}
        if "$ref" in inner:
            return {"anyOf": [inner, {"type": "null"}]}
        return {**inner, "type": [inner["type"], "null"]}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, field_name, defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": {"type": "string"}}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    if dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        if field_name == "category":  # the worry scales: 1–5 for the child, 1–4 for parents
            return {"type": "integer", "minimum": 1, "maximum": 5}
        return {"type": "integer"}
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is bytes:
        return {"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"}
    if tp is str:
        if _is_uid_field(field_name):
            return {"type": "string", "pattern": UID_PATTERN}
        if field_name == "cpr":
            return {"type": "string", "pattern": CPR_PATTERN}
        return {"type": "string"}
    raise TypeError(f"no JSON schema for {tp!r}")


def _define(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        props[f.name] = _type_schema(hints[f.name], f.name, defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    body: dict[str, Any] = {"type": "object"}
    if name in _DESCRIPTIONS:
        body["description"] = _DESCRIPTIONS[name]
    body.update({"properties": props, "required": required, "additionalProperties": False})
    defs[name] = body


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    _define(r.Case, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:stafet:schema:stafet-case:1",
        "title": "Stafet: en hel sag (stafetlog med alle skemaer)",
        "description": "Udvekslingsformat for én sag. Datoer er ISO 8601 (ÅÅÅÅ-MM-DD), "
        "tidspunkter ISO 8601 med tidszone, underskrifter PNG i base64. Se "
        "docs/json-interchange.md.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "case": {"$ref": "#/$defs/Case"},
        },
        "required": ["format", "version", "case"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


@cache
def shipped_schema() -> dict[str, Any]:
    """The schema file in the package, loaded through importlib.resources (frozen builds too)."""
    text = resources.files("app.resources.schema").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(build_schema()))
