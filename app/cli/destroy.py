"""`stafet vault destroy`: remove this computer's vault for good (uninstalling, leaving the job).

The key file goes first: without it the database is unreadable, even if a file-recovery tool
brings the database back. Then the database and its side files, the automatic backups in the
vault folder, the restore leftovers, the unlock-failure record, and the device secret in the OS
keyring. Only Stafet's own file names are deleted; other files in the folder are left, and said.
Backups the user wrote elsewhere (`stafet vault backup OUT`) are not touched.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from app.cli import common
from app.cli.common import CliError, vault_directory
from app.domain.messages import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

CONFIRM_WORD = "SLET"
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Cli",
    "Boksen er ikke slettet. Skriv SLET for at bekræfte, eller brug --yes i et script.",
)
OWN_FILES = (
    "vault.key",
    "vault.db",
    "vault.head",  # the audit head kept outside the database (app/vault/outside.py)
    "vault.lock",  # the key-file lock (app/vault/locks.py)
    "unlock-failures.json",
    "restore-journal.json",
)
OWN_PREFIXES = (
    "vault.db",
    "replaced-",
    ".restore-",
    ".vault.key.",
    ".vault.head.",
    ".open-",  # an open process's marker (app/vault/locks.py)
    ".unlock-failures.json.",
)
OWN_FOLDERS = ("backups",)


def register(vsub: argparse._SubParsersAction) -> None:
    p = vsub.add_parser(
        "destroy",
        help="slet boksen, dens automatiske sikkerhedskopier og nøglen i nøgleringen for altid",
    )
    p.add_argument("--yes", action="store_true", help="spørg ikke (til scripts)")
    p.set_defaults(handler=cmd_destroy)


def _own(path: Path) -> bool:
    name = path.name
    if path.is_dir():
        return name in OWN_FOLDERS or name.startswith(("replaced-", ".restore-"))
    return name in OWN_FILES or name.startswith(OWN_PREFIXES)


def cmd_destroy(args: argparse.Namespace) -> int:
    from app.vault import DeviceSecrets, Vault, VaultNotFound
    from app.vault.core import KEY_NAME
    from app.vault.keys import KeyFile

    directory = vault_directory(args)
    if not Vault.exists(directory):
        raise VaultNotFound(directory=str(directory))
    if not args.yes:
        print(f"Boksen i {directory} slettes for altid, med de automatiske sikkerhedskopier.")
        print("Sikkerhedskopier, du selv har gemt andre steder, bliver ikke slettet.")
        print(f"Skriv {CONFIRM_WORD} for at slette: ", end="", flush=True)
        answer = sys.stdin.readline().strip() if sys.stdin else ""
        if answer != CONFIRM_WORD:
            raise CliError(NOT_CONFIRMED)
    key_file = KeyFile.read(directory / KEY_NAME)
    (directory / KEY_NAME).unlink()  # first: the database is unreadable from here on
    for path in sorted(directory.iterdir()):
        if not _own(path):
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    ds = DeviceSecrets.resolve(common.device_secrets())
    if key_file.device_required:
        ds.delete(key_file.keyring_account)
    # The audit head and the failure count kept beside the device secret go too.
    from app.vault import outside, throttle

    outside.write_keyring(ds, key_file.vault_id, directory, None)
    ds.delete(key_file.vault_id + throttle.KEYRING_SUFFIX)
    left = sorted(p.name for p in directory.iterdir())
    if left:
        print(f"Boksen er slettet. Andre filer i {directory} er ikke rørt: {', '.join(left)}")
    else:
        directory.rmdir()
        print(f"Boksen er slettet, og mappen {directory} er fjernet.")
    logger.info("vault destroyed")
    return 0
