"""The case list's search: any word of the child's name by prefix, the CPR number by digits."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import records as r
from app.models.search import name_key, name_keys
from tests.fixtures_models import ARNE, OLGA


@pytest.fixture
def three(svc):
    ids = {}
    for name, cpr in (
        ("Hans Hansen", "120320-4235"),
        ("Lise Hansen-Holm", "010621-4321"),
        ("Ærø Østergård", "290220-4111"),  # 29 February 2020
    ):
        ids[name] = svc.create_case(r.Child(name=name, cpr=cpr), OLGA, created_on=date(2025, 9, 1))
    ids["Ufødt"] = svc.create_case(
        r.Child(name="Baby Jensen", expected_birth_date=date.today()), ARNE
    )
    return ids


def _names(svc, search: str) -> list[str]:
    return [c.child_name for c in svc.list_cases(search)]


def test_search_by_first_name_surname_and_full_name_prefix(svc, three):
    assert _names(svc, "han") == ["Hans Hansen", "Lise Hansen-Holm"]
    assert _names(svc, "HANSEN") == ["Hans Hansen", "Lise Hansen-Holm"]
    assert _names(svc, "hans h") == ["Hans Hansen"]
    assert _names(svc, "lise") == ["Lise Hansen-Holm"]
    assert _names(svc, "ansen") == []  # a prefix, not any substring


def test_search_folds_case_of_danish_letters(svc, three):
    assert _names(svc, "ærø") == ["Ærø Østergård"]
    assert _names(svc, "ØSTER") == ["Ærø Østergård"]


def test_search_by_cpr_prefix_with_or_without_dash(svc, three):
    assert _names(svc, "2902") == ["Ærø Østergård"]
    assert _names(svc, "290220-41") == ["Ærø Østergård"]
    assert _names(svc, "2902204111") == ["Ærø Østergård"]
    assert _names(svc, "0") == ["Lise Hansen-Holm"]
    assert _names(svc, "99") == []


def test_blank_search_lists_every_case_by_name(svc, three):
    everyone = ["Baby Jensen", "Hans Hansen", "Lise Hansen-Holm", "Ærø Østergård"]
    assert _names(svc, "") == _names(svc, "  ") == everyone


def test_renaming_the_child_updates_the_search(svc, three):
    svc.update_child(three["Hans Hansen"], r.Child(name="Hans Ibsen", cpr="120320-4235"))
    assert _names(svc, "ibsen") == ["Hans Ibsen"]
    assert _names(svc, "hansen") == ["Lise Hansen-Holm"]


@given(st.lists(st.text(alphabet="abcæøå ÆØÅ-", min_size=1, max_size=8), min_size=1, max_size=4))
def test_every_word_of_a_name_is_a_searchable_prefix(words):
    name = " ".join(words)
    keys = name_keys(name)
    for word in name_key(name).split():
        assert any(k.startswith(word) for k in keys)
    assert all(k == name_key(k) for k in keys)
