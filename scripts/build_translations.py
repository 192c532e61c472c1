"""Compile app/resources/translations/*.ts to .qm with PySide6's lrelease.

The .qm files are built, not committed: `make` runs this, and so do the wheel and sdist builds
(setup.py's build hook) and the bundle (`make bundle`), so no build ships without them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "app" / "resources" / "translations"

# PySide6's own wrapper, run by this interpreter: found wherever PySide6 imports (a venv, pip's
# isolated build environment, Windows, macOS), whether or not its scripts are on PATH.
LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'lrelease'; sys.exit(lrelease())"
)


def compile_catalogues(ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile every .ts that is newer than its .qm; returns the .qm files."""
    built = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not (qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
            subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
            )
        built.append(qm)
    return built


def main() -> int:
    compile_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
