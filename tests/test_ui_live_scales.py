"""Worry scales: placing, the duty-to-notify prompt and its path, the chart, family-safe view."""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from app.domain.records import ScaleAssessment, ScaleKind
from app.ui import personal_text
from app.ui.live import scales_page
from app.ui.live.notification_page import NotificationPage
from app.ui.live.scales_page import ScalesPage
from tests.test_ui_live_support import TODAY, live_ctx, reload, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _tabs(qtbot, ctx):  # noqa: ANN001, ANN202
    """Scales and notification pages side by side as tabs, as the case view shows them."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    scales, notification = ScalesPage(ctx), NotificationPage(ctx)
    for page in (scales, notification):
        tabs.addTab(page, page.page_title())
        ctx.case_changed.connect(page.show_case)
        ctx.family_safe_changed.connect(page.set_family_safe)
    tabs.resize(1280, 760)
    tabs.show()
    reload(qtbot, ctx)
    return tabs, scales, notification


def test_category_four_prompts_and_opens_the_notification_form(
    qtbot, live_ctx, svc, case_id, monkeypatch
) -> None:  # noqa: ANN001,E501
    asked: list[str] = []

    def fake_ask(parent, text):  # noqa: ANN001, ANN202
        asked.append(text)
        return True

    monkeypatch.setattr(scales_page, "ask_to_notify", fake_ask)
    tabs, scales, notification = _tabs(qtbot, live_ctx)
    editor = scales.editor
    assert editor.person.currentData() is None  # the child first
    # Every category's text is on screen while choosing.
    texts = list(personal_text.widget_texts(editor.picker))
    assert any("Truede børn" in t for t in texts)
    # the template's full criteria (issue 13.5), the child's and the parents' care
    assert any("Barnet er udsat for langvarig tung belastning" in t for t in texts)
    assert any("belastninger i familien ikke magtes" in t for t in texts)

    editor.picker.choose(4)
    row = editor.signs.signs.row_of("signs_of_violence")
    editor.signs.signs.setData(
        editor.signs.signs.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    QTest.keyClicks(editor.note, "Blå mærker på armen to gange i september.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5_000)

    assert "kategori 4" in asked[0] and "underrette" in asked[0]
    (saved,) = svc.load(case_id).assessments
    assert saved.category == 4 and saved.signs == ["signs_of_violence"]
    assert saved.assessors == ["Olga Jensen"]
    # The path: the notification page is in front with a fresh form carrying the signs.
    assert tabs.currentWidget() is notification
    assert notification.form.isVisibleTo(notification)
    new = notification.form.notification()
    assert new is not None and new.signs == ["signs_of_violence"]
    assert new.made_on == TODAY and new.notifier.name == "Olga Jensen"


def test_category_two_and_a_parent_in_three_do_not_prompt(qtbot, live_ctx, monkeypatch) -> None:  # noqa: ANN001,E501
    asked: list[str] = []
    monkeypatch.setattr(scales_page, "ask_to_notify", lambda p, t: asked.append(t) or False)
    _tabs_, scales, _n = _tabs(qtbot, live_ctx)
    assert not scales.prompt_if_duty(
        ScaleAssessment(scale=ScaleKind.CHILD, assessed_on=TODAY, category=2)
    )
    assert not scales.prompt_if_duty(
        ScaleAssessment(scale=ScaleKind.PARENT, assessed_on=TODAY, category=3, subject_uid="x")
    )
    assert scales.prompt_if_duty(
        ScaleAssessment(scale=ScaleKind.PARENT, assessed_on=TODAY, category=4, subject_uid="x")
    )
    assert len(asked) == 1 and "forælder" in asked[0]


def test_a_parent_is_placed_on_the_parent_scale(qtbot, live_ctx, svc, case_id, monkeypatch) -> None:  # noqa: ANN001,E501
    monkeypatch.setattr(scales_page, "ask_to_notify", lambda p, t: False)
    _t, scales, _n = _tabs(qtbot, live_ctx)
    editor = scales.editor
    mother = svc.load(case_id).custodians[0]
    editor.person.setCurrentIndex(editor.person.findData(mother.uid))
    assert sorted(editor.picker.buttons) == [1, 2, 3, 4]
    editor.picker.choose(3)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    (saved,) = svc.load(case_id).assessments
    assert saved.scale == ScaleKind.PARENT and saved.subject_uid == mother.uid


def test_timeline_shows_the_history_and_the_meetings(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    from datetime import datetime

    from app.domain.records import Meeting

    for day, category in ((date(2025, 9, 2), 2), (date(2025, 9, 20), 3), (date(2025, 10, 1), 4)):
        svc.add_assessment(
            case_id,
            ScaleAssessment(
                scale=ScaleKind.CHILD, assessed_on=day, category=category, assessors=["O"]
            ),
        )
    svc.save_meeting(
        case_id,
        Meeting(starts_at=datetime(2025, 9, 25, 8, tzinfo=UTC), place="x", held=True),
    )
    _t, scales, _n = _tabs(qtbot, live_ctx)
    chart = scales.editor.chart
    assert [(p.on, p.category) for p in chart.points()] == [
        (date(2025, 9, 2), 2),
        (date(2025, 9, 20), 3),
        (date(2025, 10, 1), 4),
    ]
    assert chart.meetings() == [date(2025, 9, 25)]
    assert "01.10.2025: kategori 4" in chart.accessibleDescription()
    assert scales.editor.history.count() == 3
    image = chart.grab().toImage()
    assert not image.isNull()


def test_family_safe_view_removes_the_scales_and_keeps_the_typing(qtbot, live_ctx) -> None:  # noqa: ANN001
    _t, scales, _n = _tabs(qtbot, live_ctx)
    scales.editor.picker.choose(3)
    QTest.keyClicks(scales.editor.note, "Kladde til vurderingen")
    live_ctx.set_family_safe(True)
    qtbot.waitUntil(lambda: scales.editor is None)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    from app.ui.live.scale_picker import ScalePicker
    from app.ui.live.timeline_chart import TimelineChart

    assert scales.findChildren(ScalePicker) == []
    assert scales.findChildren(TimelineChart) == []
    texts = " ".join(personal_text.widget_texts(scales))
    for word in ("behovsbørn", "Truede børn", "Problembørn", "Kladde til vurderingen", "kategori"):
        assert word not in texts
    assert scales.hidden_note.isVisible()

    live_ctx.set_family_safe(False)
    assert scales.editor is not None and scales.editor.isVisible()
    assert scales.editor.picker.category() == 3
    assert scales.editor.note.toPlainText() == "Kladde til vurderingen"


def test_scales_page_names_every_input(qtbot, live_ctx) -> None:  # noqa: ANN001
    _t, scales, _n = _tabs(qtbot, live_ctx)
    assert unnamed_inputs(scales) == []


def test_a_misplaced_category_is_undone_and_redone(
    qtbot, live_ctx, svc, case_id, monkeypatch
) -> None:  # noqa: ANN001,E501
    asked: list[str] = []
    monkeypatch.setattr(scales_page, "ask_to_notify", lambda p, t: asked.append(t) or False)
    _t, scales, _n = _tabs(qtbot, live_ctx)
    scales.editor.picker.choose(5)
    qtbot.mouseClick(scales.editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    assert [a.category for a in svc.load(case_id).assessments] == [5]
    assert len(asked) == 1

    live_ctx.undo_stack.undo()
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).assessments == []
    qtbot.waitUntil(lambda: scales.editor.history.count() == 0, timeout=5_000)

    live_ctx.undo_stack.redo()
    wait_idle(qtbot, live_ctx)
    assert [a.category for a in svc.load(case_id).assessments] == [5]
    assert len(asked) == 1  # redo does not ask again


def test_later_on_the_duty_prompt_leaves_a_deadline_until_the_underretning(  # noqa: ANN001
    qtbot, live_ctx, svc, case_id, monkeypatch
) -> None:
    from app.domain.deadlines import DeadlineKind

    monkeypatch.setattr(scales_page, "ask_to_notify", lambda p, t: False)  # "Senere"
    _t, scales, _n = _tabs(qtbot, live_ctx)
    editor = scales.editor
    editor.picker.choose(4)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    due = [d for d in svc.deadlines(TODAY) if d.kind is DeadlineKind.NOTIFICATION_DUTY]
    assert [d.due_on for d in due] == [TODAY]
    assert "§ 133" in due[0].source


def test_the_scale_on_screen_shows_the_templates_bands_and_reminder(  # noqa: ANN001
    qtbot, live_ctx, svc, case_id
) -> None:
    _t, scales, _n = _tabs(qtbot, live_ctx)
    editor = scales.editor
    text = editor.template_words.text()
    assert "underretningspligt: kategori 3-5" in text and "Husk altid at inddrage forældrene." in text
    mother = svc.load(case_id).custodians[0]
    editor.person.setCurrentIndex(editor.person.findData(mother.uid))
    text = editor.template_words.text()
    assert "GRUND TIL BEKYMRING" in text and "Lænkeambulatoriernes" in text


def test_vurderet_af_follows_the_baton_after_a_handover(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    from app.domain.records import Person
    from tests.test_ui_live_support import open_page

    page = open_page(qtbot, live_ctx, ScalesPage)
    before = page.editor.assessors.text()
    assert before
    svc.offer_baton(case_id, Person(name="Arne Andersen", role="børnesagsbehandler"), TODAY)
    svc.accept_baton(case_id, TODAY)
    reload(qtbot, live_ctx)
    assert page.editor.assessors.text() == "Arne Andersen"
    # A name the caseworker typed is kept through the next reload.
    page.editor.assessors.setText("Olga Jensen og Arne Andersen")
    reload(qtbot, live_ctx)
    assert page.editor.assessors.text() == "Olga Jensen og Arne Andersen"


def test_the_parents_scale_offers_the_parents_sign_lists_and_keeps_the_ticks(
    qtbot, live_ctx, svc, case_id
):
    """Issue 13.5: the parents' scale has its own signs (seed 003 ~4176-4239)."""
    from app.domain import signals

    tabs, scales, _notification = _tabs(qtbot, live_ctx)
    editor = scales.editor
    model = editor.signs.signs
    child_rows = [model.data(model.index(i)) for i in range(model.rowCount())]
    assert "Viser tegn på fysisk vold" in child_rows
    assert "lugt af alkohol" not in child_rows
    editor.person.setCurrentIndex(1)  # the mother
    rows = [model.data(model.index(i)) for i in range(model.rowCount())]
    assert rows[0] == "Den fysiske fremtoning er præget af:"
    assert "lugt af alkohol" in rows and "familieproblemer" in rows
    assert "Viser tegn på fysisk vold" not in rows
    texts = list(personal_text.widget_texts(editor.picker))
    assert any("Mistanke om seksuelt misbrug" in t for t in texts)
    assert any("Den psykiske fremtoning er præget af: irritation" in t for t in texts)
    model.setData(model.index(rows.index("lugt af alkohol")), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)
    assert editor.signs.checked_ids() == ["parent_smells_of_alcohol"]
    editor.picker.choose(3)
    assessment = editor.assessment()
    assert assessment.signs == ["parent_smells_of_alcohol"]
    assert signals.signal_text(assessment.signs[0]) == "lugt af alkohol"
