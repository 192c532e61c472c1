"""The key hierarchy: Argon2id parameters, the wrapped vault key, the recovery key, the key file."""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import json
import logging
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.files import FileInUse, replace_file
from app.vault.errors import (
    DiskFull,
    FileOpenElsewhere,
    ReadOnly,
    RecoveryCopyDamaged,
    VaultDamaged,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)

logger = logging.getLogger(__name__)

KEY_FILE_FORMAT = "stafet-vault-key"
# Version 2 adds the head of the audit trail kept outside the database, the unlock failures and
# a checksum (see `to_json`). Version-1 files are read as they are and written as version 2.
KEY_FILE_VERSION = 2
READABLE_VERSIONS = (1, 2)
# The version bound into each wrapped copy's associated data. It stays 1 for good: the wrapping
# itself did not change, and a version-1 file's copies must keep unwrapping after an upgrade.
WRAP_VERSION = 1
VAULT_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = VAULT_KEY_BYTES + 16  # AES-GCM adds a 16-byte tag
DEVICE_SECRET_BYTES = 32
RECOVERY_KEY_BYTES = 20  # 160 bits: far beyond guessing, still short enough to write on paper
RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored in the key file so a vault keeps opening when defaults change."""

    time_cost: int = 5
    memory_kib: int = 128 * 1024
    parallelism: int = 1

    @classmethod
    def production(cls) -> KdfParams:
        """128 MiB, 5 passes, 1 lane: ≈0.48 s on the idle 2-core reference machine (0.095 s a
        pass measured there), so unlock lands near 0.55 s with room under load.

        One lane because the Argon2 implementation computes lanes one after the other (CPU
        time equals wall time with 2 lanes), so more lanes add nothing here. 256 MiB would lift
        the process's peak memory over 300 MB for the moment of unlocking; 128 MiB is twice
        the SPEC's minimum.
        """
        return cls()

    @classmethod
    def calibrate(cls, target_seconds: float = 0.5, memory_kib: int = 128 * 1024) -> KdfParams:
        """Raise the pass count until one derivation takes about `target_seconds` here."""
        import time

        params = cls(time_cost=1, memory_kib=memory_kib, parallelism=1)
        while True:
            start = time.perf_counter()
            derive_passphrase_key("kalibrering", b"\0" * 16, params)
            elapsed = time.perf_counter() - start
            if elapsed >= target_seconds * 0.8 or params.time_cost >= 12:
                return params
            needed = max(params.time_cost + 1, round(params.time_cost * target_seconds / elapsed))
            params = cls(time_cost=min(needed, 12), memory_kib=memory_kib, parallelism=1)

    def to_json(self) -> dict[str, Any]:
        return {"algorithm": "argon2id", "version": 19, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown KDF")
        params = cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
        if not (1 <= params.time_cost <= 64 and 8 <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("KDF parameters out of range")
        return params


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so the same passphrase typed on another keyboard or system gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    # cryptography's own Argon2id (RFC 9106, version 0x13): the same bytes argon2-cffi gave for
    # the same parameters (tests/test_vault_keyfile_compat.py), one dependency fewer, and wheels
    # for every platform Stafet ships to (argon2-cffi-bindings 26 has no Intel-Mac wheel).
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    raw = Argon2id(
        salt=salt,
        length=32,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    ).derive(normalise_passphrase(passphrase))
    return bytearray(raw)


def hkdf(ikm: bytes | bytearray, info: bytes, salt: bytes | None = None) -> bytearray:
    out = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(bytes(ikm))
    return bytearray(out)


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer we own. Copies Python made on the way (bytes objects handed to
    argon2, cryptography or SQLCipher, the hex string in the PRAGMA) are immutable and live until
    the garbage collector frees them; Python gives no way to scrub those, so this is best effort.
    """
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


# -- recovery key ---------------------------------------------------------------------------


def new_recovery_key() -> tuple[bytearray, str]:
    raw = bytearray(secrets.token_bytes(RECOVERY_KEY_BYTES))
    text = base64.b32encode(bytes(raw)).decode("ascii").rstrip("=")
    return raw, "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytearray:
    """Accepts the key as shown (groups of four) or typed loosely: lower case, spaces, 0/O 1/I."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 32 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise WrongRecoveryKey()
    return bytearray(base64.b32decode(cleaned))


# -- the key file ---------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeyFile:
    """What `vault.key` holds: nothing secret in the clear, only wrapped copies of the vault key."""

    vault_id: str
    created: str
    device_required: bool
    kdf: KdfParams
    salt: bytes
    passphrase_nonce: bytes
    passphrase_wrapped: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_wrapped: bytes
    # Name of the device secret in the keyring; a new secret gets a new name, so the old key
    # file keeps working until the new one has landed (kill-safe re-keying).
    device_account: str = ""
    # The audit trail's head as last committed (see app/vault/outside.py): seq, chain value
    # (hex), the unlock-failure total acknowledged at that moment, and a MAC over all of it.
    head: dict[str, Any] | None = None
    # Failed unlock attempts since the last successful unlock (times, UTC seconds) and the total
    # ever; written before the vault is open, so they carry no MAC (the head records the total).
    failures: list[float] = field(default_factory=list)
    failure_total: int = 0
    # MAC over the recovery copy under a key from the vault key: `vault check` proves the copy
    # is intact without the recovery key itself.
    recovery_check: str = ""
    # Set when read: the copy's checksum or size is wrong (damage, not a wrong passphrase).
    passphrase_damaged: bool = False
    recovery_damaged: bool = False

    @property
    def keyring_account(self) -> str:
        return self.device_account or self.vault_id

    # The associated data binds each wrapped copy to this vault, this format and these KDF
    # settings, so nobody can swap in weaker parameters or drop the device requirement.
    # A key file without a device account must give the same bytes as the first version-1
    # files did, or every vault made before device accounts existed reads as a wrong passphrase.
    def _passphrase_aad(self) -> bytes:
        bound: list[Any] = [KEY_FILE_FORMAT, WRAP_VERSION, self.vault_id, self.device_required]
        if self.device_account:
            bound.append(self.device_account)
        bound += [self.kdf.to_json(), _b64(self.salt)]
        return json.dumps(bound, sort_keys=True).encode()

    def _recovery_aad(self) -> bytes:
        return json.dumps(
            [KEY_FILE_FORMAT, WRAP_VERSION, self.vault_id, "recovery", _b64(self.recovery_salt)]
        ).encode()

    # -- wrapping -------------------------------------------------------------------------

    def _passphrase_kek(self, passphrase: str, device_secret: bytes | None) -> bytearray:
        stretched = derive_passphrase_key(passphrase, self.salt, self.kdf)
        try:
            if self.device_required:
                if device_secret is None:
                    raise ValueError("device secret needed")
                return hkdf(bytes(stretched) + bytes(device_secret), b"stafet/v1/passphrase+device")
            return hkdf(stretched, b"stafet/v1/passphrase-only")
        finally:
            wipe(stretched)

    def _recovery_kek(self, recovery_raw: bytes | bytearray) -> bytearray:
        return hkdf(recovery_raw, b"stafet/v1/recovery", salt=self.recovery_salt)

    def wrap_with_passphrase(
        self,
        vault_key: bytearray,
        passphrase: str,
        device_secret: bytes | None,
        kdf: KdfParams | None = None,
        device_account: str | None = None,
    ) -> None:
        """New salt and nonce each time; the recovery copy stays as it is."""
        self.passphrase_damaged = False
        self.kdf = kdf or self.kdf
        self.salt = secrets.token_bytes(16)
        self.device_required = device_secret is not None
        if device_secret is None:
            self.device_account = ""
        elif device_account is not None:
            self.device_account = device_account
        kek = self._passphrase_kek(passphrase, device_secret)
        try:
            self.passphrase_nonce = secrets.token_bytes(12)
            self.passphrase_wrapped = AESGCM(bytes(kek)).encrypt(
                self.passphrase_nonce, bytes(vault_key), self._passphrase_aad()
            )
        finally:
            wipe(kek)

    def wrap_with_recovery(self, vault_key: bytearray, recovery_raw: bytearray) -> None:
        self.recovery_damaged = False
        self.recovery_salt = secrets.token_bytes(16)
        kek = self._recovery_kek(recovery_raw)
        try:
            self.recovery_nonce = secrets.token_bytes(12)
            self.recovery_wrapped = AESGCM(bytes(kek)).encrypt(
                self.recovery_nonce, bytes(vault_key), self._recovery_aad()
            )
        finally:
            wipe(kek)
        self.seal_recovery(vault_key)

    def unwrap_with_passphrase(self, passphrase: str, device_secret: bytes | None) -> bytearray:
        if self.passphrase_damaged:
            logger.warning("passphrase copy in the key file is damaged")
            raise VaultDamaged()
        kek = self._passphrase_kek(passphrase, device_secret)
        try:
            return bytearray(
                AESGCM(bytes(kek)).decrypt(
                    self.passphrase_nonce, self.passphrase_wrapped, self._passphrase_aad()
                )
            )
        except InvalidTag:
            raise WrongPassphrase() from None
        finally:
            wipe(kek)

    def unwrap_with_recovery(self, recovery_raw: bytearray) -> bytearray:
        if self.recovery_damaged or not self.recovery_wrapped:
            logger.warning("recovery copy in the key file is damaged or missing")
            raise RecoveryCopyDamaged()
        kek = self._recovery_kek(recovery_raw)
        try:
            return bytearray(
                AESGCM(bytes(kek)).decrypt(
                    self.recovery_nonce, self.recovery_wrapped, self._recovery_aad()
                )
            )
        except InvalidTag:
            raise WrongRecoveryKey() from None
        finally:
            wipe(kek)

    # -- storage --------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data = self._key_material()
        data["checksums"] = _checksums(data)
        # A rewrite (a new head, a failure) must not bless a copy found damaged when read.
        for part, damaged in (("passphrase", self.passphrase_damaged),
                              ("recovery", self.recovery_damaged)):
            if damaged:
                data["checksums"][part] = "beskadiget"
        data["recovery_check"] = self.recovery_check
        data["head"] = self.head
        data["unlock_failures"] = {"times": self.failures, "total": self.failure_total}
        return data

    def _key_material(self) -> dict[str, Any]:
        """The part that opens the vault; its checksum tells damage from a wrong passphrase."""
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "device_required": self.device_required,
            "passphrase": {
                "kdf": self.kdf.to_json(),
                "salt": _b64(self.salt),
                "nonce": _b64(self.passphrase_nonce),
                "wrapped_key": _b64(self.passphrase_wrapped),
                "device_account": self.device_account,
            },
            "recovery": {
                "salt": _b64(self.recovery_salt),
                "nonce": _b64(self.recovery_nonce),
                "wrapped_key": _b64(self.recovery_wrapped),
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != KEY_FILE_FORMAT:
            raise ValueError("not a Stafet key file")
        version = data.get("version")
        if isinstance(version, int) and version > KEY_FILE_VERSION:
            raise VaultTooNew(revision=f"nøglefil {version}")
        if version not in READABLE_VERSIONS:
            raise ValueError("unknown key file version")
        pp, rc = data["passphrase"], data["recovery"]
        # Damage to one copy must not stop the other: each is judged when it is used.
        sums = data.get("checksums") if version >= 2 else None
        expected = _checksums(data)
        passphrase_damaged = sums is not None and (
            not isinstance(sums, dict) or sums.get("passphrase") != expected["passphrase"]
        )
        recovery_damaged = sums is not None and (
            not isinstance(sums, dict) or sums.get("recovery") != expected["recovery"]
        )
        failures = data.get("unlock_failures") or {}
        head = data.get("head")
        key_file = cls(
            vault_id=str(data["vault_id"]),
            created=str(data["created"]),
            device_required=bool(data["device_required"]),
            kdf=KdfParams.from_json(pp["kdf"]),
            salt=_unb64(pp["salt"]),
            passphrase_nonce=_unb64(pp["nonce"]),
            passphrase_wrapped=_unb64(pp["wrapped_key"]),
            recovery_salt=_unb64(rc["salt"]),
            recovery_nonce=_unb64(rc["nonce"]),
            recovery_wrapped=_unb64(rc["wrapped_key"]),
            device_account=str(pp.get("device_account", "")),
            head=dict(head) if isinstance(head, dict) else None,
            failures=[float(t) for t in failures.get("times", [])],
            failure_total=int(failures.get("total", 0)),
            recovery_check=str(data.get("recovery_check") or ""),
        )
        # A cut or padded copy is damage too (AES-GCM alone cannot tell it from a wrong key).
        sizes = (SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES)
        passphrase = (key_file.salt, key_file.passphrase_nonce, key_file.passphrase_wrapped)
        recovery = (key_file.recovery_salt, key_file.recovery_nonce, key_file.recovery_wrapped)
        key_file.passphrase_damaged = passphrase_damaged or tuple(map(len, passphrase)) != sizes
        # The first version-1 files had no recovery copy at all: missing, not damaged.
        key_file.recovery_damaged = recovery_damaged or (
            any(recovery) and tuple(map(len, recovery)) != sizes
        )
        return key_file

    # -- the recovery copy's check ------------------------------------------------------

    def _recovery_mac(self, vault_key: bytearray) -> str:
        key = hkdf(vault_key, b"stafet/v2/recovery-check")
        blob = _recovery_aad_blob(self.recovery_salt, self.recovery_nonce, self.recovery_wrapped)
        return hmac.new(bytes(key), blob, hashlib.sha256).hexdigest()

    def seal_recovery(self, vault_key: bytearray) -> None:
        self.recovery_check = self._recovery_mac(vault_key)

    def recovery_intact(self, vault_key: bytearray) -> bool | None:
        """True/False when the check can tell; None for an older file that has no check yet."""
        if not self.recovery_wrapped or self.recovery_damaged:
            return False
        if not self.recovery_check:
            return None
        return hmac.compare_digest(self.recovery_check, self._recovery_mac(vault_key))

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
            return cls.from_json(data)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            logger.warning("key file unreadable: %s", type(exc).__name__)
            raise VaultDamaged() from None

    def write(self, path: Path) -> None:
        data = json.dumps(self.to_json(), indent=2).encode("utf-8") + b"\n"
        atomic_write(path, data)


_PASSPHRASE_PART = ("format", "version", "vault_id", "created", "device_required", "passphrase")
_RECOVERY_PART = ("format", "vault_id", "recovery")


def _checksums(data: dict[str, Any]) -> dict[str, str]:
    """Plain hashes, not MACs: they catch a damaged disk or a bad copy before a passphrase is
    tried, so damage never counts as a wrong passphrase. Anyone editing the file on purpose can
    recompute them, and gains nothing by it (the wrapping binds the same fields)."""

    def digest(keys: tuple[str, ...]) -> str:
        part = {k: data.get(k) for k in keys}
        canonical = json.dumps(part, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("ascii")).hexdigest()

    return {"passphrase": digest(_PASSPHRASE_PART), "recovery": digest(_RECOVERY_PART)}


def _recovery_aad_blob(salt: bytes, nonce: bytes, wrapped: bytes) -> bytes:
    return b"stafet recovery copy\0" + salt + nonce + wrapped


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open directories; its rename is durable enough there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def raise_for_os_error(exc: OSError) -> None:
    """Turn a disk problem into the user's words; anything else stays a bug to report."""
    if isinstance(exc, FileInUse):
        raise FileOpenElsewhere() from None
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        raise DiskFull() from None
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        raise ReadOnly() from None
    raise exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write beside, fsync, rename over, fsync the folder: a kill leaves the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        replace_file(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise_for_os_error(exc)
