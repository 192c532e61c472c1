"""What the relay needs on the laptop, inside the encrypted vault (migration 0011).

- the outbox: sealed `.stafet` bundles waiting to be pushed (queued in the same transaction as
  the send that made them, so a queued bundle and its offer in the log come or go together);
- the inbox: bundles pulled from the server, stored before the server is told (ack), so a crash
  between the two loses nothing; received (merged) later through the same path as a file;
- the cursor: how far the server's inbox list has been read;
- per case and copy recipient, the records (uid + digest of the content) they already have;
- the remembered server: its address and the pinned certificate (vault settings).

No network and no Qt here: the sync client (app.sync.client) and the handover service use it.
Every write goes through `vault.session()`, so inside a caller's session it joins that one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

metadata = sa.MetaData()

outbox = sa.Table(
    "relay_outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("bundle_id", sa.Text, nullable=False, unique=True),
    sa.Column("file_id", sa.Text, nullable=False),
    sa.Column("contact", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("case_uid", sa.Text, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("pushed_at", sa.Text, nullable=True),
)

inbox = sa.Table(
    "relay_inbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("bundle_id", sa.Text, nullable=False, unique=True),
    sa.Column("cursor", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("pulled_at", sa.Text, nullable=False),
    sa.Column("state", sa.Text, nullable=False),
    sa.Column("received_at", sa.Text, nullable=True),
    sa.Column("problem", sa.Text, nullable=False),
)

copy_recipients = sa.Table(
    "relay_copy_recipients",
    metadata,
    sa.Column("case_uid", sa.Text, primary_key=True),
    sa.Column("contact", sa.Text, primary_key=True),
    sa.Column("stopped", sa.Text, nullable=False),
)

copies = sa.Table(
    "relay_copies",
    metadata,
    sa.Column("case_uid", sa.Text, primary_key=True),
    sa.Column("contact", sa.Text, primary_key=True),
    sa.Column("record_uid", sa.Text, primary_key=True),
    sa.Column("digest", sa.Text, nullable=False),
)

SERVER_SETTING = "relay.server"  # {"url": "https://…", "ca": "PEM"}
CURSOR_SETTING = "relay.cursor"  # the last inbox cursor stored here
LAST_SYNC_SETTING = "relay.last_sync"  # ISO 8601 UTC of the last sync that finished

WAITING, RECEIVED, REFUSED = "waiting", "received", "refused"

# The lists of a case document whose items have a uid (app.models.merge.RECORD_LISTS).
# `levels` and `baton` travel whole in every update: a case document must have both, and the
# baton's events only make sense together (the import checks who holds the baton).
ALWAYS_WHOLE = ("levels", "baton")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def bundle_id(data: bytes) -> str:
    """The relay's id of a bundle: SHA-256 of its bytes (app.relay_protocol.bundle_id)."""
    return hashlib.sha256(data).hexdigest()


# -- the remembered server ------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    url: str
    ca_pem: str


def remembered_server(vault: Any) -> Server | None:
    found = vault.settings_get(SERVER_SETTING)
    if not isinstance(found, dict) or not found.get("url") or not found.get("ca"):
        return None
    return Server(str(found["url"]), str(found["ca"]))


def remember_server(vault: Any, server: Server) -> None:
    """A different server starts its inbox list from the beginning (its cursors are its own)."""
    with vault.session():
        old = remembered_server(vault)
        if old is not None and old.url == server.url and old.ca_pem == server.ca_pem:
            return
        vault.settings_set(SERVER_SETTING, {"url": server.url, "ca": server.ca_pem})
        if old is None or old.url != server.url:
            vault.settings_set(CURSOR_SETTING, 0)
        vault.audit.append("relay.server", "relay", "server")


# -- outbox ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    bundle_id: str
    file_id: str
    contact: str
    kind: str
    case_uid: str
    data: bytes


def queue(
    vault: Any, data: bytes, *, file_id: str, contact: str, kind: str, case_uid: str
) -> str:
    """Put a sealed bundle in the outbox (joins the caller's transaction). Its relay id."""
    ident = bundle_id(data)
    with vault.session() as s:
        s.execute(
            sqlite_insert(outbox)
            .values(
                bundle_id=ident,
                file_id=file_id,
                contact=contact,
                kind=kind,
                case_uid=case_uid,
                data=bytes(data),
                created_at=now(),
                pushed_at=None,
            )
            .on_conflict_do_nothing(index_elements=["bundle_id"])
        )
    return ident


def to_push(vault: Any) -> list[Outgoing]:
    """The bundles not yet stored by the server, oldest first (an offer before its update)."""
    with vault.read_session() as s:
        rows = s.execute(
            sa.select(outbox).where(outbox.c.pushed_at.is_(None)).order_by(outbox.c.id)
        ).all()
    return [
        Outgoing(r.bundle_id, r.file_id, r.contact, r.kind, r.case_uid, bytes(r.data))
        for r in rows
    ]


def mark_pushed(vault: Any, ident: str) -> None:
    with vault.session() as s:
        s.execute(outbox.update().where(outbox.c.bundle_id == ident).values(pushed_at=now()))
        vault.audit.append("relay.push", "relay", ident)  # the bundle's id only


# -- inbox -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pulled:
    id: int
    bundle_id: str
    data: bytes
    state: str
    problem: str


def cursor(vault: Any) -> int:
    value = vault.settings_get(CURSOR_SETTING, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def is_stored(vault: Any, ident: str) -> bool:
    with vault.read_session() as s:
        return s.scalar(sa.select(inbox.c.id).where(inbox.c.bundle_id == ident)) is not None


def store_pulled(vault: Any, ident: str, position: int, data: bytes) -> bool:
    """Keep a pulled bundle and move the cursor past it, in one transaction.

    Returns False when it was stored before (a pull cut short before its ack): nothing is
    written twice. The caller acknowledges it to the server only after this returned.
    """
    if bundle_id(data) != ident:
        raise ValueError("bundle bytes do not match their id")
    with vault.session() as s:
        known = s.scalar(sa.select(inbox.c.id).where(inbox.c.bundle_id == ident))
        if known is None:
            vault.audit.append("relay.pull", "relay", ident)
            s.execute(
                inbox.insert().values(
                    bundle_id=ident,
                    cursor=int(position),
                    data=bytes(data),
                    pulled_at=now(),
                    state=WAITING,
                    received_at=None,
                    problem="",
                )
            )
        if int(position) > cursor(vault):
            vault.settings_set(CURSOR_SETTING, int(position))
    return known is None


def move_cursor(vault: Any, position: int) -> None:
    if int(position) > cursor(vault):
        vault.settings_set(CURSOR_SETTING, int(position))


def not_received(vault: Any) -> list[Pulled]:
    """Pulled bundles not yet received here, oldest first (refused ones are tried again)."""
    with vault.read_session() as s:
        rows = s.execute(
            sa.select(inbox).where(inbox.c.state != RECEIVED).order_by(inbox.c.cursor)
        ).all()
    return [Pulled(r.id, r.bundle_id, bytes(r.data), r.state, r.problem) for r in rows]


def mark_received(vault: Any, ident: str) -> None:
    with vault.session() as s:
        s.execute(
            inbox.update()
            .where(inbox.c.bundle_id == ident)
            .values(state=RECEIVED, received_at=now(), problem="")
        )


def mark_refused(vault: Any, ident: str, problem: str) -> None:
    """`problem` is the refusal's Danish source text (no names, no content: see messages)."""
    with vault.session() as s:
        s.execute(
            inbox.update().where(inbox.c.bundle_id == ident).values(state=REFUSED, problem=problem)
        )


@dataclass(frozen=True)
class Counts:
    to_push: int
    not_received: int


def counts(vault: Any) -> Counts:
    with vault.read_session() as s:
        out = s.scalar(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.pushed_at.is_(None))
        )
        into = s.scalar(
            sa.select(sa.func.count()).select_from(inbox).where(inbox.c.state != RECEIVED)
        )
    return Counts(int(out or 0), int(into or 0))


# -- what copy recipients have ---------------------------------------------------------------


def _digest(record: Any) -> str:
    text = json.dumps(record, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def record_digests(document: dict[str, Any]) -> dict[str, str]:
    """uid → digest of each record of a "stafet-case" document (every list item with a uid)."""
    from app.models.merge import RECORD_LISTS

    case = document["case"]
    found: dict[str, str] = {}
    for kind in RECORD_LISTS:
        for item in case.get(kind) or ():
            if isinstance(item, dict) and isinstance(item.get("uid"), str):
                found[item["uid"]] = _digest(item)
    return found


def lacking(
    document: dict[str, Any], has: dict[str, str]
) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The update for a copy recipient who has `has`: the document with only the records they
    lack (new uids, or a record saved again in place with other content, e.g. a consent since
    revoked), plus the levels and baton whole. None when they lack nothing.

    Returns (document or None, uid → digest of every record the update carries).
    """
    from app.models.merge import RECORD_LISTS

    case = dict(document["case"])
    sent: dict[str, str] = {}
    missing = False
    for kind in RECORD_LISTS:
        kept = []
        for item in case.get(kind) or ():
            digest = _digest(item)
            new = has.get(item["uid"]) != digest
            if new or kind in ALWAYS_WHOLE:
                kept.append(item)
                sent[item["uid"]] = digest
                missing = missing or new
        case[kind] = kept
    if not missing:
        return None, {}
    return {**document, "case": case}, sent


def copy_recipients_of(vault: Any, case_uid: str | None = None) -> list[tuple[str, str, str]]:
    """(case uid, contact fingerprint, stopped) of every copy sent; of one case if given."""
    query = sa.select(copy_recipients)
    if case_uid is not None:
        query = query.where(copy_recipients.c.case_uid == case_uid)
    with vault.read_session() as s:
        return [(r.case_uid, r.contact, r.stopped) for r in s.execute(query).all()]


def recipient_has(vault: Any, case_uid: str, contact: str) -> dict[str, str]:
    with vault.read_session() as s:
        rows = s.execute(
            sa.select(copies.c.record_uid, copies.c.digest).where(
                copies.c.case_uid == case_uid, copies.c.contact == contact
            )
        ).all()
    return {r.record_uid: r.digest for r in rows}


def add_recipient_has(vault: Any, case_uid: str, contact: str, sent: dict[str, str]) -> None:
    """They got a copy (or an update) carrying these records: updates go out from now on."""
    with vault.session() as s:
        s.execute(
            sqlite_insert(copy_recipients)
            .values(case_uid=case_uid, contact=contact, stopped="")
            .on_conflict_do_update(index_elements=["case_uid", "contact"], set_={"stopped": ""})
        )
        for uid, digest in sent.items():
            s.execute(
                sqlite_insert(copies)
                .values(case_uid=case_uid, contact=contact, record_uid=uid, digest=digest)
                .on_conflict_do_update(
                    index_elements=["case_uid", "contact", "record_uid"], set_={"digest": digest}
                )
            )


def why(err: Any) -> str:
    """A refusal kept in the vault, to say again later why updates stopped (UserError parts)."""
    params = {k: str(v) for k, v in err.params.items()}
    return json.dumps({"context": err.context, "source": err.source, "params": params})


def stop_updates(vault: Any, case_uid: str, contact: str, why: str) -> None:
    """No more updates to this recipient (`why`: from `why(err)`)."""
    with vault.session() as s:
        s.execute(
            copy_recipients.update()
            .where(copy_recipients.c.case_uid == case_uid, copy_recipients.c.contact == contact)
            .values(stopped=why)
        )
