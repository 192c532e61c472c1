"""`stafet profile set|show`, `stafet contact export|import|list|verify|revoke`: me and my contacts."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import FILE_UNREADABLE, CliError, open_vault

if TYPE_CHECKING:
    from app.people import Contact, ContactBook

logger = logging.getLogger(__name__)

# app.people (cryptography, the vault) is imported inside the commands: building the parser is
# on the way to the GUI window and must stay light.


def register(subparsers: argparse._SubParsersAction) -> None:
    prof = subparsers.add_parser("profile", help="din profil: navn, stilling, arbejdsplads")
    psub = prof.add_subparsers(dest="profile_command", metavar="HANDLING", required=True)
    s = psub.add_parser("set", help="skriv, hvem du er (står ved alt, du skriver, og i loggen)")
    s.add_argument("--name", required=True, help="dit navn")
    s.add_argument("--role", required=True, help="din stilling, fx sagsbehandler")
    s.add_argument("--organisation", required=True, help="din arbejdsplads")
    s.add_argument("--contact", default="", help="telefon og/eller e-mail")
    s.set_defaults(handler=cmd_profile_set)
    s = psub.add_parser("show", help="vis din profil og dit fingeraftryk")
    s.set_defaults(handler=cmd_profile_show)
    s = psub.add_parser(
        "import-encryption-key",
        help="brug en RSA-nøgle fra en PKCS#12-fil (.p12/.pfx) til kryptering, fx fra kommunen",
    )
    s.add_argument("p12", metavar="FILE.p12")
    s.add_argument(
        "--p12-passphrase-file",
        metavar="FILE|-",
        help="adgangskoden til PKCS#12-filen (fil eller - for standard input)",
    )
    s.set_defaults(handler=cmd_profile_import_encryption_key)

    contact = subparsers.add_parser("contact", help="kontaktkort og adressebogen")
    csub = contact.add_subparsers(dest="contact_command", metavar="HANDLING", required=True)
    c = csub.add_parser("export", help="skriv dit kontaktkort (navn, stilling, certifikater)")
    c.add_argument("-o", "--output", required=True, metavar="KORT", help="filen der skrives")
    c.set_defaults(handler=cmd_contact_export)
    c = csub.add_parser("import", help="læg en andens kontaktkort i adressebogen")
    c.add_argument("card", metavar="KORT", help="kontaktkortet (.stafetkort)")
    c.set_defaults(handler=cmd_contact_import)
    c = csub.add_parser("list", help="adressebogen: navn, stilling, kontrolleret, fingeraftryk")
    c.set_defaults(handler=cmd_contact_list)
    c = csub.add_parser(
        "verify", help="markér en kontakt som kontrolleret (fingeraftrykket er læst op og passer)"
    )
    c.add_argument("name", metavar="NAVN", help="kontaktens navn eller nummer")
    c.set_defaults(handler=cmd_contact_verify)
    c = csub.add_parser("revoke", help="spær en kontakt (mistet computer, fratrådt)")
    c.add_argument("name", metavar="NAVN", help="kontaktens navn eller nummer")
    c.set_defaults(handler=cmd_contact_revoke)


def cmd_profile_set(args: argparse.Namespace) -> int:
    from app.people import Profile, profile, set_profile

    with open_vault(args) as vault:
        set_profile(vault, Profile(args.name, args.role, args.organisation, args.contact))
        me = profile(vault)
    assert me is not None
    print(f"Profilen er gemt: {me.name}, {me.role}, {me.organisation}.")
    return 0


def cmd_profile_show(args: argparse.Namespace) -> int:
    from app.people import fingerprint, my_card
    from app.people.encryption import has_encryption_identity
    from app.people.profile import require_profile
    from app.people.signing import has_identity

    with open_vault(args) as vault:
        me = require_profile(vault)
        # Reading must not make keys: the fingerprint is shown once both exist.
        card = my_card(vault) if has_identity(vault) and has_encryption_identity(vault) else None
    print(f"Navn: {me.name}")
    print(f"Stilling: {me.role}")
    print(f"Arbejdsplads: {me.organisation}")
    print(f"Kontakt: {me.contact or '-'}")
    if card is not None:
        print(f"Fingeraftryk: {fingerprint(card)}")
    else:
        print("Fingeraftryk: (nøglerne laves, når du første gang eksporterer dit kontaktkort)")
    return 0


def cmd_profile_import_encryption_key(args: argparse.Namespace) -> int:
    from app.cli.common import read_secret_file
    from app.people.encryption import import_encryption_pkcs12

    try:
        data = Path(args.p12).read_bytes()
    except OSError:
        raise CliError(FILE_UNREADABLE, path=args.p12) from None
    secret = (
        read_secret_file(args.p12_passphrase_file).encode() if args.p12_passphrase_file else None
    )
    with open_vault(args) as vault:
        import_encryption_pkcs12(vault, data, secret)
    print(
        f"Krypteringsnøglen er importeret til boksen. Filen {args.p12} bruges ikke længere og "
        "kan slettes. Eksportér dit kontaktkort igen, og send det til dine kontakter."
    )
    return 0


def cmd_contact_export(args: argparse.Namespace) -> int:
    from app.cli.case_commands import write_atomically
    from app.people import card_to_bytes, fingerprint, my_card

    with open_vault(args) as vault:
        card = my_card(vault)
    write_atomically(Path(args.output), card_to_bytes(card))
    print(f"Skrev dit kontaktkort til {args.output}.")
    print(f"Fingeraftryk: {fingerprint(card)}")
    return 0


def cmd_contact_import(args: argparse.Namespace) -> int:
    from app.people import ContactBook, card_from_bytes

    try:
        data = Path(args.card).read_bytes()
    except OSError:
        raise CliError(FILE_UNREADABLE, path=args.card) from None
    card = card_from_bytes(data)  # checked before the vault is opened: junk writes nothing
    with open_vault(args) as vault:
        contact = ContactBook(vault).add(card)
    print(f"Kontakt {contact.id}: {contact.name}, {contact.card.role}, {contact.card.organisation}")
    print(f"Fingeraftryk: {contact.fingerprint}")
    if not contact.verified:
        print(
            "Ring til personen, og læs fingeraftrykket højt sammen. Passer det, så skriv: "
            f'stafet contact verify "{contact.name}"'
        )
    return 0


def _status(contact: Contact) -> str:
    if contact.revoked:
        return "spærret"
    if contact.verified:
        return "kontrolleret"
    return "bekræftet af kommunen" if contact.source == "kommunen" else "ikke kontrolleret"


def cmd_contact_list(args: argparse.Namespace) -> int:
    from app.people import ContactBook

    with open_vault(args) as vault:
        contacts = ContactBook(vault).list()
    if not contacts:
        print("Adressebogen er tom. Importér et kontaktkort med: stafet contact import KORT")
        return 0
    for c in contacts:
        print(
            f"{c.id}\t{c.name}\t{c.card.role}\t{c.card.organisation}\t{_status(c)}\t"
            f"{c.fingerprint}"
        )
    return 0


def _pick(book: ContactBook, text: str) -> Contact:
    """A contact by number (as `contact list` shows it) or by name."""
    if text.strip().isdigit():
        return book.get(int(text))
    return book.find(text)


def cmd_contact_verify(args: argparse.Namespace) -> int:
    from app.people import ContactBook

    with open_vault(args) as vault:
        book = ContactBook(vault)
        contact = book.mark_verified(_pick(book, args.name).id)
    print(f"{contact.name} er markeret som kontrolleret ({contact.fingerprint}).")
    return 0


def cmd_contact_revoke(args: argparse.Namespace) -> int:
    from app.people import ContactBook

    with open_vault(args) as vault:
        book = ContactBook(vault)
        contact = book.revoke(_pick(book, args.name).id)
    print(f"{contact.name} er spærret: kortet bruges ikke mere.")
    return 0
