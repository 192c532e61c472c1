"""Diagnostics for IT: one version, `stafet about`, a log with actions only, a crash hook."""

from __future__ import annotations

import logging
import sys

import pytest

import app
from app import diagnostics, paths
from app.cli import common, main
from app.models.service import CaseService
from app.vault import KdfParams, Vault
from tests.fixtures_vault import FAST_KDF

PASSPHRASE = "min hemmelige lange frase 7"
# Every value under these keys of the demo's exported cases must stay out of the log.
PERSONAL_KEYS = {"name", "cpr", "actor", "author", "who", "observer", "follow_up_by", "contact"}
FREE_TEXT_KEYS = {"text", "note", "own_notes", "concern", "observed", "what", "resources",
                  "overall_assessment", "purpose", "effort", "signs", "other_signs"}


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    vault_dir = tmp_path / "boks"
    secret = tmp_path / "frase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong = tmp_path / "forkert.txt"
    wrong.write_text("Hans Hansen 120320-4235\n", encoding="utf-8")

    def run(*args: str, passphrase_file=secret) -> int:
        return main(["--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), *args])

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    run.wrong = wrong  # type: ignore[attr-defined]
    yield run
    # Leave the root logger as the other tests expect it (no file in an old tmp folder).
    root = logging.getLogger()
    for handler in (diagnostics._file_handler, diagnostics._stderr_handler):
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
    diagnostics._file_handler = diagnostics._stderr_handler = None
    root.setLevel(logging.WARNING)


def _personal_strings(vault_dir, memory_keyring) -> set[str]:
    vault = Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    try:
        svc = CaseService(vault, actor="test")
        docs = [svc.export_case(c.id) for c in svc.list_cases()]
    finally:
        vault.lock()
    found: set[str] = set()

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and len(value.strip()) >= 5:
            if key in PERSONAL_KEYS:
                found.add(value.strip())
            elif key in FREE_TEXT_KEYS:
                found.add(value.strip()[:24])  # a leak of the start of a note is a leak too

    walk(docs)
    return found


def test_log_after_a_demo_session_and_errors_holds_no_personal_data(
    cli, tmp_path, memory_keyring, capsys
):
    assert cli("vault", "init") == 0
    assert cli("demo") == 0
    assert cli("case", "list") == 0
    assert cli("case", "list", "--search", "Hans") == 0
    assert cli("deadlines") == 0
    assert cli("case", "export", "1", "--plaintext", "-o", str(tmp_path / "sag.json")) == 0
    assert cli("case", "import", str(tmp_path / "sag.json")) == 0
    assert cli("pdf", "1", "--form", "stafetlog", "-o", str(tmp_path / "log.pdf")) == 0
    assert cli("signing-identity", "create", "--name", "Arne Andersen") == 0
    assert cli("pdf", "1", "--form", "family-plan", "--sign", "-o", str(tmp_path / "p.pdf")) == 0
    assert cli("verify", str(tmp_path / "p.pdf")) == 0
    assert cli("vault", "backup", str(tmp_path / "kopi")) == 0
    # Errors: a wrong passphrase that holds a name and a CPR number, a refused sharing.
    assert cli("case", "list", passphrase_file=cli.wrong) != 0
    assert cli("pdf", "1", "--form", "consent", "--for", "læge:Hans Hansen",
               "-o", str(tmp_path / "x.pdf")) != 0
    # An unexpected error in the GUI, whose text quotes personal data.
    diagnostics.install_excepthook()
    try:
        raise ValueError("Hans Hansen 120320-4235 " + PASSPHRASE)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    capsys.readouterr()

    log = paths.log_file()
    text = "\n".join(p.read_text("utf-8") for p in sorted(log.parent.glob("stafet.log*")))
    assert "command demo" in text and "command pdf" in text  # the actions are there
    assert "WrongPassphrase" in text and "ValueError at" in text  # and the error kinds
    secrets = _personal_strings(cli.vault_dir, memory_keyring)
    assert {"Hans Hansen", "Olga Jensen", "Lilly Hansen"} <= secrets  # the scan sees the demo
    assert any("-" in s and s[:6].isdigit() for s in secrets)  # and its CPR numbers
    leaked = sorted(s for s in secrets | {PASSPHRASE, "120320-4235"} if s in text)
    assert leaked == []


def test_version_is_one_value_for_cli_about_and_package(cli, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"stafet {app.__version__}"
    assert diagnostics.version() == app.__version__


def test_about_prints_version_and_every_folder(cli, capsys):
    assert main(["--vault", "/tmp/min boks", "about"]) == 0
    out = capsys.readouterr().out
    assert f"Stafet {app.__version__}" in out
    assert "/tmp/min boks" in out
    assert str(paths.settings_file()) in out and str(paths.log_file()) in out


def test_log_file_rotates_and_stays_small(cli, monkeypatch):
    monkeypatch.setattr(diagnostics, "LOG_BYTES", 2000)
    path = diagnostics.setup_logging()
    assert path == paths.log_file()
    for n in range(200):
        logging.getLogger("app.test").info("action %d", n)
    files = sorted(p.name for p in path.parent.glob("stafet.log*"))
    assert files == ["stafet.log", "stafet.log.1", "stafet.log.2", "stafet.log.3"]
    assert all(p.stat().st_size <= 2200 for p in path.parent.glob("stafet.log*"))


def test_an_unwritable_log_folder_costs_the_log_not_the_start(cli, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "log_dir", lambda: blocker / "logs")
    assert diagnostics.setup_logging() is None
    assert main(["about"]) == 0


def test_crash_dialog_is_calm_and_says_where_the_log_is(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    crash.install_crash_dialog()
    try:
        try:
            raise RuntimeError("Hans Hansen 120320-4235")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert len(shown) == 1
    text = shown[0]
    assert "intet er gået tabt" in text
    assert str(paths.log_file()) in text
    assert "Hans" not in text and "120320" not in text
