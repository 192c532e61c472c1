"""Compile resources/translations/*.ts to .qm with PySide6's lrelease (the .qm files are built, not committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "app" / "resources" / "translations"


def lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return str(exe)
    found = shutil.which("pyside6-lrelease")
    if not found:
        sys.exit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def main() -> int:
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
