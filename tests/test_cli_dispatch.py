"""The `stafet` command's outer shell: unexpected errors never print a traceback with data."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

import app.cli as cli


def _parser_with(handler):
    parser = argparse.ArgumentParser(prog="stafet")
    parser.add_argument("--vault")
    parser.add_argument("--passphrase-file")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("boom").set_defaults(handler=handler)
    return parser


def test_an_unexpected_error_prints_its_kind_but_not_its_text(monkeypatch, capsys):
    def handler(_args):
        raise RuntimeError("Hans Hansen 070421-4127")

    monkeypatch.delenv("STAFET_DEBUG", raising=False)
    monkeypatch.setattr(cli, "build_parser", lambda: _parser_with(handler))
    assert cli.main(["boom"]) == 70
    err = capsys.readouterr().err
    assert "RuntimeError" in err
    assert "070421" not in err and "Hans" not in err
    assert "Traceback" not in err


def test_stafet_debug_shows_the_real_error_to_developers(monkeypatch):
    def handler(_args):
        raise RuntimeError("detaljer")

    monkeypatch.setenv("STAFET_DEBUG", "1")
    monkeypatch.setattr(cli, "build_parser", lambda: _parser_with(handler))
    with pytest.raises(RuntimeError, match="detaljer"):
        cli.main(["boom"])


def test_building_the_parser_loads_no_domain_or_database_code():
    """`stafet` without a sub-command builds the parser on its way to the GUI window."""
    script = """
import sys
import app.cli
app.cli.build_parser()
heavy = ("app.domain.records", "app.domain.validation", "app.domain.plain_language",
         "app.vault.core", "sqlalchemy", "reportlab")
print(sorted(m for m in heavy if m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
