"""Key files written by earlier Stafet versions keep opening: the wrapping must stay readable."""

from __future__ import annotations

from app.vault.keys import KeyFile

# Written by the first version-1 key-file code (commit 4ba29f8) with test-only KDF settings,
# passphrase "gammel adgangsfrase", wrapping the vault key bytes 0..31. No real key: synthetic.
FIRST_VERSION_KEY_FILE = {
    "format": "stafet-vault-key",
    "version": 1,
    "vault_id": "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
    "created": "2026-11-23T15:50:00+00:00",
    "device_required": False,
    "passphrase": {
        "kdf": {
            "algorithm": "argon2id",
            "version": 19,
            "time_cost": 1,
            "memory_kib": 8192,
            "parallelism": 1,
        },
        "salt": "ugLSCoUn5OBKnoODT0XMpA==",
        "nonce": "vsdqgJkz28NQW+46",
        "wrapped_key": "H8QRSDcg4CNQkAD7oxxuDmKe7+t91kLx2JS0hy71YShLLVtJj2GXFQThlO8ZejZc",
    },
    "recovery": {"salt": "", "nonce": "", "wrapped_key": ""},
}


def test_a_vault_key_file_from_the_first_release_still_unwraps_with_its_passphrase():
    key_file = KeyFile.from_json(FIRST_VERSION_KEY_FILE)
    assert bytes(key_file.unwrap_with_passphrase("gammel adgangsfrase", None)) == bytes(range(32))


def test_rewrapping_an_old_key_file_keeps_it_readable_after_a_save_and_load():
    key_file = KeyFile.from_json(FIRST_VERSION_KEY_FILE)
    vault_key = bytearray(key_file.unwrap_with_passphrase("gammel adgangsfrase", None))
    key_file.wrap_with_passphrase(vault_key, "ny og længere adgangsfrase", None)
    reloaded = KeyFile.from_json(key_file.to_json())
    assert bytes(reloaded.unwrap_with_passphrase("ny og længere adgangsfrase", None)) == bytes(
        range(32)
    )
