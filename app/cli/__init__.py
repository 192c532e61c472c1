"""The `stafet` command: no sub-command starts the GUI; sub-commands are the scripting interface.

Each command family lives in its own module with a `register(subparsers)` function, so the
vault, the records, the PDFs and the text checker each own their part of the command line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app.cli import (
    case_commands,
    handover_commands,
    pdf_commands,
    people_commands,
    text_commands,
    vault_commands,
)
from app.domain.messages import UserError

logger = logging.getLogger(__name__)

# Imported plainly (not by a string), so freezers and readers see every family.
COMMAND_MODULES = (
    vault_commands,
    case_commands,
    pdf_commands,
    text_commands,
    people_commands,
    handover_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stafet",
        description="Stafet – stafetlog, netværkskort og bekymringsskalaer i en krypteret boks.",
    )
    parser.add_argument("--vault", metavar="DIR", help="mappen med boksen (ellers $STAFET_VAULT)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE|-",
        help="læs adgangsfrasen fra en fil eller fra standard input (-)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app.vault.hardening import harden_process

    harden_process()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.launch import run_gui

        return run_gui(vault=args.vault)
    try:
        return int(args.handler(args) or 0)
    except UserError as err:
        print(f"stafet: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("stafet: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `stafet case list | head`: the reader left; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:
        # An unexpected error's text may quote data (a path, a value); users get the kind only.
        if os.environ.get("STAFET_DEBUG"):
            raise
        print(
            f"stafet: uventet fejl ({type(exc).__name__}). Intet halvt gemt er skrevet i boksen."
            " Kør igen med STAFET_DEBUG=1 for detaljer.",
            file=sys.stderr,
        )
        return 70
