"""Syncs one subscribed source: fetch, check, parse, store — or keep the last good feed.

New ETag and Last-Modified values are stored only together with the items they
describe, so a response that failed to parse is fetched in full next time.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.fetch import Fetched, FetchError
from advocate_desktop.feed.images import localize_images
from advocate_desktop.feed.model import Feed
from advocate_desktop.feed.pack import LoadedPack, Trust, load_pack
from advocate_desktop.feed.sources import parse_feed_bytes
from advocate_desktop.feed.storage import save_pack
from advocate_desktop.store.feed_repo import FeedRepository, SourceRow

ZIP_MAGIC = b"PK\x03\x04"
Fetcher = Callable[[str, str | None, str | None], Fetched]
PolicyCheck = Callable[[str, str], None]  # (policy json, origin) → raises ValueError


@dataclass(frozen=True)
class SyncResult:
    source_id: int
    location: str
    status: str  # "updated", "not_modified" or "failed"
    items: int = 0
    problem: str = ""
    next_attempt: datetime | None = None


def retry_delay(failures: int, interval: timedelta) -> timedelta:
    """After a failure: 1, 2, 4 … minutes, never longer than the normal interval."""
    return min(timedelta(minutes=2 ** min(failures, 10)), interval)


def sync_source(
    repo: FeedRepository,
    source: SourceRow,
    fetcher: Fetcher,
    *,
    now: datetime,
    interval: timedelta,
    trust: Trust,
    cache: Path,
    check_policy: PolicyCheck,
) -> SyncResult:
    location = source.location
    try:
        fetched = fetcher(location, source.etag, source.last_modified)
        if fetched.status == 304:
            repo.record_not_modified(location, now, now + interval)
            return SyncResult(source.id, location, "not_modified", next_attempt=now + interval)
        pack = _to_pack(fetched, location, trust, cache, check_policy)
        images = localize_images(pack.feed, lambda url: fetcher(url, None, None).body, cache)
        pack = dataclasses.replace(pack, feed=images)
        save_pack(
            repo,
            pack,
            "url",
            now,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            next_attempt=now + interval,
        )
        return SyncResult(
            source.id, location, "updated", len(pack.feed.items), next_attempt=now + interval
        )
    except (FetchError, FeedError) as error:
        problem = error.message if isinstance(error, FetchError) else str(error)
        later = now + retry_delay(source.failures, interval)
        repo.record_error(location, problem, now, later)
        return SyncResult(source.id, location, "failed", problem=problem, next_attempt=later)


def _to_pack(
    fetched: Fetched, location: str, trust: Trust, cache: Path, check_policy: PolicyCheck
) -> LoadedPack:
    if fetched.body.startswith(ZIP_MAGIC) or "zip" in fetched.content_type.lower():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache, suffix=".zip", delete=False) as handle:
            handle.write(fetched.body)
            downloaded = Path(handle.name)
        try:
            pack = load_pack(downloaded, cache, trust)
        finally:
            downloaded.unlink(missing_ok=True)
        if pack.policy_json is not None:
            try:
                check_policy(pack.policy_json, f"{location}/policy.json")
            except ValueError as error:
                raise FeedError(location, "policy.json", str(error)) from None
        return LoadedPack(
            location, pack.feed, pack.policy_json, pack.media_root, pack.signer, pack.release
        )
    if trust.require_signed:
        raise FeedError(
            location,
            "",
            "this computer accepts signed content packs only, and this address"
            " serves an unsigned feed",
        )
    feed: Feed = parse_feed_bytes(fetched.body, fetched.content_type, location)
    return LoadedPack(location, feed, None, cache)
