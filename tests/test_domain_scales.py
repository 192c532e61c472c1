"""The worry scales as the placement screen numbers them (app.domain.scales)."""

from __future__ import annotations

import pytest

from app.domain.messages import ValidationError
from app.domain.records import ScaleKind
from app.domain.scales import requires_notification, scale_for


def test_the_parents_scale_is_numbered_1_to_4_and_each_number_finds_its_category():
    scale = scale_for(ScaleKind.PARENT)
    assert [c.number for c in scale.categories] == [1, 2, 3, 4]
    assert scale.category(1).title == "Familier i trivsel"
    assert [scale.category(n).number for n in (1, 2, 3, 4)] == [1, 2, 3, 4]
    assert scale.notification_from == 4


def test_the_childs_scale_is_numbered_1_to_5_and_the_duty_starts_at_3():
    scale = scale_for("child")  # as an assessment stores it
    assert [c.number for c in scale.categories] == [1, 2, 3, 4, 5]
    assert [requires_notification(ScaleKind.CHILD, n) for n in (1, 2, 3, 4, 5)] == [
        False, False, True, True, True]


def test_a_number_off_the_scale_is_refused_in_danish():
    with pytest.raises(ValidationError) as err:
        scale_for(ScaleKind.PARENT).category(5)
    assert err.value.field == "kategori"
    assert str(err.value) == "Skalaen har kun kategorierne 1 til 4."


def test_each_parents_category_shows_under_exactly_its_own_heading():
    # "VÆR OPMÆRKSOM" above category 3 only, "GRUND TIL BEKYMRING" above 4 only, nothing above
    # 1 and 2 (the template's headings, shown on the placement screen and in the PDF)
    scale = scale_for(ScaleKind.PARENT)
    assert {n: [b.title for b in scale.bands_of(n)] for n in (1, 2, 3, 4)} == {
        1: [], 2: [], 3: ["VÆR OPMÆRKSOM"], 4: ["GRUND TIL BEKYMRING"]}


def test_the_childs_duty_heading_spans_categories_3_to_5():
    scale = scale_for(ScaleKind.CHILD)
    assert [len(scale.bands_of(n)) for n in (1, 2, 3, 4, 5)] == [0, 0, 1, 1, 1]


def test_the_headings_print_the_categories_they_span():
    # the placement screen and the scales PDF print "GRUND TIL BEKYMRING: kategori 4", from
    # each heading's first and last category
    assert [(b.title, b.first, b.last) for b in scale_for(ScaleKind.PARENT).bands] == [
        ("VÆR OPMÆRKSOM", 3, 3), ("GRUND TIL BEKYMRING", 4, 4)]
    assert [(b.first, b.last) for b in scale_for(ScaleKind.CHILD).bands] == [(3, 5)]
