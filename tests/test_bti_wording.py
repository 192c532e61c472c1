"""The templates' own words (issue 13 point 5): the app's wording, read from the code, is found
in the BTI material (seed 003, excerpts in tests/data/seed003_templates.txt), in the template's
order. Nothing here copies the expected text: every string comes from app.domain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain import agenda, scales, signals

SEED = (Path(__file__).parent / "data" / "seed003_templates.txt").read_text("utf-8")
SCALES_PART = SEED[SEED.index("## scales") : SEED.index("## agenda")]
AGENDA_PART = SEED[SEED.index("## agenda") :]
CHILD_PART = SCALES_PART[
    SCALES_PART.index("BEKYMRINGSSKALA FOR BØRN") : SCALES_PART.index(
        "Kilde: Tilpasset efter Roskildemodellen"
    )
]
PARENT_PART = SCALES_PART[SCALES_PART.index("BEKYMRINGSSKALA VEDRØRENDE FORÆLDRE") :]

# The seed is text flattened from a PDF: words are cut at line ends ("Personligheds\nmæssig",
# "kontakt-\nsvaghed"), list bullets and dashes vary, and some symbols came out as "\ufffd".
# Comparing without whitespace, dashes, bullets and those symbols keeps every word and letter.
_NOISE = re.compile(r"[\s\-–•\ufffd\u00ad]+")


def norm(text: str) -> str:
    return _NOISE.sub("", text)


def position(text: str, part: str) -> int:
    """Where `text` stands in `part` of the seed; fails the test naming the missing words."""
    found = norm(part).find(norm(text))
    assert found >= 0, f"not in the template: {text!r}"
    return found


def in_order(texts: list[str], part: str) -> None:
    """Each text is found after the one before it (a word like "eller" occurs often)."""
    flat, start = norm(part), 0
    for text in texts:
        position(text, part)
        found = flat.find(norm(text), start)
        assert found >= 0, f"not in the template's order: {text!r}"
        start = found + len(norm(text))


# -- the worry scales ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_the_child_scale_carries_the_templates_full_criteria(number):
    category = scales.CHILD_SCALE.category(number)
    assert category.child_criteria and category.parent_criteria
    in_order([*category.child_criteria], CHILD_PART)
    in_order([*category.parent_criteria], CHILD_PART)
    # the child's lines come before the parents' care in the template's row order
    assert position(category.child_criteria[0], CHILD_PART) < position(
        category.parent_criteria[0], CHILD_PART
    )


def test_the_child_scales_categories_follow_the_templates_columns():
    firsts = [c.child_criteria[0] for c in scales.CHILD_SCALE.categories]
    in_order(firsts, CHILD_PART)
    cares = [c.parent_criteria[0] for c in scales.CHILD_SCALE.categories]
    in_order(cares, CHILD_PART)


def test_the_words_the_issue_names_are_in_the_child_scale():
    words = " ".join(
        line for c in scales.CHILD_SCALE.categories for line in c.child_criteria
    ).casefold()
    for word in ("handicap", "spiseforstyrrelser", "knytte sig", "varige skader på personligheden",
                 "sindslidelser", "misbrug", "kriminalitet"):
        assert word in words


def test_the_parent_scale_carries_the_templates_criteria_in_order():
    lines = []
    for category in scales.PARENT_SCALE.categories:
        assert category.parent_criteria or category.sign_groups
        assert not category.child_criteria
        lines += category.parent_criteria
    in_order(lines, PARENT_PART)


def test_the_parents_scale_has_its_own_sign_lists_under_the_templates_headings():
    category = scales.PARENT_SCALE.category(3)
    assert category.sign_groups == signals.PARENT_GROUPS == scales.PARENT_SCALE.checklist
    texts: list[str] = []
    for group in category.sign_groups:
        texts.append(signals.GROUP_TITLES[group])
        chosen = signals.signals_of((group,))
        assert chosen
        texts += [s.text for s in chosen]
    in_order(texts, PARENT_PART)
    # 8 physical, 6 mental, 2 social signs; ids unique and readable back
    assert [len(signals.signals_of((g,))) for g in signals.PARENT_GROUPS] == [8, 6, 2]
    assert len(signals.PARENT_SIGNALS_BY_ID) == len(signals.PARENT_SIGNALS)
    for sign in signals.PARENT_SIGNALS:
        assert signals.signal_text(sign.id) == sign.text
    # the child's checklist stays the child's
    assert not set(signals.PARENT_SIGNALS_BY_ID) & set(signals.SIGNALS_BY_ID)
    assert scales.CHILD_SCALE.checklist == signals.CHILD_GROUPS


def test_bands_reminders_and_sources_are_the_templates():
    for scale in (scales.CHILD_SCALE, scales.PARENT_SCALE):
        for band in scale.bands:
            assert norm(band.title).casefold() in norm(SCALES_PART).casefold()
        position(scale.reminder, SCALES_PART)
    position(scales.CHILD_SCALE.source, SCALES_PART)
    position(scales.PARENT_SCALE.source, PARENT_PART)


# -- the standard agenda ------------------------------------------------------------------------


def test_every_agenda_title_is_the_templates_in_the_templates_order():
    in_order([p.title for p in agenda.STANDARD_AGENDA], AGENDA_PART)


def test_the_kan_points_questions_are_the_templates():
    position(agenda.point("4").guidance, AGENDA_PART)


def test_a_changed_word_is_caught():
    """The comparison is not blind: one changed word is not found."""
    with pytest.raises(AssertionError):
        position(agenda.point("3b").title.replace("opfattelse", "syn"), AGENDA_PART)
    with pytest.raises(AssertionError):
        in_order([agenda.point("6").title, agenda.point("5").title], AGENDA_PART)


def test_signal_lookups_find_both_lists_and_keep_unknown_ids():
    assert signals.signal("parent_smells_of_alcohol").group is signals.SignalGroup.PARENT_PHYSICAL
    assert signals.signal("signs_of_violence").group is signals.SignalGroup.CHILDREN_AND_YOUNG
    assert signals.signal("no_such_sign") is None
    assert signals.signal_text("no_such_sign") == "no_such_sign"
    groups = (signals.SignalGroup.PARENT_SOCIAL, signals.SignalGroup.SMALL_CHILDREN)
    both = signals.signals_of(groups)
    assert [s.group for s in both] == (
        [signals.SignalGroup.SMALL_CHILDREN] * 4 + [signals.SignalGroup.PARENT_SOCIAL] * 2
    )
    assert len(signals.signals_of(signals.CHILD_GROUPS)) == len(signals.SIGNALS) == 24
