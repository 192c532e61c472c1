"""`stafet-server`: IT's commands for the municipal relay (docs/server.md).

    stafet-server --dir DIR init --database postgresql://USER@HOST:PORT/DB [--host NAME …]
    stafet-server --dir DIR enroll CARD [--replace]
    stafet-server --dir DIR revoke NAME
    stafet-server --dir DIR people
    stafet-server --dir DIR run [--listen HOST:PORT]
    stafet-server --dir DIR purge --delivered-older-than DAYS

Errors are plain Danish on standard error with a non-zero exit code; nothing is half-done.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.messages import UserError
from app.server.errors import (
    ALREADY_INITIALISED,
    BAD_SETTING,
    FILE_UNREADABLE,
    NO_DATABASE,
    ServerError,
)

if TYPE_CHECKING:
    from app.server.store import Relay

logger = logging.getLogger("app.server")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stafet-server",
        description="Stafets kommunale relæserver: videresender forseglede bundter mellem "
        "medarbejdere. Serveren kan ikke læse dem.",
    )
    parser.add_argument(
        "--dir",
        required=True,
        metavar="MAPPE",
        help="serverens mappe: server.toml, server.crt og server.key",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)

    p = sub.add_parser("init", help="opret databasens tabeller, servernøgle og certifikat")
    p.add_argument(
        "--database", required=True, metavar="URL", help="postgresql://BRUGER@VÆRT:PORT/DB"
    )
    p.add_argument(
        "--host",
        action="append",
        default=[],
        metavar="NAVN",
        help="serverens navn eller IP-adresse, som bærbare forbinder til (kan gentages)",
    )
    p.add_argument("--listen", default=None, metavar="VÆRT:PORT", help="standard for run")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("enroll", help="tilmeld en medarbejder med hendes kontaktkort")
    p.add_argument("card", metavar="KORT", help="kontaktkortet (.stafetkort)")
    p.add_argument(
        "--replace",
        action="store_true",
        help="nyt kort til en allerede tilmeldt person: det gamle spærres, "
        "ventende bundter flyttes",
    )
    p.set_defaults(handler=cmd_enroll)

    p = sub.add_parser("revoke", help="spær en medarbejder (fratrådt, mistet computer)")
    p.add_argument("name", metavar="NAVN", help="navnet i kontaktkortet, eller personens nummer")
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("people", help="vis de tilmeldte (nummer, navn, aktiv/spærret)")
    p.set_defaults(handler=cmd_people)

    p = sub.add_parser("run", help="start serveren (HTTPS med klientcertifikater)")
    p.add_argument("--listen", default=None, metavar="VÆRT:PORT", help="fx 0.0.0.0:8443")
    p.add_argument(
        "--workers", type=int, default=None, metavar="ANTAL",
        help="antal serverprocesser (POSIX; standard fra server.toml, ellers 1)",
    )
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("purge", help="slet bundter, som alle modtagere har hentet")
    p.add_argument(
        "--delivered-older-than",
        required=True,
        type=int,
        metavar="DAGE",
        help="hentet for mere end så mange dage siden",
    )
    p.set_defaults(handler=cmd_purge)
    return parser


@contextlib.contextmanager
def _relay(args: argparse.Namespace) -> Iterator[Relay]:
    from app.server import config as cfg
    from app.server.db import make_engine, require_schema
    from app.server.store import Relay

    conf = cfg.load(Path(args.dir))
    if not conf.database:
        raise ServerError(NO_DATABASE)
    engine = make_engine(conf.database, pool_size=1)
    try:
        require_schema(engine)
        yield Relay(engine)
    finally:
        engine.dispose()


def cmd_init(args: argparse.Namespace) -> int:
    from app.server import config as cfg
    from app.server.db import make_engine, migrate, sqlalchemy_url
    from app.server.tls import make_server_identity

    directory = Path(args.dir)
    sqlalchemy_url(args.database)  # a bad address is refused before anything is written
    if (directory / cfg.KEY).exists() or (directory / cfg.CERT).exists():
        raise ServerError(ALREADY_INITIALISED, path=directory)
    engine = make_engine(args.database, pool_size=1)
    try:
        migrate(engine)  # unreachable or refused: nothing is written yet
    finally:
        engine.dispose()
    directory.mkdir(parents=True, exist_ok=True)
    make_server_identity(directory / cfg.CERT, directory / cfg.KEY, list(args.host))
    cfg.write(directory, args.database, args.listen or cfg.DEFAULT_LISTEN)
    print(f"Databasen er klar. Servercertifikatet er {directory / cfg.CERT}.")
    print(
        "Giv de bærbare certifikatet (ikke server.key), og tilmeld medarbejderne med "
        f"„stafet-server --dir {directory} enroll KORT“."
    )
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    with _relay(args) as relay:
        try:
            data = Path(args.card).read_bytes()
        except OSError:
            raise ServerError(FILE_UNREADABLE, path=args.card) from None
        person = relay.enroll(data, replace=args.replace)
    print(f"Tilmeldt som nummer {person.id}: {person.name}.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with _relay(args) as relay:
        person = relay.revoke(args.name)
    print(f"Spærret: nummer {person.id}, {person.name}. Det gælder fra næste forespørgsel.")
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    with _relay(args) as relay:
        found = relay.people()
    for person in found:
        state = "spærret" if person.revoked else "aktiv"
        print(f"{person.id}\t{person.name}\t{state}\t{person.fingerprint[:16]}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from app.server import config as cfg
    from app.server.serve import run

    conf = cfg.load(Path(args.dir))
    if not conf.database:
        raise ServerError(NO_DATABASE)
    if args.workers is not None and args.workers < 1:
        raise ServerError(BAD_SETTING, name="--workers", value=args.workers)
    run(conf, args.listen, args.workers)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with _relay(args) as relay:
        gone = relay.purge(args.delivered_older_than)
    print(f"Slettede {gone} bundter, som alle modtagere havde hentet.")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UserError as err:
        print(str(err), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
