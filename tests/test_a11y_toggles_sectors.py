"""Toggle buttons read as toggle buttons with their state; map sectors told by more than colour.

WCAG 4.1.2 (EN 301 549 11.4.1.2): a checkable button was announced as "check box"; it is now a
Button with the checkable/checked/pressed states and Toggle/Press actions. WCAG 1.4.1
(11.1.4.1): the network map's five sectors differ by fill colour by only 1.0–2.2:1, so each
sector also has its own outline and a numbered badge, on the screen and in the PDF alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest
from reportlab.graphics.shapes import Rect, String

from app.domain import records as r
from app.reports import network_map
from app.reports.fonts import register_fonts
from app.reports.palette import COLUMN_DASH, COLUMN_MARK
from app.ui.live.network_map_scene import ActorItem, NetworkMapScene
from tests.fixtures_ui import create_case_through_gui


def _face(widget):  # noqa: ANN001, ANN202
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face


def test_the_baton_toggles_are_toggle_buttons_with_their_state(qtbot, unlocked_window):
    create_case_through_gui(qtbot, unlocked_window, name="Hans Hansen", cpr="")
    baton = unlocked_window.workspace.case_view.pages[0].baton
    for button in (baton.offer_toggle, baton.eye_toggle):
        face = _face(button)
        assert face.role() == QAccessible.Role.Button  # not CheckBox
        assert face.text(QAccessible.Text.Name) == button.text().replace("&", "")
        assert face.state().checkable and not face.state().checked
    # Space (the keyboard) and the reader's Toggle action both change the state it reports.
    face = _face(baton.offer_toggle)
    QTest.keyClick(baton.offer_toggle, Qt.Key.Key_Space)
    assert baton.offer_toggle.isChecked()
    assert face.state().checked and face.state().pressed
    actions = face.actionInterface()
    assert QAccessibleActionInterface.toggleAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.toggleAction())
    assert not baton.offer_toggle.isChecked() and not face.state().checked


def test_the_meeting_toggles_are_toggle_buttons(qtbot):
    from app.ui.live.meeting_mode import MeetingMode
    from app.ui.context import UiContext

    ctx = UiContext(None, today=lambda: date(2025, 10, 6))
    mode = MeetingMode(ctx)
    qtbot.addWidget(mode)
    for button in (mode.internal_toggle, mode.full_screen):
        face = _face(button)
        assert face.role() == QAccessible.Role.Button
        assert face.state().checkable
        assert face.text(QAccessible.Text.Name)


ACTORS = [
    r.MapActor(row=r.MapRow.CHILD, column=column, name=f"Hjælper {number}")
    for number, column in enumerate(r.MapColumn, start=1)
]


def test_every_sector_on_the_screen_has_its_own_outline_and_number(qtbot):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    scene = NetworkMapScene()
    scene.show_map(ACTORS, "Familien Hansen", {})
    items = {item.column: item for item in scene.actor_items()}
    assert set(items) == set(r.MapColumn)
    seen = set()
    for column, item in items.items():
        pattern = tuple(item.pen().dashPattern()) if COLUMN_DASH[column] else ()
        number = next(
            c.text() for c in item.mark.childItems() if isinstance(c, QGraphicsSimpleTextItem)
        )
        assert number == COLUMN_MARK[column]
        seen.add((pattern, item.pen().style(), number))
    # told apart without the fill: outline and number differ for every pair of sectors
    sectors = len(r.MapColumn)  # the template's five and Familieretshuset's (issue 13.7)
    assert len({(p, s) for p, s, _n in seen}) == sectors and len({n for *_x, n in seen}) == sectors
    # "Anden kommune", whose fill is nearly white, is dotted and carries a 3
    other = items[r.MapColumn.OTHER_MUNICIPALITY]
    assert other.pen().style() == Qt.PenStyle.CustomDashLine
    assert isinstance(other, ActorItem)


def test_every_sector_in_the_pdf_has_its_own_outline_and_number():
    case = r.Case(
        child=r.Child(name="Hans Hansen"),
        created_by=r.Person(name="Olga Jensen"),
        created_on=date(2025, 9, 1),
    )
    chosen = r.NetworkMap(
        made_on=date(2025, 10, 6), holder=r.Person(name="Olga Jensen"), actors=ACTORS
    )
    register_fonts()
    drawing = network_map.picture(case, chosen, 600, 400)
    shapes = drawing.contents
    boxes = [s for s in shapes if isinstance(s, Rect) and getattr(s, "rx", 0) == 5]
    assert len(boxes) == len(r.MapColumn)
    dashes = {tuple(b.strokeDashArray or ()) for b in boxes}
    assert dashes == {tuple(d) for d in COLUMN_DASH.values()}
    numbers = [s.text for s in shapes if isinstance(s, String) and s.text in COLUMN_MARK.values()]
    # one badge per actor box and one per legend entry
    assert sorted(numbers) == sorted([*COLUMN_MARK.values()] * 2)
