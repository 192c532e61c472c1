"""`stafet sync`: push what is queued to the municipal relay, then pull and receive (issue 15)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.cli.handover_commands import handover_service
from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SUMMARY = QT_TRANSLATE_NOOP("Cli", "Sendt: {sent}. Modtaget: {received}. Venter: {waiting}.")
WAITING_DETAIL = QT_TRANSLATE_NOOP(
    "Cli", "Venter på at blive sendt: {out}. Hentet, men ikke modtaget: {into}."
)
UPDATES = QT_TRANSLATE_NOOP("Cli", "Opdateringer af kopier lagt i kø: {count}.")
UPDATE_STOPPED = QT_TRANSLATE_NOOP(
    "Cli", "Kopien til {name} holdes ikke længere opdateret: {why}"
)
DIRECTORY_ADDED = QT_TRANSLATE_NOOP(
    "Cli", "Nye kontakter fra kommunens katalog (bekræftet af kommunen): {count}."
)
DIRECTORY_SKIPPED = QT_TRANSLATE_NOOP(
    "Cli",
    "Kommunens katalog har et andet kort for {name} end det, du har i din kontaktbog. Dit kort "
    "er beholdt; ring til {name}, og tjek fingeraftrykket.",
)
DIRECTORY_REVOKED = QT_TRANSLATE_NOOP(
    "Cli", "{name} er ikke længere i kommunens katalog og er spærret i din kontaktbog."
)
CA_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Cli", "Filen med serverens certifikat kan ikke læses. Tjek navnet og mappen."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sync", help="send det, der venter, til kommunens server, og hent det, der er til dig"
    )
    p.add_argument(
        "--server",
        metavar="URL",
        help="serverens adresse, fx https://stafet.kommune.dk:8443 (huskes i boksen)",
    )
    p.add_argument(
        "--ca", metavar="FIL", help="serverens certifikat (server.crt fra IT; huskes i boksen)"
    )
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.cli.common import CliError
    from app.sync import run
    from app.sync.client import read_pinned

    ca_pem = None
    if args.ca:
        try:
            raw = Path(args.ca).read_bytes()
        except OSError:
            raise CliError(CA_FILE_UNREADABLE) from None
        ca_pem = read_pinned(raw)
    with handover_service(args) as handover:
        server = run.server_for(handover.vault, args.server, ca_pem)
        summary = run.sync(handover, server)
    if summary.updates:
        print(UPDATES.format(count=summary.updates), file=sys.stderr)
    for name, err in summary.updates_stopped:
        print(UPDATE_STOPPED.format(name=name, why=err), file=sys.stderr)
    if summary.directory_added:
        print(DIRECTORY_ADDED.format(count=summary.directory_added), file=sys.stderr)
    for name in summary.directory_skipped:
        print(DIRECTORY_SKIPPED.format(name=name), file=sys.stderr)
    for name in summary.directory_revoked:
        print(DIRECTORY_REVOKED.format(name=name), file=sys.stderr)
    waiting = summary.waiting_out + summary.waiting_in
    print(SUMMARY.format(sent=summary.sent, received=summary.received, waiting=waiting))
    if waiting:
        print(
            WAITING_DETAIL.format(out=summary.waiting_out, into=summary.waiting_in),
            file=sys.stderr,
        )
    problems = [*summary.push_refused, *summary.not_received]
    for err in problems:
        print(f"stafet: {err}", file=sys.stderr)
    return max((err.exit_code for err in problems), default=0)
