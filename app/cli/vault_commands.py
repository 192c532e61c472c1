"""`stafet vault …` and `stafet audit …`: create, check, re-key, back up and restore the vault."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from app.cli import common
from app.cli.common import CliError, cli_actor, open_vault, read_passphrase, vault_directory

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser("vault", help="opret, kontrollér og tag sikkerhedskopi af boksen")
    vsub = vault.add_subparsers(dest="vault_command", metavar="HANDLING", required=True)

    p = vsub.add_parser("init", help="opret en ny boks (viser gendannelsesnøglen én gang)")
    p.set_defaults(handler=cmd_init)

    p = vsub.add_parser("check", help="kontrollér boksens sider, skemaversion og beskyttelse")
    p.set_defaults(handler=cmd_check)

    p = vsub.add_parser("passwd", help="skift adgangsfrase (boksen krypteres ikke om)")
    p.add_argument("--new-passphrase-file", metavar="FILE|-", help="den nye adgangsfrase")
    p.set_defaults(handler=cmd_passwd)

    p = vsub.add_parser("backup", help="skriv en krypteret sikkerhedskopi")
    p.add_argument("out", metavar="OUT", help="filen, der skal skrives")
    p.set_defaults(handler=cmd_backup)

    p = vsub.add_parser("restore", help="gendan boksen fra en sikkerhedskopi")
    p.add_argument("backup", metavar="IN", help="sikkerhedskopien")
    p.add_argument(
        "--recovery-key-file",
        metavar="FILE|-",
        help="gendannelsesnøglen (på en ny computer); adgangsfrasen bliver så den nye",
    )
    p.set_defaults(handler=cmd_restore)

    from app.cli import destroy

    destroy.register(vsub)

    audit = subparsers.add_parser("audit", help="revisionssporet")
    asub = audit.add_subparsers(dest="audit_command", metavar="HANDLING", required=True)
    p = asub.add_parser("verify", help="kontrollér revisionssporet (afslutningskode 0 = intakt)")
    p.add_argument(
        "--anchor",
        metavar="NR:KÆDE",
        help="et tidligere gemt anker (nummer:kædeværdi), fanger en afskåret hale",
    )
    p.set_defaults(handler=cmd_audit_verify)
    p = asub.add_parser("extract", help="alle poster om én person eller sag, som JSON")
    p.add_argument("subject", metavar="EMNE")
    p.set_defaults(handler=cmd_audit_extract)


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import Vault

    directory = vault_directory(args)
    passphrase = read_passphrase(args, confirm=True)
    vault, recovery_key = Vault.create(
        directory, passphrase, device_secrets=common.device_secrets(), actor=cli_actor()
    )
    with vault:
        print(f"Boksen er oprettet i {directory}.")
        print()
        print("Gendannelsesnøgle (vises kun denne ene gang – skriv den ned, og gem den et")
        print("sikkert sted væk fra computeren; den åbner boksen, hvis adgangsfrasen eller")
        print("computeren går tabt):")
        print()
        print(f"    {recovery_key}")
        print()
        print(vault.protection_notice)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.check()
        print(f"Boks: {vault.directory}")
        print(f"Skemaversion: {report.schema_revision} (nyeste kendte: {report.newest_revision})")
        print(f"SQLCipher: {report.cipher_version}")
        print(f"Beskyttelse: {report.protection.notice}")
        if report.problems:
            print(f"Sider: {len(report.problems)} fejl fundet – gendan fra en sikkerhedskopi.")
        else:
            print("Sider: alle sider er hele og uændrede.")
        if report.audit.intact:
            print(f"Revisionsspor: intakt ({report.audit.checked} poster).")
        else:
            print(f"Revisionsspor: brudt. {report.audit.problem}")
        return 0 if report.intact else 1


def cmd_passwd(args: argparse.Namespace) -> int:
    if args.new_passphrase_file:
        new = common.read_secret_file(args.new_passphrase_file)
    else:
        new = common.prompt_secret("Ny adgangsfrase: ", confirm=True)
    with open_vault(args) as vault:
        vault.change_passphrase(new)
    print("Adgangsfrasen er skiftet. Gendannelsesnøglen virker som før.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        path = vault.backup(Path(args.out))
    print(f"Sikkerhedskopien er skrevet: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.vault import Vault

    directory = vault_directory(args)
    if args.passphrase_file == "-" and args.recovery_key_file == "-":
        raise CliError(common.STDIN_TWICE)
    recovery = common.read_secret_file(args.recovery_key_file) if args.recovery_key_file else None
    passphrase = read_passphrase(
        args,
        confirm=recovery is not None,
        prompt="Adgangsfrase på denne computer: " if recovery else "Adgangsfrase: ",
    )
    vault = Vault.restore(
        Path(args.backup),
        directory,
        passphrase,
        recovery_key=recovery,
        device_secrets=common.device_secrets(),
        actor=cli_actor(),
    )
    with vault:
        print(f"Boksen er gendannet i {directory}.")
        if vault.replaced_dir is not None:
            print(f"Den boks, der lå der før, er flyttet uændret til {vault.replaced_dir}.")
        print(vault.protection_notice)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    anchor = None
    if args.anchor:
        seq, _, chain = args.anchor.partition(":")
        if not seq.isdigit() or not chain:
            raise CliError(common.BAD_ANCHOR)
        anchor = (int(seq), chain)
    with open_vault(args) as vault:
        report = vault.audit.verify(anchor)
        if report.intact:
            seq, chain = vault.audit.head()
            print(f"Revisionssporet er intakt: {report.checked} poster. Nyeste: {seq}:{chain}")
            return 0
    print(f"Revisionssporet er brudt: {report.problem}")
    print(f"Første brudte post: {report.first_broken_seq}")
    return 1


def cmd_audit_extract(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.audit.extract(args.subject)
        vault.audit.append("audit.extract", "audit", args.subject, subject=args.subject)
    json.dump(
        [
            {
                "seq": e.seq,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "record_type": e.record_type,
                "record_id": e.record_id,
                "subject": e.subject,
            }
            for e in rows
        ],
        sys.stdout,
        ensure_ascii=False,
        indent=2,
    )
    print()
    return 0
