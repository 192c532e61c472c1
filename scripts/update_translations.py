"""Refresh the English catalogues in app/resources/translations from the sources (pyside6-lupdate).

Each text belongs to exactly one catalogue: stafet_live_en.ts (app/ui/live),
stafet_documents_en.ts (app/ui/documents), and stafet_en.ts for the rest of the GUI plus the
texts marked with QT_TRANSLATE_NOOP in app/domain, app/vault, app/models, app/reports,
app/people and app/handover.
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
TS_DIR = ROOT / "app" / "resources" / "translations"
# catalogue → (source folders, folders left to another catalogue)
CATALOGUES = {
    "stafet_en.ts": (
        (
            "app/ui",
            "app/domain",
            "app/vault",
            "app/models",
            "app/reports",
            "app/people",
            "app/handover",
            "app/sync",
            "app/policy.py",
        ),
        ("app/ui/live", "app/ui/documents"),
    ),
    "stafet_live_en.ts": (("app/ui/live",), ()),
    "stafet_documents_en.ts": (("app/ui/documents",), ()),
}


def lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    if exe.exists():
        return str(exe)
    found = shutil.which("pyside6-lupdate")
    if not found:
        sys.exit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def sources(folders: tuple[str, ...], excluded: tuple[str, ...]) -> list[str]:
    files = []
    for folder in folders:
        top = ROOT / folder
        for path in [top] if top.is_file() else sorted(top.rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not rel.startswith(excluded):
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


def update(ts_file: Path, files: list[str]) -> int:
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
            str(ts_file),
        ]
        return subprocess.run(command, cwd=ROOT, check=False).returncode


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, (folders, excluded) in CATALOGUES.items():
        failed |= update(TS_DIR / name, sources(folders, excluded))
    return failed


if __name__ == "__main__":
    sys.exit(main())
