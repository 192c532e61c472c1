"""The domain stays plain Python: no Qt, no database, no PDF library (parsed, not imported)."""

from __future__ import annotations

import ast
from pathlib import Path

import app.domain

BANNED = (
    "PySide6",
    "sqlalchemy",
    "sqlcipher3",
    "reportlab",
    "pyhanko",
    "alembic",
    "keyring",
    "holidays",  # the domain computes Danish holidays itself; tests cross-check the package
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            names.update(a.value for a in node.args if isinstance(a, ast.Constant))
    return names


def test_no_domain_module_imports_qt_the_database_or_pdf_libraries():
    folder = Path(app.domain.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) >= 10  # the walk really sees the domain package
    offenders = {
        f"{path.name}: {name}"
        for path in files
        for name in imported_modules(path)
        if name.split(".")[0].lower() in {b.lower() for b in BANNED}
    }
    assert offenders == set()


def test_the_checker_sees_a_banned_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text(
        "from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", encoding="utf-8"
    )
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}
