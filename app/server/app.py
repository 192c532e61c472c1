"""The relay's HTTP API (the contract in app.relay_protocol and docs/server.md) as a Starlette app.

Every request: the TLS client certificate (put into the scope by tls.MutualTlsH11Protocol) →
its fingerprint → the per-person rate limit → the database (enrolled? revoked?) → the step.
Database work runs in worker threads (SQLAlchemy + psycopg are synchronous); the event loop only
moves bytes. Errors are `{"error": code}` and nothing else: no bundle id, name or text echoed.
The log names people by their number, bundles by nothing; never a name.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app import relay_protocol as rp
from app.server.errors import Refused
from app.server.store import Relay, peer_fingerprint
from app.server.tls import client_cert_der

logger = logging.getLogger(__name__)

_BUNDLE_ID = re.compile(r"^[0-9a-f]{64}$")
INTERNAL = "internal"
SMALL_BODY = 1024 * 1024


class RateLimiter:
    """A token bucket per person: `rate` requests per second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, who: str) -> None:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(who, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[who] = (tokens, now)
                wait = max(1, int((1.0 - tokens) / self.rate + 0.999))
                raise Refused(rp.RATE_LIMITED, retry_after=wait)
            self._buckets[who] = (tokens - 1.0, now)


def error(code: str, retry_after: int | None = None) -> JSONResponse:
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return JSONResponse({"error": code}, status_code=rp.STATUS.get(code, 500), headers=headers)


Handler = Callable[[Request, str], Awaitable[Response]]


def create_app(
    relay: Relay,
    *,
    max_body: int = rp.MAX_BODY,
    rate: float = 50.0,
    burst: int = 200,
    refresh: Callable[[], Any] | None = None,
    refresh_seconds: float = 1.0,
    threads: int = 10,
) -> Starlette:
    """`refresh` (the TLS anchor refresher) runs at startup and then every `refresh_seconds`."""
    limiter = RateLimiter(rate, burst)

    def guarded(step: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            der = client_cert_der(request.scope)
            if der is None:  # no TLS client certificate reached the app: never serve
                return error(rp.NOT_ENROLLED)
            who = peer_fingerprint(der)
            try:
                limiter.take(who)
                return await step(request, who)
            except Refused as refused:
                if refused.code not in (rp.RATE_LIMITED,):
                    logger.info("refused: %s", refused.code)
                return error(refused.code, refused.retry_after)
            except Exception:  # noqa: BLE001 - never a traceback (or its data) to the client
                logger.exception("request failed")
                return JSONResponse({"error": INTERNAL}, status_code=500)

        return endpoint

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise Refused(rp.BAD_REQUEST)
            if int(declared) > max_body:
                raise Refused(rp.TOO_LARGE)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise Refused(rp.TOO_LARGE)
            chunks.append(chunk)
        return b"".join(chunks)

    def bundle_param(request: Request) -> str:
        bundle = request.path_params["bundle"]
        if not _BUNDLE_ID.match(bundle):
            raise Refused(rp.NOT_FOUND)
        return bundle

    async def push(request: Request, who: str) -> Response:
        header = request.headers.get(rp.SIGNATURE_HEADER, "")
        if not header or len(header) > 2 * rp.MAX_SIGNATURE:
            raise Refused(rp.BAD_REQUEST)
        try:
            signature = base64.b64decode(header.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise Refused(rp.BAD_REQUEST) from None
        # Enrolled and not revoked before a big body is read: a refused person uploads little.
        # (Small pushes skip this extra query; the push's own transaction checks again.)
        declared = request.headers.get("content-length", "")
        if not declared.isdigit() or int(declared) > SMALL_BODY:
            await run_in_threadpool(relay.check_caller, who)
        body = await read_body(request)
        if not body:
            raise Refused(rp.BAD_REQUEST)
        der = client_cert_der(request.scope)
        pushed = await run_in_threadpool(relay.push, who, der, body, signature)
        return JSONResponse(
            {"id": pushed.id, "recipients": pushed.recipients},
            status_code=201 if pushed.created else 200,
        )

    async def inbox(request: Request, who: str) -> Response:
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", str(rp.MAX_INBOX_LIMIT)))
        except ValueError:
            raise Refused(rp.BAD_REQUEST) from None
        if after < 0 or not 1 <= limit <= rp.MAX_INBOX_LIMIT:
            raise Refused(rp.BAD_REQUEST)
        items, after_last = await run_in_threadpool(relay.inbox, who, after, limit)
        return JSONResponse({"items": items, "next": after_last})

    async def fetch(request: Request, who: str) -> Response:
        body = await run_in_threadpool(relay.fetch, who, bundle_param(request))
        return Response(body, media_type=rp.BYTES_TYPE)

    async def ack(request: Request, who: str) -> Response:
        await run_in_threadpool(relay.ack, who, bundle_param(request))
        return Response(status_code=204)

    async def directory(request: Request, who: str) -> Response:
        cards = await run_in_threadpool(relay.directory, who)
        return JSONResponse(
            {
                "cards": [
                    {"fingerprint": fp, "card": base64.b64encode(card).decode("ascii")}
                    for fp, card in cards
                ]
            }
        )

    async def health(request: Request, who: str) -> Response:
        await run_in_threadpool(relay.check_caller, who)
        return JSONResponse({"ok": True})

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 400)
        return error(rp.NOT_FOUND if status == 404 else rp.BAD_REQUEST)

    routes = [
        Route(rp.PATH_BUNDLES, guarded(push), methods=["POST"]),
        Route(rp.PATH_BUNDLES + "/{bundle}", guarded(fetch), methods=["GET"]),
        Route(rp.PATH_BUNDLES + "/{bundle}/ack", guarded(ack), methods=["POST"]),
        Route(rp.PATH_INBOX, guarded(inbox), methods=["GET"]),
        Route(rp.PATH_DIRECTORY, guarded(directory), methods=["GET"]),
        Route(rp.PATH_HEALTH, guarded(health), methods=["GET"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # As many worker threads as database connections: more only queue for the GIL and the
        # pool (40 by default; measured: fewer threads, less CPU per request).
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        task = None
        if refresh is not None:
            await run_in_threadpool(refresh)

            async def keep_refreshing() -> None:
                while True:
                    await asyncio.sleep(refresh_seconds)
                    try:
                        await run_in_threadpool(refresh)
                    except Exception:  # noqa: BLE001 - a database hiccup: try again next time
                        logger.warning("TLS anchors: refresh failed, retrying")

            task = asyncio.create_task(keep_refreshing())
        yield
        if task is not None:
            task.cancel()

    return Starlette(
        routes=routes, exception_handlers={HTTPException: http_error}, lifespan=lifespan
    )
