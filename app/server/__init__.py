"""The municipal relay server (`stafet-server`): routes sealed `.stafet` bundles, never opens one.

Server-only: needs the `server` extra (starlette, uvicorn, psycopg). The desktop app and its
bundle never import this package (packaging/stafet.spec excludes it); the laptop speaks to it
through `app.relay_protocol`. See docs/server.md.
"""
