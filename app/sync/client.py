"""The relay's HTTP API over mutual TLS, with the standard library only (`http.client`, `ssl`).

- The laptop proves who it is with the person's signing identity (`signing_identity(vault)`),
  the same key and certificate that sign `.stafet` bundles. `ssl` reads keys only from files, so
  the key is written to an owner-only file inside the vault folder, encrypted with a random
  password that exists only in memory, and deleted as soon as `load_cert_chain` has read it.
- The server is pinned with the certificate IT handed out (`--ca server.crt`): it is the only
  trust anchor. A leaf certificate must be exactly the one the server shows; a CA certificate
  must have issued it for the host name in the address.
- Every call has a timeout. Errors become `SyncError`s with a plain Danish text; nothing about a
  person or a case goes into a message or the log (the server's errors carry only a code).
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import secrets
import socket
import ssl
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.sync import errors as e
from app.sync.errors import SyncError

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30.0
RETRIES_WHEN_BUSY = 3
MAX_WAIT_SECONDS = 10.0
MAX_RESPONSE = 64 * 1024 * 1024 + 1024  # a bundle (the server's limit) plus headers' slack

EX_NOPERM, EX_TEMPFAIL, EX_PROTOCOL = 77, 75, 76


def parse_url(url: str) -> tuple[str, int]:
    """(host, port) of an https:// address with nothing else in it; SyncError otherwise."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port or 443
    except ValueError:
        raise SyncError(e.BAD_URL, exit_code=2) from None
    if (
        parts.scheme != "https"
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise SyncError(e.BAD_URL, exit_code=2)
    return parts.hostname, port


def read_pinned(pem: bytes) -> str:
    """The pinned certificate(s) as PEM text, checked; SyncError when it is no certificate."""
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise SyncError(e.CA_UNREADABLE, exit_code=2) from None
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certs)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    retry_after: float = 0.0

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL) from None

    @property
    def code(self) -> str:
        """The server's error code ("" when the body is not the contract's error object)."""
        try:
            found = json.loads(self.body.decode("utf-8")).get("error", "")
        except (UnicodeDecodeError, ValueError, AttributeError):
            return ""
        return found if isinstance(found, str) else ""


def tls_context(ca_pem: str, identity: Any, workdir: Path) -> tuple[ssl.SSLContext, bytes | None]:
    """The client's TLS context: pinned server, our certificate. (context, the pinned leaf's DER
    when the pin is a server certificate rather than a CA, to compare with what the server shows).
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cadata=ca_pem)
    # The pin may be the server's own certificate: trust it as an anchor without a root above.
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    pinned = x509.load_pem_x509_certificates(ca_pem.encode("ascii"))
    leaf: bytes | None = None
    if len(pinned) == 1 and not _is_ca(pinned[0]):
        # Exactly this certificate, whatever name it carries (IT's server may be reached by IP).
        context.check_hostname = False
        leaf = pinned[0].public_bytes(serialization.Encoding.DER)
    _load_identity(context, identity, workdir)
    return context, leaf


def _load_identity(context: ssl.SSLContext, identity: Any, workdir: Path) -> None:
    password = secrets.token_urlsafe(32).encode("ascii")
    key = identity.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    chain = b"".join(
        c.public_bytes(serialization.Encoding.PEM)
        for c in (identity.certificate, *getattr(identity, "chain", ()))
    )
    handle, name = tempfile.mkstemp(prefix=".relay-", suffix=".pem", dir=workdir)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(chain + key)
        context.load_cert_chain(name, password=password)
    finally:
        os.unlink(name)


class RelayClient:
    """One connection to the relay (kept alive, opened again when the server closed it)."""

    def __init__(
        self,
        url: str,
        ca_pem: str,
        identity: Any,
        workdir: Path,
        *,
        timeout: float = TIMEOUT_SECONDS,
        sleep: Any = time.sleep,
    ) -> None:
        self.host, self.port = parse_url(url)
        self.timeout = timeout
        self._sleep = sleep
        try:
            self._context, self._leaf = tls_context(ca_pem, identity, workdir)
        except (ssl.SSLError, ValueError):
            raise SyncError(e.CA_UNREADABLE, exit_code=2) from None
        self._conn: http.client.HTTPSConnection | None = None

    def __enter__(self) -> RelayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _connect(self) -> http.client.HTTPSConnection:
        if self._conn is None:
            conn = http.client.HTTPSConnection(
                self.host, self.port, timeout=self.timeout, context=self._context
            )
            conn.connect()
            if self._leaf is not None:
                shown = conn.sock.getpeercert(binary_form=True) if conn.sock else None
                if shown != self._leaf:
                    conn.close()
                    raise SyncError(e.PIN_MISMATCH, exit_code=EX_PROTOCOL)
            self._conn = conn
        return self._conn

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """One call; busy answers (429) are tried again a few times. Never raises for a status
        other than 429/5xx and the person-level refusals (revoked, not enrolled)."""
        for attempt in range(RETRIES_WHEN_BUSY + 1):
            response = self._once(method, path, body, headers or {})
            if response.status == 429 and attempt < RETRIES_WHEN_BUSY:
                self._sleep(min(max(response.retry_after, 0.5), MAX_WAIT_SECONDS))
                continue
            break
        code = response.code
        if response.status == 429:
            raise SyncError(e.BUSY, exit_code=EX_TEMPFAIL)
        if response.status >= 500:
            raise SyncError(e.SERVER_FAILED, exit_code=EX_TEMPFAIL)
        if code == "revoked":
            raise SyncError(e.REVOKED, exit_code=EX_NOPERM)
        if code == "not_enrolled":
            raise SyncError(e.NOT_ENROLLED, exit_code=EX_NOPERM)
        return response

    def _once(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> Response:
        for attempt in (1, 2):
            fresh = self._conn is None
            try:
                conn = self._connect()
                conn.request(method, path, body=body, headers=headers)
                reply = conn.getresponse()
                data = reply.read(MAX_RESPONSE)
                retry = reply.getheader("Retry-After") or "0"
                if reply.getheader("Connection", "").lower() == "close":
                    self.close()
                try:
                    wait = float(retry)
                except ValueError:
                    wait = 1.0
                return Response(reply.status, data, wait)
            except ssl.SSLCertVerificationError:
                self.close()
                raise SyncError(e.PIN_MISMATCH, exit_code=EX_PROTOCOL) from None
            except ssl.SSLError:
                # The server ended the handshake (or the first read, with TLS 1.3): it does not
                # accept our certificate.
                self.close()
                raise SyncError(e.CLIENT_REFUSED, exit_code=EX_NOPERM) from None
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if fresh or attempt == 2:
                    logger.info("relay: connection lost")
                    raise SyncError(e.UNREACHABLE) from None
                # A kept-alive connection the server closed meanwhile: once more on a new one.
            except (OSError, socket.timeout, http.client.HTTPException):
                self.close()
                logger.info("relay: server not reachable")
                raise SyncError(e.UNREACHABLE) from None
        raise SyncError(e.UNREACHABLE)  # pragma: no cover - the loop returns or raises

    # -- the contract's calls --------------------------------------------------------------------

    def health(self) -> None:
        from app import relay_protocol as rp

        response = self.request("GET", rp.PATH_HEALTH)
        if response.status != 200:
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)

    def push(self, data: bytes, signature: bytes) -> Response:
        """POST a bundle; 200/201 = stored. Other statuses are for the caller (per bundle)."""
        from app import relay_protocol as rp

        return self.request(
            "POST",
            rp.PATH_BUNDLES,
            data,
            {
                "Content-Type": rp.BYTES_TYPE,
                rp.SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
            },
        )

    def inbox(self, after: int, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        from app import relay_protocol as rp

        response = self.request("GET", f"{rp.PATH_INBOX}?after={int(after)}&limit={int(limit)}")
        if response.status != 200:
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        found = response.json()
        items = found.get("items") if isinstance(found, dict) else None
        if not isinstance(items, list):
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        good = [
            item
            for item in items
            if isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and isinstance(item.get("cursor"), int)
        ]
        if len(good) != len(items):
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        following = found.get("next")
        return good, following if isinstance(following, int) else after

    def fetch(self, ident: str) -> bytes | None:
        """The bundle's bytes, or None when the server no longer has it for us."""
        from app import relay_protocol as rp

        response = self.request("GET", rp.bundle_path(ident))
        if response.status == 404:
            return None
        if response.status != 200:
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        return response.body

    def ack(self, ident: str) -> None:
        from app import relay_protocol as rp

        response = self.request("POST", rp.ack_path(ident), b"")
        if response.status not in (200, 204, 404):
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)

    def directory(self) -> list[bytes]:
        """The enrolled people's contact cards (bytes of `card_to_bytes`), unchecked."""
        from app import relay_protocol as rp

        response = self.request("GET", rp.PATH_DIRECTORY)
        if response.status != 200:
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        found = response.json()
        cards = found.get("cards") if isinstance(found, dict) else None
        if not isinstance(cards, list):
            raise SyncError(e.SERVER_FAILED, exit_code=EX_PROTOCOL)
        out = []
        for item in cards:
            try:
                out.append(base64.b64decode(item["card"], validate=True))
            except (TypeError, KeyError, ValueError):
                continue  # one bad entry does not hide the others
        return out
