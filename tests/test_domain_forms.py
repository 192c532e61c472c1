"""The underretning forms' own rules (app.domain.forms): which form asks what, and their numbers."""

from __future__ import annotations

from app.domain import forms
from app.domain.records import NotificationForm


def test_only_the_6_18_form_asks_whether_they_talked_with_the_parents():
    assert forms.asks_talked_with_parents(NotificationForm.AGE_6_18)
    assert forms.asks_talked_with_parents("age_6_18")  # as the vault stores it
    assert not forms.asks_talked_with_parents(NotificationForm.AGE_0_6)
    assert not forms.asks_talked_with_parents("age_0_6")


def test_each_form_numbers_its_sections_1_to_n_as_printed():
    for form, count in ((NotificationForm.AGE_0_6, 12), (NotificationForm.AGE_6_18, 13)):
        sections = forms.sections_for(form)
        assert [s.number for s in sections] == list(range(1, count + 1))
        assert forms.sections_for(form.value) == sections  # the stored value picks the same form


def test_the_form_switches_at_the_sixth_birthday():
    assert [forms.form_for_age(a) for a in (None, 0, 5, 6, 17)] == [
        NotificationForm.AGE_0_6, NotificationForm.AGE_0_6, NotificationForm.AGE_0_6,
        NotificationForm.AGE_6_18, NotificationForm.AGE_6_18]


def test_the_text_sections_are_all_but_the_signature():
    for form in NotificationForm:
        texts = forms.text_sections(form)
        assert [s.id for s in texts] == [s.id for s in forms.sections_for(form)][:-1]
        assert all(s.kind is not forms.SectionKind.SIGNATURE for s in texts)
