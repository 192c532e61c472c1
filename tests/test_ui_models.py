"""Every item model passes Qt's model tester, empty and filled, and shows what the user expects."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain import records as r
from app.domain.deadlines import compute
from app.ui.qtmodels.actors import ActorTableModel
from app.ui.qtmodels.case_list import CaseListModel
from app.ui.qtmodels.deadlines import DeadlinesModel


def _summaries(svc):
    return svc.list_cases()


def test_case_list_model(qtmodeltester, svc, case_id):
    model = CaseListModel()
    qtmodeltester.check(model)
    model.set_cases(_summaries(svc))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Hans Hansen"
    assert model.data(model.index(0, 1)) == "120320-XXXX"
    assert model.data(model.index(0, 2)) == "Olga Jensen"
    model.set_family_safe(True)
    assert "120320" not in model.data(model.index(0, 1))
    assert not model.toggle_reveal(0)  # no revealing while the family looks on
    model.clear()
    assert model.rowCount() == 0


def test_deadlines_model(qtmodeltester, svc, case_id):
    svc.add_entry(
        case_id,
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=date(2025, 9, 2),
            text="Vi ses igen",
            due_on=date(2025, 9, 20),
        ),
    )
    items = compute([svc.load(case_id)], date(2025, 9, 25))
    model = DeadlinesModel()
    qtmodeltester.check(model)
    model.set_deadlines(items)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Overskredet"
    assert model.data(model.index(0, 1)) == "20.09.2025"
    assert model.counts() == {"overdue": 1}


def test_actor_table_model(qtmodeltester, svc, case_id):
    first = r.ActorRow(
        actor="Familiehuset",
        changed_on=date(2025, 9, 3),
        effort="Forældrekursus",
        follow_up_on=date(2025, 10, 1),
    )
    svc.add_actor_row(case_id, first)
    svc.revise_actor_row(
        case_id,
        first.uid,
        r.ActorRow(
            actor="Familiehuset",
            changed_on=date(2025, 9, 10),
            effort="Forældrekursus og hjemmebesøg",
        ),
    )
    svc.add_actor_row(
        case_id, r.ActorRow(actor="PPR", changed_on=date(2025, 9, 4), effort="Test", internal=True)
    )
    model = ActorTableModel(lambda: date(2025, 9, 12))
    qtmodeltester.check(model)
    model.set_rows(svc.load(case_id).actor_rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the current rows only
    model.set_show_history(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_family_safe(True)
    assert [model.data(model.index(i, 0)) for i in range(model.rowCount())] == [
        "Familiehuset",
        "Familiehuset",
    ]
    requested = []
    model.set_show_history(False)
    model.revise_requested.connect(lambda old, new: requested.append((old, new)))
    assert model.setData(model.index(0, 4), "Arne Andersen", Qt.ItemDataRole.EditRole)
    old, new = requested[0]
    assert new.supersedes == old.uid and new.follow_up_by == "Arne Andersen"
    assert new.changed_on == date(2025, 9, 12)
    assert (
        not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    )  # the date of change is set, not typed
