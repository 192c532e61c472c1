"""The case service's part of a handover between laptops: read-only marks and the receipt's answer.

The `.stafet` files themselves are app/handover's job; this module only writes what a handover
changes in a case: whether it is a copy, whom it was handed over to, and the answer a receipt
brings back (stored with the recipient's own event uid, so both laptops hold the same event).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import records as r
from app.models import mapping as mp
from app.models import summary
from app.models import tables as t
from app.models.service_base import ServiceBase

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HandoverState:
    """Why a case is read-only here after a handover ("" / False: it is not)."""

    handed_over_to: str = ""
    is_copy: bool = False

    @property
    def read_only(self) -> bool:
        return bool(self.handed_over_to) or self.is_copy


class HandoverMarks(ServiceBase):
    def handover_state(self, case_id: int) -> HandoverState:
        with self._vault.read_session() as s:
            row = self._case_row(s, case_id)
            return HandoverState(row.handed_over_to or "", bool(row.is_copy))

    def case_to_check(self, case_id: int) -> r.Case:
        """The case for the handover's checks (consent, baton, closure) before anything is sent.

        The light loader of the deadlines (baton, consents with their parties, closure; not the
        entries' texts): a quarter of the full load for a 500-entry case, and the full case is
        exported anyway. Not audited as a view: a refused handover must leave the vault exactly
        as it was, and the send itself is audited (with the export of the case it carries).
        """
        from app.models.errors import CaseNotFound
        from app.models.loader import load_case

        with self._vault.read_session() as s:
            found = load_case(s, case_id, deadline_view=True) if isinstance(case_id, int) else None
        if found is None:
            raise CaseNotFound(case_id)
        return found

    def case_uid(self, case_id: int) -> str:
        with self._vault.read_session() as s:
            return str(self._case_row(s, case_id).uid)

    def case_id_for_uid(self, uid: str) -> int | None:
        """The vault's case with this uid, if it holds one."""
        with self._vault.read_session() as s:
            found = s.scalar(select(t.CaseRow.id).where(t.CaseRow.uid == uid))
        return None if found is None else int(found)

    def set_copy(self, case_id: int, is_copy: bool) -> None:
        """Mark the case as a copy for information (read-only), or as the real thing again.

        The real thing again also clears an earlier handover: the baton has come back here.
        """
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            row.is_copy = is_copy
            if not is_copy:
                row.handed_over_to = ""
            summary.refresh(s, row)  # a copy keeps no deadlines; the real case gets them back
            self._audit("mark_copy" if is_copy else "mark_holder_copy", "case", row.uid, row.uid)

    def take_answer(self, case_id: int, event: r.BatonEvent) -> None:
        """The recipient's accept or decline from their receipt, checked against the baton rules.

        Accepted: the case becomes read-only here ("Stafetten er givet videre til …").
        """
        from app.domain.baton import BatonState

        kind = r.BatonEventKind(event.kind)
        if kind not in (r.BatonEventKind.ACCEPTED, r.BatonEventKind.DECLINED):
            raise ValueError(f"not an answer: {kind}")
        with self._change(case_id, "receipt", "baton_event") as ch:
            events = ch.s.scalars(
                select(t.BatonEventRow)
                .where(t.BatonEventRow.case_id == case_id)
                .order_by(t.BatonEventRow.id)
            ).all()
            state = BatonState.from_events([mp.to_baton(e) for e in events])
            state.apply(event)  # the same rules as answering here; raises RuleViolation
            ch.s.add(mp.baton_row(case_id, event))
            ch.record_id = event.uid
            if kind is r.BatonEventKind.ACCEPTED:
                ch.row.handed_over_to = event.person.name
