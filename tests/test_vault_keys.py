"""The key file and recovery key: round trips, and every tampering with the header fails."""

from __future__ import annotations

import json
import secrets
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.vault import Vault, VaultDamaged, VaultTooNew, WrongPassphrase, WrongRecoveryKey
from app.vault import keys
from app.vault.keys import KdfParams, KeyFile, new_recovery_key, parse_recovery_key
from tests.fixtures_vault import FAST_KDF

passphrases = st.text(min_size=1, max_size=40).filter(lambda t: "\x00" not in t)


def fresh_key_file(passphrase: str, device: bytes | None = None) -> tuple[KeyFile, bytearray]:
    vault_key = bytearray(secrets.token_bytes(32))
    kf = KeyFile("id", "2024-01-01T00:00:00+00:00", False, FAST_KDF, b"", b"", b"", b"", b"", b"")
    kf.wrap_with_passphrase(vault_key, passphrase, device)
    raw, _text = new_recovery_key()
    kf.wrap_with_recovery(vault_key, raw)
    return kf, vault_key


@settings(max_examples=40, deadline=None)
@given(passphrase=passphrases, other=passphrases)
def test_wrap_unwrap_round_trip_and_only_the_right_passphrase_opens(passphrase, other):
    kf, vault_key = fresh_key_file(passphrase)
    again = KeyFile.from_json(json.loads(json.dumps(kf.to_json())))
    assert again == kf
    assert again.unwrap_with_passphrase(passphrase, None) == vault_key
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", passphrase):
        with pytest.raises(WrongPassphrase):
            again.unwrap_with_passphrase(other, None)


def test_the_same_passphrase_typed_composed_or_decomposed_opens():
    composed = "blåbærgrød på ø"
    kf, vault_key = fresh_key_file(composed)
    assert kf.unwrap_with_passphrase(unicodedata.normalize("NFD", composed), None) == vault_key


@settings(max_examples=40, deadline=None)
@given(
    raw=st.binary(min_size=20, max_size=20),
    lower=st.booleans(),
    sep=st.sampled_from(["-", " ", "", " - "]),
)
def test_recovery_key_text_round_trips_however_it_is_typed(raw, lower, sep):
    import base64

    text = base64.b32encode(raw).decode().rstrip("=")
    typed = sep.join(text[i : i + 4] for i in range(0, 32, 4))
    typed = typed.lower() if lower else typed
    assert bytes(parse_recovery_key(typed)) == raw


@pytest.mark.parametrize("text", ["", "ABCD", "ÆØÅA-" * 8, "AAAA-" * 9])
def test_malformed_recovery_key_is_a_clear_error(text):
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key(text)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["passphrase"]["kdf"].update(time_cost=2),  # weaker/other KDF settings
        lambda d: d.update(device_required=True),  # pretend a device secret is part of it
        lambda d: d.update(vault_id="en-anden-boks"),  # a key file moved to another vault
    ],
)
def test_changing_the_header_makes_the_passphrase_fail(change):
    kf, _ = fresh_key_file("en god lang frase")
    data = kf.to_json()
    change(data)
    # Someone editing on purpose recomputes the plain checksum; the wrapping must still refuse.
    data["checksums"] = keys._checksums(data)
    tampered = KeyFile.from_json(data)
    with pytest.raises(WrongPassphrase):
        tampered.unwrap_with_passphrase("en god lang frase", b"\0" * 32)


def test_key_file_from_a_newer_stafet_is_refused(vault, vault_dir, passphrase, memory_keyring):
    vault.lock()
    data = json.loads((vault_dir / "vault.key").read_text())
    data["version"] = keys.KEY_FILE_VERSION + 1
    (vault_dir / "vault.key").write_text(json.dumps(data))
    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)


def test_key_file_params_are_stored_and_bounded(vault_dir, passphrase, memory_keyring):
    vault, _ = Vault.create(
        vault_dir, passphrase, kdf=KdfParams(2, 2048, 1), device_secrets=memory_keyring
    )
    vault.lock()
    stored = json.loads((vault_dir / "vault.key").read_text())["passphrase"]["kdf"]
    assert stored == {
        "algorithm": "argon2id",
        "version": 19,
        "time_cost": 2,
        "memory_kib": 2048,
        "parallelism": 1,
    }
    stored_all = json.loads((vault_dir / "vault.key").read_text())
    stored_all["passphrase"]["kdf"]["memory_kib"] = 10**9  # a planted "take forever" setting
    (vault_dir / "vault.key").write_text(json.dumps(stored_all))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)


def test_production_kdf_is_at_least_64_mib_argon2id():
    params = KdfParams.production()
    assert params.memory_kib >= 64 * 1024
    assert params.to_json()["algorithm"] == "argon2id"
