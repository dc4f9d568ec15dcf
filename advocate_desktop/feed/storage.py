"""Keeps a source's last good feed in the store, and reads items back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.pack import LoadedPack
from advocate_desktop.store.feed_repo import FeedRepository, ItemRow
from advocate_desktop.store.timestamps import to_db


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
        for position, item in enumerate(pack.feed.items)
    ]
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
    )


def stored_items(repo: FeedRepository) -> list[StoredItem]:
    return [
        StoredItem(row.source_id, FeedItem.from_json(json.loads(row.data)), row.first_seen_at)
        for row in repo.items()
    ]


def stored_item(repo: FeedRepository, source_id: int, item_id: str) -> FeedItem | None:
    row = repo.item(source_id, item_id)
    return None if row is None else FeedItem.from_json(json.loads(row.data))
