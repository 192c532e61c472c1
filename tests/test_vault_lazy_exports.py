"""`app.vault` exports its names lazily: start-up stays light, and every public name still works."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys

import app.vault


def test_importing_the_package_and_hardening_loads_no_database_or_crypto_library():
    script = """
import sys
import app.vault
import app.vault.hardening
heavy = sorted(m for m in ("sqlalchemy", "alembic", "sqlcipher3", "cryptography", "argon2")
               if m in sys.modules)
print(heavy)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_every_exported_name_resolves_to_the_object_of_that_name():
    for name in app.vault.__all__:
        value = getattr(app.vault, name)
        assert value.__name__ == name
        assert value.__module__ == app.vault._EXPORTS[name]


def test_the_type_checking_imports_name_the_same_modules_as_the_lazy_table():
    """The two lists in app/vault/__init__.py must not drift apart."""
    tree = ast.parse(inspect.getsource(app.vault))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    imported = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == app.vault._EXPORTS
