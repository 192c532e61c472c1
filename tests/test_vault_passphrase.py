"""Issue 9, point 6: weak passphrases are refused (stricter without a keyring), and the delay
after wrong passphrases cannot be dodged by deleting a file, by parallel tries or by a time in
the future."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import common, main
from app.vault import (
    DeviceSecrets,
    KdfParams,
    UnlockThrottled,
    Vault,
    WeakPassphrase,
    WrongPassphrase,
    strength,
    throttle,
)
from tests.fixtures_vault import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parent.parent
WEAK = ["12345678", "password", "aaaaaaaa", " " * 8, "sommer2024", "kodeord123", "københavn1"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_with_advice(tmp_path, memory_keyring, weak):
    with pytest.raises(WeakPassphrase) as info:
        Vault.create(tmp_path / "b", weak, kdf=FAST_KDF, device_secrets=memory_keyring)
    assert "fire tilfældige ord" in str(info.value)
    assert not (tmp_path / "b").exists()


def test_a_passphrase_alone_must_be_stronger_than_one_with_a_keyring(tmp_path, memory_keyring):
    medium = "blå hest 77"  # zxcvbn score 3: enough beside a device secret, not alone
    assert strength.score(medium) == 3
    Vault.create(tmp_path / "med", medium, kdf=FAST_KDF, device_secrets=memory_keyring)[0].lock()
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "uden", medium, kdf=FAST_KDF, device_secrets=DeviceSecrets(None))
    Vault.create(
        tmp_path / "uden", "kaktus lampe vandre november", kdf=FAST_KDF,
        device_secrets=DeviceSecrets(None),
    )[0].lock()


def test_a_very_long_passphrase_is_scored_not_refused_as_an_error(tmp_path):
    long_one = "kaktus lampe vandre november " * 6  # 174 characters; zxcvbn stops at 72
    Vault.create(tmp_path / "b", long_one, kdf=FAST_KDF, device_secrets=DeviceSecrets(None))[
        0
    ].lock()
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "c", "a" * 200, kdf=FAST_KDF, device_secrets=DeviceSecrets(None))


def test_changing_to_a_weak_passphrase_is_refused_and_changes_nothing(vault, vault_dir,
                                                                      memory_keyring):
    before = (vault_dir / "vault.key").read_bytes()
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase("password1")
    assert (vault_dir / "vault.key").read_bytes() == before


def test_cli_init_explains_a_good_passphrase(tmp_path, monkeypatch, memory_keyring, capsys):
    monkeypatch.setattr(KdfParams, "production", classmethod(lambda cls: FAST_KDF))
    monkeypatch.setattr(common, "device_secrets", lambda: memory_keyring)
    secret = tmp_path / "frase.txt"
    secret.write_text("12345678\n")
    code = main(["--vault", str(tmp_path / "b"), "--passphrase-file", str(secret), "vault", "init"])
    assert code == 2
    err = capsys.readouterr().err
    assert "for let at gætte" in err and "fire tilfældige ord" in err


# -- the delay ---------------------------------------------------------------------------------


def wrong_tries(vault_dir, ring, n, now):
    for _ in range(n):
        now[0] += 100  # well past any wait
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, "forkert frase!", device_secrets=ring)


def test_deleting_the_old_side_file_no_longer_resets_the_delay(vault, vault_dir, memory_keyring,
                                                                monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(throttle, "clock", lambda: now[0])
    vault.lock()
    wrong_tries(vault_dir, memory_keyring, 5, now)
    (vault_dir / "unlock-failures.json").unlink(missing_ok=True)
    assert Vault.unlock_wait(vault_dir) > 0
    with pytest.raises(UnlockThrottled):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)


def test_failures_wiped_from_the_key_file_are_still_counted_by_the_keyring(
    vault, vault_dir, memory_keyring, monkeypatch
):
    now = [1_000_000.0]
    monkeypatch.setattr(throttle, "clock", lambda: now[0])
    vault.lock()
    wrong_tries(vault_dir, memory_keyring, 5, now)
    data = json.loads((vault_dir / "vault.key").read_text())
    data["unlock_failures"] = {"times": [], "total": 0}
    (vault_dir / "vault.key").write_text(json.dumps(data))
    with pytest.raises(UnlockThrottled):
        Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring)
    now[0] += 100
    with Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring) as again:
        actions = [e.action for e in again.audit.entries()]
    assert actions.count("vault.unlock_failed") == 5


def test_a_lowered_count_is_noticed_at_the_next_unlock_without_a_keyring(tmp_path, monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(throttle, "clock", lambda: now[0])
    none = DeviceSecrets(None)
    directory = tmp_path / "b"
    Vault.create(directory, "kaktus lampe vandre november", kdf=FAST_KDF,
                 device_secrets=none)[0].lock()
    wrong_tries(directory, none, 4, now)
    now[0] += 100
    Vault.unlock(directory, "kaktus lampe vandre november", device_secrets=none).lock()
    wrong_tries(directory, none, 6, now)
    data = json.loads((directory / "vault.key").read_text())
    data["unlock_failures"] = {"times": [], "total": 0}  # wiped to dodge the delay
    (directory / "vault.key").write_text(json.dumps(data))
    with Vault.unlock(directory, "kaktus lampe vandre november", device_secrets=none) as again:
        actions = [e.action for e in again.audit.entries()]
    assert "vault.unlock_failures_reset" in actions


def test_a_failure_time_in_the_future_does_not_lock_out_the_right_passphrase(
    vault, vault_dir, memory_keyring
):
    vault.lock()
    future = time.time() + 3600
    data = json.loads((vault_dir / "vault.key").read_text())
    data["unlock_failures"] = {"times": [future] * 6, "total": 6}
    (vault_dir / "vault.key").write_text(json.dumps(data))
    (vault_dir / "unlock-failures.json").write_text(json.dumps({"failures": [future] * 6}))
    assert Vault.unlock_wait(vault_dir) == 0
    Vault.unlock(vault_dir, PASSPHRASE, device_secrets=memory_keyring).lock()


TRY = """
import sys, time
from pathlib import Path
from app.vault import DeviceSecrets, UnlockThrottled, Vault, WrongPassphrase
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
try:
    Vault.unlock(sys.argv[1], "forkert frase!", device_secrets=DeviceSecrets(None))
except WrongPassphrase:
    print("wrong")
except UnlockThrottled:
    print("throttled")
"""


def test_eight_parallel_tries_are_each_counted(tmp_path):
    directory = tmp_path / "b"
    Vault.create(directory, "kaktus lampe vandre november", kdf=FAST_KDF,
                 device_secrets=DeviceSecrets(None))[0].lock()
    go = tmp_path / "go"
    children = [
        subprocess.Popen([sys.executable, "-c", TRY, str(directory), str(go)], cwd=REPO,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    time.sleep(0.5)  # let them start and wait at the line (not a limit: a head start)
    go.touch()
    outcomes = [child.communicate()[0].strip() for child in children]
    assert sorted(set(outcomes)) <= ["throttled", "wrong"] and len(outcomes) == 8
    data = json.loads((directory / "vault.key").read_text())
    # Every passphrase that was actually tried is counted; none slipped past the delay.
    assert data["unlock_failures"]["total"] == outcomes.count("wrong")
    assert len(data["unlock_failures"]["times"]) == outcomes.count("wrong")
