"""Our small JSON Schema checker and the `jsonschema` package never disagree (issue 12.6).

`jsonschema` is a test-only dependency: the app ships its own checker for Danish messages that
name the path. `format` and `contentEncoding` are annotations in draft 2020-12, which
`jsonschema` does not check by default, so the cross-check compares the assertions.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import records as r
from app.models.interchange import InvalidCaseJson, from_json, to_json
from app.models.schema import shipped_schema
from app.models.schema_check import Problem, check
from tests.fixtures_models import cases

SCHEMA = shipped_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 7)
    | st.sampled_from([0.0, 1.0, 2.5, -1.0, 1e300])
    | st.text(max_size=6)
    | st.sampled_from(["stafet-case", "created", "2024-02-29", "0" * 32, "120320-4235", "a" * 32]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


def _places(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((value, key))
            _places(item, found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((value, index))
            _places(item, found)
    return found


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """A valid document with a few random edits: replaced values, removed or unknown keys."""
    document = copy.deepcopy(to_json(draw(cases)))
    for _ in range(draw(st.integers(0, 3))):
        places = _places(document, [])
        container, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "replace":
            container[key] = draw(JSON_VALUES)
        elif action == "remove" and isinstance(container, dict):
            del container[key]
        elif isinstance(container, dict):
            container[draw(st.text(min_size=1, max_size=5))] = draw(JSON_VALUES)
    if draw(st.booleans()):
        document = draw(JSON_VALUES) if draw(st.integers(0, 9)) == 0 else document
    return document


def _ours(document: Any) -> bool:
    try:
        check(document, SCHEMA, SCHEMA, annotations=False)
    except Problem:
        return False
    return True


@settings(
    max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(documents())
def test_our_checker_and_jsonschema_agree_on_every_document(document):
    assert _ours(document) == VALIDATOR.is_valid(document)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.__setitem__("version", True),
        lambda d: d["case"]["levels"][0].__setitem__("level", True),
        lambda d: d["case"]["levels"][0].__setitem__("level", False),
    ],
)
def test_true_is_not_the_integer_1(edit):
    case = r.Case(
        child=r.Child(name="Hans Hansen"),
        created_by=r.Person(name="Olga Jensen"),
        created_on=date(2025, 9, 1),
        levels=[r.LevelChange(on=date(2025, 9, 1), level=r.Level.ONE)],
        baton=[
            r.BatonEvent(
                kind=r.BatonEventKind.CREATED, on=date(2025, 9, 1), person=r.Person(name="Olga")
            )
        ],
    )
    document = to_json(case)
    edit(document)
    assert not VALIDATOR.is_valid(document)
    assert not _ours(document)
    with pytest.raises(InvalidCaseJson):
        from_json(document)
