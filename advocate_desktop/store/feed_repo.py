"""Feed sources and their items.  Items are kept as the feed module's JSON."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from advocate_desktop.store.connection import Database
from advocate_desktop.store.rows import from_row
from advocate_desktop.store.timestamps import to_db


@dataclass(frozen=True)
class SourceRow:
    id: int
    kind: str
    location: str
    title: str
    signer: str | None
    policy_json: str | None
    etag: str | None
    last_modified: str | None
    last_synced_at: str | None
    last_error: str | None
    last_attempt_at: str | None = None
    next_attempt_at: str | None = None
    failures: int = 0
    managed: bool = False
    signer_key_id: str | None = None
    pack_id: str | None = None
    pack_version: int | None = None
    signature_expires_at: str | None = None
    refused: str = ""  # items the last sync left out, one "pointer: why" a line


@dataclass(frozen=True)
class PackRelease:
    """A signed pack's release as its manifest states it."""

    key_id: str
    pack_id: str
    version: int
    expires_at: str | None = None


class OlderPackVersion(ValueError):
    """A signed pack older than one already seen from the same signer: a rollback."""

    def __init__(self, offered: int, highest: int, location: str, seen_at: str) -> None:
        super().__init__(f"version {offered} is older than version {highest}")
        self.offered = offered
        self.highest = highest
        self.location = location
        self.seen_at = seen_at


@dataclass(frozen=True)
class ItemRow:
    source_id: int
    id: str
    title: str
    language: str
    campaign: str
    not_before: str | None
    expires_at: str | None
    position: int
    data: str
    first_seen_at: str = ""


def _source(row: sqlite3.Row) -> SourceRow:
    return from_row(SourceRow, row, managed=bool(row["managed"]))


def _item(row: sqlite3.Row) -> ItemRow:
    return from_row(ItemRow, row)


def _remember_release(
    tx: sqlite3.Connection, release: PackRelease, location: str, stamp: str
) -> None:
    """Refuse a rollback, else remember the release if it is the highest yet."""
    known = tx.execute(
        "SELECT version, location, seen_at FROM pack_versions WHERE key_id = ? AND pack_id = ?",
        (release.key_id, release.pack_id),
    ).fetchone()
    if known is not None and int(known["version"]) > release.version:
        raise OlderPackVersion(
            release.version, int(known["version"]), known["location"], known["seen_at"]
        )
    if known is None or int(known["version"]) < release.version:
        tx.execute(
            "INSERT INTO pack_versions (key_id, pack_id, version, location, seen_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(key_id, pack_id) DO UPDATE SET"
            " version = excluded.version, location = excluded.location,"
            " seen_at = excluded.seen_at",
            (release.key_id, release.pack_id, release.version, location, stamp),
        )


class FeedRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def replace_source(
        self,
        *,
        kind: str,
        location: str,
        title: str,
        signer: str | None,
        policy_json: str | None,
        items: Sequence[ItemRow],
        now: datetime,
        etag: str | None = None,
        last_modified: str | None = None,
        next_attempt: datetime | None = None,
        release: PackRelease | None = None,
        refused: str = "",
    ) -> int:
        """Store a source's last good content in one transaction; returns the source id.

        Items that were already known keep their ``first_seen_at`` so the list can
        mark what is new.  A signed release older than the highest seen from its
        signer for the same pack, from any address, raises :class:`OlderPackVersion`
        and changes nothing.
        """
        stamp = to_db(now)
        with self._db.transaction() as tx:
            if release is not None:
                _remember_release(tx, release, location, stamp)
            row = tx.execute("SELECT id FROM feed_sources WHERE location = ?", (location,))
            found = row.fetchone()
            # What a successful sync sets, on a new source and a known one alike.
            synced = (
                kind,
                title,
                signer,
                policy_json,
                stamp,
                etag,
                last_modified,
                stamp,
                to_db(next_attempt) if next_attempt else None,
                release.key_id if release else None,
                release.pack_id if release else None,
                release.version if release else None,
                release.expires_at if release else None,
                refused,
            )
            if found is None:
                cursor = tx.execute(
                    "INSERT INTO feed_sources (kind, title, signer, policy_json, last_synced_at,"
                    " etag, last_modified, last_attempt_at, next_attempt_at, signer_key_id,"
                    " pack_id, pack_version, signature_expires_at, refused, location, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*synced, location, stamp),
                )
                source_id = int(cursor.lastrowid or 0)
            else:
                source_id = int(found["id"])
                tx.execute(
                    "UPDATE feed_sources SET kind = ?, title = ?, signer = ?, policy_json = ?,"
                    " last_synced_at = ?, etag = ?, last_modified = ?, last_attempt_at = ?,"
                    " next_attempt_at = ?, signer_key_id = ?, pack_id = ?, pack_version = ?,"
                    " signature_expires_at = ?, refused = ?, last_error = NULL, failures = 0"
                    " WHERE id = ?",
                    (*synced, source_id),
                )
            seen = {
                r["id"]: r["first_seen_at"]
                for r in tx.execute(
                    "SELECT id, first_seen_at FROM items WHERE source_id = ?", (source_id,)
                )
            }
            tx.execute("DELETE FROM items WHERE source_id = ?", (source_id,))
            tx.executemany(
                "INSERT INTO items (source_id, id, title, language, campaign, not_before,"
                " expires_at, position, data, first_seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        source_id,
                        item.id,
                        item.title,
                        item.language,
                        item.campaign,
                        item.not_before,
                        item.expires_at,
                        item.position,
                        item.data,
                        seen.get(item.id, stamp),
                    )
                    for item in items
                ],
            )
        return source_id

    def highest_release(self, key_id: str, pack_id: str) -> int | None:
        row = (
            self._db.connection()
            .execute(
                "SELECT version FROM pack_versions WHERE key_id = ? AND pack_id = ?",
                (key_id, pack_id),
            )
            .fetchone()
        )
        return None if row is None else int(row["version"])

    def flag(self, name: str) -> bool:
        row = self._db.connection().execute("SELECT 1 FROM trust_flags WHERE name = ?", (name,))
        return row.fetchone() is not None

    def set_flag(self, name: str, now: datetime) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO trust_flags (name, set_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                (name, to_db(now)),
            )

    def record_error(
        self,
        location: str,
        message: str,
        now: datetime | None = None,
        next_attempt: datetime | None = None,
    ) -> None:
        """Remember why the last sync failed without touching the last good items."""
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE feed_sources SET last_error = ?, failures = failures + 1,"
                " last_attempt_at = COALESCE(?, last_attempt_at), next_attempt_at = ?"
                " WHERE location = ?",
                (
                    message,
                    to_db(now) if now else None,
                    to_db(next_attempt) if next_attempt else None,
                    location,
                ),
            )

    def record_not_modified(self, location: str, now: datetime, next_attempt: datetime) -> None:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE feed_sources SET last_synced_at = ?, last_attempt_at = ?,"
                " next_attempt_at = ?, last_error = NULL, failures = 0 WHERE location = ?",
                (to_db(now), to_db(now), to_db(next_attempt), location),
            )

    def subscribe(self, url: str, now: datetime, *, managed: bool = False) -> SourceRow:
        """A feed URL to sync; nothing is fetched until the next sync."""
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO feed_sources (kind, location, title, added_at, managed)"
                " VALUES ('url', ?, '', ?, ?) ON CONFLICT(location) DO NOTHING",
                (url, to_db(now), int(managed)),
            )
        row = (
            self._db.connection()
            .execute("SELECT * FROM feed_sources WHERE location = ?", (url,))
            .fetchone()
        )
        return _source(row)

    def relocate_source(self, source_id: int, location: str) -> None:
        """Give a source a new location, keeping its id (the drafts that refer to its
        items keep them) — the bundled demo pack after the app moved."""
        with self._db.transaction() as tx:
            tx.execute("UPDATE feed_sources SET location = ? WHERE id = ?", (location, source_id))

    def remove_source(self, source_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM feed_sources WHERE id = ?", (source_id,))

    def sources(self) -> list[SourceRow]:
        rows = self._db.connection().execute("SELECT * FROM feed_sources ORDER BY id")
        return [_source(r) for r in rows]

    def source(self, source_id: int) -> SourceRow | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM feed_sources WHERE id = ?", (source_id,))
            .fetchone()
        )
        return None if row is None else _source(row)

    def items(self) -> list[ItemRow]:
        rows = self._db.connection().execute("SELECT * FROM items ORDER BY source_id, position")
        return [_item(r) for r in rows]

    def item(self, source_id: int, item_id: str) -> ItemRow | None:
        row = (
            self._db.connection()
            .execute("SELECT * FROM items WHERE source_id = ? AND id = ?", (source_id, item_id))
            .fetchone()
        )
        return None if row is None else _item(row)
