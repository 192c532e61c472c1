"""Issue 9, point 9: copies a vault leaves behind are listed in `vault check`, kept for the
stated period and then removed; hardening happens before the first window opens."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import common, main
from app.vault import KdfParams, Vault, retention
from tests.fixtures_vault import FAST_KDF

REPO = Path(__file__).resolve().parent.parent
PASS = "min gode lange frase"
DAY = 24 * 3600


def age(path: Path, days: float) -> None:
    when = dt.datetime.now(dt.UTC).timestamp() - days * DAY
    os.utime(path, (when, when))


def leave_copies(directory: Path) -> dict[str, Path]:
    """One of each kind, with content a later user would not want kept."""
    replaced = directory / "replaced-20260101T000000-abcd"
    replaced.mkdir()
    (replaced / "vault.db").write_bytes(b"gammel boks" * 100)
    staging = directory / ".restore-1234abcd"
    staging.mkdir()
    (staging / "vault.db").write_bytes(b"halv gendannelse" * 100)
    (directory / "backups").mkdir(exist_ok=True)
    upgrade = directory / "backups" / "for-opgradering-20260101T000000000000-0001.stafetbackup"
    upgrade.write_bytes(b"kopi" * 100)
    return {"replaced": replaced, "staging": staging, "upgrade": upgrade}


@pytest.fixture
def cli(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    vault_dir = tmp_path / "boks"
    secret = tmp_path / "frase.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")

    def run(*args: str) -> int:
        return main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    assert run("vault", "init") == 0
    return run


def test_vault_check_lists_the_kept_copies_with_their_removal_date(cli, capsys):
    copies = leave_copies(cli.vault_dir)
    capsys.readouterr()
    assert cli("vault", "check") == 0
    out = capsys.readouterr().out
    assert "Gemte kopier (3" in out
    for path in copies.values():
        assert path.name in out
    assert "boks flyttet til side ved gendannelse" in out and "afbrudt gendannelse" in out
    remove_on = dt.date.today() + dt.timedelta(days=retention.KEEP_COPIES_DAYS)
    assert f"slettes {remove_on:%d.%m.%Y}" in out


def test_copies_older_than_the_period_are_removed_at_unlock_and_young_ones_kept(
    vault, vault_dir, memory_keyring
):
    from tests.fixtures_vault import PASSPHRASE

    vault.lock()
    old = leave_copies(vault_dir)
    for path in old.values():
        age(path, retention.KEEP_COPIES_DAYS + 1)
    young = vault_dir / "replaced-20261201T000000-beef"
    young.mkdir()
    (young / "vault.key").write_text("{}")
    Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()
    assert not any(p.exists() for p in old.values())
    assert young.exists()


def test_the_period_is_one_setting_it_policy_can_change(tmp_path, monkeypatch):
    copies = leave_copies(tmp_path)
    for path in copies.values():
        age(path, 3)
    assert retention.remove_expired(tmp_path) == []
    monkeypatch.setattr(retention, "KEEP_COPIES_DAYS", retention.KEEP_COPIES_DAYS)
    retention.set_keep_days(2)
    assert sorted(retention.remove_expired(tmp_path)) == sorted(copies.values())


def test_removal_overwrites_the_bytes_before_unlinking(tmp_path, monkeypatch):
    target = tmp_path / "replaced-x" / "vault.db"
    target.parent.mkdir()
    target.write_bytes(b"hemmeligt indhold" * 1000)
    seen = []
    real_unlink = Path.unlink

    def spy(self, *args, **kwargs):
        seen.append(self.read_bytes())
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", spy)
    monkeypatch.setattr(retention.shutil, "rmtree", lambda p: [spy(f) for f in Path(p).iterdir()])
    retention.remove_securely(target.parent)
    assert seen and set(seen[0]) == {0}


HARDENING_ORDER = """
import sys
from app.vault import hardening
from app.ui import main_window

seen = []
def show(self):
    seen.append(hardening.is_dumpable())
    raise SystemExit(0 if seen == [False] else 3)
main_window.MainWindow.show = show
sys.argv = ["stafet-gui", "--vault", sys.argv[1]]
from app.ui.launch import main
main()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's dumpable flag")
def test_stafet_gui_is_hardened_before_its_first_window_is_shown(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", HARDENING_ORDER, str(tmp_path / "boks")],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's dumpable flag")
def test_stafet_without_a_command_is_hardened_before_the_window(tmp_path):
    script = HARDENING_ORDER.replace(
        'sys.argv = ["stafet-gui", "--vault", sys.argv[1]]\nfrom app.ui.launch import main\nmain()',
        'from app.cli import main\nmain(["--vault", sys.argv[1]])',
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "boks")],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
