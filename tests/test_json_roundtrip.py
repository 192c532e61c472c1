"""The stafet-case JSON interchange is lossless: records → JSON → records, and through a vault."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings

from app.domain import records as r
from app.models.interchange import from_json, to_json
from app.models.schema import build_schema, render, shipped_schema
from app.models.schema_check import SUPPORTED
from tests.fixtures_models import cases, stored_like


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases)
def test_records_to_json_and_back_are_equal(case: r.Case):
    document = to_json(case)
    text = json.dumps(document, ensure_ascii=False)
    assert from_json(json.loads(text)) == case
    assert document["format"] == "stafet-case" and document["version"] == 1


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(case=cases)
def test_a_case_imported_into_a_vault_loads_and_exports_unchanged(svc, case: r.Case):
    case = stored_like(case, datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=UTC))
    case.uid = r.new_uid()  # one vault for all examples: a known uid would be merged instead
    document = to_json(case)
    case_id = svc.import_case(document)
    assert svc.load(case_id) == case
    assert svc.export_case(case_id) == document


def test_the_shipped_schema_is_the_one_the_records_describe():
    # when this fails after a change to records.py: python -m app.models.schema > app/resources/…
    assert render(shipped_schema()) == render(build_schema())


def test_the_schema_uses_only_keywords_the_checker_understands():
    seen: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("properties", "$defs"):
                    for sub in value.values():
                        walk(sub)
                    seen.add(key)
                else:
                    seen.add(key)
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(shipped_schema())
    assert seen <= SUPPORTED
    assert shipped_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
