"""`stafet demo`, `stafet case list|export|import`, `stafet deadlines` end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import common, main
from app.vault import KdfParams
from tests.fixtures_vault import FAST_KDF

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    """`stafet` in-process on a new vault (fast KDF, in-memory keyring); returns a runner."""
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    vault_dir = tmp_path / "boks"
    secret = tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n", encoding="utf-8")

    def run(*args: str) -> int:
        return main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])

    assert run("vault", "init") == 0
    return run


def _demo(cli, capsys) -> dict[str, int]:
    assert cli("demo", "--today", "2026-03-10") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    return {name: int(num) for num, name in (line.split("\t") for line in lines)}


def test_demo_prints_the_case_ids_and_list_shows_them(cli, capsys):
    ids = _demo(cli, capsys)
    assert len(ids) == 6 and "Hans Hansen" in ids
    assert cli("case", "list") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Nr.", "Navn", "Stafetholder", "Niveau", "Næste", "frist"]
    hans = next(line for line in out if "Hans Hansen" in line)
    assert hans.split()[0] == str(ids["Hans Hansen"])
    assert "Kirsten Petersen" in hans and "  3  " in hans
    assert len(out) == 7


def test_case_list_search_by_name_and_cpr(cli, capsys):
    _demo(cli, capsys)
    assert cli("case", "list", "--search", "hans") == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 1 and "Hans Hansen" in rows[0]
    assert cli("case", "list", "--search", "zzz") == 0
    assert capsys.readouterr().out.splitlines()[1:] == []


def test_export_then_import_gives_an_equal_case(cli, capsys, tmp_path):
    ids = _demo(cli, capsys)
    first = tmp_path / "hans.json"
    assert cli("case", "export", str(ids["Hans Hansen"]), "--plaintext", "-o", str(first)) == 0
    if os.name == "posix":  # mode bits; Windows protects the file by the folder's ACL
        assert oct(first.stat().st_mode & 0o777) == "0o600"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".stafet-")]
    assert cli("case", "import", str(first)) == 0
    new_id = int(capsys.readouterr().out.strip())
    # the vault already holds this case uid: merged into it, never a second case (issue 11)
    assert new_id == ids["Hans Hansen"]
    assert cli("case", "list") == 0
    assert len(capsys.readouterr().out.splitlines()[1:]) == len(ids)
    second = tmp_path / "kopi.json"
    assert cli("case", "export", str(new_id), "--plaintext", "-o", str(second)) == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))
    assert json.loads(first.read_text("utf-8"))["case"]["child"]["name"] == "Hans Hansen"


def test_export_without_plaintext_is_refused_and_points_to_the_handover(cli, capsys, tmp_path):
    ids = _demo(cli, capsys)
    target = tmp_path / "hans.json"
    rows = _audit_rows(cli, capsys)
    one_command = _audit_rows(cli, capsys) - rows  # what opening the vault itself records
    rows += one_command
    assert cli("case", "export", str(ids["Hans Hansen"]), "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert "--plaintext" in err and "stafet handover send" in err and "Intet er skrevet" in err
    assert not target.exists() and list(tmp_path.glob("*.json")) == []
    assert _audit_rows(cli, capsys) == rows + one_command  # the vault was not even opened
    assert cli("case", "export", str(ids["Hans Hansen"]), "--plaintext", "-o", str(target)) == 0
    assert "ukrypteret" in capsys.readouterr().err and target.exists()


def _audit_rows(cli, capsys) -> int:
    assert cli("audit", "verify") == 0
    return int(capsys.readouterr().out.split(":")[1].split()[0])


def test_import_of_bad_json_names_the_place_and_imports_nothing(cli, capsys, tmp_path):
    ids = _demo(cli, capsys)
    good = tmp_path / "hans.json"
    cli("case", "export", str(ids["Hans Hansen"]), "--plaintext", "-o", str(good))
    doc = json.loads(good.read_text("utf-8"))
    doc["case"]["entries"][2]["entry_date"] = "2026-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "stafet-case",\n "version": 1,\n "case": {', encoding="utf-8")
    capsys.readouterr()

    assert cli("case", "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "case.entries[2].entry_date" in err and "rigtig dato" in err
    assert cli("case", "import", str(broken)) == 2
    assert "ikke gyldig JSON (linje 3" in capsys.readouterr().err
    assert cli("case", "import", str(tmp_path / "findes-ikke.json")) == 2
    assert "kan ikke læses" in capsys.readouterr().err
    cli("case", "list")
    assert len(capsys.readouterr().out.splitlines()) == 7  # still the six demo cases


def test_unknown_case_and_bad_input_give_danish_errors(cli, capsys, tmp_path):
    _demo(cli, capsys)
    assert cli("case", "export", "999", "--plaintext", "-o", str(tmp_path / "x.json")) == 3
    assert capsys.readouterr().err.strip() == "stafet: Der findes ingen sag med nummer 999."
    assert not (tmp_path / "x.json").exists()
    assert cli("case", "export", "abc", "--plaintext", "-o", str(tmp_path / "x.json")) == 2
    assert "helt tal" in capsys.readouterr().err
    assert cli("deadlines", "--today", "2026-02-30") == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err
    assert (
        cli("case", "export", "1", "--plaintext", "-o", str(tmp_path / "mangler" / "x.json")) == 2
    )
    assert "kan ikke skrives" in capsys.readouterr().err


def test_deadlines_lists_overdue_due_and_upcoming_with_sources(cli, capsys):
    _demo(cli, capsys)
    assert cli("deadlines", "--today", "2026-03-10") == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("Overskredet" in line for line in lines)
    assert any(line.startswith("10.03.2026  I dag") for line in lines)
    assert any("Kommende" in line and "Hans Hansen" in line for line in lines)
    dates = [line[:10] for line in lines]
    assert dates == sorted(dates, key=lambda d: (d[6:], d[3:5], d[:2]))
    assert all(line.rstrip().endswith(")") for line in lines)  # every item names its source


def test_deadlines_rebuild_recomputes_the_stored_deadlines(cli, capsys):
    _demo(cli, capsys)
    assert cli("deadlines", "--today", "2026-03-10") == 0
    before = capsys.readouterr().out
    assert cli("deadlines", "--today", "2026-03-10", "--rebuild") == 0
    out = capsys.readouterr().out
    assert out.startswith("Fristerne er beregnet forfra for ")
    assert out.split("\n", 1)[1] == before  # the same deadlines, recomputed from the records


def test_a_real_process_has_clear_errors_and_no_traceback(tmp_path, _isolated_paths):
    env = {**os.environ, "HOME": str(_isolated_paths), "PYTHONPATH": str(REPO)}
    env.pop("STAFET_VAULT", None)
    secret = tmp_path / "frase.txt"
    secret.write_text("min gode lange frase\n")
    base = [
        sys.executable,
        "-m",
        "app",
        "--vault",
        str(tmp_path / "boks"),
        "--passphrase-file",
        str(secret),
    ]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=300
        )

    assert run("vault", "init").returncode == 0
    done = run("demo")
    assert done.returncode == 0 and "Hans Hansen" in done.stdout
    done = run("case", "export", "77", "--plaintext", "-o", str(tmp_path / "x.json"))
    assert (done.returncode, done.stderr.strip()) == (
        3,
        "stafet: Der findes ingen sag med nummer 77.",
    )
    done = run("case", "import", str(secret))
    assert done.returncode == 2 and "Traceback" not in done.stderr
