"""Windows readiness, tested here: a file held open elsewhere, a cp1252 console, the keyring's
persistence. (The owner-only vault ACL is tested with the vault.)"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import files
from app.domain import records as r
from app.models.service import CaseService
from app.reports import sharing
from app.vault import DeviceSecrets, Vault
from app.vault import device as device_module
from app.vault.errors import FileOpenElsewhere
from app.vault.keys import atomic_write
from tests.fixtures_vault import FAST_KDF

REPO = Path(__file__).resolve().parent.parent


class SharingViolation(PermissionError):
    """What Windows raises from os.replace while another program holds the target open."""

    def __init__(self) -> None:
        super().__init__(13, "Access is denied")
        self.winerror = files.ERROR_SHARING_VIOLATION


def held_open_for(monkeypatch, attempts: int | None) -> list[int]:
    """os.replace fails like Windows for `attempts` tries (None: until the end of the test)."""
    real_replace = os.replace
    calls: list[int] = []

    def replace(src, dst):
        calls.append(1)
        if attempts is None or len(calls) <= attempts:
            raise SharingViolation()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "RETRY_STEP", 0.01)
    return calls


# --- replacing a file that is open elsewhere -----------------------------------------------------


def test_export_over_a_briefly_held_file_succeeds_after_a_retry(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    calls = held_open_for(monkeypatch, attempts=2)  # e.g. a virus scanner looking at it
    sharing.write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_export_over_a_file_open_in_a_reader_says_it_is_open(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    held_open_for(monkeypatch, attempts=None)
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.05)
    monkeypatch.setattr(files.time, "monotonic", _clock(step=0.02))
    with pytest.raises(sharing.SharingRefused) as refused:
        sharing.write_atomically(target, b"%PDF new")
    text = str(refused.value)
    assert "er åben i et andet program" in text and "plan.pdf" in text
    assert "ikke lov" not in text
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_real_lack_of_permission_still_says_so(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"

    def denied(src, dst):
        raise PermissionError(13, "Permission denied")  # no winerror: not a sharing problem

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(sharing.SharingRefused, match="ikke lov"):
        sharing.write_atomically(target, b"%PDF new")


def test_vault_file_held_open_is_reported_as_open(tmp_path, monkeypatch):
    target = tmp_path / "kopi.stafetbackup"
    target.write_bytes(b"old")
    held_open_for(monkeypatch, attempts=None)
    monkeypatch.setattr(files.time, "monotonic", _clock(step=0.5))
    with pytest.raises(FileOpenElsewhere, match="åben i et andet program"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopi.stafetbackup"]


def _clock(step: float):
    now = [0.0]

    def monotonic() -> float:
        now[0] += step
        return now[0]

    return monotonic


# --- a cp1252 console or pipe ---------------------------------------------------------------------


@pytest.fixture
def odd_name_vault(tmp_path) -> tuple[Path, Path]:
    """A passphrase-only vault (a subprocess has no in-memory keyring) with one odd name."""
    directory = tmp_path / "boks"
    vault, _ = Vault.create(
        directory, "en god lang frase", kdf=FAST_KDF, device_secrets=DeviceSecrets(None)
    )
    svc = CaseService(vault, actor="Olga Jensen")
    case_id = svc.create_case(
        r.Child(name="Łukasz Nguyễn", cpr="120320-4235"),
        r.Person(name="Olga Jensen", organisation="Børnehaven", role="pædagog"),
    )
    today = date.today()
    svc.add_actor_row(  # a deadline, so `stafet deadlines` prints the name too
        case_id,
        r.ActorRow(actor="Børnehaven", changed_on=today, effort="Samtale",
                   follow_up_on=today + timedelta(days=7)),
    )
    vault.lock()
    secret = tmp_path / "frase.txt"
    secret.write_text("en god lang frase\n", encoding="utf-8")
    return directory, secret


@pytest.mark.parametrize("command", [["case", "list"], ["deadlines"]])
def test_cli_prints_names_a_cp1252_console_cannot_show(odd_name_vault, command):
    directory, secret = odd_name_vault
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--vault", str(directory), "--passphrase-file",
         str(secret), *command],
        cwd=REPO,
        env=env,
        capture_output=True,
    )
    out = proc.stdout.decode("cp1252")
    assert proc.returncode == 0, proc.stderr.decode("cp1252", "replace")
    assert "?ukasz Nguy?n" in out  # shown as well as the code page allows, not a crash


# --- the keyring keeps device secrets on this computer -------------------------------------------


def test_windows_credential_manager_keeps_the_secret_on_this_computer(monkeypatch):
    class WinVaultKeyring:  # stands in for keyring's class: the name is what the policy checks
        priority = 5
        persist = 3  # keyring's default: CRED_PERSIST_ENTERPRISE (roams to other machines)

    WinVaultKeyring.__module__ = "keyring.backends.Windows"
    WinVaultKeyring.__qualname__ = "WinVaultKeyring"
    backend = WinVaultKeyring()
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    secrets = DeviceSecrets.system()
    assert secrets.backend is backend
    assert backend.persist == device_module.CRED_PERSIST_LOCAL_MACHINE == 2
