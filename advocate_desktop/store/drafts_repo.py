"""Drafts as the editor keeps them: written whole, taken out whole, put back whole.

A draft is a post in the ``draft`` state with everything the employee chose: the
account and network, the text, the images with their alt texts (in order), the
link card and the time they picked (``due_at`` and ``zone``; a draft is never
due, the runner reads only scheduled posts).  :meth:`DraftRepository.write` stores
all of it in one transaction, so a crash keeps either the old draft or the new one,
never half of each.

Deleting a draft takes out its rows (post, history, images, uploads, link) and
hands them back, so an undo puts exactly the same draft back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from advocate_desktop.store.connection import Database
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink, PostMediaRepository
from advocate_desktop.store.timestamps import to_db

DRAFT = "draft"
#: The history's reason when a scheduled post becomes a draft by the employee's edit.
EDITED = "being edited"

#: The tables that hold a post, parents first (put back in this order, taken out reversed).
_POST_TABLES = ("posts", "post_events", "post_images", "post_image_uploads", "post_links")


@dataclass(frozen=True)
class DraftWrite:
    """Everything a draft holds, as the editor last had it."""

    post_id: str
    source_id: int | None
    item_id: str | None
    account_id: str | None
    network: str
    language: str
    text: str
    images: tuple[ImageSpec, ...]
    link: PostLink | None
    due_at: datetime | None  # the time the employee picked; None: not picked yet
    zone: str | None


@dataclass(frozen=True)
class RemovedPost:
    """A post's rows as they were, table by table, to put back exactly."""

    post_id: str
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


class DraftGone(LookupError):
    """The draft is no longer there as a draft (deleted, or scheduled meanwhile)."""


class DraftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def write(
        self, draft: DraftWrite, now: datetime, *, create: bool, from_state: str = DRAFT
    ) -> None:
        """Store the whole draft; ``create``: it is new (first edit), else it must still be
        in ``from_state`` (raises :class:`DraftGone` when it was deleted, scheduled or
        published meanwhile).  A post not yet a draft (a scheduled one being edited)
        becomes one here, with its history saying so."""
        stamp = to_db(now)
        due = to_db(draft.due_at) if draft.due_at is not None else None
        with self._db.transaction() as tx:
            if create:
                tx.execute(
                    "INSERT INTO posts (id, source_id, item_id, account_id, network, language,"
                    " text, state, due_at, zone, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        draft.post_id,
                        draft.source_id,
                        draft.item_id,
                        draft.account_id,
                        draft.network,
                        draft.language,
                        draft.text,
                        DRAFT,
                        due,
                        draft.zone,
                        stamp,
                        stamp,
                    ),
                )
                tx.execute(
                    "INSERT INTO post_events (post_id, at, from_state, to_state)"
                    " VALUES (?, ?, NULL, ?)",
                    (draft.post_id, stamp, DRAFT),
                )
            else:
                cursor = tx.execute(
                    "UPDATE posts SET state = ?, account_id = ?, network = ?, text = ?,"
                    " due_at = ?, zone = ?, updated_at = ? WHERE id = ? AND state = ?",
                    (
                        DRAFT,
                        draft.account_id,
                        draft.network,
                        draft.text,
                        due,
                        draft.zone,
                        stamp,
                        draft.post_id,
                        from_state,
                    ),
                )
                if cursor.rowcount != 1:
                    raise DraftGone(draft.post_id)
                if from_state != DRAFT:
                    tx.execute(
                        "INSERT INTO post_events (post_id, at, from_state, to_state, detail)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (draft.post_id, stamp, from_state, DRAFT, EDITED),
                    )
            self._write_media(tx, draft, stamp)

    @staticmethod
    def _write_media(tx: sqlite3.Connection, draft: DraftWrite, stamp: str) -> None:
        current = [
            ImageSpec(r["path"], r["alt_text"])
            for r in tx.execute(
                "SELECT path, alt_text FROM post_images WHERE post_id = ? ORDER BY position",
                (draft.post_id,),
            )
        ]
        if current != list(draft.images):  # unchanged images keep their uploads' ids
            PostMediaRepository.replace_images(tx, draft.post_id, draft.images)
        tx.execute("DELETE FROM post_links WHERE post_id = ?", (draft.post_id,))
        link = draft.link
        if link is not None:
            tx.execute(
                "INSERT INTO post_links (post_id, url, title, description, thumbnail)"
                " VALUES (?, ?, ?, ?, ?)",
                (draft.post_id, link.url, link.title, link.description, link.thumbnail),
            )
        tx.execute("UPDATE posts SET media_attached_at = ? WHERE id = ?", (stamp, draft.post_id))

    def take_out(self, post_id: str, states: Sequence[str] = (DRAFT,)) -> RemovedPost:
        """Delete a post in one of ``states`` and return its rows; :class:`DraftGone` if it
        is not (any more) in one of them."""
        marks = ", ".join("?" for _ in states)
        with self._db.transaction() as tx:
            found = tx.execute(
                f"SELECT 1 FROM posts WHERE id = ? AND state IN ({marks})", (post_id, *states)
            ).fetchone()
            if found is None:
                raise DraftGone(post_id)
            rows = []
            for table in _POST_TABLES:
                column = "id" if table == "posts" else "post_id"
                order = "" if table == "posts" else " ORDER BY rowid"
                selected = tx.execute(
                    f"SELECT * FROM {table} WHERE {column} = ?{order}", (post_id,)
                ).fetchall()
                rows.append((table, tuple(dict(r) for r in selected)))
            tx.execute("DELETE FROM posts WHERE id = ?", (post_id,))  # the rest cascades
            tx.execute("DELETE FROM post_image_uploads WHERE post_id = ?", (post_id,))
        return RemovedPost(post_id, tuple(rows))

    def put_back(self, removed: RemovedPost) -> None:
        """Insert the rows :meth:`take_out` returned, as they were."""
        with self._db.transaction() as tx:
            for table, rows in removed.rows:
                for row in rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    tx.execute(
                        f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
                    )

    def image_paths(self) -> set[str]:
        """Every image file any post refers to (its images and its link card's picture)."""
        connection = self._db.connection()
        paths = {r[0] for r in connection.execute("SELECT DISTINCT path FROM post_images")}
        paths.update(
            r[0]
            for r in connection.execute(
                "SELECT DISTINCT thumbnail FROM post_links WHERE thumbnail IS NOT NULL"
            )
        )
        return paths
