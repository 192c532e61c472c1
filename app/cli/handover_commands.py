"""`stafet handover send|receive|accept|decline`: the baton between laptops as `.stafet` files."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.case_commands import case_service, parse_case_id
from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SENT = QT_TRANSLATE_NOOP(
    "Cli",
    "Stafetten er tilbudt til {name}. Giv {name} filen {path}; svaret kommer som en kvittering.",
)
SENT_COPY = QT_TRANSLATE_NOOP("Cli", "En kopi til orientering er skrevet til {name}: {path}")
RECEIVED = QT_TRANSLATE_NOOP("Cli", "Modtaget fra {name} ({fingerprint}), sendt {sent}: {what}.")
WHAT = {
    "bundle": QT_TRANSLATE_NOOP("Cli", "stafetten tilbydes dig"),
    "copy": QT_TRANSLATE_NOOP("Cli", "en kopi til orientering"),
    "accepted": QT_TRANSLATE_NOOP("Cli", "kvittering – stafetten er modtaget"),
    "declined": QT_TRANSLATE_NOOP("Cli", "kvittering – stafetten er afvist"),
}
UNVERIFIED = QT_TRANSLATE_NOOP(
    "Cli",
    "Bemærk: afsenderens fingeraftryk er ikke bekræftet i din kontaktbog. Ring og tjek det.",
)
ANSWERED = QT_TRANSLATE_NOOP("Cli", "Kvitteringen til {name} er skrevet: {path}. Giv {name} filen.")
QUEUED = QT_TRANSLATE_NOOP(
    "Cli",
    "Stafetten er tilbudt til {name}. Den venter i din boks og sendes til kommunens server ved "
    "næste „stafet sync“; svaret kommer som en kvittering.",
)
QUEUED_COPY = QT_TRANSLATE_NOOP(
    "Cli",
    "En kopi til orientering til {name} venter i din boks og sendes ved næste „stafet sync“. "
    "Kopien holdes opdateret, så længe samtykket dækker {name}.",
)
ANSWER_QUEUED = QT_TRANSLATE_NOOP(
    "Cli",
    "Kvitteringen til {name} venter i din boks og sendes ved næste „stafet sync“.",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    h = subparsers.add_parser("handover", help="giv stafetten videre krypteret (.stafet-filer)")
    hsub = h.add_subparsers(dest="handover_command", metavar="HANDLING", required=True)
    p = hsub.add_parser("send", help="tilbyd stafetten (eller en kopi) til en kontakt")
    p.add_argument("case_id", metavar="SAG", help="sagens nummer")
    p.add_argument("--to", required=True, metavar="NAVN", help="kontaktens navn")
    p.add_argument("--copy", action="store_true", help="kun en kopi til orientering")
    p.add_argument(
        "-o",
        "--output",
        metavar="FIL.stafet",
        help="filen der skrives (uden: lægges i kø til kommunens server)",
    )
    p.set_defaults(handler=cmd_send)
    p = hsub.add_parser("receive", help="modtag en overdragelse eller en kvittering")
    p.add_argument("file", metavar="FIL.stafet", help="filen")
    p.set_defaults(handler=cmd_receive)
    p = hsub.add_parser("accept", help="tag imod stafetten; skriver kvitteringen til afsenderen")
    p.add_argument("case_id", metavar="SAG", help="sagens nummer")
    p.add_argument(
        "-o",
        "--output",
        metavar="KVITTERING.stafet",
        help="filen der skrives (uden: lægges i kø til kommunens server)",
    )
    p.set_defaults(handler=cmd_accept)
    p = hsub.add_parser("decline", help="afvis stafetten med en begrundelse")
    p.add_argument("case_id", metavar="SAG", help="sagens nummer")
    p.add_argument("--reason", required=True, metavar="TEKST", help="hvorfor")
    p.add_argument(
        "-o",
        "--output",
        metavar="KVITTERING.stafet",
        help="filen der skrives (uden: lægges i kø til kommunens server)",
    )
    p.set_defaults(handler=cmd_decline)


@contextmanager
def handover_service(args: argparse.Namespace) -> Iterator[Any]:
    from app.handover.service import Handover

    with case_service(args) as svc:
        yield Handover(svc.vault, svc)


def cmd_send(args: argparse.Namespace) -> int:
    from app.people import ContactBook

    case_id = parse_case_id(args.case_id)
    with handover_service(args) as handover:
        contact = ContactBook(handover.vault).find(args.to)
        sent = handover.send(case_id, contact, _target(args), copy=args.copy)
    if sent.queued:
        text = QUEUED_COPY if args.copy else QUEUED
    else:
        text = SENT_COPY if args.copy else SENT
    print(text.format(name=contact.card.name, path=sent.path), file=sys.stderr)
    return 0


def _target(args: argparse.Namespace) -> Path | None:
    """The file to write, or None: queued for the relay server (app.sync)."""
    return Path(args.output) if args.output else None


def _answered(name: str, sent: Any) -> None:
    text = ANSWER_QUEUED if sent.queued else ANSWERED
    print(text.format(name=name, path=sent.path), file=sys.stderr)


def cmd_receive(args: argparse.Namespace) -> int:
    from app.domain.validation import format_date

    with handover_service(args) as handover:
        incoming = handover.read(Path(args.file))
        case_id = handover.receive(incoming)
    sender = incoming.sender
    print(
        RECEIVED.format(
            name=sender.card.name,
            fingerprint=sender.fingerprint,
            sent=format_date(incoming.sent_at.astimezone().date()),
            what=WHAT[incoming.answer or incoming.kind],
        ),
        file=sys.stderr,
    )
    if not sender.verified and sender.source != "kommunen":
        print(UNVERIFIED, file=sys.stderr)
    print(case_id)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    case_id = parse_case_id(args.case_id)
    with handover_service(args) as handover:
        contact = handover.waiting_offer(case_id)
        sent = handover.accept(case_id, _target(args))
    _answered(contact.card.name, sent)
    return 0


def cmd_decline(args: argparse.Namespace) -> int:
    case_id = parse_case_id(args.case_id)
    with handover_service(args) as handover:
        contact = handover.waiting_offer(case_id)
        sent = handover.decline(case_id, args.reason, _target(args))
    _answered(contact.card.name, sent)
    return 0
