"""Syncs one subscribed source: fetch, check, parse, store — or keep the last good feed.

New ETag and Last-Modified values are stored only together with the items they
describe, so a response that failed to parse is fetched in full next time.

Whatever goes wrong with one source — a refused download, a malformed feed, a
document nested a million deep, text that is not valid Unicode, a pack whose
files cannot be written — is that source's error: it is recorded with the time
of the next try, named by the source's address, and the other sources sync.
"""

from __future__ import annotations

import dataclasses
import logging
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

log = logging.getLogger(__name__)
ZIP_MAGIC = b"PK\x03\x04"
MAX_PROBLEM_CHARS = 500
Fetcher = Callable[[str, str | None, str | None], Fetched]
PolicyCheck = Callable[[str, str], None]  # (policy json, origin) → raises ValueError


@dataclass(frozen=True)
class SyncResult:
    source_id: int
    location: str
    status: str  # "updated", "not_modified", "failed" or "cancelled" (the app is quitting)
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
    except FetchError as error:
        if error.code == "cancelled":
            return SyncResult(source.id, location, "cancelled", problem=error.message)
        problem = error.message
    except FeedError as error:
        problem = str(error)
    except RecursionError:
        problem = f"{location}: the content is nested too deeply to be read"
    except UnicodeError:
        problem = f"{location}: the content contains text that is not valid Unicode"
    except OSError as error:
        problem = f"{location}: the content could not be stored: {error.strerror or error}"
    except Exception as error:  # one source's failure never stops the others
        log.warning("syncing %s failed unexpectedly", location, exc_info=True)
        problem = f"{location}: the content could not be used ({type(error).__name__})"
    problem = storable(problem)
    later = now + retry_delay(source.failures, interval)
    repo.record_error(location, problem, now, later)
    return SyncResult(source.id, location, "failed", problem=problem, next_attempt=later)


def storable(text: str) -> str:
    """A message that can be stored and shown: valid Unicode, of a readable length."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= MAX_PROBLEM_CHARS else text[: MAX_PROBLEM_CHARS - 1] + "…"


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
        except FeedError as error:
            # Named by the address it came from, never by the temporary file.
            raise FeedError(
                error.source.replace(str(downloaded), location),
                error.pointer,
                error.problem.replace(str(downloaded), location),
            ) from None
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
