"""The laptop's side of the municipal relay (issue 15): queue, push, pull, receive.

`store` keeps the outbox, inbox, cursor and copy state in the vault; `client` speaks the relay's
HTTP API over mutual TLS (stdlib `http.client` + `ssl`); `run` is one sync (push, directory,
pull, receive, copy updates) shared by the `stafet sync` command and the GUI's background sync.
"""
