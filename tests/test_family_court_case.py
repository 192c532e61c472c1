"""The family's case at Familieretshuset (issue 13 point 7): recorded, shown, printed, merged."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import family_court as fc
from app.domain import records as r
from app.domain.messages import ValidationError
from app.models.service import CaseService
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.ui.stafetlog.page import StafetlogPage
from app.vault import Vault
from tests.fixtures_reports import pdf_text
from tests.fixtures_vault import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.test_ui_live_support import TODAY, live_ctx, open_page, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]

RED = r.FamilyCourtCase(noted_on=date(2025, 9, 10), track=r.FamilyCourtTrack.RED,
                        note="Kontakt: Eva i Familieretshuset")


def test_the_service_records_changes_and_clears_the_case(svc: CaseService, case_id: int):
    assert svc.load(case_id).family_court is None
    svc.set_family_court(case_id, RED)
    assert svc.load(case_id).family_court == RED
    unknown = r.FamilyCourtCase(noted_on=date(2025, 9, 11))
    svc.set_family_court(case_id, unknown)
    assert svc.load(case_id).family_court == unknown and unknown.track is None
    svc.set_family_court(case_id, None)
    assert svc.load(case_id).family_court is None
    actions = [(e.action, e.record_type) for e in svc.vault.audit.entries()]
    assert actions.count(("case.change", "family_court")) == 3


def test_a_date_after_today_is_refused_and_changes_nothing(svc: CaseService, case_id: int):
    svc.set_family_court(case_id, RED)
    with pytest.raises(ValidationError):
        svc.set_family_court(
            case_id, r.FamilyCourtCase(noted_on=date.today() + timedelta(days=1))
        )
    assert svc.load(case_id).family_court == RED


def test_the_case_travels_and_a_known_track_wins_the_merge(svc, case_id, tmp_path: Path):
    svc.set_family_court(case_id, r.FamilyCourtCase(noted_on=date(2025, 9, 10)))
    vault, _ = Vault.create(tmp_path / "arne", PASSPHRASE, kdf=FAST_KDF,
                            device_secrets=MemoryKeyring())
    try:
        other = CaseService(vault, actor="Arne Andersen")
        other_id = other.merge_case(svc.export_case(case_id)).case_id
        other.set_family_court(other_id, RED)
        svc.merge_case(other.export_case(other_id))
        other.merge_case(svc.export_case(case_id))
        assert svc.load(case_id).family_court == other.load(other_id).family_court == RED
    finally:
        vault.lock()


def test_the_track_titles_name_the_law_and_the_colours_note_says_they_are_informal():
    for track, title in fc.TRACK_TITLES.items():
        assert "familieretshusloven §" in title
    assert "§§ 5-7" in fc.COLOURS_NOTE and "uformelle" in fc.COLOURS_NOTE
    assert fc.track_line(None) == ""
    assert fc.track_line(RED) == (
        "Sag i Familieretshuset siden 10.09.2025: "
        + fc.TRACK_TITLES[r.FamilyCourtTrack.RED]
        + " (Kontakt: Eva i Familieretshuset)"
    )


def test_the_stafetlog_pdf_names_the_case_and_its_track(svc: CaseService, case_id: int):
    svc.set_family_court(case_id, RED)
    case = svc.load(case_id)
    options = BuildOptions(author="Olga Jensen", printed_on=date(2025, 10, 1))
    text = " ".join(pdf_text(build_document(case, Form.STAFETLOG, options).to_pdf()).split())
    assert "Sag i Familieretshuset siden 10.09.2025: Rødt spor" in text


def test_the_stafetlog_page_records_the_case_and_its_track(qtbot, live_ctx, svc, case_id):
    page = open_page(qtbot, live_ctx, StafetlogPage)
    box = page.family_court
    assert not box.details.isVisible()
    assert not unnamed_inputs(box)  # every field has a label a screen reader says
    box.has_case.setChecked(True)
    assert box.details.isVisible() and box.noted_on.value() == TODAY
    box.track.setCurrentIndex(box.track.findData(r.FamilyCourtTrack.YELLOW.value))
    box.note.setText("Eva, tlf. 12 34 56 78")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).family_court == r.FamilyCourtCase(
        noted_on=TODAY, track=r.FamilyCourtTrack.YELLOW, note="Eva, tlf. 12 34 56 78"
    )
    box.noted_on.setText("32.13.2025")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.message.isVisible()
    box.noted_on.set_value(TODAY)
    box.has_case.setChecked(False)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).family_court is None


def test_familieretshuset_is_a_party_on_the_map_and_in_the_actors_table(
    qtbot, live_ctx, svc, case_id
):
    from app.domain.records import MapActor, MapColumn, MapRow, NetworkMap

    svc.add_network_map(case_id, NetworkMap(
        made_on=date(2025, 9, 12), holder=r.Person(name="Olga Jensen"),
        actors=[MapActor(row=MapRow.FAMILY, column=MapColumn.FAMILY_COURT, name="Eva Holm",
                         organisation="Familieretshuset", effort="Samværssag")],
    ))
    case = svc.load(case_id)
    options = BuildOptions(author="Olga Jensen", printed_on=date(2025, 10, 1))
    text = " ".join(pdf_text(build_document(case, Form.NETWORK_MAP, options).to_pdf()).split())
    assert "Familieretshuset" in text and "Eva Holm" in text and "Samværssag" in text

    page = open_page(qtbot, live_ctx, StafetlogPage)
    suggestions = page.actors._suggestions.stringList()
    assert "Familieretshuset" in suggestions


def test_the_track_line_says_when_the_track_is_not_known_and_leaves_out_an_empty_note():
    line = fc.track_line(r.FamilyCourtCase(noted_on=date(2025, 1, 2)))
    assert line == "Sag i Familieretshuset siden 02.01.2025: sporet er ikke oplyst"
    green = fc.track_line(r.FamilyCourtCase(noted_on=date(2025, 1, 2),
                                            track=r.FamilyCourtTrack.GREEN))
    assert green.endswith(fc.TRACK_TITLES[r.FamilyCourtTrack.GREEN]) and "(" not in green[-3:]
    assert fc.Track is r.FamilyCourtTrack  # one enum: the record's


def test_the_meeting_shows_the_coordination_points_when_familieretshuset_takes_part(
    qtbot, live_ctx, svc, case_id
):
    from PySide6.QtTest import QTest

    from app.ui.live.meeting_page import MeetingPage

    page = open_page(qtbot, live_ctx, MeetingPage)
    meeting = page.plan_new()
    wait_idle(qtbot, live_ctx)
    QTest.keyClicks(page.plan.place, "Rådhuset")
    mode = page.mode
    qtbot.mouseClick(page.plan.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is mode, timeout=10_000)
    while mode.current_point() != "3":
        qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert not mode.court_panel.isVisible()  # nobody from Familieretshuset is invited
    mode._meeting.participants.append(
        r.Participant(name="Eva Holm", organisation="Familieretshuset", attended=True)
    )
    mode.go_to(0)
    mode.go_to(mode._points.index("3"))
    assert mode.court_panel.isVisible()
    assert fc.COORDINATION_PROMPTS[1] in mode.court_panel.text()
    del meeting
