"""What the relay does with its database: enroll/revoke/purge (IT) and push/inbox/fetch/ack.

Each call is one transaction. A push is checked completely (signature, signer = TLS identity,
recipients enrolled) before its transaction starts, and the bytes, the delivery rows and the
audit row then commit together: after a crash a push is either fully there or not at all, and
pushing the same bytes again finds it (idempotent by id = SHA-256).

The caller is looked up by fingerprint inside every request's transaction, so a revoke (another
process, `stafet-server revoke`) takes effect on the very next request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine

from app import relay_protocol as rp
from app.server.db import audit, bundles, deliveries, people
from app.server.errors import (
    ALREADY_ENROLLED,
    AMBIGUOUS_PERSON,
    BAD_DAYS,
    ENCRYPTION_CERT_TAKEN,
    NAME_TAKEN,
    NO_SUCH_PERSON,
    NO_TLS_CLIENT_USE,
    Refused,
    ServerError,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    fingerprint: str
    revoked: bool


@dataclass(frozen=True)
class Pushed:
    id: str
    recipients: list[str]  # fingerprints
    created: bool


def _check_tls_client_use(cert: x509.Certificate) -> None:
    """The signing certificate is also the person's TLS client certificate: OpenSSL refuses one
    whose key usage lacks digitalSignature or whose extended key usage lacks clientAuth, so such a
    card is refused at enrollment instead of failing every handshake later."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not usage.digital_signature:
            raise ServerError(NO_TLS_CLIENT_USE)
    except x509.ExtensionNotFound:
        pass
    try:
        purposes = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not {ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE} & set(
        purposes
    ):
        raise ServerError(NO_TLS_CLIENT_USE)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _log(conn: Connection, action: str, person_id: int | None, subject: str = "") -> None:
    conn.execute(sa.insert(audit).values(action=action, person_id=person_id, subject=subject))


class Relay:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- IT -------------------------------------------------------------------------------

    def enroll(self, card_bytes: bytes, *, replace: bool = False) -> Person:
        from app.people.cards import card_from_bytes, card_to_bytes

        card = card_from_bytes(card_bytes)  # PeopleError (Danish) for junk, changed or expired
        _check_tls_client_use(card.signing_cert)
        fingerprint = rp.cert_fingerprint(card.signing_cert)
        issuer, serial_number = rp.cert_issuer_serial(card.encryption_cert)
        serial = str(serial_number)
        with self.engine.begin() as conn:
            conn.execute(sa.text("LOCK TABLE people IN SHARE ROW EXCLUSIVE MODE"))
            same = conn.execute(
                sa.select(people.c.id).where(people.c.fingerprint == fingerprint)
            ).scalar()
            if same is not None:
                raise ServerError(ALREADY_ENROLLED, number=same)
            taken = conn.execute(
                sa.select(people.c.id).where(
                    people.c.encryption_issuer == issuer, people.c.encryption_serial == serial
                )
            ).scalar()
            if taken is not None:
                raise ServerError(ENCRYPTION_CERT_TAKEN, number=taken)
            namesakes = list(
                conn.execute(
                    sa.select(people.c.id).where(
                        people.c.name == card.name, people.c.revoked_at.is_(None)
                    )
                ).scalars()
            )
            if namesakes and not replace:
                raise ServerError(NAME_TAKEN, number=namesakes[0])
            new_id = conn.execute(
                sa.insert(people)
                .values(
                    name=card.name,
                    role=card.role,
                    organisation=card.organisation,
                    card=card_to_bytes(card),
                    fingerprint=fingerprint,
                    signing_cert=card.signing_cert.public_bytes(serialization.Encoding.DER),
                    encryption_issuer=issuer,
                    encryption_serial=serial,
                    enrolled_at=_now(),
                )
                .returning(people.c.id)
            ).scalar_one()
            _log(conn, "enroll", new_id)
            for old in namesakes:  # a new card for the same person: waiting bundles follow it
                conn.execute(
                    sa.update(people).where(people.c.id == old).values(revoked_at=_now())
                )
                conn.execute(
                    sa.update(deliveries)
                    .where(deliveries.c.recipient_id == old, deliveries.c.delivered_at.is_(None))
                    .values(recipient_id=new_id)
                )
                _log(conn, "replace", old, str(new_id))
        logger.info("person %d enrolled", new_id)
        return Person(new_id, card.name, fingerprint, False)

    def revoke(self, name_or_number: str) -> Person:
        with self.engine.begin() as conn:
            query = sa.select(people.c.id, people.c.name, people.c.fingerprint).where(
                people.c.revoked_at.is_(None)
            )
            text = name_or_number.strip()
            if text.isdigit():
                query = query.where(sa.or_(people.c.id == int(text), people.c.name == text))
            else:
                query = query.where(people.c.name == text)
            found = conn.execute(query.order_by(people.c.id)).all()
            if not found:
                raise ServerError(NO_SUCH_PERSON)
            if len(found) > 1:
                raise ServerError(AMBIGUOUS_PERSON, numbers=", ".join(str(r.id) for r in found))
            row = found[0]
            conn.execute(sa.update(people).where(people.c.id == row.id).values(revoked_at=_now()))
            _log(conn, "revoke", row.id)
        logger.info("person %d revoked", row.id)
        return Person(row.id, row.name, row.fingerprint, True)

    def people(self) -> list[Person]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    people.c.id, people.c.name, people.c.fingerprint, people.c.revoked_at
                ).order_by(people.c.id)
            ).all()
        return [Person(r.id, r.name, r.fingerprint, r.revoked_at is not None) for r in rows]

    def purge(self, days: int) -> int:
        """Delete bundles every recipient acknowledged more than `days` days ago."""
        if days < 0:
            raise ServerError(BAD_DAYS)
        cutoff = _now() - dt.timedelta(days=days)
        pending = (
            sa.select(deliveries.c.cursor)
            .where(
                deliveries.c.bundle_id == bundles.c.id,
                sa.or_(deliveries.c.delivered_at.is_(None), deliveries.c.delivered_at > cutoff),
            )
            .exists()
        )
        with self.engine.begin() as conn:
            gone = conn.execute(sa.delete(bundles).where(~pending)).rowcount
            _log(conn, "purge", None, str(gone))
        logger.info("purge: %d bundles deleted", gone)
        return gone

    def anchors_after(self, last_id: int) -> list[tuple[int, bytes]]:
        """Signing certificates enrolled after `last_id` (revoked too: they reach the app, which
        answers `revoked` instead of a bare TLS failure)."""
        with self.engine.connect() as conn:
            return [
                (r.id, r.signing_cert)
                for r in conn.execute(
                    sa.select(people.c.id, people.c.signing_cert)
                    .where(people.c.id > last_id)
                    .order_by(people.c.id)
                )
            ]

    # --- requests (the caller is the TLS client certificate's fingerprint) ----------------

    @staticmethod
    def _caller(conn: Connection, fingerprint: str) -> int:
        row = conn.execute(
            sa.select(people.c.id, people.c.revoked_at).where(people.c.fingerprint == fingerprint)
        ).first()
        if row is None:
            raise Refused(rp.NOT_ENROLLED)
        if row.revoked_at is not None:
            raise Refused(rp.REVOKED)
        return int(row.id)

    @staticmethod
    def _active(fingerprint: str) -> sa.ScalarSelect:
        """The caller's id if enrolled and not revoked, inside the request's own statement (one
        round trip); when it finds nothing, `_caller` says why (revoked, not enrolled)."""
        return (
            sa.select(people.c.id)
            .where(people.c.fingerprint == fingerprint, people.c.revoked_at.is_(None))
            .scalar_subquery()
        )

    def check_caller(self, fingerprint: str) -> int:
        with self.engine.connect() as conn:
            return self._caller(conn, fingerprint)

    def push(self, fingerprint: str, peer_der: bytes, body: bytes, signature: bytes) -> Pushed:
        digest = hashlib.sha256(body).digest()
        try:
            signer = rp.verify_detached(body, signature, digest=digest)
        except ValueError:
            raise Refused(rp.BAD_REQUEST) from None
        if signer.public_bytes(serialization.Encoding.DER) != peer_der:
            raise Refused(rp.SIGNER_MISMATCH)
        try:
            wanted = rp.recipient_ids(body)
        except ValueError:
            raise Refused(rp.BAD_REQUEST) from None
        bundle = digest.hex()  # = rp.bundle_id(body)
        with self.engine.begin() as conn:
            sender = self._caller(conn, fingerprint)
            recipients: list[tuple[int, str]] = []
            for issuer, serial in wanted:
                row = conn.execute(
                    sa.select(people.c.id, people.c.fingerprint).where(
                        people.c.encryption_issuer == issuer,
                        people.c.encryption_serial == str(serial),
                        people.c.revoked_at.is_(None),
                    )
                ).first()
                if row is None:
                    raise Refused(rp.UNKNOWN_RECIPIENT)
                recipients.append((int(row.id), str(row.fingerprint)))
            inserted = conn.execute(
                pg_insert(bundles)
                .values(id=bundle, sender_id=sender, size=len(body), received_at=_now(), body=body)
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(bundles.c.id)
            ).first()
            if inserted is None:  # the same bytes were pushed before: the same answer
                known = conn.execute(
                    sa.select(people.c.fingerprint)
                    .join(deliveries, deliveries.c.recipient_id == people.c.id)
                    .where(deliveries.c.bundle_id == bundle)
                    .order_by(deliveries.c.cursor)
                ).scalars()
                return Pushed(bundle, list(known), created=False)
            conn.execute(
                sa.insert(deliveries),
                [{"bundle_id": bundle, "recipient_id": rid} for rid, _fp in recipients],
            )
            _log(conn, "push", sender, bundle)
        return Pushed(bundle, [fp for _rid, fp in recipients], created=True)

    def inbox(self, fingerprint: str, after: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        sender = people.alias("sender")
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    deliveries.c.cursor,
                    bundles.c.id,
                    sender.c.fingerprint,
                    bundles.c.size,
                    bundles.c.received_at,
                )
                .join(bundles, bundles.c.id == deliveries.c.bundle_id)
                .join(sender, sender.c.id == bundles.c.sender_id)
                .where(
                    deliveries.c.recipient_id == self._active(fingerprint),
                    deliveries.c.delivered_at.is_(None),
                    deliveries.c.cursor > after,
                )
                .order_by(deliveries.c.cursor)
                .limit(limit)
            ).all()
            if not rows:
                self._caller(conn, fingerprint)  # an empty inbox, or refused: which?
        items = [
            {
                "id": r.id,
                "cursor": int(r.cursor),
                "sender": r.fingerprint,
                "size": int(r.size),
                "received_at": r.received_at.astimezone(dt.UTC).isoformat(),
            }
            for r in rows
        ]
        return items, (items[-1]["cursor"] if items else after)

    def fetch(self, fingerprint: str, bundle: str) -> bytes:
        with self.engine.connect() as conn:
            # Binary results: the bytes as stored, not hex text of twice the size to decode.
            raw = conn.connection.driver_connection
            with raw.cursor(binary=True) as cursor:  # type: ignore[union-attr]
                cursor.execute(
                    "SELECT b.body FROM bundles b JOIN deliveries d ON d.bundle_id = b.id "
                    "JOIN people p ON p.id = d.recipient_id "
                    "WHERE b.id = %s AND p.fingerprint = %s AND p.revoked_at IS NULL",
                    (bundle, fingerprint),
                )
                row = cursor.fetchone()
            if row is None:
                self._caller(conn, fingerprint)  # refused, or simply not theirs
        if row is None:
            raise Refused(rp.NOT_FOUND)
        return bytes(row[0])

    def ack(self, fingerprint: str, bundle: str) -> None:
        with self.engine.begin() as conn:
            marked = conn.execute(
                sa.update(deliveries)
                .where(
                    deliveries.c.bundle_id == bundle,
                    deliveries.c.recipient_id == self._active(fingerprint),
                    deliveries.c.delivered_at.is_(None),
                )
                .values(delivered_at=_now())
                .returning(deliveries.c.recipient_id)
            ).scalar()
            if marked is not None:
                _log(conn, "ack", int(marked), bundle)
                return
            me = self._caller(conn, fingerprint)
            known = conn.execute(
                sa.select(deliveries.c.cursor).where(
                    deliveries.c.bundle_id == bundle, deliveries.c.recipient_id == me
                )
            ).first()
        if known is None:
            raise Refused(rp.NOT_FOUND)

    def directory(self, fingerprint: str) -> list[tuple[str, bytes]]:
        with self.engine.connect() as conn:
            self._caller(conn, fingerprint)
            return [
                (r.fingerprint, bytes(r.card))
                for r in conn.execute(
                    sa.select(people.c.fingerprint, people.c.card)
                    .where(people.c.revoked_at.is_(None))
                    .order_by(people.c.id)
                )
            ]


def peer_fingerprint(der: bytes) -> str:
    """The TLS client certificate's fingerprint: SHA-256 of its DER (= rp.cert_fingerprint)."""
    return hashlib.sha256(der).hexdigest()
