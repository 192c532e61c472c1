"""The family-safe view's PIN: a short code that lets the caseworker leave the view.

Only a salted, slow (argon2id) hash of the PIN is kept, and only inside the encrypted vault –
never in Qt settings. A wrong PIN is throttled like a wrong passphrase.
"""

from __future__ import annotations

import hmac
import json
import secrets
from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP
from app.vault.errors import VaultError, WrongPassphrase

SECRET_NAME = "family_safe_pin"
MIN_PIN = 4
# OWASP's argon2id minimum (19 MiB, 2 passes): a PIN has few guesses, so each must be slow.
_PARAMS = {"time_cost": 2, "memory_cost": 19_456, "parallelism": 1, "hash_len": 32}


class PinTooShort(VaultError):
    source_text = QT_TRANSLATE_NOOP("Vault", "Koden skal være mindst {minimum} cifre.")


class WrongPin(WrongPassphrase):
    source_text = QT_TRANSLATE_NOOP("Vault", "Forkert adgangsfrase eller kode.")


def check_passphrase_or_pin(vault: Any, text: str) -> None:
    """Raise WrongPin (throttled) unless `text` is the vault's passphrase or its PIN."""
    text = text.strip()
    if text.isdigit() and pin_is_set(vault):
        check_pin(vault, text)
        return
    try:
        vault.check_passphrase(text)
    except WrongPassphrase as err:
        raise WrongPin(retry_after=err.retry_after) from None


def _hash(pin: str, salt: bytes, params: dict[str, Any]) -> bytes:
    # cryptography's Argon2id: the same bytes argon2-cffi gives for these parameters (the vault's
    # key derivation uses it too, so Stafet needs no second Argon2 library).
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=int(params["hash_len"]),
        iterations=int(params["time_cost"]),
        lanes=int(params["parallelism"]),
        memory_cost=int(params["memory_cost"]),
    ).derive(pin.encode("utf-8"))


def set_pin(vault: Any, pin: str | None) -> None:
    """Keep the salted hash of `pin`; an empty PIN removes it (then only the passphrase works)."""
    pin = (pin or "").strip()
    if not pin:
        vault.put_secret(SECRET_NAME, b"")  # empty: no PIN
        return
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise PinTooShort(minimum=MIN_PIN)
    salt = secrets.token_bytes(16)
    record = {"salt": salt.hex(), "hash": _hash(pin, salt, _PARAMS).hex(), **_PARAMS}
    vault.put_secret(SECRET_NAME, json.dumps(record).encode("ascii"))


def _record(vault: Any) -> dict[str, Any] | None:
    data = vault.get_secret(SECRET_NAME)
    if not data:
        return None
    try:
        return dict(json.loads(data.decode("ascii")))
    except (ValueError, UnicodeDecodeError):
        return None


def pin_is_set(vault: Any) -> bool:
    return _record(vault) is not None


def check_pin(vault: Any, pin: str) -> None:
    """Raise WrongPin (throttled) unless `pin` is the PIN set in Indstillinger."""
    record = _record(vault)
    if record is None:
        raise WrongPin()
    params = {k: int(record[k]) for k in _PARAMS}
    expected = bytes.fromhex(record["hash"])

    def matches() -> bool:
        got = _hash(pin.strip(), bytes.fromhex(record["salt"]), params)
        return hmac.compare_digest(expected, got)

    vault.try_secret(matches, WrongPin)
