"""Mutual TLS for the relay: the server's own certificate, the trusted client certificates, and
how the app sees who is calling.

Trust: exactly the enrolled people's signing certificates. They come from each person's own local
CA or from a PKCS#12, so there is no common root: the leaf certificates themselves are loaded as
trust anchors (`VERIFY_X509_PARTIAL_CHAIN`). New enrollments (made by `stafet-server enroll` in
another process) are added to the running context by `AnchorRefresher` without a restart;
OpenSSL cannot take an anchor out again, so revocation is the app's job: every request looks the
peer's fingerprint up in the database (`Relay._caller`), so a revoke is immediate.

Peer certificate: uvicorn does not put the client certificate into the ASGI scope (the ASGI TLS
extension is not implemented in uvicorn 0.3x-0.5x). `MutualTlsH11Protocol` reads it from the
TLS transport (`transport.get_extra_info("ssl_object").getpeercert(binary_form=True)`) once per
connection, after the handshake, and adds it to every request's scope in the extension's shape:
`scope["extensions"]["tls"]["client_cert_der"]`. A subclass of one uvicorn protocol is a few lines
we own and test; switching to hypercorn (which has the extension) would bring a second server
with its own TLS setup for one field.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import os
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger(__name__)

SERVER_CERT_DAYS = 825  # the longest browsers and most TLS stacks accept for a leaf


def make_server_identity(cert_file: Path, key_file: Path, hosts: list[str]) -> x509.Certificate:
    """A new EC key (file readable by the owner only) and a self-signed certificate whose SAN
    names 127.0.0.1, localhost and `hosts`. Laptops pin this exact certificate (`--ca`)."""
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in ["localhost", "127.0.0.1", *hosts]:
        try:
            entry: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
        except ValueError:
            entry = x509.DNSName(host)
        if entry not in names:
            names.append(entry)
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stafet-server")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=SERVER_CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,  # self-signed and pinned as the laptops' CA file
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),  # the service starts unattended; the file is 0600
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(key_file, flags, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem_key)
    if os.name == "posix":
        os.chmod(key_file, 0o600)
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert


def server_context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
    """TLS 1.2+, client certificate required, enrolled leaf certificates as anchors."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert_file), str(key_file))
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return ctx


class AnchorRefresher:
    """Adds newly enrolled signing certificates to the live SSL context (polls the database)."""

    def __init__(self, ctx: ssl.SSLContext, fetch: Callable[[int], list[tuple[int, bytes]]]):
        self.ctx = ctx
        self.fetch = fetch
        self.last_id = 0
        self._lock = threading.Lock()

    def refresh(self) -> int:
        with self._lock:
            new = self.fetch(self.last_id)
            for person_id, der in new:
                try:
                    self.ctx.load_verify_locations(cadata=der)
                except ssl.SSLError:
                    logger.warning("person %d: certificate not loadable as a TLS anchor", person_id)
                self.last_id = max(self.last_id, person_id)
            if new:
                logger.info("TLS anchors: %d new", len(new))
            return len(new)


def client_cert_der(scope: dict[str, Any]) -> bytes | None:
    tls = scope.get("extensions", {}).get("tls") or {}
    der = tls.get("client_cert_der")
    return der if isinstance(der, bytes) and der else None


class MutualTlsH11Protocol(H11Protocol):
    """uvicorn's h11 protocol + the verified client certificate in every request's scope."""

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        ssl_object = transport.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        inner = self.app

        async def with_peer(scope: dict, receive: Any, send: Any) -> None:
            if scope.get("type") in ("http", "websocket"):
                extensions = dict(scope.get("extensions") or {})
                extensions["tls"] = {"client_cert_der": der}
                scope["extensions"] = extensions
            await inner(scope, receive, send)

        self.app = with_peer  # per connection: the wrapper knows this connection's peer
