"""The BTI templates as data: signal list, worry scales, standard agenda and the forms."""

from __future__ import annotations

import pytest

from app.domain import agenda, forms, scales, signals
from app.domain.messages import ValidationError
from app.domain.records import Level, NotificationForm, ScaleKind

# -- signals ---------------------------------------------------------------------------------------


def test_signal_list_has_4_signs_for_small_children_and_20_for_children_and_young():
    assert len(signals.SMALL_CHILDREN_SIGNALS) == 4
    assert len(signals.CHILDREN_AND_YOUNG_SIGNALS) == 20
    assert len(signals.SIGNALS_BY_ID) == 24  # ids are unique


def test_signal_ids_stay_stable_because_assessments_store_them():
    assert {s.id for s in signals.SIGNALS} >= {
        "small_tense_passive", "anxious", "signs_of_violence", "tells_of_drunk_ill_adults",
        "overly_responsible", "absence",
    }
    assert signals.signal("signs_of_violence").text == "Viser tegn på fysisk vold"
    assert signals.signal_text("removed_in_a_later_version") == "removed_in_a_later_version"


# -- scales ----------------------------------------------------------------------------------------


def test_child_scale_five_categories_with_levels_and_duty_to_notify_from_3():
    scale = scales.scale_for(ScaleKind.CHILD)
    assert [c.number for c in scale.categories] == [1, 2, 3, 4, 5]
    assert scale.category(1).title == "Børn i trivsel"
    assert scale.category(5).title.startswith("Problembørn")
    assert [c.level for c in scale.categories] == [Level.ONE, Level.ONE, Level.TWO, Level.THREE,
                                                   Level.THREE]
    assert [c.requires_notification for c in scale.categories] == [False, False, True, True, True]
    assert scale.notification_from == 3


def test_parent_scale_four_categories_only_the_last_prompts_an_underretning():
    scale = scales.scale_for("parent")
    assert [c.title for c in scale.categories][0] == "Familier i trivsel"
    assert [c.requires_notification for c in scale.categories] == [False, False, False, True]
    assert scales.requires_notification(ScaleKind.PARENT, 4)
    assert not scales.requires_notification(ScaleKind.PARENT, 3)
    assert all(c.description for c in scale.categories)


@pytest.mark.parametrize(("kind", "number"), [(ScaleKind.CHILD, 6), (ScaleKind.PARENT, 5),
                                              (ScaleKind.CHILD, 0)])
def test_a_category_outside_the_scale_is_a_clear_error(kind, number):
    with pytest.raises(ValidationError, match="1 til"):
        scales.scale_for(kind).category(number)


# -- agenda ----------------------------------------------------------------------------------------


def test_standard_agenda_points_in_order_with_phases():
    ids = [p.id for p in agenda.STANDARD_AGENDA]
    assert ids == ["1", "2", "2a", "3", "3a", "3b", "3c", "4", "4a", "4b", "4c", "5", "5a", "5b",
                   "5c", "5d", "5e", "6", "6a", "6b", "6c"]
    phases = {p.id: p.phase for p in agenda.STANDARD_AGENDA}
    assert phases["3b"] is agenda.Phase.VED and phases["4c"] is agenda.Phase.KAN
    assert phases["5e"] is agenda.Phase.VIL and phases["6b"] is agenda.Phase.GOR
    assert agenda.point("6b").parent_id == "6" and agenda.point("6").parent_id is None
    assert agenda.point("5d").label == "d)" and agenda.point("5").label == "5."
    assert all(p.title and p.guidance for p in agenda.STANDARD_AGENDA)


def test_first_meeting_takes_everything_later_meetings_the_last_points():
    assert agenda.first_meeting_agenda() == [p.id for p in agenda.STANDARD_AGENDA]
    later = agenda.follow_up_agenda()
    assert "2" not in later and "2a" not in later and "4a" not in later
    assert later[-4:] == ["6", "6a", "6b", "6c"]
    assert agenda.with_parents(later) == later


def test_agenda_helpers_order_add_parents_and_refuse_unknown_points():
    assert agenda.ordered(["6b", "1", "3a", "1"]) == ["1", "3a", "6b"]
    assert agenda.with_parents(["5d", "3a"]) == ["3", "3a", "5", "5d"]
    with pytest.raises(ValidationError, match="7"):
        agenda.ordered(["7"])


# -- forms -----------------------------------------------------------------------------------------


def test_notification_forms_have_12_and_13_numbered_sections():
    for form, count in ((NotificationForm.AGE_0_6, 12), (NotificationForm.AGE_6_18, 13)):
        sections = forms.sections_for(form)
        assert [s.number for s in sections] == list(range(1, count + 1))
        assert len({s.id for s in sections}) == count
        assert sections[0].title == "Anledning til bekymring"
        assert sections[-1].kind is forms.SectionKind.SIGNATURE
        assert sections[-2].kind is forms.SectionKind.PARENTS_INFORMED
        assert len(forms.text_sections(form)) == count - 1


def test_the_same_question_has_the_same_id_in_both_forms():
    young = {s.id: s for s in forms.NOTIFICATION_SECTIONS_0_6}
    older = {s.id: s for s in forms.NOTIFICATION_SECTIONS_6_18}
    for shared in ("concern", "purpose", "parents_cooperation", "attendance", "parents_informed"):
        assert shared in young and shared in older
    assert "language_development" in young and "current_school" in older


def test_observation_form_questions():
    ids = [q.id for q in forms.OBSERVATION_QUESTIONS]
    assert len(ids) == len(set(ids)) == 10
    assert ids[0] == "concern" and ids[-1] == "own_notes"
    assert forms.OBSERVATION_QUESTIONS[2].hint  # the emotional-development question has a hint


def test_form_for_age_switches_at_six():
    assert forms.form_for_age(5) is NotificationForm.AGE_0_6
    assert forms.form_for_age(6) is NotificationForm.AGE_6_18
    assert forms.form_for_age(None) is NotificationForm.AGE_0_6


def test_the_scales_carry_the_templates_bands_reminder_snapshot_and_source():
    from app.domain.scales import CHILD_SCALE, PARENT_SCALE

    (duty,) = CHILD_SCALE.bands
    assert "underretningspligt" in duty.title and (duty.first, duty.last) == (3, 5)
    assert [b.title for b in PARENT_SCALE.bands] == ["VÆR OPMÆRKSOM", "GRUND TIL BEKYMRING"]
    assert [b.title for b in PARENT_SCALE.bands_of(4)] == ["GRUND TIL BEKYMRING"]
    assert CHILD_SCALE.reminder == "Husk altid at inddrage forældrene."
    assert PARENT_SCALE.reminder == "Husk altid at inddrage forældrene selv."
    assert all("øjebliksbillede" in s.snapshot_note for s in (CHILD_SCALE, PARENT_SCALE))
    assert "Roskildemodellen" in CHILD_SCALE.source
    assert "Lænkeambulatoriernes" in PARENT_SCALE.source


def test_familieretshuset_tracks_are_informal_colours_for_the_laws_three_kinds_of_case():
    from app.domain import family_court
    from app.domain.records import Participant

    titles = [family_court.TRACK_TITLES[t] for t in family_court.Track]
    assert [t.split(":")[0] for t in titles] == ["Grønt spor", "Gult spor", "Rødt spor"]
    assert [t.rsplit("§ ", 1)[1].rstrip(")") for t in titles] == ["5", "6", "7"]
    assert family_court.takes_part([Participant(name="Eva", organisation="Familieretshuset")])
    assert not family_court.takes_part([Participant(name="Arne", organisation="Børn og Familie")])
    assert len(family_court.COORDINATION_PROMPTS) >= 5
