"""`stafet-server run`: uvicorn with mutual TLS around the relay app, on one process.

One process, one event loop, database work in a thread pool (`pool_size` connections). The
access log is off: uvicorn's would write client addresses and paths (bundle ids) for every
request; the relay's own log says what matters without naming anyone.
"""

from __future__ import annotations

import logging

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


def run(config: ServerConfig, listen: str | None = None) -> None:
    import uvicorn

    host, port = parse_listen(listen or config.listen)
    if not (config.cert_file.exists() and config.key_file.exists()):
        raise ServerError(CERT_FILES_MISSING, path=config.directory)
    engine = make_engine(config.database, pool_size=config.pool_size)
    require_schema(engine)
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
    uvicorn.Server(uv_config).run()
