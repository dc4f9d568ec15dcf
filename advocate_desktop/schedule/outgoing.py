"""The post as a publisher gets it: text, images with their uploaded ids, link card.

Shared by the runner (publishing) and the hand-over to a server's own scheduling,
so both send the same post.
"""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from advocate_desktop.networks.base import LinkRef, OutgoingPost, PostImageRef
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import from_db

#: Servers drop media never attached to a post after about a day: reuse ids younger.
UPLOAD_REUSE = timedelta(hours=12)


def outgoing_post(
    post: PostRow, media: PostMediaRepository, clock: Clock, *, record_uploads: bool = False
) -> OutgoingPost:
    """What the publisher gets: the post, its images with the ids this account's
    server gave them on an earlier attempt, its link card, and (``record_uploads``)
    where to write the id of each image it uploads now."""
    account_id = post.account_id or ""
    since = clock.now() - UPLOAD_REUSE
    rows = media.images(post.id, account_id, uploaded_since=since)
    images = tuple(
        PostImageRef(Path(r.path), r.alt_text, r.media_id, source_url=r.source_url) for r in rows
    )
    stored_link = media.link(post.id)
    link = None
    if stored_link is not None:
        thumbnail = Path(stored_link.thumbnail) if stored_link.thumbnail else None
        if thumbnail is not None and not is_file(thumbnail):
            thumbnail = None  # a card without its picture is still a card
        link = LinkRef(stored_link.url, stored_link.title, stored_link.description, thumbnail)
    positions = [r.position for r in rows]

    def uploaded(index: int, media_id: str) -> None:
        media.record_upload(post.id, positions[index], account_id, media_id, clock.now())

    outgoing = OutgoingPost(
        post_id=post.id,
        account_id=account_id,
        network=post.network,
        language=post.language,
        text=post.text,
        item_id=post.item_id,
        due_at=from_db(post.due_at) if post.due_at else clock.now(),
        images=images,
        link=link,
    )
    if record_uploads and images:
        return replace(outgoing, media_uploaded=uploaded)
    return outgoing


def is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False
