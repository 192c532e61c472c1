"""The stafetlog editor: baton handover, levels, actors' table, deadlines, closing, validation."""

from __future__ import annotations

import pytest

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import records as r
from app.domain.validation import format_date
from app.ui.plain_text_marks import marked_ranges
from tests.fixtures_ui import WAIT_MS, create_case_through_gui, wait_idle


def _page(window):
    return window.workspace.case_view.pages[0]


def _offer_to_arne(qtbot, window):
    baton = _page(window).baton
    qtbot.mouseClick(baton.offer_toggle, Qt.MouseButton.LeftButton)
    assert baton.offer_box.isVisible()
    qtbot.keyClicks(baton.offer_person.name, "Arne Andersen")
    qtbot.keyClicks(baton.offer_person.organisation, "Børn og Familie")
    qtbot.keyClicks(baton.offer_person.role, "sagsbehandler")
    qtbot.mouseClick(baton.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: baton.pending.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    return baton


def test_offer_then_accept_moves_the_baton_only_on_acceptance(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    baton = _offer_to_arne(qtbot, window)
    assert "Arne Andersen" in baton.pending.text()
    assert "Olga Jensen" in baton.holder.text()  # the holder keeps it until the answer
    assert baton.accept_button.isVisible() and not baton.offer_box.isVisible()
    assert not baton.offer_toggle.isVisible()  # one open offer at a time
    page = _page(window)
    assert "Olga Jensen" in page.header.values["holder"].text()

    qtbot.mouseClick(baton.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not baton.pending.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert "Arne Andersen" in baton.holder.text()
    assert "Arne Andersen" in page.header.values["holder"].text()
    kinds = [e.kind for e in window.ctx.service.load(case_id).baton]
    assert kinds == [r.BatonEventKind.CREATED, r.BatonEventKind.OFFERED, r.BatonEventKind.ACCEPTED]


def test_a_declined_offer_leaves_the_holder_in_place(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    baton = _offer_to_arne(qtbot, window)
    qtbot.mouseClick(baton.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not baton.pending.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert "Olga Jensen" in baton.holder.text()
    assert baton.offer_toggle.isVisible()
    assert window.ctx.service.load(case_id).baton[-1].kind is r.BatonEventKind.DECLINED


def test_offering_without_a_name_says_so_and_stores_nothing(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    baton = _page(window).baton
    qtbot.mouseClick(baton.offer_toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(baton.offer_button, Qt.MouseButton.LeftButton)
    assert baton.message.isVisible() and "navn" in baton.message.text()
    wait_idle(qtbot, window.ctx)
    assert len(window.ctx.service.load(case_id).baton) == 1


def test_actor_table_edit_creates_a_superseding_row_and_undo_retracts_it(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    actors = _page(window).actors
    qtbot.keyClicks(actors.actor, "Familiehuset")
    qtbot.keyClicks(actors.effort, "Forældrekursus hver tirsdag")
    qtbot.keyClicks(actors.follow_up_by, "Arne Andersen")
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actors.model.rowCount() == 1)
    wait_idle(qtbot, window.ctx)
    assert actors.actor.text() == ""
    index = actors.model.index(0, 2)
    assert actors.model.setData(index, "Forældrekursus hver torsdag")
    qtbot.waitUntil(
        lambda: actors.model.data(actors.model.index(0, 2)) == "Forældrekursus hver torsdag"
    )
    wait_idle(qtbot, window.ctx)
    rows = window.ctx.service.load(case_id).actor_rows
    assert len(rows) == 2 and rows[1].supersedes == rows[0].uid
    actors.show_history.setChecked(True)
    assert actors.model.rowCount() == 2
    struck = [
        actors.model.data(actors.model.index(i, 2), Qt.ItemDataRole.FontRole) for i in range(2)
    ]
    assert [bool(f and f.strikeOut()) for f in struck] == [True, False]
    window.action_undo.trigger()
    wait_idle(qtbot, window.ctx)
    assert len(window.ctx.service.load(case_id).actor_rows) == 1


def test_a_bad_date_in_the_actor_table_is_refused_with_a_message(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    actors = _page(window).actors
    qtbot.keyClicks(actors.actor, "Skolen")
    qtbot.keyClicks(actors.effort, "Lektiehjælp")
    qtbot.mouseClick(actors.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actors.model.rowCount() == 1)
    assert not actors.model.setData(actors.model.index(0, 3), "31.02.2026")
    assert "findes ikke" in actors.message.text()


def test_level_change_is_dated_and_shown_in_the_header(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    level = _page(window).level
    level.level.setCurrentIndex(level.level.findData(2))
    qtbot.keyClicks(level.note, "Familiehuset og skolen samarbejder")
    qtbot.mouseClick(level.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: "2" in _page(window).header.values["level"].text())
    levels = window.ctx.service.load(case_id).levels
    assert [c.level for c in levels] == [r.Level.ONE, r.Level.TWO]
    assert levels[1].note == "Familiehuset og skolen samarbejder"


def test_deadline_dashboard_lists_a_review_and_opens_the_case_there(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    review = _page(window).sections[r.LogSection.REVIEW]
    due = window.ctx.today() + timedelta(days=5)
    qtbot.keyClicks(review.due_on, format_date(due))
    qtbot.keyClicks(review.text, "Olga og Lilly taler sammen igen")
    qtbot.mouseClick(review.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(review.shown_entries) == 1)
    wait_idle(qtbot, window.ctx)
    window.action_show_deadlines.trigger()
    panel = window.workspace.deadlines
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=WAIT_MS)
    texts = [panel.model.data(panel.model.index(0, c)) for c in range(5)]
    assert texts[1] == format_date(due)
    assert texts[2] == "Hans Hansen"
    assert texts[4]  # the rule behind it
    window.workspace.show_cases()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.open_selected()
    qtbot.waitUntil(lambda: window.workspace.tabs.currentWidget() is window.workspace.case_view)
    qtbot.waitUntil(
        lambda: review.text.hasFocus() or QApplication.focusWidget() is review.text, timeout=WAIT_MS
    )


def test_closing_with_destroy_asks_first_and_keeps_the_case_on_no(
    qtbot, unlocked_window, monkeypatch
):
    import app.ui.stafetlog.closing as closing

    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    box = _page(window).closing
    box.reasons[r.ClosureReason.THRIVING].setChecked(True)
    box.reasons[r.ClosureReason.LOW_RISK].setChecked(True)
    box.reasons[r.ClosureReason.DECIDED_TOGETHER].setChecked(True)
    qtbot.keyClicks(box.explanation, "Hans trives i børnehaven, og familien klarer sig selv.")
    box.destroy_choice.setChecked(True)
    asked = []
    monkeypatch.setattr(closing, "confirm_destroy", lambda parent: asked.append(1) or False)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    assert asked == [1]
    assert window.ctx.service.load(case_id).closure is None

    monkeypatch.setattr(closing, "confirm_destroy", lambda parent: True)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    assert window.ctx.service.list_cases() == []
    assert window.workspace.tabs.currentWidget() is window.workspace.cases


def test_closing_with_archive_makes_the_log_read_only(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    box = _page(window).closing
    assert set(box.reasons) == {
        r.ClosureReason.THRIVING,
        r.ClosureReason.LOW_RISK,
        r.ClosureReason.DECIDED_TOGETHER,
    }  # moving and "other" are no choices: a move means a new holder
    box.reasons[r.ClosureReason.THRIVING].setChecked(True)
    qtbot.keyClicks(box.explanation, "Hans trives igen.")
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "alle tre" in box.message.text()  # refused on screen: two conditions missing
    assert window.ctx.service.load(case_id).closure is None
    box.reasons[r.ClosureReason.LOW_RISK].setChecked(True)
    box.reasons[r.ClosureReason.DECIDED_TOGETHER].setChecked(True)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: box.status.isVisible())
    assert window.ctx.service.load(case_id).closure is not None
    assert not _page(window).sections[r.LogSection.GOAL].editor.isVisible()


def test_plain_language_marks_underline_vague_words_with_a_suggestion(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    editor = _page(window).sections[r.LogSection.DECISION]
    qtbot.keyClicks(editor.text, "Vi kontakter jer snarest")
    qtbot.waitUntil(lambda: marked_ranges(editor.text) != [])
    start, end = marked_ranges(editor.text)[0]
    assert editor.text.toPlainText()[start:end] == "snarest"
    level = _page(window).level
    qtbot.keyClicks(level.note, "Såfremt mor vil")
    assert level.note.property("plainFindings") is True
    assert "hvis" in level.note.toolTip().lower()


def test_new_case_dialog_explains_a_wrong_cpr_inline_and_creates_nothing(qtbot, unlocked_window):
    from app.ui.create_case import CreateCaseDialog

    window = unlocked_window
    window.action_new_case.trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CreateCaseDialog) and w.isVisible()
    )
    qtbot.keyClicks(dialog.child_name, "Hans Hansen")
    qtbot.keyClicks(dialog.cpr, "320320-4235")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.cpr_message.isVisible()
    assert dialog.isVisible()
    dialog.cpr.clear()
    dialog.unborn.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.expected_message.isVisible()
    qtbot.keyClicks(dialog.expected, format_date(window.ctx.today() + timedelta(days=60)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.ctx.service.list_cases()) == 1, timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    [summary] = window.ctx.service.list_cases()
    assert summary.cpr is None
    case = window.ctx.service.load(summary.id)
    assert case.child.expected_birth_date == window.ctx.today() + timedelta(days=60)


def test_withdrawing_an_offer_keeps_the_holder(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    baton = _offer_to_arne(qtbot, window)
    qtbot.mouseClick(baton.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not baton.pending.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    assert window.ctx.service.load(case_id).baton[-1].kind is r.BatonEventKind.WITHDRAWN
    assert "Olga Jensen" in baton.holder.text()


def test_eye_on_the_child_is_dated_and_shown_in_the_header(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    page = _page(window)
    baton = page.baton
    qtbot.mouseClick(baton.eye_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(baton.eye_person.name, "Mette Kjær")
    qtbot.keyClicks(baton.eye_person.role, "sundhedsplejerske")
    qtbot.mouseClick(baton.eye_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: "Mette Kjær" in page.header.values["eye"].text())
    eyes = window.ctx.service.load(case_id).eye_on_child
    assert [e.person.name for e in eyes] == ["Mette Kjær"]
    assert "Mette Kjær" in baton.history.text()
    assert not baton.eye_box.isVisible()  # the form closes again


def test_joint_effort_setting_lists_the_persons_with_the_date(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    joint = _page(window).joint
    qtbot.keyClicks(joint.persons, "Børnesagsbehandler (Arne Andersen)")
    joint.persons.appendPlainText("Stuepædagog (Olga Jensen)")
    qtbot.mouseClick(joint.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    [setting] = window.ctx.service.load(case_id).joint_effort
    assert setting.persons == ["Børnesagsbehandler (Arne Andersen)", "Stuepædagog (Olga Jensen)"]
    qtbot.waitUntil(lambda: "Arne Andersen" in joint.history.text())
    assert joint.persons.toPlainText() == ""


def test_consent_question_is_answered_yes_with_a_date_and_a_link_to_the_consent(
    qtbot, unlocked_window
):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    today = window.ctx.today()
    consent = r.Consent(
        purpose="Samarbejde mellem børnehave og Familiehuset",
        signed_on=today,
        valid_until=today + timedelta(days=300),
        givers=[r.ConsentGiver(name="Lilly Hansen", relation="mor")],
        parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Børnehaven")],
    )
    window.ctx.service.save_consent(case_id, consent)
    window.ctx.reload_case()
    wait_idle(qtbot, window.ctx)
    section = _page(window).sections[r.LogSection.CONSENT]
    assert section.link.count() == 2  # "(nothing)" and the consent
    section.yes_no.setCurrentIndex(section.yes_no.findData(True))
    section.link.setCurrentIndex(1)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "udfyldes" in section.message.text()  # a yes/no answer still needs a sentence
    qtbot.keyClicks(section.text, "Lilly og Ib har skrevet under på samtykket")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.ctx)
    [entry] = [
        e for e in window.ctx.service.load(case_id).entries if e.section is r.LogSection.CONSENT
    ]
    assert entry.yes is True and entry.entry_date == today
    assert entry.links == [r.RecordLink(kind=r.LinkKind.CONSENT, uid=consent.uid)]
    qtbot.waitUntil(
        lambda: "Ja." in section.history.text() and "Samtykke" in section.history.text()
    )


def test_baton_steps_are_undone_and_redone_through_the_service(qtbot, unlocked_window):
    window = unlocked_window
    case_id = create_case_through_gui(qtbot, window)
    baton = _offer_to_arne(qtbot, window)
    qtbot.mouseClick(baton.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Arne Andersen" in baton.holder.text(), timeout=WAIT_MS)
    wait_idle(qtbot, window.ctx)
    service = window.ctx.service

    def kinds() -> list:
        return [e.kind for e in service.load(case_id).baton]

    window.action_undo.trigger()  # the acceptance goes back: Olga holds it, the offer is open
    wait_idle(qtbot, window.ctx)
    assert kinds() == [r.BatonEventKind.CREATED, r.BatonEventKind.OFFERED]
    qtbot.waitUntil(lambda: "Olga Jensen" in baton.holder.text(), timeout=WAIT_MS)
    window.action_undo.trigger()  # and the offer
    wait_idle(qtbot, window.ctx)
    assert kinds() == [r.BatonEventKind.CREATED]
    window.action_redo.trigger()
    wait_idle(qtbot, window.ctx)
    assert kinds() == [r.BatonEventKind.CREATED, r.BatonEventKind.OFFERED]


def test_only_the_newest_baton_step_can_be_retracted(svc, case_id):
    from datetime import date

    from app.models.errors import CannotRetract

    first = svc.load(case_id).baton[0].uid
    offer = svc.offer_baton(case_id, r.Person(name="Arne Andersen"), date(2025, 10, 1))
    svc.decline_baton(case_id, date(2025, 10, 2))
    with pytest.raises(CannotRetract):
        svc.retract(case_id, offer)  # an answer came after it
    with pytest.raises(CannotRetract):
        svc.retract(case_id, first)  # the first holder stays


def test_enter_on_a_section_in_the_list_moves_the_focus_into_it(qtbot, unlocked_window):
    window = unlocked_window
    create_case_through_gui(qtbot, window)
    page = _page(window)
    window.activateWindow()
    page.nav.setFocus()
    editor = page.sections[r.LogSection.GOAL]
    row = next(
        i for i in range(page.nav.count()) if page.nav.item(i).data(Qt.ItemDataRole.UserRole) is editor
    )
    page.nav.setCurrentRow(row)
    qtbot.keyClick(page.nav, Qt.Key.Key_Return)
    assert window.focusWidget() is editor.text
    # A part without a text field: its first field or button takes the focus.
    baton_row = next(
        i
        for i in range(page.nav.count())
        if page.nav.item(i).data(Qt.ItemDataRole.UserRole) is page.baton
    )
    page.nav.setCurrentRow(baton_row)
    qtbot.keyClick(page.nav, Qt.Key.Key_Return)
    assert page.baton.isAncestorOf(window.focusWidget())
