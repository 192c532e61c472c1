"""A whole first coordination meeting, driven through the screens into the vault."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain import agenda
from app.domain.deadlines import DeadlineKind
from app.domain.records import current_actor_rows
from app.ui.live.labels import to_qdate
from app.ui.live.meeting_page import MeetingPage
from tests.test_ui_live_support import TODAY, live_ctx, open_page, reload, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _type_minutes(qtbot, page: MeetingPage, text: str) -> None:  # noqa: ANN001
    page.mode.minutes.setFocus()
    QTest.keyClicks(page.mode.minutes, text)


def test_first_meeting_from_plan_to_stafetlog(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    meeting = page.plan_new()
    wait_idle(qtbot, live_ctx)

    # The first meeting gets the whole standard agenda and the family on the invitation.
    assert page.plan.agenda() == [p.id for p in agenda.STANDARD_AGENDA]
    invited = {p.name for p in page.plan.participants.participants()}
    assert {"Olga Jensen", "Lilly Hansen", "Ib Hansen"} <= invited
    QTest.keyClicks(page.plan.place, "Hjemme hos familien")
    qtbot.mouseClick(page.plan.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)

    mode = page.mode
    assert mode.phase_labels[agenda.Phase.INTRO].property("current") is True
    typed = {}
    for phase, text in (
        (agenda.Phase.VED, "Hans er stille i børnehaven og spiser lidt."),
        (agenda.Phase.KAN, "Familiehuset kan tilbyde forløb for hele familien."),
        (agenda.Phase.VIL, "Fælles mål: Hans leger med de andre børn igen."),
    ):
        while mode.current_phase() != phase:
            qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
        assert mode.phase_labels[phase].property("current") is True
        assert mode.guidance.text()  # the point's guidance is in view
        _type_minutes(qtbot, page, text)
        typed[mode.current_point()] = text

    # Attendance: Lilly came, Ib did not.
    for row in range(mode.attendance.count()):
        item = mode.attendance.item(row)
        if item.text() == "Lilly Hansen":
            item.setCheckState(Qt.CheckState.Checked)

    # Grandmother came too, without an invitation.
    QTest.keyClicks(mode.newcomer, "Mormor Grete")
    QTest.keyClick(mode.newcomer, Qt.Key.Key_Return)

    while mode.current_point() != "6b":
        qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.agreements_panel.isVisible()
    _type_minutes(qtbot, page, "Vi aftaler de første skridt.")
    typed["6b"] = "Vi aftaler de første skridt."
    for who, what, by_when, follow in (
        ("Familiehuset", "Starter familieforløb", date(2025, 10, 20), "Arne Andersen"),
        ("Børnehaven", "Giver Hans en fast voksen om morgenen", date(2025, 10, 13), "Olga Jensen"),
    ):
        mode.who.setEditText(who)
        QTest.keyClicks(mode.what, what)
        mode.by_when.setDate(by_when)
        mode.follow_up_by.setEditText(follow)
        qtbot.mouseClick(mode.add_agreement_button, Qt.MouseButton.LeftButton)
    assert mode.agreements.rowCount() == 2
    mode.next_meeting.setChecked(True)
    mode.next_meeting_on.setDate(date(2025, 11, 3))

    qtbot.mouseClick(mode.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not page.mode, timeout=10_000)
    wait_idle(qtbot, live_ctx)

    case = svc.load(case_id)
    (saved,) = case.meetings
    assert saved.uid == meeting.uid and saved.held
    assert saved.place == "Hjemme hos familien"
    for point, text in typed.items():
        assert saved.minutes[point] == text
    attended = {p.name: p.attended for p in saved.participants}
    assert attended["Lilly Hansen"] is True and attended["Ib Hansen"] is False
    grete = next(p for p in saved.participants if p.name == "Mormor Grete")
    assert grete.attended and not grete.invited

    rows = {r.actor: r for r in current_actor_rows(case.actor_rows)}
    assert rows["Familiehuset"].effort == "Starter familieforløb"
    assert rows["Familiehuset"].follow_up_on == date(2025, 10, 20)
    assert rows["Familiehuset"].follow_up_by == "Arne Andersen"
    assert rows["Børnehaven"].follow_up_on == date(2025, 10, 13)
    assert all(r.from_meeting_uid == meeting.uid for r in rows.values())

    due = [d for d in svc.deadlines(TODAY) if d.case_uid == case.uid]
    follow_ups = sorted((d.due_on, d.detail) for d in due if d.kind == DeadlineKind.ACTOR_FOLLOW_UP)
    assert follow_ups == [
        (date(2025, 10, 13), "Olga Jensen"),
        (date(2025, 10, 20), "Arne Andersen"),
    ]
    assert [d.due_on for d in due if d.kind == DeadlineKind.NEXT_MEETING] == [date(2025, 11, 3)]
    # Applied agreements are no longer loose meeting deadlines: the actors' table carries them.
    assert not [d for d in due if d.kind == DeadlineKind.AGREEMENT]


def test_minutes_autosave_on_a_typing_pause_without_leaving_the_point(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, MeetingPage)
    meeting = page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    _type_minutes(qtbot, page, "Velkommen til alle")

    def stored() -> bool:
        found = svc.load(case_id).meetings[0]
        return found.minutes.get("1") == "Velkommen til alle"

    # Saved by the typing pause alone (no button, no leaving the point); the pause that
    # triggers it is configured under the spec's one second. (No wall-clock assertion here.)
    from app.ui.live.common import AUTOSAVE_MS

    assert page.mode._minutes_saver.delay_ms() == AUTOSAVE_MS < 1_000
    qtbot.waitUntil(stored, timeout=10_000)
    assert page.mode.current_point() == "1"
    assert svc.load(case_id).meetings[0].uid == meeting.uid


def test_meeting_mode_shows_nothing_internal_in_family_safe_view(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    from app.domain.records import ScaleAssessment, ScaleKind

    svc.add_assessment(
        case_id,
        ScaleAssessment(scale=ScaleKind.CHILD, assessed_on=TODAY, category=3, assessors=["Olga"]),
    )
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    # Off until the caseworker asks: the family sees this screen.
    assert not page.mode.internal_panel.isVisible()
    page.mode.internal_toggle.click()
    assert page.mode.internal_panel.isVisible()
    assert "behovsbørn" in page.mode.internal_panel.text()

    live_ctx.set_family_safe(True)
    assert not page.mode.internal_panel.isVisible()
    assert page.mode.internal_panel.text() == ""
    assert not page.mode.internal_toggle.isVisible()
    assert page.mode.minutes.isVisible()  # the meeting itself goes on


def test_meeting_page_names_every_input(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    assert unnamed_inputs(page) == []


def test_section_49a_refuses_a_second_meeting_that_is_no_follow_up(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, MeetingPage)
    for weeks_ago in (4, 2):
        page.plan_new()
        wait_idle(qtbot, live_ctx)
        page.plan.day.setDate(to_qdate(TODAY - timedelta(weeks=weeks_ago)))  # one a day
        page.plan.without_consent.setChecked(True)
        page._plan_saver.flush()
        wait_idle(qtbot, live_ctx)
        reload(qtbot, live_ctx)
    flagged = [m for m in svc.load(case_id).meetings if m.without_consent_49a]
    assert len(flagged) == 2
    assert flagged[1].follow_up_of_uid == flagged[0].uid or flagged[0].follow_up_of_uid

    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.plan.without_consent.setChecked(True)
    assert not page.plan.without_consent.isChecked()
    assert "Loven tillader ikke flere" in page.plan.rule_message.text()


def _meeting_in_tabs(qtbot, live_ctx):  # noqa: ANN001, ANN202
    """(tabs, page): today's meeting running on a page inside tabs, as in the workspace."""
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = MeetingPage(live_ctx)
    tabs.addTab(page, page.page_title())
    live_ctx.case_changed.connect(page.show_case)
    tabs.show()
    tabs.activateWindow()
    reload(qtbot, live_ctx)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    return tabs, page


def test_full_screen_gives_the_meeting_the_whole_screen_and_back(qtbot, live_ctx) -> None:  # noqa: ANN001
    tabs, page = _meeting_in_tabs(qtbot, live_ctx)
    page.mode.full_screen.click()
    assert tabs.window().isFullScreen() and not tabs.tabBar().isVisible()
    QTest.keyClick(page.mode, Qt.Key.Key_Escape)
    assert not page.mode.full_screen.isChecked()
    assert not tabs.window().isFullScreen() and tabs.tabBar().isVisible()


def test_a_later_meeting_gets_mostly_the_last_agenda_points(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.plan.day.setDate(to_qdate(TODAY - timedelta(weeks=6)))
    page._plan_saver.flush()
    wait_idle(qtbot, live_ctx)
    reload(qtbot, live_ctx)
    page.plan_new()
    assert page.plan.agenda() == agenda.follow_up_agenda()
    assert "6b" in page.plan.agenda() and "2" not in page.plan.agenda()


def test_meeting_times_round_trip_in_winter_and_summer(monkeypatch) -> None:  # noqa: ANN001
    import time as time_module
    from datetime import time

    from app.ui.live.meeting_plan import local_parts, local_start

    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time_module.tzset()
    try:
        winter = local_start(date(2025, 1, 15), time(9, 0))
        summer = local_start(date(2025, 7, 15), time(9, 0))
        assert (winter.hour, summer.hour) == (8, 7)  # stored in UTC, summer time honoured
        assert local_parts(winter) == (date(2025, 1, 15), time(9, 0))
        assert local_parts(summer) == (date(2025, 7, 15), time(9, 0))
    finally:
        monkeypatch.delenv("TZ")
        time_module.tzset()


def test_a_new_meeting_is_dated_today_and_never_doubled_on_one_day(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001, E501
    from app.ui.live.meeting_plan import local_parts

    page = open_page(qtbot, live_ctx, MeetingPage)
    first = page.plan_new()
    wait_idle(qtbot, live_ctx)
    assert local_parts(first.starts_at)[0] == TODAY  # not a week ahead
    reload(qtbot, live_ctx)
    again = page.plan_new()  # a second click on "Planlæg nyt møde" the same day
    wait_idle(qtbot, live_ctx)
    assert again.uid == first.uid
    assert "allerede planlagt" in page.plan_status.text()
    assert len(svc.load(case_id).meetings) == 1


def test_starting_a_meeting_planned_for_another_day_asks_which_date_holds(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.live.meeting_plan import local_parts

    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.plan.day.setDate(to_qdate(TODAY + timedelta(days=7)))
    asked: list[str] = []

    def answer() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                asked.append(box.text())
                box.defaultButton().click()  # "Mødet holdes i dag"
                return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    assert asked and "13.10.2025" in asked[0] and "06.10.2025" in asked[0]
    wait_idle(qtbot, live_ctx)
    (meeting,) = svc.load(case_id).meetings
    assert local_parts(meeting.starts_at)[0] == TODAY


def test_one_new_agreement_is_said_in_the_singular(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.mode._applied(["a"])
    assert page.mode.saved_note.text().startswith("1 ny aftale er skrevet")
    page.mode._applied(["a", "b"])
    assert page.mode.saved_note.text().startswith("2 nye aftaler er skrevet")


def test_a_follow_up_agenda_says_that_it_leaves_kan_out(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan.set_agenda(agenda.follow_up_agenda())
    assert "KAN" in page.plan.agenda_note.text() and not page.plan.agenda_note.isHidden()
    page.plan.set_agenda(agenda.first_meeting_agenda())
    assert page.plan.agenda_note.isHidden()


def test_the_agreement_row_tabs_in_order_and_return_adds_from_the_date(qtbot, live_ctx) -> None:  # noqa: ANN001, E501
    from PySide6.QtWidgets import QApplication

    page = open_page(qtbot, live_ctx, MeetingPage)
    page.show()
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    mode = page.mode
    mode.go_to(mode._points.index("6b"))
    page.activateWindow()
    mode.who.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def owner(widget):  # noqa: ANN001, ANN202 - the field a focused inner line edit belongs to
        for field in (mode.who, mode.what, mode.by_when, mode.follow_up_by):
            if widget is field or field.isAncestorOf(widget):
                return field
        return widget

    order = [owner(QApplication.focusWidget())]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(owner(QApplication.focusWidget()))
    assert order == [mode.who, mode.what, mode.by_when, mode.follow_up_by]

    mode.who.setEditText("Børnehaven")
    QTest.keyClicks(mode.what, "Fast voksen om morgenen")
    mode.by_when.setFocus()
    QTest.keyClick(mode.by_when, Qt.Key.Key_Return)
    assert mode.agreements.rowCount() == 1


def test_the_phase_boxes_are_buttons_that_jump_to_their_phase(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, MeetingPage)
    page.plan_new()
    wait_idle(qtbot, live_ctx)
    page.start_meeting()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.mode, timeout=10_000)
    mode = page.mode
    qtbot.mouseClick(mode.phase_labels[agenda.Phase.VIL], Qt.MouseButton.LeftButton)
    assert mode.current_phase() is agenda.Phase.VIL
    assert mode.phase_labels[agenda.Phase.VIL].property("current") is True
    qtbot.mouseClick(mode.phase_labels[agenda.Phase.VED], Qt.MouseButton.LeftButton)
    assert mode.current_phase() is agenda.Phase.VED


def test_meeting_mode_tab_follows_reading_order_and_back_lands_on_start(qtbot, live_ctx) -> None:  # noqa: ANN001
    """Keyboard users move through the running meeting in the order they read it (issue 10)."""
    from PySide6.QtWidgets import QApplication

    _tabs, page = _meeting_in_tabs(qtbot, live_ctx)  # the tabs own the page: keep them
    mode = page.mode
    mode.go_to(1)  # past the first point, so "Forrige punkt" can be used

    def tabbed_from(widget):  # noqa: ANN001, ANN202
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    # The left column ends with the internal note's switch; the bottom row runs left to right.
    assert tabbed_from(mode.add_newcomer_button) is mode.internal_toggle
    assert tabbed_from(mode.back_button) is mode.previous_button
    assert tabbed_from(mode.previous_button) is mode.next_button
    assert tabbed_from(mode.next_button) is mode.finish_button

    # Back to the plan, resuming the meeting is one key away.
    qtbot.mouseClick(mode.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is not page.mode, timeout=10_000)
    qtbot.waitUntil(page.plan.start_button.hasFocus)


def test_a_screen_reader_hears_the_new_point_and_phase(qtbot, live_ctx, monkeypatch) -> None:  # noqa: ANN001
    """The phase boxes change only colour, so each move is said aloud (issue 16, point 10)."""
    from app.ui import announce

    heard: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: heard.append(event.message()))
    _tabs, page = _meeting_in_tabs(qtbot, live_ctx)  # the tabs own the page: keep them
    mode = page.mode
    points = mode._points
    first_ved = next(i for i, p in enumerate(points) if agenda.point(p).phase is agenda.Phase.VED)
    mode.go_to(first_ved)
    assert heard[-1].startswith("VED: ")
    assert mode.point_title.text() in heard[-1]
    if agenda.point(points[first_ved + 1]).phase is agenda.Phase.VED:
        mode.go_to(first_ved + 1)  # the same phase: only the point is said
        assert heard[-1] == mode.point_title.text()


def test_meeting_text_grows_with_the_text_size_setting(qtbot, live_ctx, monkeypatch) -> None:  # noqa: ANN001
    """Indstillinger' text size (100-200 %) reaches the meeting screen's own large fonts too."""
    from app.ui import theme

    _tabs, page = _meeting_in_tabs(qtbot, live_ctx)  # the tabs own the page: keep them
    mode = page.mode
    normal = mode.minutes.font().pointSizeF()
    # The size apply_theme keeps from the setting (set here alone, so no other test's app-wide
    # font or palette is touched).
    monkeypatch.setattr(theme, "_text_scale", 150)
    page = MeetingPage(live_ctx)
    qtbot.addWidget(page)
    assert page.mode.minutes.font().pointSizeF() == normal * 1.5
