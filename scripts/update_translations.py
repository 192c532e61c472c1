"""Refresh app/resources/translations/stafet_en.ts from the sources with pyside6-lupdate.

Sources: the GUI (app/ui, except app/ui/live, which keeps its own stafet_live_en.ts) and the
texts marked with QT_TRANSLATE_NOOP in app/domain, app/vault, app/models and app/reports.
Existing translations are kept; new texts appear as unfinished for the translator.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "app" / "resources" / "translations" / "stafet_en.ts"
SOURCE_DIRS = ("app/ui", "app/domain", "app/vault", "app/models", "app/reports")
EXCLUDED = ("app/ui/live",)


def lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    if exe.exists():
        return str(exe)
    found = shutil.which("pyside6-lupdate")
    if not found:
        sys.exit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    files = []
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not rel.startswith(EXCLUDED):
                files.append(rel)
    return files


def aliased_marks(files: list[str]) -> list[tuple[str, str]]:
    """(context, text) of QT_TRANSLATE_NOOP calls made through an alias (`_T = QT_TRANSLATE_NOOP`).

    lupdate only knows the real name; the domain modules use a short alias, so their texts are
    collected here and handed to lupdate as plain QT_TRANSLATE_NOOP calls.
    """
    found: list[tuple[str, str]] = []
    for rel in files:
        tree = ast.parse((ROOT / rel).read_text("utf-8"))
        aliases = {
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Name)
            and node.value.id == "QT_TRANSLATE_NOOP"
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        if not aliases:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in aliases
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                found.append((node.args[0].value, node.args[1].value))
    return found


def main() -> int:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    files = sources()
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "aliased_marks.py"
        marks = [
            f"QT_TRANSLATE_NOOP({json.dumps(c, ensure_ascii=False)}, {json.dumps(t, ensure_ascii=False)})"
            for c, t in aliased_marks(files)
        ]
        extra.write_text("\n".join(marks) + "\n", "utf-8")
        command = [
            lupdate(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "da_DK",
            "-target-language",
            "en_GB",
            *files,
            str(extra),
            "-ts",
            str(TS_FILE),
        ]
        return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
