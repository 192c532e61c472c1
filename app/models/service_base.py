"""The case service's plumbing: one write = one transaction, one audit row, fresh list columns."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import summary
from app.models import tables as t
from app.models.errors import (
    AlreadyRevised,
    CaseClosed,
    CaseHandedOver,
    CaseIsCopy,
    CaseNotFound,
    RecordNotFound,
)

logger = logging.getLogger(__name__)

# Applying a meeting's GØR agreements gives each actor row a uid derived from the agreement, so
# applying twice (even after export and import) finds the row instead of adding a second one.
_AGREEMENT_NS = uuid.UUID("5b0f6c1e-3a43-4c2c-9a55-6e2f0c1d7a10")


class VaultLike(Protocol):
    """What the service needs from app.vault.Vault (tests pass the real thing)."""

    audit: Any

    def session(self) -> Any: ...

    def read_session(self) -> Any: ...

    def purge(self) -> bool: ...

    def settings_get(self, key: str) -> Any: ...

    def settings_set(self, key: str, value: Any) -> None: ...


def now() -> datetime:
    return datetime.now(UTC)


class ServiceBase:
    def __init__(self, vault: VaultLike, actor: str = "") -> None:
        self._vault = vault
        self.actor = actor

    @property
    def vault(self) -> VaultLike:
        """The vault this service writes to (exports, signing identities and audit need it)."""
        return self._vault

    def _audit(self, action: str, record_type: str, record_id: str, subject: str | None) -> None:
        """Joins the open write session: the audit row commits (or not) with the change."""
        self._vault.audit.append(
            f"case.{action}", record_type, record_id, subject=subject, actor=self.actor or None
        )

    @staticmethod
    def _case_row(s: Session, case_id: int) -> t.CaseRow:
        row = s.get(t.CaseRow, case_id) if isinstance(case_id, int) else None
        if row is None:
            raise CaseNotFound(case_id)
        return row

    @contextmanager
    def _change(
        self,
        case_id: int,
        action: str,
        record_type: str,
        *,
        refresh: bool = True,
        touch: bool = True,
    ) -> Iterator[_Change]:
        """One write: the open case row, the audit row, the list columns refreshed.

        `touch`: the change counts as an update of the log ("dato for sidste opdatering");
        a draft does not. `refresh`: the change can move the holder, level or deadlines (the
        step may decide later by setting `change.refresh`); without it the write's cost does
        not grow with the case.
        """
        with self._vault.session() as s:
            row = self._case_row(s, case_id)
            if row.closed_on is not None:
                raise CaseClosed()
            check_writable(row)
            change = _Change(s, row, refresh)
            yield change
            if touch:
                row.updated_at = now()
            s.flush()
            if change.refresh:
                summary.refresh(s, row)
            self._audit(action, record_type, change.record_id or row.uid, row.uid)

    def _find(self, s: Session, table: type[Any], case_id: int, uid: str, what: str) -> Any:
        found = s.scalar(select(table).where(table.case_id == case_id, table.uid == uid))
        if found is None:
            raise RecordNotFound(what)
        return found


class _Change:
    """What a write step gets: the session, the case row, and the uid to audit."""

    def __init__(self, s: Session, row: t.CaseRow, refresh: bool = True) -> None:
        self.s = s
        self.row = row
        self.record_id: str | None = None
        self.refresh = refresh

    def upsert(self, table: type[Any], uid: str, new: Any) -> None:
        found = self.s.scalar(select(table).where(table.case_id == self.row.id, table.uid == uid))
        if found is not None:
            self.s.delete(found)
            self.s.flush()
        self.s.add(new)


def check_writable(row: t.CaseRow) -> None:
    """A case handed over to another laptop, or received as a copy, is read-only here."""
    if row.handed_over_to:
        raise CaseHandedOver(row.handed_over_to)
    if row.is_copy:
        raise CaseIsCopy()


def checked(record: Any, label: str) -> None:
    """Every field of what is about to be stored within app.domain.limits (as an import is)."""
    from app.domain.limits import check_record

    check_record(record, label)


def agreement_row_uid(meeting_uid: str, agreement_uid: str) -> str:
    return uuid.uuid5(_AGREEMENT_NS, f"{meeting_uid}/{agreement_uid}").hex


def _check_supersedable(s: Session, table: type[Any], case_id: int, uid: str, what: str) -> None:
    """`uid` exists in the case and is the newest version (nothing supersedes it yet)."""
    if s.scalar(select(table.id).where(table.case_id == case_id, table.uid == uid)) is None:
        raise RecordNotFound(what)
    if is_superseded(s, table, case_id, uid):
        raise AlreadyRevised()


def is_superseded(s: Session, table: type[Any], case_id: int, uid: str) -> bool:
    """A newer version names `uid` in `supersedes` or (a resolved conflict) `also_supersedes`."""
    if s.scalar(
        select(func.count())
        .select_from(table)
        .where(table.case_id == case_id, table.supersedes == uid)
    ):
        return True
    resolutions = s.scalars(
        select(table.also_supersedes).where(
            table.case_id == case_id, func.json_array_length(table.also_supersedes) > 0
        )
    )
    return any(uid in uids for uids in resolutions)
