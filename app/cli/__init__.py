"""The `stafet` command: no sub-command starts the GUI; sub-commands are the scripting interface.

Each command family lives in its own module with a `register(subparsers)` function, so the
vault, the records, the PDFs and the text checker each own their part of the command line.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence

from app.cli import (
    case_commands,
    handover_commands,
    pdf_commands,
    people_commands,
    sync_commands,
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
    sync_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stafet",
        description="Stafet – stafetlog, netværkskort og bekymringsskalaer i en krypteret boks.",
    )
    parser.add_argument("--version", action="version", version=f"stafet {_version()}")
    parser.add_argument("--vault", metavar="DIR", help="mappen med boksen (ellers $STAFET_VAULT)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE|-",
        help="læs adgangsfrasen fra en fil eller fra standard input (-)",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for module in COMMAND_MODULES:
        module.register(sub)
    about = sub.add_parser("about", help="version og mapperne for boks, indstillinger og log")
    about.set_defaults(handler=cmd_about)
    return parser


def _version() -> str:
    from app.diagnostics import version

    return version()


def cmd_about(args: argparse.Namespace) -> int:
    """What IT asks for first: the version and where Stafet keeps its files on this computer."""
    from app import paths

    print(f"Stafet {_version()}")
    print(f"Boks:          {paths.vault_dir(args.vault)}")
    print(f"Indstillinger: {paths.settings_file()}")
    print(f"Log:           {paths.log_file()}")
    from app.policy import policy_path

    print(f"IT-politik:    {policy_path()}")
    return 0


def safe_console() -> None:
    """Never crash on a name the console cannot show ("Łukasz Nguyễn" on a cp1252 console/pipe).

    Windows consoles and redirected output often use a legacy code page; a character it lacks is
    printed as "?" instead of ending the command with UnicodeEncodeError half-way through a list.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a closed or detached stream: nothing to print to
                pass


def main(argv: Sequence[str] | None = None) -> int:
    from app.vault.hardening import harden_process

    harden_process()
    safe_console()
    from app.diagnostics import setup_logging

    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.launch import run_gui

        return run_gui(vault=args.vault)
    # Only the command's name and the kind of any error: arguments can hold names and paths.
    action = " ".join(
        [args.command]
        + [str(v) for k, v in sorted(vars(args).items()) if k.endswith("_command") and v]
    )
    logger.info("command %s", action)
    try:
        return int(args.handler(args) or 0)
    except UserError as err:
        logger.info("command %s refused: %s", action, type(err).__name__)
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
        from app.diagnostics import crash_summary

        where = crash_summary(type(exc), exc.__traceback__)
        logger.error("command %s failed: %s", action, where)
        if os.environ.get("STAFET_DEBUG"):
            raise
        print(
            f"stafet: uventet fejl ({type(exc).__name__}). Intet halvt gemt er skrevet i boksen."
            " Kør igen med STAFET_DEBUG=1 for detaljer.",
            file=sys.stderr,
        )
        return 70
    finally:
        if argv is None:  # the process's own command line: it ends when this returns
            # What the command made stays until the process ends anyway. Frozen, the
            # interpreter's final collections skip it (reportlab, fontTools, SQLAlchemy: 0.3-1 s
            # of a `stafet pdf` run came after the file was written). Exit handlers, closes and
            # flushes all still run. (Called with arguments, as tests do, nothing is frozen.)
            gc.freeze()
