"""Notification and observation forms: observed apart from assumed, parents told, børnehus rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain import forms
from app.domain.records import LogSection, NotificationForm, Observation
from app.ui.live.labels import to_qdate
from app.ui.live.notification_page import NotificationPage
from app.ui.live.observation_page import ObservationPage
from tests.test_ui_live_support import TODAY, live_ctx, open_page, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _tick(checklist, signal_id: str) -> None:  # noqa: ANN001
    model = checklist.signs
    model.setData(
        model.index(model.row_of(signal_id)), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


def test_notification_keeps_observed_and_assumed_apart(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, NotificationPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    # Hans is 5: the 0–6 form; 11 of its 12 sections are text, the last is the signature.
    assert form.form_kind() == NotificationForm.AGE_0_6
    assert set(form.section_edits) == {s.id for s in forms.text_sections(NotificationForm.AGE_0_6)}
    QTest.keyClicks(form.observed, "Hans havde blå mærker på armen den 2. oktober.")
    QTest.keyClicks(form.assumed, "Jeg frygter, at han bliver slået derhjemme.")
    QTest.keyClicks(form.section_edits["concern"], "Hans er blevet meget stille.")
    _tick(form.signs, "signs_of_violence")
    form.parents_informed.setChecked(True)
    form.parents_informed_on.setDate(to_qdate(date(2025, 10, 3)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)

    (saved,) = svc.load(case_id).notifications
    assert saved.observed == "Hans havde blå mærker på armen den 2. oktober."
    assert saved.assumed == "Jeg frygter, at han bliver slået derhjemme."
    assert saved.answers["concern"] == "Hans er blevet meget stille."
    assert saved.signs == ["signs_of_violence"]
    assert saved.parents_informed and saved.parents_informed_on == date(2025, 10, 3)
    assert saved.made_on == TODAY and saved.notifier.name == "Olga Jensen"
    qtbot.waitUntil(lambda: page.notifications.count() == 1, timeout=5_000)
    assert "forældre orienteret" in page.notifications.item(0).text()
    wait_idle(qtbot, live_ctx)
    logged = [e for e in svc.load(case_id).entries if e.section == LogSection.NOTIFICATION]
    assert len(logged) == 1 and logged[0].yes is True
    assert [link.uid for link in logged[0].links] == [saved.uid]

    # Once saved, further typing autosaves into the same notification.
    QTest.keyClicks(form.assumed, " Det er ikke sikkert.")
    qtbot.waitUntil(
        lambda: svc.load(case_id).notifications[0].assumed.endswith("Det er ikke sikkert."),
        timeout=10_000,
    )
    assert len(svc.load(case_id).notifications) == 1
    wait_idle(qtbot, live_ctx)
    # An autosaved correction is not a new notification in the log.
    assert len([e for e in svc.load(case_id).entries if e.section == LogSection.NOTIFICATION]) == 1


def test_switching_to_the_6_18_form_keeps_shared_answers(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, NotificationPage)
    page.start_new()
    QTest.keyClicks(page.form.section_edits["concern"], "Bekymring")
    page.form.kind.setCurrentIndex(page.form.kind.findData(NotificationForm.AGE_6_18))
    assert set(page.form.section_edits) == {
        s.id for s in forms.text_sections(NotificationForm.AGE_6_18)
    }
    assert page.form.section_edits["concern"].toPlainText() == "Bekymring"


def test_childrens_house_criteria_appear_only_with_all_three(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, NotificationPage)
    box = page.steps_box
    box.violence.setChecked(True)
    box.decided.tick.setChecked(True)
    assert box.criteria.isHidden()
    box.police.setChecked(True)
    assert box.criteria.isVisible()
    assert "Børnehuset skal bruges" in box.criteria.text()
    page._steps_saver.flush()
    wait_idle(qtbot, live_ctx)
    steps = svc.load(case_id).municipal
    assert steps.violence_or_abuse_suspected and steps.police_or_hospital_involved
    assert steps.investigation_decided_on == TODAY
    box.police.setChecked(False)
    assert box.criteria.isHidden()


def test_action_plan_date_starts_the_follow_up_deadline(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001,E501
    from app.domain.deadlines import DeadlineKind

    page = open_page(qtbot, live_ctx, NotificationPage)
    page.steps_box.action_plan.tick.setChecked(True)
    page.steps_box.action_plan.day.setDate(to_qdate(date(2025, 7, 20)))
    page._steps_saver.flush()
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).municipal.action_plan_on == date(2025, 7, 20)
    due = [d for d in svc.deadlines(TODAY) if d.kind == DeadlineKind.ACTION_PLAN_FOLLOW_UP]
    assert [d.due_on for d in due] == [date(2025, 10, 20)]  # three months after the plan


def test_observation_form_saves_answers_and_signs(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ObservationPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert [k for k in form.answers] == [q.id for q in forms.OBSERVATION_QUESTIONS]
    assert form.observer.text() == "Olga Jensen"
    form.workplace.setText("Børnehaven Solsikken")
    QTest.keyClicks(form.answers["concern"], "Hans sidder alene ved frokosten.")
    _tick(form.signs, "small_tense_passive")
    form.internal.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    (saved,) = svc.load(case_id).observations
    assert saved.answers == {"concern": "Hans sidder alene ved frokosten."}
    assert saved.signs == ["small_tense_passive"]
    assert saved.workplace == "Børnehaven Solsikken" and saved.internal


def test_internal_observations_vanish_in_the_family_safe_view(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    from app.ui.personal_text import widget_texts

    svc.save_observation(
        case_id,
        Observation(
            observed_on=TODAY,
            observer="Olga Jensen",
            workplace="Intern note",
            internal=True,
            answers={"concern": "Kun til personalet"},
        ),
    )
    svc.save_observation(
        case_id, Observation(observed_on=TODAY, observer="Olga Jensen", workplace="Børnehaven")
    )
    page = open_page(qtbot, live_ctx, ObservationPage)
    assert page.observations.count() == 2
    page.observations.setCurrentRow(
        next(i for i in range(2) if "internt" in page.observations.item(i).text())
    )
    assert page.form.answers["concern"].toPlainText() == "Kun til personalet"
    live_ctx.set_family_safe(True)
    assert page.observations.count() == 1
    texts = " ".join(widget_texts(page))
    assert "Kun til personalet" not in texts and "Intern note" not in texts


def test_form_pages_name_every_input(qtbot, live_ctx) -> None:  # noqa: ANN001
    notification = open_page(qtbot, live_ctx, NotificationPage)
    notification.start_new()
    observation = open_page(qtbot, live_ctx, ObservationPage)
    observation.start_new()
    assert unnamed_inputs(notification) == []
    assert unnamed_inputs(observation) == []


def test_follow_ups_on_barnets_plan_are_recorded_and_set_the_next_one(  # noqa: ANN001
    qtbot, live_ctx, svc, case_id
) -> None:
    from app.domain.deadlines import DeadlineKind

    page = open_page(qtbot, live_ctx, NotificationPage)
    box = page.steps_box
    box.help_started.tick.setChecked(True)
    box.help_started.day.setDate(to_qdate(date(2025, 4, 2)))
    for held in (date(2025, 7, 1), date(2025, 6, 1)):
        box.follow_up_day.setDate(to_qdate(held))
        qtbot.mouseClick(box.add_follow_up, Qt.MouseButton.LeftButton)
    assert "01.06.2025, 01.07.2025" in box.follow_ups.text()
    box.cadence.setValue(3)
    page._steps_saver.flush()
    wait_idle(qtbot, live_ctx)
    steps = svc.load(case_id).municipal
    assert steps.help_started_on == date(2025, 4, 2)
    assert steps.action_plan_followups == [date(2025, 6, 1), date(2025, 7, 1)]
    assert steps.follow_up_every_months == 3
    due = [d for d in svc.deadlines(TODAY) if d.kind == DeadlineKind.ACTION_PLAN_FOLLOW_UP]
    assert [d.due_on for d in due] == [date(2025, 10, 1)]  # three months after the latest


def test_childrens_house_for_the_revision_of_an_existing_investigation(  # noqa: ANN001
    qtbot, live_ctx, svc, case_id
) -> None:
    page = open_page(qtbot, live_ctx, NotificationPage)
    box = page.steps_box
    box.violence.setChecked(True)
    box.police.setChecked(True)
    assert box.criteria.isHidden()
    box.revision.tick.setChecked(True)
    assert box.criteria.isVisible() and "revision" in box.criteria.text()


def test_the_6_to_18_form_records_ja_or_nej_for_talking_with_the_parents(  # noqa: ANN001
    qtbot, live_ctx, svc, case_id
) -> None:
    page = open_page(qtbot, live_ctx, NotificationPage)
    page.start_new()
    form = page.form
    assert form.talked.isHidden()  # the 0-6 form does not ask
    form.kind.setCurrentIndex(form.kind.findData(NotificationForm.AGE_6_18))
    assert not form.talked.isHidden()
    form.talked.setCurrentIndex(form.talked.findData("ja"))
    QTest.keyClicks(form.section_edits["concern"], "Bekymring")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    (saved,) = svc.load(case_id).notifications
    assert saved.answers["parents_talked"] == "ja"
    form.load(saved)
    assert form.talked.currentData() == "ja"
