"""The IT department's policy: one system-wide file, read before the user's own settings.

Where it lives (platformdirs' site config folder; `stafet about` prints it):
  Windows  C:\\ProgramData\\Stafet\\policy.toml
  macOS    /Library/Application Support/Stafet/policy.toml
  Linux    /etc/xdg/Stafet/policy.toml
STAFET_POLICY names another file (for IT testing a policy before rolling it out).

Every key is optional; docs/it-policy.md documents them with an example. A file that exists but
cannot be read is an error the user sees (PolicyError), never silently ignored: a policy that
quietly stopped applying would let a user exceed the idle-lock maximum without anyone knowing.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.domain.messages import QT_TRANSLATE_NOOP, UserError
from app.paths import APP_NAME

logger = logging.getLogger(__name__)

POLICY_FILE = "policy.toml"
KNOWN_LANGUAGES = ("da", "en")

UNREADABLE = QT_TRANSLATE_NOOP(
    "Policy",
    "IT-politikken i {path} kan ikke læses ({problem}). Stafet starter ikke uden den. "
    "Kontakt din IT-afdeling.",
)


class PolicyError(UserError):
    exit_code = 78  # EX_CONFIG

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__("Policy", UNREADABLE, path=str(path), problem=problem)


@dataclass(frozen=True)
class Policy:
    """What IT has decided; None (or empty) means the user decides as usual."""

    vault_folder: Path | None = None
    max_idle_minutes: int | None = None
    trusted_roots: tuple[Path, ...] = ()
    timestamp_server: str | None = None  # "" means: never timestamp; None: the user's setting
    export_folder: Path | None = None
    languages: tuple[str, ...] = KNOWN_LANGUAGES
    keep_copies_days: int | None = None  # replaced/restore/upgrade copies; None: Stafet's 30
    source: Path | None = None  # the file it came from, None when there is none

    def idle_seconds(self, wanted: float) -> float:
        """The user's idle-lock time, no longer than IT's maximum."""
        if self.max_idle_minutes is None:
            return wanted
        return min(wanted, self.max_idle_minutes * 60)

    def timestamp_url(self, user_setting: str | None) -> str | None:
        """The timestamp server to use: IT's choice (or IT's "none") wins over the user's."""
        if self.timestamp_server is None:
            return user_setting or None
        return self.timestamp_server or None

    def language(self, wanted: str) -> str:
        """The wanted language if IT offers it, else the first one IT offers."""
        return wanted if wanted in self.languages else self.languages[0]


def policy_path() -> Path:
    override = os.environ.get("STAFET_POLICY")
    if override:
        return Path(override)
    if sys.platform == "win32":  # ProgramData\Stafet: no author/app double folder for IT
        base = Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")
        return base / APP_NAME / POLICY_FILE
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / POLICY_FILE


def _expand(value: str) -> Path:
    """%USERNAME% (Windows style, on every platform) and $USER / ${USER}, then ~."""
    value = re.sub(r"%(\w+)%", lambda m: os.environ.get(m.group(1), m.group(0)), value.strip())
    return Path(os.path.expandvars(value)).expanduser()


def _folder(value: object, key: str) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} skal være en mappe")
    return _expand(value)  # %USERNAME% / $USER: one file names a folder per user


def parse(text: str, source: Path | None = None) -> Policy:
    """The policy from TOML text; ValueError (in Danish, for IT) names the first wrong key."""
    data = tomllib.loads(text)
    vault = data.get("vault", {})
    lock = data.get("lock", {})
    signing = data.get("signing", {})
    export = data.get("export", {})
    language = data.get("language", {})
    keep_days = vault.get("keep_copies_days")
    if keep_days is not None and (
        isinstance(keep_days, bool) or not isinstance(keep_days, int) or not 1 <= keep_days <= 3650
    ):
        raise ValueError("vault.keep_copies_days skal være et helt tal fra 1 til 3650")
    max_idle = lock.get("max_idle_minutes")
    if max_idle is not None and (
        isinstance(max_idle, bool) or not isinstance(max_idle, int) or not 1 <= max_idle <= 60
    ):
        raise ValueError("lock.max_idle_minutes skal være et helt tal fra 1 til 60")
    roots = signing.get("trusted_roots", [])
    if not isinstance(roots, list) or not all(isinstance(r, str) and r for r in roots):
        raise ValueError("signing.trusted_roots skal være en liste af filnavne")
    server = signing.get("timestamp_server")
    if server is not None:
        if not isinstance(server, str):
            raise ValueError('signing.timestamp_server skal være en adresse eller "none"')
        server = "" if server.strip().lower() in ("", "none", "ingen") else server.strip()
        if server and not server.startswith(("http://", "https://")):
            raise ValueError("signing.timestamp_server skal begynde med http:// eller https://")
    offered = language.get("offered", list(KNOWN_LANGUAGES))
    if (
        not isinstance(offered, list)
        or not offered
        or any(code not in KNOWN_LANGUAGES for code in offered)
    ):
        raise ValueError(f"language.offered skal være en liste med nogle af {KNOWN_LANGUAGES}")
    return Policy(
        vault_folder=_folder(vault.get("folder"), "vault.folder"),
        max_idle_minutes=max_idle,
        trusted_roots=tuple(_expand(r) for r in roots),
        timestamp_server=server,
        export_folder=_folder(export.get("folder"), "export.folder"),
        languages=tuple(dict.fromkeys(offered)),
        keep_copies_days=keep_days,
        source=source,
    )


def load(path: Path | None = None) -> Policy:
    """The policy in force on this computer; the empty Policy when IT has set none."""
    path = path or policy_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise PolicyError(path, exc.strerror or type(exc).__name__) from None
    try:
        policy = parse(text, path)
    except (tomllib.TOMLDecodeError, ValueError, AttributeError) as exc:
        raise PolicyError(path, str(exc)) from None
    logger.info("IT policy in force")
    return policy


@functools.cache
def current() -> Policy:
    """The policy read once per process (IT changes take effect at the next start)."""
    return load()



def apply_to_vault(policy: Policy | None = None) -> None:
    """Hand the vault the settings IT decides for it (how long replaced copies are kept)."""
    policy = policy or current()
    if policy.keep_copies_days is not None:
        from app.vault import retention

        retention.set_keep_days(policy.keep_copies_days)
