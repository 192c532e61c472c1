"""A minimal client of the relay's HTTP API for the server's tests and bench (stdlib only).

Real TLS with a real client certificate (the person's signing identity); the server is pinned
with its own certificate file. The laptop's real client is the sync helper's (`stafet sync`).
"""

from __future__ import annotations

import base64
import http.client
import json
import ssl
import tempfile
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app import relay_protocol as rp


def client_context(ca_file: Path, key: Any, cert: x509.Certificate, folder: Path) -> ssl.SSLContext:
    """ssl wants the key and certificate as files: written to the test's own temp folder."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=folder, suffix=".pem")
    with open(handle, "wb") as fh:
        fh.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        fh.write(cert.public_bytes(serialization.Encoding.PEM))
    ctx = ssl.create_default_context(cafile=str(ca_file))
    ctx.load_cert_chain(name)
    return ctx


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def code(self) -> str | None:
        try:
            return self.json().get("error")
        except ValueError:
            return None


class RelayClient:
    def __init__(self, host: str, port: int, ctx: ssl.SSLContext, *, key: Any = None,
                 cert: x509.Certificate | None = None, timeout: float = 60.0) -> None:
        self.host, self.port, self.ctx = host, port, ctx
        self.key, self.cert = key, cert
        self.timeout = timeout
        self._conn: http.client.HTTPSConnection | None = None

    def _connection(self) -> http.client.HTTPSConnection:
        if self._conn is None:
            self._conn = http.client.HTTPSConnection(
                self.host, self.port, context=self.ctx, timeout=self.timeout
            )
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Answer:
        for attempt in (1, 2):  # a kept-alive connection the server closed: one fresh retry
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                data = response.read()
                answer = Answer(response.status, dict(response.getheaders()), data)
                if response.getheader("connection", "").lower() == "close":
                    self.close()
                return answer
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def push(self, body: bytes, *, key: Any = None, cert: x509.Certificate | None = None) -> Answer:
        signature = rp.detached_signature(body, key or self.key, cert or self.cert)
        return self.request(
            "POST",
            rp.PATH_BUNDLES,
            body,
            {
                rp.SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
                "Content-Type": rp.BYTES_TYPE,
            },
        )

    def inbox(self, after: int = 0, limit: int = 100) -> Answer:
        return self.request("GET", f"{rp.PATH_INBOX}?after={after}&limit={limit}")

    def fetch(self, bundle: str) -> Answer:
        return self.request("GET", rp.bundle_path(bundle))

    def ack(self, bundle: str) -> Answer:
        return self.request("POST", rp.ack_path(bundle))

    def directory(self) -> Answer:
        return self.request("GET", rp.PATH_DIRECTORY)

    def health(self) -> Answer:
        return self.request("GET", rp.PATH_HEALTH)
