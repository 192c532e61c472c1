"""Frozen entry point of `stafet-gui` (windowed: no console on Windows, no terminal on macOS)."""

import sys

from app.ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
