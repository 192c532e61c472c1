"""Closing a copy that was handed over: the BTI conditions belong to the log's holder, elsewhere;
this laptop only files its copy away or deletes it."""

from __future__ import annotations

from datetime import date

from app.domain import records as r
from app.ui.stafetlog.closing import ClosingBox

KIRSTEN = r.Person(name="Kirsten Petersen", organisation="Familiehuset", role="leder")
ARNE = r.Person(name="Arne Andersen", organisation="Børn og Familie", role="sagsbehandler")


def _case() -> r.Case:
    return r.Case(child=r.Child(name="Hans Hansen"), created_by=KIRSTEN, created_on=date(2026, 1, 5))


def test_a_handed_over_copy_is_filed_away_without_the_conditions(qtbot):
    box = ClosingBox(lambda: date(2026, 3, 10))
    qtbot.addWidget(box)
    box.show()
    box.show_case(_case(), ARNE, True, local_copy_by=KIRSTEN)
    assert not box._reasons_box.isVisibleTo(box)  # the three conditions are not this laptop's
    qtbot.keyClicks(box.explanation, "Stafetten er givet videre til Arne Andersen.")
    with qtbot.waitSignal(box.close_requested) as sent:
        box.button.click()
    closure = sent.args[0]
    assert closure.closed_by == KIRSTEN  # the person at the keyboard, not the new holder
    assert closure.disposition is r.Disposition.ARCHIVE


def test_the_log_itself_still_needs_the_three_conditions(qtbot):
    box = ClosingBox(lambda: date(2026, 3, 10))
    qtbot.addWidget(box)
    box.show()
    box.show_case(_case(), KIRSTEN, True)
    assert box._reasons_box.isVisibleTo(box)
    qtbot.keyClicks(box.explanation, "Hans trives.")
    sent = []
    box.close_requested.connect(sent.append)
    box.button.click()
    assert sent == [] and box.message.text()  # refused with the reason, nothing closed
