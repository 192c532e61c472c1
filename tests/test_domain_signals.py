"""The signal checklists a placement shows (app.domain.signals.signals_of)."""

from __future__ import annotations

from app.domain.signals import PARENT_SIGNALS, SIGNALS, SignalGroup, signals_of


def test_a_checklist_holds_exactly_the_signs_of_its_groups_in_the_templates_order():
    small = signals_of((SignalGroup.SMALL_CHILDREN,))
    assert small and all(s.group is SignalGroup.SMALL_CHILDREN for s in small)
    assert small == [s for s in SIGNALS if s.group is SignalGroup.SMALL_CHILDREN]
    parents = (SignalGroup.PARENT_PHYSICAL, SignalGroup.PARENT_MENTAL, SignalGroup.PARENT_SOCIAL)
    assert signals_of(parents) == list(PARENT_SIGNALS)
    assert signals_of(()) == []
