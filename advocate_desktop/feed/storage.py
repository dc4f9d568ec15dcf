"""Keeps a source's last good feed in the store, and reads items back."""

from __future__ import annotations

import dataclasses
import json
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.pack import LoadedPack
from advocate_desktop.store.feed_repo import FeedRepository, ItemRow, OlderPackVersion, PackRelease
from advocate_desktop.store.timestamps import from_db, to_db


@dataclass(frozen=True)
class StoredItem:
    source_id: int
    item: FeedItem
    first_seen_at: str


def save_pack(
    repo: FeedRepository,
    pack: LoadedPack,
    kind: str,
    now: datetime,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    next_attempt: datetime | None = None,
) -> int:
    """Store the pack as its source's content; :class:`FeedError` for a rollback.

    A signed manifest's expiry becomes every item's expiry when it comes sooner, so
    content whose signature expired is marked and refused like any expired item.
    """
    release = pack.release
    items = pack.feed.items
    if release is not None and release.expires_at is not None:
        items = tuple(_expiring_by(item, release.expires_at) for item in items)
    rows = [
        ItemRow(
            source_id=0,
            id=item.id,
            title=item.title,
            language=item.language,
            campaign=item.campaign,
            not_before=to_db(item.not_before) if item.not_before else None,
            expires_at=to_db(item.expires_at) if item.expires_at else None,
            position=position,
            data=json.dumps(item.to_json(), ensure_ascii=False),
        )
        for position, item in enumerate(items)
    ]
    try:
        return repo.replace_source(
            kind=kind,
            location=pack.location,
            title=pack.feed.title,
            signer=pack.signer,
            policy_json=pack.policy_json,
            items=rows,
            now=now,
            etag=etag,
            last_modified=last_modified,
            next_attempt=next_attempt,
            release=None
            if release is None
            else PackRelease(
                release.key_id,
                release.pack_id,
                release.version,
                to_db(release.expires_at) if release.expires_at else None,
            ),
            refused="\n".join(pack.feed.refused),
        )
    except OlderPackVersion as older:
        assert release is not None
        name = f"“{release.pack_id}”" if release.pack_id else "this pack"
        seen = from_db(older.seen_at).date().isoformat()
        raise FeedError(
            pack.location,
            "",
            f"refused: this is version {older.offered} of {name} signed by {release.signer},"
            f" but version {older.highest} was already accepted (from {older.location},"
            f" on {seen}). An older pack could bring back withdrawn content or lift a"
            " newer policy; ask the sender for the current one",
        ) from None


def _expiring_by(item: FeedItem, deadline: datetime) -> FeedItem:
    if item.expires_at is not None and item.expires_at <= deadline:
        return item
    return dataclasses.replace(item, expires_at=deadline)


def media_file(image: str | None, roots: Iterable[Path]) -> Path | None:
    """The stored image as a file the app may decode: a plain file inside one of its own
    media folders (unpacked packs, the bundled demo).  Anything else — an address, a
    path outside them, a link or a named pipe that would block the reader — is None."""
    if not image or "://" in image or image.startswith(("\\\\", "//")):
        return None
    try:
        path = Path(image).resolve()
        mode = path.stat().st_mode
    except (OSError, ValueError, RuntimeError):
        return None
    if not stat.S_ISREG(mode):
        return None
    for root in roots:
        try:
            if path.is_relative_to(root.resolve()):
                return path
        except (OSError, RuntimeError):
            continue
    return None


def stored_items(repo: FeedRepository) -> list[StoredItem]:
    return [
        StoredItem(row.source_id, FeedItem.from_json(json.loads(row.data)), row.first_seen_at)
        for row in repo.items()
    ]


def stored_item(repo: FeedRepository, source_id: int, item_id: str) -> FeedItem | None:
    row = repo.item(source_id, item_id)
    return None if row is None else FeedItem.from_json(json.loads(row.data))
