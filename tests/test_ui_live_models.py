"""Every item model of the live tools passes Qt's model tester, with real content."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.records import Agreement, MapActor, MapColumn, MapRow, Participant
from app.ui.live.meeting_models import ATTENDED, AgreementsModel, ParticipantsModel
from app.ui.live.network_map_models import CellActorsModel, MapDraft, MapGridModel
from app.ui.live.signs_checklist import SignsModel


def _draft() -> MapDraft:
    draft = MapDraft()
    draft.load(
        [
            MapActor(row=MapRow.CHILD, column=MapColumn.OWN_MUNICIPALITY, name="Børnehaven"),
            MapActor(row=MapRow.CHILD, column=MapColumn.OWN_MUNICIPALITY, name="PPR"),
            MapActor(row=MapRow.MOTHER, column=MapColumn.REGION, name="Psykiatrien"),
        ]
    )
    return draft


def test_map_grid_model(qtmodeltester) -> None:  # noqa: ANN001
    draft = _draft()
    model = MapGridModel(draft)
    qtmodeltester.check(model)
    # the template's five columns and Familieretshuset's (issue 13.7)
    assert model.rowCount() == 5 and model.columnCount() == 6
    assert model.data(model.index(0, 0)) == "Børnehaven\nPPR"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Regionen"
    draft.add(MapActor(row=MapRow.FAMILY, column=MapColumn.INFORMAL, name="Mormor"))
    assert model.data(model.index(4, 4)) == "Mormor"


def test_cell_actors_model(qtmodeltester) -> None:  # noqa: ANN001
    draft = _draft()
    model = CellActorsModel(draft)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.setData(model.index(1, 3), "  Samtaler  hver uge ")
    assert draft.in_cell(MapRow.CHILD, MapColumn.OWN_MUNICIPALITY)[1].effort == "Samtaler hver uge"
    model.set_cell(MapRow.MOTHER, MapColumn.REGION)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Psykiatrien"


def test_participants_model(qtmodeltester) -> None:  # noqa: ANN001
    model = ParticipantsModel()
    model.set_participants(
        [Participant(name="Lilly Hansen", is_family=True), Participant(name="Arne Andersen")]
    )
    qtmodeltester.check(model)
    model.set_attended(0, True)
    assert [p.attended for p in model.participants()] == [True, False]
    assert (
        model.data(model.index(0, ATTENDED), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )


def test_agreements_model(qtmodeltester) -> None:  # noqa: ANN001
    model = AgreementsModel()
    model.add(Agreement(who="Familiehuset", what="Forløb", by_when=date(2025, 10, 20)))
    model.add(Agreement(who="Børnehaven", what="Fast voksen"))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "20.10.2025"
    assert model.data(model.index(1, 2)) == ""
    from PySide6.QtCore import QDate

    assert model.setData(model.index(1, 2), QDate(2025, 11, 3))
    assert model.agreements()[1].by_when == date(2025, 11, 3)
    model.remove(0)
    assert [a.who for a in model.agreements()] == ["Børnehaven"]


def test_signs_model(qtmodeltester) -> None:  # noqa: ANN001
    from app.domain.signals import SIGNALS

    model = SignsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == len(SIGNALS) + 2  # two group headings
    model.set_checked_ids(["anxious", "from_a_newer_version"])
    assert model.checked_ids() == ["anxious", "from_a_newer_version"]  # an unknown id is kept
    row = model.row_of("absence")
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "absence" in model.checked_ids()
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable  # a heading
