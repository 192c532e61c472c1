"""`stafet vault …` and `stafet audit …`: create, check, re-key, back up and restore the vault."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from app.cli import common
from app.cli.common import CliError, cli_actor, open_vault, read_passphrase, vault_directory
from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser("vault", help="opret, kontrollér og tag sikkerhedskopi af boksen")
    vsub = vault.add_subparsers(dest="vault_command", metavar="HANDLING", required=True)

    p = vsub.add_parser(
        "init",
        help="opret en ny boks (viser gendannelsesnøglen én gang)",
        description=PASSPHRASE_ADVICE,
    )
    p.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="skriv gendannelsesnøglen i en ny fil (kun læsbar for dig) i stedet for på skærmen",
    )
    p.set_defaults(handler=cmd_init)

    p = vsub.add_parser(
        "check",
        help="kontrollér sider, skemaversion, gendannelseskopi, beskyttelse og gemte kopier",
    )
    p.set_defaults(handler=cmd_check)

    p = vsub.add_parser(
        "accept-loss",
        help="åbn en boks, der er ældre end sidst, som den er (kun uden en nyere sikkerhedskopi)",
    )
    p.set_defaults(handler=cmd_accept_loss)

    p = vsub.add_parser("recovery-key", help="gendannelsesnøglen")
    p.add_argument(
        "--new",
        action="store_true",
        required=True,
        help="lav en ny gendannelsesnøgle; den gamle holder op med at virke",
    )
    p.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="skriv den nye nøgle i en ny fil (kun læsbar for dig) i stedet for på skærmen",
    )
    p.set_defaults(handler=cmd_recovery_key)

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
    p.add_argument(
        "--against",
        metavar="FILE",
        nargs="+",
        default=[],
        help="kontrolpunkter fra `audit checkpoint`: sporet skal stadig indeholde hvert af dem",
    )
    p.set_defaults(handler=cmd_audit_verify)
    p = asub.add_parser(
        "checkpoint",
        help="skriv et underskrevet kontrolpunkt (sporets nyeste post), som IT kan gemme",
    )
    p.add_argument("-o", "--out", metavar="FILE", required=True, help="filen, der skal skrives")
    p.set_defaults(handler=cmd_audit_checkpoint)
    p = asub.add_parser("extract", help="alle poster om én person eller sag, som JSON")
    p.add_argument("subject", metavar="EMNE")
    p.set_defaults(handler=cmd_audit_extract)


PASSPHRASE_ADVICE = (
    "En god adgangsfrase er fire tilfældige ord, der ikke hænger sammen, fx "
    "«kaktus lampe vandre november». Undgå navne, datoer og kendte ord."
)
KEY_FILE_EXISTS = QT_TRANSLATE_NOOP("Cli", "Filen {path} findes allerede. Intet er ændret.")


def _claim_key_file(path: str) -> int:
    """A new file only the user can read, made before anything else happens, so a name that is
    taken or a folder that is not writable stops the command before the key exists."""
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                       0o600)
    except FileExistsError:
        raise CliError(KEY_FILE_EXISTS, path=path) from None
    except OSError:
        raise CliError(common.FILE_UNREADABLE, path=path) from None


def _write_key_file(fd: int, recovery_key: str) -> None:
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"Stafet – gendannelsesnøgle\n\n{recovery_key}\n")
        fh.flush()
        os.fsync(fh.fileno())


def _show_recovery_key(recovery_key: str, fd: int | None, path: str | None) -> None:
    if fd is not None:
        _write_key_file(fd, recovery_key)
        print(f"Gendannelsesnøglen er skrevet i {path} (kun læsbar for dig). Flyt den et")
        print("sikkert sted væk fra computeren, fx på papir i et låst skab, og slet filen.")
        return
    print("Gendannelsesnøgle (vises kun denne ene gang – skriv den ned, og gem den et")
    print("sikkert sted væk fra computeren; den åbner boksen, hvis adgangsfrasen eller")
    print("computeren går tabt):")
    print()
    print(f"    {recovery_key}")


def cmd_init(args: argparse.Namespace) -> int:
    from app.vault import Vault, WeakPassphrase

    directory = vault_directory(args)
    passphrase = read_passphrase(args, confirm=True)
    fd = _claim_key_file(args.recovery_key_file) if args.recovery_key_file else None
    try:
        vault, recovery_key = Vault.create(
            directory, passphrase, device_secrets=common.device_secrets(), actor=cli_actor()
        )
    except BaseException as err:
        if fd is not None:
            os.close(fd)
            os.unlink(args.recovery_key_file)
        if isinstance(err, WeakPassphrase):
            print(PASSPHRASE_ADVICE, file=sys.stderr)
        raise
    with vault:
        print(f"Boksen er oprettet i {directory}.")
        print()
        _show_recovery_key(recovery_key, fd, args.recovery_key_file)
        print()
        print(vault.protection_notice)
    return 0


def cmd_accept_loss(args: argparse.Namespace) -> int:
    """After a reported loss with no newer backup: the vault as it is, with the step written
    into its trail (IT's checkpoints still show the gap)."""
    from app.vault import Vault

    vault = Vault.unlock(
        vault_directory(args),
        read_passphrase(args),
        device_secrets=common.device_secrets(),
        actor=cli_actor(),
        accept_loss=True,
    )
    with vault:
        seq, _ = vault.audit.head()
    print(f"Boksen er åbnet, som den er nu ({seq} poster i revisionssporet). Det, der var gemt")
    print("efter, kan ikke hentes tilbage; det er skrevet i revisionssporet.")
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    fd = _claim_key_file(args.recovery_key_file) if args.recovery_key_file else None
    try:
        with open_vault(args) as vault:
            recovery_key = vault.new_recovery_key()
    except BaseException:
        if fd is not None:
            os.close(fd)
            os.unlink(args.recovery_key_file)
        raise
    print("Der er lavet en ny gendannelsesnøgle. Den gamle virker ikke længere.")
    print()
    _show_recovery_key(recovery_key, fd, args.recovery_key_file)
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
        if report.recovery_intact is None:
            print(
                "Gendannelseskopi: kan først kontrolleres, når der er lavet en ny "
                "gendannelsesnøgle (stafet vault recovery-key --new)."
            )
        elif report.recovery_intact:
            print("Gendannelseskopi: hel (gendannelsesnøglen vil kunne åbne boksen).")
        else:
            print(
                "Gendannelseskopi: BESKADIGET – gendannelsesnøglen kan ikke åbne boksen. "
                "Lav en ny med stafet vault recovery-key --new."
            )
        from app.domain.validation import format_date
        from app.vault import retention

        if report.kept_copies:
            print(
                f"Gemte kopier ({len(report.kept_copies)}; de slettes sikkert efter "
                f"{retention.KEEP_COPIES_DAYS} dage):"
            )
            for copy in report.kept_copies:
                print(
                    f"  {copy.path.relative_to(vault.directory)} – {copy.kind}, "
                    f"fra {format_date(copy.made.date())}, slettes {format_date(copy.remove_on)}"
                )
        else:
            print("Gemte kopier: ingen.")
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
    from app.vault import checkpoint

    anchor = None
    if args.anchor:
        seq, _, chain = args.anchor.partition(":")
        if not seq.isdigit() or not chain:
            raise CliError(common.BAD_ANCHOR)
        anchor = (int(seq), chain)
    with open_vault(args) as vault:
        report = vault.audit.verify(anchor)
        verdicts = checkpoint.verify_against(vault, [Path(f) for f in args.against])
        if not report.intact:
            print(f"Revisionssporet er brudt: {report.problem}")
            print(f"Første brudte post: {report.first_broken_seq}")
            return 1
        broken = 0
        for path, cp, verdict in verdicts:
            when = f"{cp.made:%d.%m.%Y}"
            if verdict.intact:
                print(f"Kontrolpunkt {path} (post nr. {cp.seq}, {when}): sporet fortsætter det.")
            else:
                broken += 1
                print(
                    f"Kontrolpunkt {path} (post nr. {cp.seq}, {when}): BRUDT – sporet er "
                    f"skrevet om eller sat tilbage siden da. {verdict.problem}"
                )
        if broken:
            return 1
        seq, chain = vault.audit.head()
        print(f"Revisionssporet er intakt: {report.checked} poster. Nyeste: {seq}:{chain}")
        return 0


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    from app.people import signing_identity
    from app.vault import checkpoint
    from app.vault.keys import atomic_write

    out = Path(args.out)
    with open_vault(args) as vault:
        identity = signing_identity(vault)  # the one that signs PDFs; made from the profile
        seq, _ = vault.audit.head()
        data = checkpoint.make(vault, identity.key, identity.certificate)
        atomic_write(out, data)
    print(f"Kontrolpunktet er skrevet: {out} (post nr. {seq}). Giv det til IT, som gemmer")
    print("det uden for computeren; `stafet audit verify --against FIL` viser senere, om sporet")
    print("stadig fortsætter det.")
    return 0


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
