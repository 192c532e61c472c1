"""Frozen entry point of `stafet` (the console command; no sub-command starts the GUI)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
