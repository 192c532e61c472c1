"""Small things kept inside the vault: secrets (e.g. signing keys) and JSON settings."""

from __future__ import annotations

import datetime as dt
import json
import logging
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.vault.schema import vault_secrets, vault_settings

if TYPE_CHECKING:
    from app.vault.audit import AuditTrail

logger = logging.getLogger(__name__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SmallStore:
    """Mixed into `Vault`: every write is one transaction; storing a secret is audited (by
    name only), settings are not (they change often and say nothing about a person)."""

    audit: AuditTrail

    def session(self) -> AbstractContextManager[Session]:  # provided by Vault
        raise NotImplementedError

    def read_session(self) -> AbstractContextManager[Session]:  # provided by Vault
        raise NotImplementedError

    def put_secret(self, name: str, data: bytes) -> None:
        with self.session() as s:
            s.execute(
                sqlite_insert(vault_secrets)
                .values(name=name, data=bytes(data), updated_at=_now().isoformat())
                .on_conflict_do_update(
                    index_elements=["name"],
                    set_={"data": bytes(data), "updated_at": _now().isoformat()},
                )
            )
            self.audit.append("secret.store", "secret", name)

    def get_secret(self, name: str) -> bytes | None:
        with self.read_session() as s:
            row = s.execute(
                sa.select(vault_secrets.c.data).where(vault_secrets.c.name == name)
            ).first()
        return None if row is None else bytes(row.data)

    def delete_secret(self, name: str) -> None:
        with self.session() as s:
            s.execute(vault_secrets.delete().where(vault_secrets.c.name == name))
            self.audit.append("secret.delete", "secret", name)

    def settings_get(self, key: str, default: Any = None) -> Any:
        with self.read_session() as s:
            row = s.execute(
                sa.select(vault_settings.c.value).where(vault_settings.c.key == key)
            ).first()
        return default if row is None else json.loads(row.value)

    def settings_set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        with self.session() as s:
            s.execute(
                sqlite_insert(vault_settings)
                .values(key=key, value=text)
                .on_conflict_do_update(index_elements=["key"], set_={"value": text})
            )
