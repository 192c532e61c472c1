"""What every command family shares: reading passphrases and opening the vault for a command."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP, UserError

logger = logging.getLogger(__name__)


class CliError(UserError):
    """A problem with how the command was called (missing passphrase, unreadable file, …)."""

    def __init__(self, source: str, /, **params: object) -> None:
        super().__init__("Cli", source, **params)


NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli",
    "Der er ingen adgangsfrase. Angiv --passphrase-file FIL (eller - for standard input), "
    "eller kør kommandoen i en terminal, så du kan blive spurgt.",
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Cli", "Filen {path} kan ikke læses.")
EMPTY_SECRET = QT_TRANSLATE_NOOP("Cli", "Filen {path} er tom.")
MISMATCH = QT_TRANSLATE_NOOP("Cli", "De to adgangsfraser er ikke ens. Intet er ændret.")
BAD_ANCHOR = QT_TRANSLATE_NOOP(
    "Cli", "Ankeret skal skrives som nummer:kædeværdi, sådan som `audit verify` viser det."
)
STDIN_TWICE = QT_TRANSLATE_NOOP(
    "Cli",
    "Adgangsfrasen og gendannelsesnøglen kan ikke begge læses fra standard input. "
    "Læg den ene i en fil.",
)


def device_secrets() -> object | None:
    """The keyring policy's choice; tests replace this with their in-memory backend."""
    return None


def cli_actor() -> str | None:
    """Who the audit trail names for command-line actions: not chosen here (None), so the vault
    names the person in its profile. Never $LOGNAME/$USER: anyone can set those."""
    return None


def read_secret_file(path: str) -> str:
    """One line from a file, or from standard input for "-"; only the line ending is removed."""
    try:
        if path == "-":
            text = sys.stdin.readline()
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.readline()
    except (OSError, UnicodeDecodeError):
        raise CliError(FILE_UNREADABLE, path=path) from None
    text = text.rstrip("\r\n")
    if not text:
        raise CliError(EMPTY_SECRET, path=path)
    return text


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_passphrase(
    args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Adgangsfrase: "
) -> str:
    """From --passphrase-file (a file or "-"), else asked in the terminal, else a clear error."""
    source = getattr(args, "passphrase_file", None)
    if source:
        return read_secret_file(source)
    return prompt_secret(prompt, confirm=confirm)


def prompt_secret(prompt: str, *, confirm: bool = False) -> str:
    if not _interactive():
        raise CliError(NO_PASSPHRASE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Gentag: ") != first:
        raise CliError(MISMATCH)
    if not first:
        raise CliError(NO_PASSPHRASE)
    return first


def vault_directory(args: argparse.Namespace) -> Path:
    """The vault folder a command works on; IT's policy for the vault applies from here on."""
    from app.paths import vault_dir
    from app.policy import apply_to_vault

    apply_to_vault()
    return vault_dir(getattr(args, "vault", None))


def open_vault(args: argparse.Namespace):  # noqa: ANN201 - app.vault.Vault, imported lazily
    """Unlock the vault that --vault / $STAFET_VAULT / the default folder names."""
    from app.vault import Vault

    directory = vault_directory(args)
    passphrase = read_passphrase(args)
    return Vault.unlock(directory, passphrase, device_secrets=device_secrets(), actor=cli_actor())
