"""`stafet lint-text`: the plain-language checker on a file or stdin, one finding a line."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:  # imported by the command itself: the GUI launch builds this parser too
    from app.domain import plain_language

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint-text",
        help="tjek en tekst for klart sprog (man, upræcise tider, kancellisprog, forkortelser …)",
        description=(
            "Tjekker teksten efter rådene i »Sproget i stafetloggen« og skriver et fund pr. "
            "linje: LINJE:KOLONNE regel: besked → forslag. Afslutningskode 0: ingen fund, "
            "1: fund, 2: fejl."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FIL|-", help="tekstfil i UTF-8, eller - for stdin"
    )
    parser.set_defaults(handler=run_lint_text)


def read_text(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError(
                "TextCommands",
                QT_TRANSLATE_NOOP("TextCommands", "Filen findes ikke: {path}"),
                path=name,
            ) from None
        except IsADirectoryError:
            raise UserError(
                "TextCommands",
                QT_TRANSLATE_NOOP("TextCommands", "{path} er en mappe, ikke en tekstfil."),
                path=name,
            ) from None
        except OSError:
            raise UserError(
                "TextCommands",
                QT_TRANSLATE_NOOP("TextCommands", "Filen kan ikke læses: {path}"),
                path=name,
            ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            "TextCommands",
            QT_TRANSLATE_NOOP("TextCommands", "Teksten er ikke gemt som UTF-8. Gem den som UTF-8."),
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def line_and_column(offset: int, line_starts: list[int]) -> tuple[int, int]:
    """1-based line and column (in characters) of `offset`."""
    from bisect import bisect_right

    line = bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1


def format_findings(text: str, findings: list[plain_language.Finding]) -> list[str]:
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = []
    for finding in findings:
        line, column = line_and_column(finding.start, line_starts)
        lines.append(f"{line}:{column} {finding.rule}: {finding.message} → {finding.suggestion}")
    return lines


def run_lint_text(args: argparse.Namespace) -> int:
    from app.domain import plain_language

    text = read_text(args.file)
    findings = plain_language.check(text)
    try:  # a Windows console in cp1252 has no "→": print "?" rather than crash
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    for line in format_findings(text, findings):
        print(line)
    return 1 if findings else 0
