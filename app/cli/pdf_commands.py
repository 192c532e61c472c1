"""`stafet pdf`, `stafet signing-identity …` and `stafet verify`: documents, signatures, checks."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from app.cli.common import FILE_UNREADABLE, CliError, open_vault, read_secret_file

logger = logging.getLogger(__name__)

FORMS = (
    "stafetlog",
    "network-map",
    "scales",
    "invitation",
    "minutes",
    "family-plan",
    "consent",
    "notification",
    "observation",
    "insight",
    "three-houses",
)

# `stafet verify` exit codes (docs/signing.md): the first question that fails decides.
# 0 = i orden: unchanged, trusted signer, certificate valid at signing;
# 1 = changed, broken or unsigned; 3 = unchanged, but the signer is not trusted;
# 4 = unchanged and trusted, but the certificate was expired or not yet valid at signing.
VERIFY_OK, VERIFY_BROKEN, VERIFY_UNTRUSTED, VERIFY_CERT_NOT_VALID = 0, 1, 3, 4


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("pdf", help="udskriv et dokument fra en sag som PDF")
    p.add_argument("case_id", metavar="SAG", type=int, help="sagens nummer")
    p.add_argument("--form", required=True, choices=FORMS, help="dokumenttypen")
    p.add_argument(
        "--meeting",
        metavar="N",
        help="mødet: nummer i sagens liste (1 = ældste) eller begyndelsen af id'et",
    )
    p.add_argument(
        "--record",
        metavar="N",
        help="skemaet/kortet: nummer i sagens liste (1 = ældste) eller id-begyndelse",
    )
    p.add_argument(
        "--for",
        dest="for_party",
        metavar="MODTAGER",
        help="del med en part, som samtykket nævner ved navn: \"skole:Børnehaven Solsikken\", "
        "\"laege:Lægehuset Nord\" (type og navn), eller forældre; samtykket kontrolleres",
    )
    p.add_argument("--sign", action="store_true", help="underskriv digitalt (PAdES)")
    p.add_argument(
        "--with-child-name",
        action="store_true",
        help="sæt barnets navn i PDF'ens titel og i det foreslåede filnavn (kun med vilje: "
        "titler og filnavne ses i fillister, søgning og 'seneste filer')",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help="filen der skrives (ellers fx 'Stafetlog - 30.11.2026.pdf' i den aktuelle mappe, "
        "uden barnets navn)",
    )
    p.set_defaults(handler=cmd_pdf)

    ident = subparsers.add_parser("signing-identity", help="din digitale signatur i boksen")
    isub = ident.add_subparsers(dest="identity_command", metavar="HANDLING", required=True)
    c = isub.add_parser("create", help="opret et lokalt CA og et personligt certifikat (3 år)")
    c.add_argument("--name", required=True, help="dit navn, som det står i underskriften")
    c.add_argument("--role", default="", help="din stilling, fx sagsbehandler")
    c.add_argument("--organisation", default="", help="din arbejdsplads")
    c.set_defaults(handler=cmd_identity_create)
    i = isub.add_parser("import", help="importér en medarbejdersignatur (PKCS#12, .p12/.pfx)")
    i.add_argument("p12", metavar="FILE.p12")
    i.add_argument(
        "--p12-passphrase-file",
        metavar="FILE|-",
        help="adgangskoden til PKCS#12-filen (fil eller - for standard input)",
    )
    i.add_argument("--role", default="", help="stilling (ellers certifikatets)")
    i.add_argument("--organisation", default="", help="arbejdsplads (ellers certifikatets)")
    i.set_defaults(handler=cmd_identity_import)
    s = isub.add_parser("show", help="vis signaturen og de betroede rødder")
    s.set_defaults(handler=cmd_identity_show)
    t = isub.add_parser("trust", help="stol på et CA-certifikat (PEM/DER), fx kommunens")
    t.add_argument("certificate", metavar="CA.pem")
    t.set_defaults(handler=cmd_identity_trust)
    ts = isub.add_parser("timestamp", help="tidsstemplingsserver til underskrifter (PAdES-B-T)")
    ts.add_argument("url", metavar="URL", help="serverens adresse, eller 'fra' for ingen")
    ts.set_defaults(handler=cmd_identity_timestamp)

    v = subparsers.add_parser(
        "verify",
        help="kontrollér en underskrevet PDF (0 = i orden, 1 = ændret/ugyldig, "
        "3 = underskriveren er ikke betroet, 4 = certifikatet var ikke gyldigt ved underskriften)",
    )
    v.add_argument("pdf", metavar="FILE.pdf")
    v.add_argument(
        "--trust-root",
        action="append",
        default=[],
        metavar="CA.pem",
        help="stol på dette CA-certifikat (kan gentages); --vault bruger også boksens rødder "
        "og kontrollerede kontakter",
    )
    v.set_defaults(handler=cmd_verify)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise CliError(FILE_UNREADABLE, path=path) from None


def cmd_pdf(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    import app.vault.core  # noqa: F401 - imported here, so the worker below imports nothing

    # The key derivation (Argon2id, about half a second in C without the GIL) runs while this
    # thread loads the report code (reportlab, pyHanko: about as long): the command pays once.
    with ThreadPoolExecutor(max_workers=1) as pool:
        unlocking = pool.submit(open_vault, args)
        from app.reports.service import export_pdf

        import app.models.service  # noqa: F401 - the case reader, also while the key is derived

        opened = unlocking.result()
    with opened as vault:
        out_path = args.output or _default_output(vault, args)
        result = export_pdf(
            vault,
            args.case_id,
            args.form,
            meeting_uid=args.meeting,
            record_uid=args.record,
            for_party=args.for_party,
            sign=args.sign,
            out_path=out_path,
            name_in_title=args.with_child_name,
        )
    state = "underskrevet" if result.signed else "ikke underskrevet"
    print(f"Skrev {result.path} ({state}).")
    return 0


def _default_output(vault, args: argparse.Namespace) -> Path:  # noqa: ANN001 - app.vault.Vault
    """A neutral name in the current folder ('Stafetlog - 30.11.2026.pdf'), never overwriting."""
    from datetime import date

    from app.reports import catalog

    form = catalog.parse_form(args.form)
    child = ""
    if args.with_child_name:
        from app.models.service import CaseService

        child = CaseService(vault).load(args.case_id).child.name
    first = Path(catalog.file_name(catalog.FORM_TITLES[form], date.today(), child))
    candidate, n = first, 1
    while candidate.exists():
        n += 1
        candidate = first.with_name(f"{first.stem} ({n}){first.suffix}")
    return candidate


def cmd_identity_create(args: argparse.Namespace) -> int:
    from app.domain.validation import format_date
    from app.reports.identity import create_local_identity

    with open_vault(args) as vault:
        made = create_local_identity(
            vault, name=args.name, role=args.role, organisation=args.organisation
        )
    print(
        f"Signaturen for {made.name} er oprettet og gemt i boksen "
        f"(gyldig til {format_date(made.not_after)})."
    )
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from app.domain.validation import format_date
    from app.reports.identity import import_pkcs12

    data = _read(args.p12)
    secret = (
        read_secret_file(args.p12_passphrase_file).encode() if args.p12_passphrase_file else None
    )
    with open_vault(args) as vault:
        made = import_pkcs12(vault, data, secret, role=args.role, organisation=args.organisation)
    print(
        f"Signaturen for {made.name} er importeret til boksen "
        f"(gyldig til {format_date(made.not_after)}). Filen {args.p12} bruges ikke længere og kan "
        "slettes."
    )
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.domain.validation import format_date
    from app.reports import identity
    from app.reports.signing import TIMESTAMP_SETTING

    with open_vault(args) as vault:
        made = identity.load_identity(vault)
        roots = identity.trust_roots(vault)
        url = vault.settings_get(TIMESTAMP_SETTING)
    kind = "lokalt CA" if made.kind == "local" else "importeret"
    print(
        f"Signatur: {made.name}, {made.role}, {made.organisation} ({kind}), "
        f"gyldig til {format_date(made.not_after)}"
    )
    for root in roots:
        print(f"Betroet rod: {root.subject.rfc4514_string()}")
    print(f"Tidsstempling: {url or 'fra'}")
    return 0


def cmd_identity_trust(args: argparse.Namespace) -> int:
    from app.reports.identity import add_trust_root

    data = _read(args.certificate)
    with open_vault(args) as vault:
        root = add_trust_root(vault, data)
    print(f"Stafet stoler nu på underskrifter udstedt af {root.subject.rfc4514_string()}.")
    return 0


def cmd_identity_timestamp(args: argparse.Namespace) -> int:
    from app.reports.signing import TIMESTAMP_SETTING

    url = None if args.url.lower() in ("fra", "off", "none", "") else args.url
    with open_vault(args) as vault:
        vault.settings_set(TIMESTAMP_SETTING, url)
    print(f"Tidsstempling: {url or 'fra'}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.reports.trust import gather_trust_anchors
    from app.reports.verify import Outcome, verify_pdf

    data = _read(args.pdf)
    if args.vault:  # only an explicit --vault: verifying must not ask for a passphrase otherwise
        with open_vault(args) as vault:
            anchors = gather_trust_anchors(vault, args.trust_root)
    else:
        anchors = gather_trust_anchors(None, args.trust_root)
    verdict = verify_pdf(data, anchors)
    print("\n".join(verdict.lines()))
    return {
        Outcome.OK: VERIFY_OK,
        Outcome.CHANGED: VERIFY_BROKEN,
        Outcome.UNTRUSTED: VERIFY_UNTRUSTED,
        Outcome.CERT_NOT_VALID: VERIFY_CERT_NOT_VALID,
    }[verdict.outcome]
