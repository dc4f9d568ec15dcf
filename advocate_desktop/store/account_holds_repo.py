"""Per-account holds: a back-off or rate-limit wait, and a pause until the employee signs in.

One row per account at most; no row means the account may publish now.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from advocate_desktop.store.connection import Database
from advocate_desktop.store.rows import from_row
from advocate_desktop.store.timestamps import from_db, to_db


@dataclass(frozen=True)
class AccountHold:
    account_id: str
    not_before: str | None
    failures: int
    paused: str | None  # a problem code, e.g. "sign_in_needed"; None while not paused
    detail: str
    updated_at: str

    def blocks(self, now: datetime) -> bool:
        """True while posts of this account must wait."""
        if self.paused:
            return True
        return self.not_before is not None and from_db(self.not_before) > now


def _hold(row: sqlite3.Row) -> AccountHold:
    return from_row(AccountHold, row)


class AccountHoldRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, account_id: str) -> AccountHold | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM account_holds WHERE account_id = ?", (account_id,))
            .fetchone()
        )
        return None if row is None else _hold(row)

    def all(self) -> dict[str, AccountHold]:
        rows = self._db.connection().execute("SELECT * FROM account_holds")
        return {r["account_id"]: _hold(r) for r in rows}

    def wait(self, account_id: str, until: datetime, detail: str, now: datetime) -> AccountHold:
        """Hold the account until ``until`` (never shortening a longer wait); counts a failure."""
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO account_holds (account_id, not_before, failures, detail, updated_at)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT(account_id) DO UPDATE SET"
                " not_before = MAX(COALESCE(not_before, ''), excluded.not_before),"
                " failures = failures + 1, detail = excluded.detail,"
                " updated_at = excluded.updated_at",
                (account_id, to_db(until), detail, to_db(now)),
            )
        hold = self.get(account_id)
        assert hold is not None
        return hold

    def pause(self, account_id: str, code: str, detail: str, now: datetime) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO account_holds (account_id, paused, detail, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET"
                " paused = excluded.paused, detail = excluded.detail,"
                " updated_at = excluded.updated_at",
                (account_id, code, detail, to_db(now)),
            )

    def clear(self, account_id: str) -> None:
        """The account works again (a publish succeeded, or the employee signed in)."""
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM account_holds WHERE account_id = ?", (account_id,))

    def resume(self, account_id: str) -> None:
        """The employee signed in again: lift the pause, keep a rate-limit wait if any."""
        with self._db.transaction() as tx:
            tx.execute("UPDATE account_holds SET paused = NULL WHERE account_id = ?", (account_id,))
            tx.execute(
                "DELETE FROM account_holds WHERE account_id = ? AND not_before IS NULL",
                (account_id,),
            )
