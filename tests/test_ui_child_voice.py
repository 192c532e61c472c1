"""The child's own words on screen: the stafetlog's section and the meeting's VED point 3b."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain import child_voice as cv
from app.domain import records as r
from app.ui.live.meeting_page import MeetingPage
from app.ui.stafetlog.page import StafetlogPage
from tests.test_ui_live_support import TODAY, live_ctx, open_page, reload, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _box(qtbot, live_ctx):  # noqa: ANN001, ANN202
    page = open_page(qtbot, live_ctx, StafetlogPage)
    return page, page.child_voice


def test_the_childs_words_are_saved_verbatim_apart_from_the_log(qtbot, live_ctx, svc, case_id):
    page, box = _box(qtbot, live_ctx)
    assert box.isVisible() and box.editor.isVisible()
    assert not unnamed_inputs(box)
    form = box.form
    assert form.heard_by.text() == "Olga Jensen"  # who heard it: the one writing, by default
    assert form.heard_on.value() == TODAY
    words = "Jeg er bange, når mor græder.  Men jeg kan godt lide bh'en."
    QTest.keyClicks(form.words, words)
    QTest.keyClicks(form.situation, "i garderoben")
    form.may_share.setChecked(True)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)

    (voice,) = svc.load(case_id).child_voices
    assert voice.words == words and voice.heard_by == "Olga Jensen"
    assert voice.heard_on == TODAY and voice.method is r.VoiceMethod.CONVERSATION
    assert voice.situation == "i garderoben" and voice.may_share
    assert svc.load(case_id).entries == []  # kept apart: nothing written into the log's sections
    assert form.words.toPlainText() == ""  # the form is ready for the next words
    assert words in box.list.item(0).text()

    # undo takes the words back out of the vault
    live_ctx.undo_stack.undo()
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).child_voices == []


def test_the_three_houses_need_a_house_and_bad_input_stores_nothing(qtbot, live_ctx, svc, case_id):
    page, box = _box(qtbot, live_ctx)
    form = box.form
    assert not form.house.isVisibleTo(box)
    form.set_method(r.VoiceMethod.THREE_HOUSES)
    assert form.house.isVisibleTo(box)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)  # no words
    assert box.message.isVisible() and "barnets ord" in box.message.text()
    form.heard_on.setText("31.12.2099")
    QTest.keyClicks(form.words, "En hund")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)  # a date after today
    assert "dato" in box.message.text()
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).child_voices == []

    form.heard_on.set_value(TODAY)
    form.house.setCurrentIndex(form.house.findData(r.House.WISHES.value))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    (voice,) = svc.load(case_id).child_voices
    assert voice.house is r.House.WISHES and voice.method is r.VoiceMethod.THREE_HOUSES
    assert not voice.may_share  # nobody ticked the child's yes


def test_a_correction_keeps_the_old_words_and_the_family_sees_only_shared_words(
    qtbot, live_ctx, svc, case_id
):
    private = svc.add_child_voice(
        case_id,
        r.ChildVoice(heard_on=date(2025, 9, 2), words="Far drikker", heard_by="Olga Jensen"),
    )
    svc.add_child_voice(
        case_id,
        r.ChildVoice(heard_on=date(2025, 9, 3), words="Jeg vil gerne i svømmehallen",
                     heard_by="Olga Jensen", may_share=True),
    )
    page, box = _box(qtbot, live_ctx)
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    assert any("Far drikker" in t and "ikke sagt ja" in t for t in texts)
    assert box.withheld.isVisible() and "1" in box.withheld.text()

    live_ctx.set_family_safe(True)  # F12: the family looks at the screen
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    assert not any("Far drikker" in t for t in texts)
    assert any("svømmehallen" in t for t in texts)
    assert not box.editor.isVisible() and not box.withheld.isVisible()
    live_ctx.set_family_safe(False)

    # correct the private words: select them, change, save as a new version
    for i in range(box.list.count()):
        if box.list.item(i).data(Qt.ItemDataRole.UserRole) == private:
            box.list.setCurrentRow(i)
    assert box.revise_button.isEnabled()
    qtbot.mouseClick(box.revise_button, Qt.MouseButton.LeftButton)
    assert box.form.words.toPlainText() == "Far drikker"
    box.form.words.setPlainText("Far drikker øl om aftenen")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    voices = svc.load(case_id).child_voices
    assert len(voices) == 3  # the old words stay in the history
    now = {v.words for v in cv.current(voices)}
    assert now == {"Far drikker øl om aftenen", "Jeg vil gerne i svømmehallen"}
    box.show_history.setChecked(True)
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    assert any("»Far drikker«" in t and "erstattet" in t for t in texts)


def test_the_meeting_asks_for_the_childs_own_words_at_ved_3b(qtbot, live_ctx, svc, case_id):
    svc.add_child_voice(
        case_id,
        r.ChildVoice(heard_on=date(2025, 9, 3), words="Jeg vil gerne i svømmehallen",
                     heard_by="Olga Jensen", may_share=True),
    )
    svc.add_child_voice(
        case_id, r.ChildVoice(heard_on=date(2025, 9, 4), words="Far drikker", heard_by="Olga")
    )
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    QTest.keyClicks(page.plan.place, "Skolen")
    qtbot.mouseClick(page.plan.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    mode = page.mode
    assert not mode.voice_panel.isVisible()
    while mode.current_point() != cv.VED_POINT:
        qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.voice_panel.isVisible()
    assert "Hvad har barnet selv sagt?" in mode.voice_prompt.text()
    shown = mode.voice_words.text()
    assert "svømmehallen" in shown and "Far drikker" not in shown  # the family sees this screen
    assert "1 udsagn" in shown  # but the caseworker is told one is held back

    dialog = mode.record_child_voice()
    assert dialog.form.method.currentData() == r.VoiceMethod.MEETING.value
    QTest.keyClicks(dialog.form.words, "Jeg vil bo hos mormor i weekenden")
    dialog.form.may_share.setChecked(True)
    dialog._save()
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: "mormor" in mode.voice_words.text(), timeout=10_000)
    meeting_uid = mode.meeting().uid
    (said,) = cv.at_meeting(svc.load(case_id).child_voices, meeting_uid)
    assert said.words == "Jeg vil bo hos mormor i weekenden" and said.heard_by == "Olga Jensen"
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert not mode.voice_panel.isVisible()
    reload(qtbot, live_ctx)
