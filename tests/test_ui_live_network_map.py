"""Network map: grid edits redraw the picture, versions are kept, changes since the last meeting."""

from __future__ import annotations

import pytest

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.records import (
    LogSection,
    MapActor,
    MapColumn,
    MapRow,
    Meeting,
    NetworkMap,
    Person,
)
from app.ui.live.network_map_models import COLUMNS, ROWS, diff_maps
from app.ui.live.network_map_page import DRAFT_KEY, NetworkMapPage
from tests.test_ui_live_support import TODAY, live_ctx, open_page, reload, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _choose_cell(page: NetworkMapPage, row: MapRow, column: MapColumn) -> None:
    page.grid.setCurrentIndex(page.grid_model.index(ROWS.index(row), COLUMNS.index(column)))


def _open_editor(page: NetworkMapPage):  # noqa: ANN202
    """The line edit the table's delegate has open (a new actor opens its name cell at once)."""
    from PySide6.QtWidgets import QLineEdit

    editors = [e for e in page.cell_table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _type_cell(qtbot, page: NetworkMapPage, row: int, column: int, text: str) -> None:  # noqa: ANN001
    index = page.cell_model.index(row, column)
    page.cell_table.setCurrentIndex(index)
    page.cell_table.edit(index)
    _type_open(page, text)


def _type_open(page: NetworkMapPage, text: str) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    editor = _open_editor(page)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    for _ in range(20):
        if page.cell_table.state() != QAbstractItemView.State.EditingState:
            break
        QApplication.processEvents()
    assert page.cell_table.state() != QAbstractItemView.State.EditingState


def test_grid_edits_redraw_the_picture_and_save_a_dated_version(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, NetworkMapPage)
    assert page.scene.actor_items() == []

    _choose_cell(page, MapRow.CHILD, MapColumn.OWN_MUNICIPALITY)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type_open(page, "Olga Jensen")
    _type_cell(qtbot, page, 0, 1, "Børnehaven Solsikken")
    _type_cell(qtbot, page, 0, 3, "Fast voksen om morgenen")
    assert len(page.scene.actor_items()) == 1

    _choose_cell(page, MapRow.MOTHER, MapColumn.REGION)
    page.add_actor()
    _type_open(page, "Distriktspsykiatrien")
    _choose_cell(page, MapRow.FAMILY, MapColumn.INFORMAL)
    page.add_actor()
    _type_open(page, "Mormor")
    assert len(page.scene.actor_items()) == 3
    # The grid shows the names in their cells.
    cell = page.grid_model.index(ROWS.index(MapRow.MOTHER), COLUMNS.index(MapColumn.REGION))
    assert page.grid_model.data(cell) == "Distriktspsykiatrien"

    # Removing one redraws too.
    page.cell_table.setCurrentIndex(page.cell_model.index(0, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(page.scene.actor_items()) == 2
    tips = {item.toolTip().splitlines()[0] for item in page.scene.actor_items()}
    assert tips == {"Olga Jensen", "Distriktspsykiatrien"}

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: page.versions.count() == 2, timeout=5_000)
    (saved,) = svc.load(case_id).network_maps
    assert saved.made_on == TODAY and saved.holder.name == "Olga Jensen"
    by_name = {a.name: a for a in saved.actors}
    assert by_name["Olga Jensen"].row == MapRow.CHILD
    assert by_name["Olga Jensen"].column == MapColumn.OWN_MUNICIPALITY
    assert by_name["Olga Jensen"].effort == "Fast voksen om morgenen"
    assert by_name["Distriktspsykiatrien"].column == MapColumn.REGION
    assert DRAFT_KEY not in svc.drafts(case_id)
    wait_idle(qtbot, live_ctx)
    (entry,) = [e for e in svc.load(case_id).entries if e.section == LogSection.NETWORK_MAP]
    assert entry.yes is True and entry.links[0].uid == saved.uid


def test_unsaved_edits_survive_as_a_draft(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, NetworkMapPage)
    page.draft.add(MapActor(row=MapRow.FATHER, column=MapColumn.PRIVATE, name="Misbrugscentret"))
    qtbot.waitUntil(lambda: DRAFT_KEY in svc.drafts(case_id), timeout=10_000)

    again = open_page(qtbot, live_ctx, NetworkMapPage)
    qtbot.waitUntil(lambda: len(again.scene.actor_items()) == 1, timeout=5_000)
    assert again.draft.actors()[0].name == "Misbrugscentret"
    assert "ikke gemt" in again.status.text()


def test_changes_since_the_last_meeting(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    holder = Person(name="Olga Jensen")
    kept = MapActor(row=MapRow.CHILD, column=MapColumn.OWN_MUNICIPALITY, name="Børnehaven")
    gone = MapActor(row=MapRow.MOTHER, column=MapColumn.REGION, name="Psykiatrien")
    svc.add_network_map(
        case_id, NetworkMap(made_on=date(2025, 9, 10), holder=holder, actors=[kept, gone])
    )
    svc.save_meeting(
        case_id,
        Meeting(starts_at=datetime(2025, 9, 15, 8, tzinfo=UTC), place="x", held=True),
    )
    changed = MapActor(
        uid=kept.uid, row=kept.row, column=kept.column, name="Børnehaven", effort="Støttepædagog"
    )
    new = MapActor(row=MapRow.FAMILY, column=MapColumn.INFORMAL, name="Mormor")
    svc.add_network_map(
        case_id, NetworkMap(made_on=date(2025, 10, 1), holder=holder, actors=[changed, new])
    )

    page = open_page(qtbot, live_ctx, NetworkMapPage)
    lines = [page.changes.item(i).text() for i in range(page.changes.count())]
    assert any(line.startswith("Ny: Mormor") for line in lines)
    assert any(line.startswith("Ikke længere med: Psykiatrien") for line in lines)
    assert any(line.startswith("Ændret: Børnehaven") for line in lines)
    assert "15.09.2025" in page.changes_note.text()
    # Older versions stay viewable, read-only.
    assert page.versions.count() == 3
    page.versions.setCurrentIndex(2)  # the oldest
    assert {i.toolTip().splitlines()[0] for i in page.scene.actor_items()} == {
        "Børnehaven",
        "Psykiatrien",
    }
    assert not page.add_button.isEnabled()


def test_diff_maps_by_uid() -> None:
    a = MapActor(row=MapRow.CHILD, column=MapColumn.REGION, name="A")
    b = MapActor(row=MapRow.CHILD, column=MapColumn.REGION, name="B")
    moved = MapActor(uid=a.uid, row=MapRow.MOTHER, column=MapColumn.REGION, name="A")
    changes = diff_maps([a, b], [moved])
    assert changes.removed == [b] and changes.added == []
    assert changes.changed == [(a, moved)]
    assert diff_maps([a], [a]).is_empty()


def test_network_map_page_names_every_input(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, NetworkMapPage)
    assert unnamed_inputs(page) == []


def test_lock_clears_the_picture_and_the_grid(qtbot, live_ctx) -> None:  # noqa: ANN001
    from app.ui.personal_text import widget_texts

    page = open_page(qtbot, live_ctx, NetworkMapPage)
    page.draft.add(MapActor(row=MapRow.CHILD, column=MapColumn.REGION, name="Distriktspsykiatrien"))
    assert len(page.scene.actor_items()) == 1
    page.clear()
    assert page.scene.items() == []
    assert not any("Distriktspsykiatrien" in t for t in widget_texts(page))
    assert not any("Hans" in t for t in widget_texts(page))
    reload(qtbot, live_ctx)  # the next unlock shows the case again


def test_a_reload_from_elsewhere_keeps_unsaved_map_edits_on_screen(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, NetworkMapPage)
    page.draft.add(MapActor(row=MapRow.CHILD, column=MapColumn.REGION, name="Børnepsykiatrien"))
    page.flush()
    wait_idle(qtbot, live_ctx)
    reload(qtbot, live_ctx)  # another page saved something
    assert [a.name for a in page.draft.actors()] == ["Børnepsykiatrien"]
    assert len(page.scene.actor_items()) == 1


def test_the_effort_cell_editor_marks_plain_language(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, NetworkMapPage)
    page.add_actor()
    _type_open(page, "Familiehuset")
    index = page.cell_model.index(0, 3)
    page.cell_table.setCurrentIndex(index)
    page.cell_table.edit(index)
    editor = _open_editor(page)
    assert editor.property("plainMarks") is True
    QTest.keyClicks(editor, "Forløb forefindes snarest")
    assert editor.property("plainFindings") is True


def test_the_map_has_one_palette_on_screen_and_in_the_pdf() -> None:
    from PySide6.QtGui import QColor

    from app.domain.records import MapColumn
    from app.reports import network_map
    from app.ui.live.labels import COLUMN_COLOURS

    for column in MapColumn:
        screen = QColor(COLUMN_COLOURS[column])
        pdf = network_map.COLUMN_COLOURS[column]
        assert (screen.redF(), screen.greenF(), screen.blueF()) == pytest.approx(
            (pdf.red, pdf.green, pdf.blue), abs=1 / 255
        ), column
