"""`stafet demo`, `stafet case list|export|import`, `stafet deadlines`: cases from the shell."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import FILE_UNREADABLE, CliError, open_vault
from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Domain modules are imported inside the commands: `stafet` without a sub-command builds this
# parser on its way to the GUI, and the records/validation import (~75 ms) is not needed there.

BAD_CASE_ID = QT_TRANSLATE_NOOP("Cli", "Sagsnummeret skal være et helt tal, for eksempel 12.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "Cli", "Datoen skal skrives som ÅÅÅÅ-MM-DD (for eksempel 2025-03-01) og findes i kalenderen."
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Cli", "Filen er ikke gyldig JSON (linje {line}, kolonne {column}). Intet er indlæst."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Cli", "Filen {path} kan ikke skrives. Findes mappen, og må du skrive i den?"
)

PLAINTEXT_REFUSED = QT_TRANSLATE_NOOP(
    "Cli",
    "En sag skrives kun som ukrypteret JSON med --plaintext: filen rummer cpr-nummer og "
    "noter i klar tekst. Giv sagen videre krypteret med „stafet handover send SAG --to NAVN "
    "-o FIL.stafet“. Intet er skrevet.",
)
PLAINTEXT_WARNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Advarsel: {path} er ukrypteret og rummer personoplysninger (cpr-nummer, noter). Opbevar "
    "den sikkert, og slet den, når den er brugt.",
)

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="fyld boksen med eksempelsagen (Hans Hansen) og flere")
    p.add_argument(
        "--today", metavar="ÅÅÅÅ-MM-DD", help="dagen historien regnes fra (ellers i dag)"
    )
    p.set_defaults(handler=cmd_demo)

    case = subparsers.add_parser("case", help="list, eksportér og indlæs sager")
    csub = case.add_subparsers(dest="case_command", metavar="HANDLING", required=True)
    c = csub.add_parser("list", help="sagerne: nummer, navn, stafetholder, niveau, næste frist")
    c.add_argument("--search", metavar="TEKST", help="begyndelsen af et navn eller et cpr-nummer")
    c.set_defaults(handler=cmd_case_list)
    c = csub.add_parser(
        "export",
        help="skriv en sag som UKRYPTERET JSON (stafet-case, version 1); kræver --plaintext",
    )
    c.add_argument("case_id", metavar="SAG", help="sagens nummer")
    c.add_argument("-o", "--output", required=True, metavar="FIL.json", help="filen der skrives")
    c.add_argument(
        "--plaintext",
        action="store_true",
        help="ja, skriv filen ukrypteret (brug ellers 'stafet handover send')",
    )
    c.set_defaults(handler=cmd_case_export)
    c = csub.add_parser("import", help="indlæs en sag fra JSON; skriver det nye sagsnummer")
    c.add_argument("file", metavar="FIL.json", help="filen (eller - for standard input)")
    c.set_defaults(handler=cmd_case_import)

    d = subparsers.add_parser(
        "deadlines", help="frister i alle åbne sager: overskredne, i dag, kommende"
    )
    d.add_argument("--today", metavar="ÅÅÅÅ-MM-DD", help="dagen fristerne regnes fra")
    d.add_argument(
        "--rebuild",
        action="store_true",
        help="beregn de gemte frister forfra ud fra sagerne (efter en fejl eller en opgradering)",
    )
    d.set_defaults(handler=cmd_deadlines)


# --- helpers ----------------------------------------------------------------------------------


@contextmanager
def case_service(args: argparse.Namespace) -> Iterator[Any]:
    """The vault opened for one command, with the service on it; locked again afterwards."""
    from app.models.service import CaseService

    with open_vault(args) as vault:
        # The profile names the author of new records; without one the audit says so plainly
        # (the vault's own actor) and no record is authored by "ukendt bruger".
        yield CaseService(vault, actor=vault.profile_name() or "")


def parse_day(text: str | None) -> date:
    if text is None:
        return date.today()
    match = _ISO_DATE.match(text.strip())
    if not match:
        raise CliError(BAD_DATE)
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise CliError(BAD_DATE) from None


def parse_case_id(text: str) -> int:
    if not re.fullmatch(r"\d{1,18}", text.strip()):
        raise CliError(BAD_CASE_ID)
    return int(text)


def write_atomically(path: Path, data: bytes) -> None:
    """The export's atomic write (app.reports.sharing), with the command line's own message.

    A crash leaves either the old file or the new one, never half a file; the temporary file
    is created with mode 0600 and removed on failure: the export holds personal data.
    """
    from app.reports.sharing import SharingRefused
    from app.reports.sharing import write_atomically as write_file

    try:
        write_file(path, data)
    except SharingRefused:
        raise CliError(CANNOT_WRITE, path=str(path)) from None


def _read_json(source: str) -> Any:
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise CliError(FILE_UNREADABLE, path=source) from None
    from app.models.interchange import parse_document

    try:
        return parse_document(text)
    except json.JSONDecodeError as exc:
        raise CliError(NOT_JSON, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise CliError(NOT_JSON, line="?", column="?") from None


# --- commands ---------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from app.models.demo import install_demo

    today = parse_day(args.today)
    with case_service(args) as svc:
        ids = install_demo(svc, today)
        for summary in svc.list_cases():
            if summary.id in ids:
                print(f"{summary.id}\t{summary.child_name}")
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    from app.domain.validation import format_date

    with case_service(args) as svc:
        cases = svc.list_cases(args.search)
    rows = [("Nr.", "Navn", "Stafetholder", "Niveau", "Næste frist")]
    for c in cases:
        deadline = (
            f"{format_date(c.next_deadline.on)} {c.next_deadline.title}" if c.next_deadline else "-"
        )
        if c.closed:
            deadline = "lukket"
        rows.append((str(c.id), c.child_name, c.holder, str(int(c.level)), deadline))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True))
            + "  "
            + row[4]
        )
    return 0


def cmd_case_export(args: argparse.Namespace) -> int:
    case_id = parse_case_id(args.case_id)
    if not args.plaintext:
        raise CliError(PLAINTEXT_REFUSED)
    out = Path(args.output)
    with case_service(args) as svc:
        document = svc.export_case(case_id)
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_atomically(out, data)
    print(f"stafet: {PLAINTEXT_WARNING.format(path=out)}", file=sys.stderr)
    return 0


def cmd_case_import(args: argparse.Namespace) -> int:
    document = _read_json(args.file)
    with case_service(args) as svc:
        case_id = svc.import_case(document)
    print(case_id)
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from app.domain.deadlines import STATUS_TITLES
    from app.domain.validation import format_date

    today = parse_day(args.today)
    with case_service(args) as svc:
        if args.rebuild:
            print(f"Fristerne er beregnet forfra for {svc.rebuild_deadlines()} sager.")
        items = svc.deadlines(today)
    for item in items:
        detail = f" – {item.detail}" if item.detail else ""
        print(
            f"{format_date(item.due_on)}  {STATUS_TITLES[item.status]:<11}  {item.child_name}: "
            f"{item.title}{detail}  ({item.source})"
        )
    if not items:
        print("Ingen frister.")
    return 0
