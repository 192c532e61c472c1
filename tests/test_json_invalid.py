"""Importing a bad "stafet-case" names the JSON path and the problem in Danish; nothing changes."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import records as r
from app.models.interchange import InvalidCaseJson, from_json, to_json
from tests.fixtures_models import ARNE, OLGA


def _document() -> dict[str, Any]:
    case = r.Case(
        child=r.Child(name="Hans Hansen", cpr="120320-4235"),
        custodians=[r.Custodian(name="Lilly Hansen", relation="mor")],
        created_by=OLGA,
        created_on=date(2025, 9, 1),
        entries=[
            r.LogEntry(section=r.LogSection.CONCERN_AROSE, entry_date=date(2025, 8, 6), text="a"),
            r.LogEntry(section=r.LogSection.DECISION, entry_date=date(2025, 9, 3), text="b"),
        ],
        levels=[r.LevelChange(on=date(2025, 9, 1), level=r.Level.ONE)],
        baton=[r.BatonEvent(kind=r.BatonEventKind.CREATED, on=date(2025, 9, 1), person=OLGA)],
    )
    return to_json(case)


def _set(doc: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    node = changed
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return changed


_DELETE = object()

BAD = [
    # (where, new value, path in the message, words of the problem)
    (
        ["case", "entries", 1, "entry_date"],
        "2025-02-30",
        "case.entries[1].entry_date",
        "rigtig dato",
    ),
    (
        ["case", "entries", 0, "entry_date"],
        "06.08.2025",
        "case.entries[0].entry_date",
        "ÅÅÅÅ-MM-DD",
    ),
    (["case", "child", "name"], _DELETE, "case.child.name", "mangler"),
    (["case", "child", "cpr"], "320120-4235", "case.child.cpr", "rigtig dato"),
    (["case", "child", "cpr"], "1203204235", "case.child.cpr", "DDMMÅÅ-XXXX"),
    (["case", "entries", 0, "section"], "gossip", "case.entries[0].section", "en af"),
    (["case", "entries", 0, "internal"], "ja", "case.entries[0].internal", "true eller false"),
    (["case", "entries", 0, "colour"], "red", "case.entries[0].colour", "kendes ikke"),
    (["case", "custodians"], {"name": "x"}, "case.custodians", "liste"),
    (["case", "updated_at"], "2025-09-01T10:00:00", "case.updated_at", "tidszone"),
    (["case", "entries", 0, "text"], "a\x00b", "case.entries[0].text", "styretegn"),
    (["case", "entries", 1, "uid"], None, "case.entries[1].uid", "tekst"),
    (["version"], 2, "version", "version 1"),
    (["format"], "something-else", "format", "Stafet-sag"),
    (["case", "baton"], [], "case.baton", "ikke være tom"),  # the app always has a holder
    (["case", "levels"], [], "case.levels", "ikke være tom"),
    (["case", "child", "name"], " \t ", "case.child.name", "udfyldes"),
    (["case", "child", "cpr"], "120320-4235\n", "case.child.cpr", "DDMMÅÅ-XXXX"),
    (["case", "entries", 0, "entry_date"], "0001-01-01", "case.entries[0].entry_date", "før"),
    (["case", "entries", 0, "entry_date"], "2099-01-01", "case.entries[0].entry_date", "efter"),
    (["case", "entries", 0, "entry_date"], "9999-12-31", "case.entries[0].entry_date", "efter"),
    (
        ["case", "updated_at"],
        "9999-12-31T23:59:59-05:00",
        "case.updated_at",
        "tidszone",
    ),
    (["case", "entries", 0, "text"], "x" * 20_001, "case.entries[0].text", "for lang"),
    (["case", "entries", 0, "text"], "a\ud800b", "case.entries[0].text", "styretegn"),
    (["version"], True, "version", "version 1"),
]


@pytest.mark.parametrize(("where", "value", "path", "words"), BAD)
def test_a_bad_document_names_the_path_and_the_problem(where, value, path, words):
    doc = _set(_document(), where, value)
    if path is None:
        from_json(doc)
        return
    with pytest.raises(InvalidCaseJson) as err:
        from_json(doc)
    assert err.value.path == path
    assert words in err.value.problem
    assert str(err.value).startswith("JSON-filen kan ikke indlæses. Fejl ved " + path)


def test_a_duplicated_uid_is_named():
    doc = _document()
    doc["case"]["entries"][1]["uid"] = doc["case"]["entries"][0]["uid"]
    with pytest.raises(InvalidCaseJson) as err:
        from_json(doc)
    assert err.value.path == "case.entries[1].uid"


def test_a_baton_history_that_breaks_the_rules_is_refused():
    doc = _document()
    doc["case"]["baton"].append(
        to_json(
            r.Case(
                child=r.Child(name="x"),
                created_by=OLGA,
                created_on=date(2025, 9, 1),
                baton=[
                    r.BatonEvent(kind=r.BatonEventKind.ACCEPTED, on=date(2025, 9, 2), person=ARNE)
                ],
            )
        )["case"]["baton"][0]
    )
    with pytest.raises(InvalidCaseJson) as err:
        from_json(doc)
    assert err.value.path == "case.baton"


def _closed(closed_by: r.Person, reasons: list[r.ClosureReason]) -> dict[str, Any]:
    doc = _document()
    closure = r.CaseClosure(
        closed_on=date(2026, 3, 1),
        reasons=reasons,
        explanation="Hans trives.",
        disposition=r.Disposition.ARCHIVE,
        closed_by=closed_by,
    )
    closed = to_json(
        r.Case(
            child=r.Child(name="x"),
            created_by=OLGA,
            created_on=date(2025, 9, 1),
            closure=closure,
            baton=[
                r.BatonEvent(kind=r.BatonEventKind.CREATED, on=date(2025, 9, 1), person=OLGA),
                r.BatonEvent(kind=r.BatonEventKind.CLOSED, on=date(2026, 3, 1), person=closed_by),
            ],
        )
    )["case"]
    doc["case"]["closure"] = closed["closure"]
    doc["case"]["baton"] = closed["baton"]
    return doc


ALL_THREE = [r.ClosureReason.THRIVING, r.ClosureReason.LOW_RISK, r.ClosureReason.DECIDED_TOGETHER]


def test_an_imported_closure_follows_the_same_rules_as_closing_in_the_app():
    assert from_json(_closed(OLGA, ALL_THREE)).closure is not None  # the holder, all three
    for closed_by, reasons, words in (
        (ARNE, ALL_THREE, "Kun stafetholderen"),
        (OLGA, [r.ClosureReason.MOVED], "ny stafetholder"),
        (OLGA, [r.ClosureReason.THRIVING, r.ClosureReason.OTHER], "alle tre"),
        (OLGA, [r.ClosureReason.THRIVING, r.ClosureReason.LOW_RISK], "alle tre"),
    ):
        with pytest.raises(InvalidCaseJson) as err:
            from_json(_closed(closed_by, reasons))
        assert err.value.path == "case.closure" and words in str(err.value)


def test_the_message_never_repeats_the_personal_data_it_found():
    doc = _set(_document(), ["case", "child", "cpr"], "320120-4235")
    with pytest.raises(InvalidCaseJson) as err:
        from_json(doc)
    assert "320120" not in str(err.value)


def test_an_invalid_import_changes_nothing_in_the_vault(svc, case_id, vault):
    head = vault.audit.head()
    before = svc.list_cases()
    bad = _set(_document(), ["case", "entries", 1, "entry_date"], "2025-13-01")
    with pytest.raises(InvalidCaseJson):
        svc.import_case(bad)
    assert svc.list_cases() == before
    assert vault.audit.head() == head


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damaged_document_imports_or_fails_with_a_clear_message(data):
    doc = _document()
    where = data.draw(st.sampled_from(_paths(doc)))
    damaged = _set(doc, list(where), data.draw(_JSON))
    try:
        case = from_json(damaged)
    except InvalidCaseJson as err:
        assert err.path and err.problem
    else:
        assert isinstance(case, r.Case)


def test_a_parent_scale_has_no_fifth_category():
    doc = _document()
    doc["case"]["assessments"] = [
        to_json(
            r.Case(
                child=r.Child(name="x"),
                created_by=OLGA,
                created_on=date(2025, 9, 1),
                assessments=[
                    r.ScaleAssessment(
                        scale=r.ScaleKind.PARENT, assessed_on=date(2025, 9, 3), category=5
                    )
                ],
            )
        )["case"]["assessments"][0]
    ]
    with pytest.raises(InvalidCaseJson) as err:
        from_json(doc)
    assert err.value.path == "case.assessments[0].category"
    assert "1 til 4" in err.value.problem
