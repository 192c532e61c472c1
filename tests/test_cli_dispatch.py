"""The `stafet` command's outer shell: unexpected errors never print a traceback with data."""

from __future__ import annotations

import argparse

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
