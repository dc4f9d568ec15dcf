"""A post's images and link card, and the ids its images got from each account's server.

The images are kept in order (``position`` from 0) with their alt text.  When a
network gives an uploaded image an id (Mastodon's media id), it is written here at
once, per account, so a publish interrupted after the upload reuses it instead of
uploading the image again.  Replacing a post's images drops those ids with them: an
id stands for the file and alt text that were sent.

The link card (the item's address, title, description and thumbnail) is a copy
taken when the post was made, not read from the item at publish time: a feed sync
replaces a source's items wholesale, so an item withdrawn from the feed, or a
source the employee removed, would leave a scheduled post without its card.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from advocate_desktop.store.connection import Database
from advocate_desktop.store.timestamps import to_db


@dataclass(frozen=True)
class ImageSpec:
    """An image as it is attached to a post: a file and its alt text."""

    path: str
    alt_text: str = ""
    #: The public https address the image came from (a feed item's own), if any.
    source_url: str | None = None


@dataclass(frozen=True)
class PostImageRow:
    position: int
    path: str
    alt_text: str
    #: The server's id for this image on the account asked about, once uploaded.
    media_id: str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class PostLink:
    url: str
    title: str = ""
    description: str = ""
    thumbnail: str | None = None  # a local image file, or None


class PostMediaRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def attach(
        self,
        post_id: str,
        images: Sequence[ImageSpec],
        link: PostLink | None,
        now: datetime,
    ) -> None:
        """Give a post its images and link card in one transaction, and note when."""
        with self._db.transaction() as tx:
            self.replace_images(tx, post_id, images)
            tx.execute("DELETE FROM post_links WHERE post_id = ?", (post_id,))
            if link is not None:
                tx.execute(
                    "INSERT INTO post_links (post_id, url, title, description, thumbnail)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (post_id, link.url, link.title, link.description, link.thumbnail),
                )
            tx.execute("UPDATE posts SET media_attached_at = ? WHERE id = ?", (to_db(now), post_id))

    def set_images(self, post_id: str, images: Sequence[ImageSpec], now: datetime) -> bool:
        """Replace a post's images; False (and nothing changed) when they are the same."""
        with self._db.transaction() as tx:
            current = [
                ImageSpec(r["path"], r["alt_text"], r["source_url"])
                for r in tx.execute(
                    "SELECT path, alt_text, source_url FROM post_images WHERE post_id = ?"
                    " ORDER BY position",
                    (post_id,),
                )
            ]
            if current == list(images):
                return False
            self.replace_images(tx, post_id, images)
            tx.execute("UPDATE posts SET media_attached_at = ? WHERE id = ?", (to_db(now), post_id))
        return True

    @staticmethod
    def replace_images(tx: sqlite3.Connection, post_id: str, images: Sequence[ImageSpec]) -> None:
        """Inside ``tx``: the post's images become ``images``, in order."""
        # The uploads of the old images go with them (ON DELETE CASCADE).
        tx.execute("DELETE FROM post_images WHERE post_id = ?", (post_id,))
        tx.executemany(
            "INSERT INTO post_images (post_id, position, path, alt_text, source_url)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (post_id, n, image.path, image.alt_text, image.source_url)
                for n, image in enumerate(images)
            ],
        )

    def images(
        self,
        post_id: str,
        account_id: str | None = None,
        uploaded_since: datetime | None = None,
    ) -> list[PostImageRow]:
        """The post's images in order, each with its media id on ``account_id`` if any
        (and, with ``uploaded_since``, only an id uploaded since then)."""
        since = to_db(uploaded_since) if uploaded_since is not None else ""
        rows = self._db.connection().execute(
            "SELECT i.position, i.path, i.alt_text, u.media_id, i.source_url FROM post_images i"
            " LEFT JOIN post_image_uploads u ON u.post_id = i.post_id"
            " AND u.position = i.position AND u.account_id = ? AND u.uploaded_at >= ?"
            " WHERE i.post_id = ? ORDER BY i.position",
            (account_id or "", since, post_id),
        )
        return [
            PostImageRow(r["position"], r["path"], r["alt_text"], r["media_id"], r["source_url"])
            for r in rows
        ]

    def image_count(self, post_id: str) -> int:
        row = (
            self._db.connection()
            .execute("SELECT COUNT(*) FROM post_images WHERE post_id = ?", (post_id,))
            .fetchone()
        )
        return int(row[0])

    def record_upload(
        self, post_id: str, position: int, account_id: str, media_id: str, now: datetime
    ) -> None:
        """Remember the server's id of an uploaded image; a later id for it replaces it."""
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT INTO post_image_uploads"
                " (post_id, position, account_id, media_id, uploaded_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (post_id, position, account_id)"
                " DO UPDATE SET media_id = excluded.media_id, uploaded_at = excluded.uploaded_at",
                (post_id, position, account_id, media_id, to_db(now)),
            )

    def link(self, post_id: str) -> PostLink | None:
        row = (
            self._db.connection()
            .execute(
                "SELECT url, title, description, thumbnail FROM post_links WHERE post_id = ?",
                (post_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return PostLink(row["url"], row["title"], row["description"], row["thumbnail"])

    def attached(self, post_id: str) -> bool:
        """Whether the post's media were ever attached (False for posts from before)."""
        row = (
            self._db.connection()
            .execute("SELECT media_attached_at FROM posts WHERE id = ?", (post_id,))
            .fetchone()
        )
        return row is not None and row[0] is not None
