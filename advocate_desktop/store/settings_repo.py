"""The employee's own settings as JSON values under string keys."""

from __future__ import annotations

import json
from typing import Any

from advocate_desktop.store.connection import Database


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> dict[str, Any]:
        rows = self._db.connection().execute("SELECT key, value FROM settings")
        return {r["key"]: json.loads(r["value"]) for r in rows}

    def save(self, key: str, value: Any) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
