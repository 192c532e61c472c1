"""`make demo`: build the demo vault from the BTI example case (once) and start Stafet on it.

The demo vault holds only the synthetic BTI example family (Hans Hansen and the people around
him), so its passphrase may be printed. Never use this script for real cases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEMO_PASSPHRASE = "stafet demo solsikke regnvejr"  # strong enough for a passphrase-only vault
DEMO_ACTOR = "Olga Jensen"


def build_demo_vault(directory: Path) -> None:
    from app.models.demo import install_demo
    from app.models.service import CaseService
    from app.vault import Vault

    vault, _recovery_key = Vault.create(directory, DEMO_PASSPHRASE, actor=DEMO_ACTOR)
    try:
        install_demo(CaseService(vault, actor=DEMO_ACTOR))
        notice = vault.protection_notice
        if notice:
            print(notice)
    finally:
        vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vault", default="demo-vault", help="demo vault folder")
    parser.add_argument("--no-gui", action="store_true", help="only build the demo vault")
    args = parser.parse_args()
    directory = Path(args.vault).resolve()

    from app.vault import Vault

    if not Vault.exists(directory):
        print(f"Bygger demo-boksen i {directory} …")
        build_demo_vault(directory)
    print(f"Demo-boksens adgangsfrase: {DEMO_PASSPHRASE}")
    if args.no_gui:
        return 0
    from app.cli import main as cli_main

    return cli_main(["--vault", str(directory)])


if __name__ == "__main__":
    sys.exit(main())
