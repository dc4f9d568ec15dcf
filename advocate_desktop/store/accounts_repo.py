"""The employee's accounts.  Only names and non-secret settings; secrets live in the keyring."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from advocate_desktop.store.connection import Database
from advocate_desktop.store.timestamps import to_db


@dataclass(frozen=True)
class AccountRow:
    id: str
    network: str
    display_name: str
    config: dict[str, Any] = field(default_factory=dict)


def _account(row: sqlite3.Row) -> AccountRow:
    return AccountRow(
        id=row["id"],
        network=row["network"],
        display_name=row["display_name"],
        config=json.loads(row["config"]),
    )


class AccountRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self, network: str, display_name: str, config: dict[str, Any], now: datetime
    ) -> AccountRow:
        account = AccountRow(str(uuid.uuid4()), network, display_name, dict(config))
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO accounts (id, network, display_name, config, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (account.id, network, display_name, json.dumps(config), to_db(now)),
            )
        return account

    def all(self) -> list[AccountRow]:
        rows = self._db.connection().execute("SELECT * FROM accounts ORDER BY created_at, id")
        return [_account(r) for r in rows]

    def get(self, account_id: str) -> AccountRow | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM accounts WHERE id = ?", (account_id,))
            .fetchone()
        )
        return None if row is None else _account(row)

    def update_config(self, account_id: str, changes: dict[str, Any]) -> AccountRow | None:
        """Merge ``changes`` into the account's settings; None when the account is gone."""
        with self._db.transaction() as tx:
            row = tx.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
            if row is None:
                return None
            config = {**json.loads(row["config"]), **changes}
            tx.execute(
                "UPDATE accounts SET config = ? WHERE id = ?", (json.dumps(config), account_id)
            )
        return self.get(account_id)

    def remove(self, account_id: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
