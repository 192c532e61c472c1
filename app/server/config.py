"""The server's configuration: one file, DIR/server.toml, and environment variables over it.

    database = "postgresql://stafet@db.kommune.local:5432/stafet"
    listen = "0.0.0.0:8443"
    [limits]
    max_body_bytes = 67108864       # one bundle
    rate_per_second = 50            # per person (token bucket)
    rate_burst = 200
    pool_size = 10                  # database connections (as many again when busy)

Environment variables win over the file (for containers and secrets managers):
STAFET_SERVER_DATABASE, STAFET_SERVER_LISTEN, STAFET_SERVER_MAX_BODY, STAFET_SERVER_RATE,
STAFET_SERVER_BURST, STAFET_SERVER_POOL, STAFET_SERVER_WORKERS. The database password is never
in either: libpq reads
~/.pgpass or PGPASSWORD.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app import relay_protocol as rp
from app.server.errors import BAD_CONFIG, BAD_SETTING, NOT_INITIALISED, ServerError

CONFIG = "server.toml"
CERT = "server.crt"
KEY = "server.key"
DEFAULT_LISTEN = "127.0.0.1:8443"

ENV = {
    "database": "STAFET_SERVER_DATABASE",
    "listen": "STAFET_SERVER_LISTEN",
    "max_body_bytes": "STAFET_SERVER_MAX_BODY",
    "rate_per_second": "STAFET_SERVER_RATE",
    "rate_burst": "STAFET_SERVER_BURST",
    "pool_size": "STAFET_SERVER_POOL",
    "workers": "STAFET_SERVER_WORKERS",
}


@dataclass(frozen=True)
class ServerConfig:
    directory: Path
    database: str
    listen: str = DEFAULT_LISTEN
    max_body_bytes: int = rp.MAX_BODY
    rate_per_second: float = 50.0
    rate_burst: int = 200
    pool_size: int = 10
    workers: int = 1

    @property
    def cert_file(self) -> Path:
        return self.directory / CERT

    @property
    def key_file(self) -> Path:
        return self.directory / KEY


def _positive(name: str, value: object, kind: type) -> int | float:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ServerError(BAD_SETTING, name=name, value=value) from None
    if number <= 0:
        raise ServerError(BAD_SETTING, name=name, value=value)
    return number


def load(directory: Path, *, need_file: bool = True) -> ServerConfig:
    path = directory / CONFIG
    raw: dict = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ServerError(BAD_CONFIG, path=path, why=type(exc).__name__) from None
    elif need_file:
        raise ServerError(NOT_INITIALISED, path=directory)
    flat = {k: v for k, v in raw.items() if k != "limits"}
    flat.update(raw.get("limits", {}) if isinstance(raw.get("limits"), dict) else {})
    for key, var in ENV.items():
        if os.environ.get(var):
            flat[key] = os.environ[var]
    return ServerConfig(
        directory=directory,
        database=str(flat.get("database", "")),
        listen=str(flat.get("listen", DEFAULT_LISTEN)),
        max_body_bytes=int(
            _positive("max_body_bytes", flat.get("max_body_bytes", rp.MAX_BODY), int)
        ),
        rate_per_second=float(_positive("rate_per_second", flat.get("rate_per_second", 50), float)),
        rate_burst=int(_positive("rate_burst", flat.get("rate_burst", 200), int)),
        pool_size=int(_positive("pool_size", flat.get("pool_size", 10), int)),
        workers=int(_positive("workers", flat.get("workers", 1), int)),
    )


def write(directory: Path, database: str, listen: str = DEFAULT_LISTEN) -> Path:
    path = directory / CONFIG
    text = (
        "# Stafet-serverens indstillinger (docs/server.md). Miljøvariabler går forud:\n"
        "# STAFET_SERVER_DATABASE, STAFET_SERVER_LISTEN, STAFET_SERVER_MAX_BODY,\n"
        "# STAFET_SERVER_RATE, STAFET_SERVER_BURST, STAFET_SERVER_POOL, STAFET_SERVER_WORKERS.\n"
        "# Databasens adgangskode skrives aldrig her: brug ~/.pgpass eller PGPASSWORD.\n"
        f"database = {_toml_string(database)}\n"
        f"listen = {_toml_string(listen)}\n"
        "workers = 1  # processes (POSIX); about one per core, PostgreSQL needs its share too\n"
        "\n[limits]\n"
        f"max_body_bytes = {rp.MAX_BODY}\n"
        "rate_per_second = 50\n"
        "rate_burst = 200\n"
        "pool_size = 10\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
