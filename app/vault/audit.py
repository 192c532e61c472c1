"""The audit trail: who did what to which record and when, chained with a keyed hash.

Rows never hold content (no names, no note text): an action word, a record type and id, the
person the record is about (`subject`, e.g. a case uid) and the actor. The database refuses
UPDATE and DELETE by trigger; the chain catches anyone who removes the triggers first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.messages import QT_TRANSLATE_NOOP
from app.vault.schema import audit_log

if TYPE_CHECKING:
    from app.vault.core import Vault

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    record_type: str
    record_id: str
    subject: str | None


@dataclass(frozen=True)
class AuditReport:
    intact: bool
    checked: int
    head_seq: int
    first_broken_seq: int | None = None
    problem: str | None = None  # Danish, for the CLI and the GUI

    def __bool__(self) -> bool:
        return self.intact


PROBLEM_CHANGED = QT_TRANSLATE_NOOP("Vault", "Post nr. {seq} i revisionssporet er ændret.")
PROBLEM_MISSING = QT_TRANSLATE_NOOP(
    "Vault", "Post nr. {seq} i revisionssporet mangler eller er flyttet."
)
PROBLEM_TAIL = QT_TRANSLATE_NOOP(
    "Vault", "Revisionssporet slutter før post nr. {seq}; de nyeste poster er fjernet."
)


def _message(
    seq: int, at: str, actor: str, action: str, rtype: str, rid: str, subject: str | None
) -> bytes:
    return json.dumps(
        [seq, at, actor, action, rtype, rid, subject], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def _last_row(session: Session) -> sa.Row | None:
    """The newest row's seq and chain value (None while the trail is empty)."""
    return session.execute(
        sa.select(audit_log.c.seq, audit_log.c.chain).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()


class AuditTrail:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _key(self) -> bytes:
        return bytes(self._vault._audit_key())

    def _genesis(self, key: bytes) -> bytes:
        return hmac.new(
            key, b"stafet audit genesis " + self._vault.vault_id.encode(), hashlib.sha256
        ).digest()

    def append(
        self,
        action: str,
        record_type: str,
        record_id: object,
        *,
        subject: str | None = None,
        actor: str | None = None,
        at: dt.datetime | None = None,
    ) -> int:
        """Add one row; inside `vault.session()` it joins that transaction. Returns its seq."""
        current = self._vault.current_session()
        if current is not None:
            return self._append(current, action, record_type, record_id, subject, actor, at)
        with self._vault.session() as session:
            return self._append(session, action, record_type, record_id, subject, actor, at)

    def _append(
        self,
        session: Session,
        action: str,
        record_type: str,
        record_id: object,
        subject: str | None,
        actor: str | None,
        at: dt.datetime | None,
    ) -> int:
        key = self._key()
        last = _last_row(session)
        seq, prev = (last.seq + 1, last.chain) if last else (1, self._genesis(key))
        when = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="microseconds")
        who = actor or self._vault.actor
        rid = str(record_id)
        chain = hmac.new(
            key, prev + _message(seq, when, who, action, record_type, rid, subject), hashlib.sha256
        ).digest()
        session.execute(
            audit_log.insert().values(
                seq=seq,
                at=when,
                actor=who,
                action=action,
                record_type=record_type,
                record_id=rid,
                subject=subject,
                chain=chain,
            )
        )
        self._vault._pending_head = (seq, chain)  # into the key file once the session commits
        return seq

    def head(self) -> tuple[int, str]:
        """Newest sequence number and chain value: an outside anchor against a cut-off tail."""
        with self._vault.read_session() as session:
            last = _last_row(session)
        if last is None:
            return 0, self._genesis(self._key()).hex()
        return last.seq, bytes(last.chain).hex()

    def verify(self, anchor: tuple[int, str] | None = None) -> AuditReport:
        """Walk the chain from the start; report the first row that does not fit.

        `anchor` is a (seq, chain) pair saved earlier (e.g. printed on an export): the trail
        must still contain exactly that row, which catches a tail that was cut off.
        """
        key = self._key()
        prev = self._genesis(key)
        expected = 1
        anchor_chain = b""  # the recomputed chain value of the anchor's row, once reached
        with self._vault.read_session() as session:
            rows = session.execute(sa.select(audit_log).order_by(audit_log.c.seq))
            for row in rows:
                if row.seq != expected:
                    return AuditReport(
                        False, expected - 1, row.seq, expected, PROBLEM_MISSING.format(seq=expected)
                    )
                want = hmac.new(
                    key,
                    prev
                    + _message(
                        row.seq,
                        row.at,
                        row.actor,
                        row.action,
                        row.record_type,
                        row.record_id,
                        row.subject,
                    ),
                    hashlib.sha256,
                ).digest()
                if not hmac.compare_digest(want, bytes(row.chain)):
                    return AuditReport(
                        False, expected - 1, row.seq, row.seq, PROBLEM_CHANGED.format(seq=row.seq)
                    )
                prev = want
                if anchor is not None and row.seq == anchor[0]:
                    anchor_chain = want
                expected += 1
        head = expected - 1
        if anchor is not None:
            seq, chain_hex = anchor
            if seq > head:
                return AuditReport(False, head, head, head + 1, PROBLEM_TAIL.format(seq=head + 1))
            if seq > 0 and anchor_chain.hex() != chain_hex.lower():
                return AuditReport(False, head, head, seq, PROBLEM_CHANGED.format(seq=seq))
        return AuditReport(True, head, head)

    def entries(self, *, subject: str | None = None) -> list[AuditEntry]:
        query = sa.select(audit_log).order_by(audit_log.c.seq)
        if subject is not None:
            query = query.where(audit_log.c.subject == subject)
        with self._vault.read_session() as session:
            return [
                AuditEntry(
                    r.seq,
                    dt.datetime.fromisoformat(r.at),
                    r.actor,
                    r.action,
                    r.record_type,
                    r.record_id,
                    r.subject,
                )
                for r in session.execute(query)
            ]

    def extract(self, subject: str) -> list[AuditEntry]:
        """Every row about one person, for the insight the law gives them."""
        return self.entries(subject=subject)
