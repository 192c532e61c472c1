"""The baton (stafetten): one holder from creation to closing; a handover needs acceptance."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from app.domain.closing import validate_closure
from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.records import BatonEvent, BatonEventKind, CaseClosure, EyeOnChild, Person
from app.domain.validation import format_date

logger = logging.getLogger(__name__)

CONTEXT = "Baton"


def same_name(a: str, b: str) -> bool:
    """Two names for one person: case and spacing are ignored."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def same_person(a: Person, b: Person) -> bool:
    """People are matched by name (case and spacing ignored); contact details may change."""
    return same_name(a.name, b.name)


def _violation(source: str, **params: object) -> RuleViolation:
    return RuleViolation(CONTEXT, source, **params)


@dataclass(frozen=True)
class BatonState:
    """Who holds the baton, who has been offered it, and whether the log is closed."""

    holder: Person | None = None
    holder_since: date | None = None
    offered_to: Person | None = None
    offered_on: date | None = None
    closed_on: date | None = None
    last_on: date | None = None  # date of the newest event: events may not go back in time

    @property
    def closed(self) -> bool:
        return self.closed_on is not None

    @property
    def started(self) -> bool:
        return self.holder is not None

    @classmethod
    def from_events(cls, events: Iterable[BatonEvent]) -> BatonState:
        """Replay the history; a history that breaks the rules raises RuleViolation."""
        state = cls()
        for event in events:
            state = state.apply(event)
        return state

    # -- the actions: each returns the event to store, or raises RuleViolation ---------------

    def create(self, person: Person, on: date, note: str = "") -> BatonEvent:
        if self.started:
            raise _violation(
                QT_TRANSLATE_NOOP("Baton", "Stafetloggen har allerede en stafetholder.")
            )
        self._check_person(person)
        return BatonEvent(kind=BatonEventKind.CREATED, on=on, person=person, note=note)

    def offer(self, person: Person, on: date, note: str = "") -> BatonEvent:
        self._check_open(on)
        self._check_person(person)
        if self.offered_to is not None:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Baton",
                    "Stafetten er allerede tilbudt til {name}. Vent på svar, eller træk "
                    "tilbuddet tilbage først.",
                ),
                name=self.offered_to.name,
            )
        assert self.holder is not None
        if same_person(person, self.holder):
            raise _violation(
                QT_TRANSLATE_NOOP("Baton", "{name} har allerede stafetten."), name=person.name
            )
        return BatonEvent(kind=BatonEventKind.OFFERED, on=on, person=person, note=note)

    def accept(self, person: Person, on: date, note: str = "") -> BatonEvent:
        self._check_answer(person, on)
        return BatonEvent(kind=BatonEventKind.ACCEPTED, on=on, person=person, note=note)

    def decline(self, person: Person, on: date, note: str = "") -> BatonEvent:
        self._check_answer(person, on)
        return BatonEvent(kind=BatonEventKind.DECLINED, on=on, person=person, note=note)

    def withdraw(self, on: date, note: str = "") -> BatonEvent:
        self._check_open(on)
        if self.offered_to is None:
            raise _violation(
                QT_TRANSLATE_NOOP("Baton", "Der er intet tilbud om stafetten at trække tilbage.")
            )
        return BatonEvent(kind=BatonEventKind.WITHDRAWN, on=on, person=self.offered_to, note=note)

    def close(self, closure: CaseClosure) -> BatonEvent:
        """The only way the holder lets go without a new holder: closing the log."""
        self._check_open(closure.closed_on)
        validate_closure(closure)
        if self.holder is None or not same_person(closure.closed_by, self.holder):
            raise _violation(
                QT_TRANSLATE_NOOP("Baton", "Kun stafetholderen kan afslutte stafetloggen.")
            )
        return BatonEvent(
            kind=BatonEventKind.CLOSED,
            on=closure.closed_on,
            person=closure.closed_by,
            note=closure.explanation,
        )

    # -- replay -----------------------------------------------------------------------------

    def apply(self, event: BatonEvent) -> BatonState:
        """The state after `event`, checking it against the same rules as the actions."""
        kind = BatonEventKind(event.kind)
        if kind is BatonEventKind.CREATED:
            self.create(event.person, event.on)
            return BatonState(holder=event.person, holder_since=event.on, last_on=event.on)
        if kind is BatonEventKind.OFFERED:
            self.offer(event.person, event.on)
            return replace(self, offered_to=event.person, offered_on=event.on, last_on=event.on)
        if kind is BatonEventKind.ACCEPTED:
            self.accept(event.person, event.on)
            return replace(
                self,
                holder=event.person,
                holder_since=event.on,
                offered_to=None,
                offered_on=None,
                last_on=event.on,
            )
        if kind in (BatonEventKind.DECLINED, BatonEventKind.WITHDRAWN):
            if kind is BatonEventKind.DECLINED:
                self.decline(event.person, event.on)
            else:
                self.withdraw(event.on)
            return replace(self, offered_to=None, offered_on=None, last_on=event.on)
        # CLOSED: the closure itself is validated when it is made (see close()).
        self._check_open(event.on)
        return replace(self, offered_to=None, offered_on=None, closed_on=event.on, last_on=event.on)

    # -- checks -----------------------------------------------------------------------------

    def _check_open(self, on: date) -> None:
        if not self.started:
            raise _violation(
                QT_TRANSLATE_NOOP("Baton", "Stafetloggen har endnu ingen stafetholder.")
            )
        if self.closed:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Baton", "Stafetloggen er afsluttet. Stafetten kan ikke gives videre."
                )
            )
        if self.last_on is not None and on < self.last_on:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Baton",
                    "Datoen ligger før den seneste ændring af stafetten ({last}). Ret datoen.",
                ),
                last=format_date(self.last_on),
            )

    def _check_answer(self, person: Person, on: date) -> None:
        self._check_open(on)
        if self.offered_to is None:
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Baton",
                    "Stafetten er ikke tilbudt til nogen. Stafetholderen skal tilbyde den først.",
                )
            )
        if not same_person(person, self.offered_to):
            raise _violation(
                QT_TRANSLATE_NOOP(
                    "Baton", "Stafetten er tilbudt til {name}. Kun {name} kan svare på tilbuddet."
                ),
                name=self.offered_to.name,
            )

    @staticmethod
    def _check_person(person: Person) -> None:
        if not person.name.strip():
            raise _violation(QT_TRANSLATE_NOOP("Baton", "Skriv navnet på personen."))


def holder_on(events: Iterable[BatonEvent], on: date) -> Person | None:
    """Who held the baton at the end of `on` (None before creation and after closing)."""
    state = BatonState.from_events(e for e in events if e.on <= on)
    return None if state.closed else state.holder


def eye_on_child_at(history: Iterable[EyeOnChild], on: date) -> Person | None:
    """Who keeps an eye on the child on `on`: the latest assignment from that date or earlier."""
    latest: EyeOnChild | None = None
    for item in history:
        if item.since <= on and (latest is None or item.since >= latest.since):
            latest = item
    return latest.person if latest else None
