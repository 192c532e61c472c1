"""The relay server for its tests: real people (vaults, keys, cards), a real PostgreSQL database,
`stafet-server` initialised in a temp folder and run as its own process on a free port of
127.0.0.1 (so a test can SIGKILL it), and TLS clients with the people's signing identities.
Synthetic names only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from tests.fixtures_postgres import free_port
from tests.relay_client import RelayClient, client_context

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = (
    ("Kirsten Testesen", "Sagsbehandler", "Testby Kommune"),
    ("Arne Prøvesen", "Lærer", "Prøveskolen"),
    ("Bente Eksempel", "Sundhedsplejerske", "Testby Sundhedspleje"),
)


@dataclass
class Person:
    name: str
    laptop: Any  # tests.fixtures_handover.Laptop
    card_file: Path
    key: Any
    cert: x509.Certificate
    encryption_cert: x509.Certificate


def make_people(root: Path) -> dict[str, Person]:
    from app.people import card_to_bytes, encryption_identity, my_card, signing_identity
    from tests.fixtures_handover import exchange_cards, make_laptop

    laptops = [make_laptop(root, name, role, org) for name, role, org in PEOPLE]
    exchange_cards(*laptops)
    people = {}
    for lap in laptops:
        card_file = root / f"{lap.name.split()[0].lower()}.stafetkort"
        card_file.write_bytes(card_to_bytes(my_card(lap.vault)))
        ident = signing_identity(lap.vault)
        _key, enc_cert = encryption_identity(lap.vault)
        people[lap.name.split()[0]] = Person(
            lap.name, lap, card_file, ident.key, ident.certificate, enc_cert
        )
    return people


def server_cli(directory: Path, *args: str, env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.server.cli", "--dir", str(directory), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@dataclass
class RunningServer:
    directory: Path
    port: int
    log: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def ca(self) -> Path:
        return self.directory / "server.crt"

    def start(self) -> None:
        self.log_handle = open(self.log, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app.server.cli", "--dir", str(self.directory), "run",
             "--listen", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            stdout=self.log_handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.extra_env},
        )
        self._wait_listening()

    def _wait_listening(self) -> None:
        import socket

        while True:  # no time limit: a busy CI machine is slow, a dead server is reported
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError("stafet-server run stopped:\n" + self.log.read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, as in a power cut of the server process."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.log_handle.close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
                return
            self.log_handle.close()

    def client(self, who: Person, folder: Path) -> RelayClient:
        ctx = client_context(self.ca, who.key, who.cert, folder)
        return RelayClient("127.0.0.1", self.port, ctx, key=who.key, cert=who.cert)

    def wait_enrolled(self, who: Person, folder: Path) -> RelayClient:
        """The server picks new enrollments up within a second: retry the handshake until then."""
        import ssl

        while True:
            client = self.client(who, folder)
            try:
                client.health()
                return client
            except (ssl.SSLError, OSError):  # the handshake is refused until then
                client.close()
                time.sleep(0.1)


@pytest.fixture(scope="session")
def relay_people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Person]]:
    people = make_people(tmp_path_factory.mktemp("relay-people"))
    yield people
    for person in people.values():
        person.laptop.vault.lock()


@pytest.fixture
def relay_dir(tmp_path: Path, pg_url: str) -> Path:
    directory = tmp_path / "server"
    assert server_cli_here(directory, "init", "--database", pg_url) == 0
    return directory


def server_cli_here(directory: Path, *args: str) -> int:
    """`stafet-server` in this process (faster than a new interpreter for fixture set-up)."""
    from app.server.cli import main

    return main(["--dir", str(directory), *args])


def enroll_all(relay_dir: Path, people: dict[str, Person]) -> None:
    for person in people.values():
        assert server_cli_here(relay_dir, "enroll", str(person.card_file)) == 0


@pytest.fixture
def relay_server(relay_dir: Path, relay_people: dict[str, Person], tmp_path: Path
                 ) -> Iterator[RunningServer]:
    """Kirsten, Arne and Bente enrolled; the server running."""
    enroll_all(relay_dir, relay_people)
    server = RunningServer(relay_dir, free_port(), tmp_path / "server.log")
    server.start()
    yield server
    server.stop()
