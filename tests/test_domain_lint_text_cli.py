"""`stafet lint-text`: one finding per line with line and column; exit codes 0, 1 and 2."""

from __future__ import annotations

import os
import subprocess
import sys


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "app", "lint-text", *args],
        input=stdin,
        capture_output=True,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def test_findings_one_per_line_with_line_and_column(tmp_path):
    text = tmp_path / "notat.txt"
    text.write_text("Mor ringer mandag.\nVi mødes snarest, og man tager bl.a. madpakke med.\n",
                    encoding="utf-8")
    result = run(str(text))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2:10 vague_time: ") and "→" in lines[0]
    assert lines[1].startswith("2:22 man: ")
    assert lines[2].startswith("2:32 abbreviation: ") and lines[2].endswith("→ blandt andet")
    assert len(lines) == 3


def test_clean_text_from_stdin_exits_zero():
    result = run("-", stdin="Olga ringer til mor på fredag klokken 10.\n".encode())
    assert result.returncode == 0 and result.stdout == ""


def test_stdin_is_the_default_and_windows_line_ends_count_as_lines():
    result = run(stdin="Mor kommer.\r\nDer ringes i morgen.\r\n".encode())
    assert result.returncode == 1
    assert result.stdout.startswith("2:1 passive: ")


def test_a_missing_file_is_a_clear_error_without_traceback(tmp_path):
    result = run(str(tmp_path / "findes-ikke.txt"))
    assert result.returncode == 2
    assert "Filen findes ikke" in result.stderr and "Traceback" not in result.stderr


def test_text_that_is_not_utf8_is_refused_clearly(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Mor ringer på fredag, så vidt muligt.".encode("latin-1"))
    result = run(str(latin1))
    assert result.returncode == 2
    assert "UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_a_folder_is_refused_clearly(tmp_path):
    result = run(str(tmp_path))
    assert result.returncode == 2 and "mappe" in result.stderr


def test_a_console_without_unicode_arrows_still_gets_the_findings(tmp_path):
    text = tmp_path / "notat.txt"
    text.write_text("Man ringer snarest.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "lint-text", str(text)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    assert result.returncode == 1
    lines = result.stdout.decode("cp1252").splitlines()
    assert lines[0].startswith("1:1 man: ") and " ? " in lines[0]
    assert b"Traceback" not in result.stderr
