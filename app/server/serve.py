"""`stafet-server run`: uvicorn with mutual TLS around the relay app, on one process.

One process, one event loop, database work in a thread pool (`pool_size` connections). The
access log is off: uvicorn's would write client addresses and paths (bundle ids) for every
request; the relay's own log says what matters without naming anyone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys

from app.server.app import create_app
from app.server.config import ServerConfig
from app.server.db import make_engine, require_schema
from app.server.errors import BAD_LISTEN, CERT_FILES_MISSING, ServerError
from app.server.store import Relay
from app.server.tls import AnchorRefresher, MutualTlsH11Protocol, server_context

logger = logging.getLogger(__name__)


def parse_listen(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServerError(BAD_LISTEN, value=value)
    return host, int(port)


def run(config: ServerConfig, listen: str | None = None, workers: int | None = None) -> None:
    """Serve until stopped. `workers` > 1 (POSIX): that many processes share one listening
    socket, each with its own event loop, database pool and rate-limit buckets (one Python
    process uses one core at a time; the database is shared, so nothing else changes)."""
    host, port = parse_listen(listen or config.listen)
    if not (config.cert_file.exists() and config.key_file.exists()):
        raise ServerError(CERT_FILES_MISSING, path=config.directory)
    engine = make_engine(config.database, pool_size=1)
    try:
        require_schema(engine)
    finally:
        engine.dispose()  # nothing of the database may cross a fork
    count = workers or config.workers
    if count <= 1 or not hasattr(os, "fork"):
        _serve(config, host, port, None)
        return
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    children: list[int] = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # a worker: dies with its parent, serves until told to stop
            code = 0
            try:
                _die_with_parent()
                _serve(config, host, port, sock)
            except BaseException:  # noqa: BLE001 - a worker never returns into the parent's code
                logger.exception("worker stopped")
                code = 1
            finally:
                os._exit(code)
        children.append(pid)

    def stop(signum: int, _frame: object) -> None:
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    logger.info("relay: %d worker processes", count)
    for child in children:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(child, 0)


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when the parent process dies (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _serve(config: ServerConfig, host: str, port: int, sock: socket.socket | None) -> None:
    import uvicorn

    engine = make_engine(config.database, pool_size=config.pool_size)
    relay = Relay(engine)
    ctx = server_context(config.cert_file, config.key_file)
    refresher = AnchorRefresher(ctx, relay.anchors_after)
    app = create_app(
        relay,
        max_body=config.max_body_bytes,
        rate=config.rate_per_second,
        burst=config.rate_burst,
        refresh=refresher.refresh,
        threads=config.pool_size,
    )
    uv_config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=MutualTlsH11Protocol,
        ws="none",
        lifespan="on",
        access_log=False,
        log_config=None,  # the relay's logging as configured by the CLI, not uvicorn's
        server_header=False,
        date_header=False,
        timeout_keep_alive=30,
        limit_concurrency=1000,
        h11_max_incomplete_event_size=64 * 1024,
    )
    uv_config.load()
    uv_config.ssl = ctx  # our context: CERT_REQUIRED + partial-chain anchors, refreshed live
    logger.info("relay listening on %s:%d", host, port)
    uvicorn.Server(uv_config).run(sockets=[sock] if sock is not None else None)
