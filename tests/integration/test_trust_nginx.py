"""Against the real nginx: a server replaying an older signed pack, and a feed's web images."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.fetch import fetch
from advocate_desktop.feed.pack import Trust
from advocate_desktop.feed.pack_build import build_zip, folder_contents, with_manifest
from advocate_desktop.feed.signing import TrustedKey, generate_private_key
from advocate_desktop.feed.storage import stored_items
from advocate_desktop.feed.sync import SyncResult, sync_source
from advocate_desktop.paths import demo_pack_dir
from advocate_desktop.policy.loader import load_policy_text
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.store.connection import Database
from advocate_desktop.store.feed_repo import FeedRepository
from tests.peers.nginx import Nginx

pytestmark = pytest.mark.integration

WITHDRAWN = "2026-volunteering"


def _release(pem: bytes, version: int, withdraw: tuple[str, ...] = ()) -> bytes:
    contents = folder_contents(demo_pack_dir())
    feed = json.loads(contents["feed.json"])
    feed["items"] = [i for i in feed["items"] if i["id"] not in withdraw]
    contents["feed.json"] = json.dumps(feed, ensure_ascii=False).encode()
    return build_zip(with_manifest(contents, pem, version=version, pack_id="news"))


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Nginx]:
    root = tmp_path / "www"
    root.mkdir()
    server = Nginx(root, tmp_path / "nginx")
    yield server
    server.stop()


def _sync(
    repo: FeedRepository, url: str, clock: FakeClock, trust: Trust, cache: Path
) -> SyncResult:
    source = next(s for s in repo.sources() if s.location == url)
    return sync_source(
        repo,
        source,
        lambda u, e, m: fetch(u, etag=e, last_modified=m),
        now=clock.now(),
        interval=timedelta(minutes=30),
        trust=trust,
        cache=cache,
        check_policy=lambda text, origin: load_policy_text(text, origin) and None,
    )


def test_a_server_replaying_an_older_signed_pack_is_refused(
    site: Nginx, tmp_path: Path, clock: FakeClock
) -> None:
    pem, raw = generate_private_key()
    trust = Trust((TrustedKey("Comms", raw),), True, clock.now())
    repo = FeedRepository(Database(tmp_path / "data" / "db.sqlite3"))
    old, new = _release(pem, 1), _release(pem, 2, withdraw=(WITHDRAWN,))
    served = site.root / "news.zip"
    served.write_bytes(new)
    url = site.url("news.zip")
    repo.subscribe(url, clock.now())
    cache = tmp_path / "cache"

    first = _sync(repo, url, clock, trust, cache)
    assert first.status == "updated"
    # The server replays the older release, with a newer modification time so that
    # nginx answers 200 with a new ETag rather than 304.
    served.write_bytes(old)
    later = served.stat().st_mtime + 60
    os.utime(served, (later, later))
    clock.advance(timedelta(minutes=30))
    replayed = _sync(repo, url, clock, trust, cache)

    assert replayed.status == "failed"
    assert "version 1" in replayed.problem and "version 2" in replayed.problem
    assert replayed.problem.startswith(url)
    assert str(cache) not in replayed.problem
    assert WITHDRAWN not in {s.item.id for s in stored_items(repo)}
    source = next(s for s in repo.sources() if s.location == url)
    assert source.pack_version == 2 and source.last_error == replayed.problem
    # The refused replay left nothing behind but the cache of unpacked releases.
    assert {p.name for p in tmp_path.iterdir()} == {"www", "nginx", "data", "cache"}


def test_a_feeds_web_images_are_downloaded_under_the_feeds_rules(
    site: Nginx, tmp_path: Path, clock: FakeClock
) -> None:
    from advocate_desktop.feed.images import MAX_IMAGE_BYTES
    from advocate_desktop.feed.storage import media_file

    png = next((demo_pack_dir() / "media").glob("*.png")).read_bytes()
    (site.root / "media").mkdir()
    (site.root / "media" / "ok.png").write_bytes(png)
    (site.root / "media" / "big.png").write_bytes(png[:16] + b"\0" * MAX_IMAGE_BYTES)
    (site.root / "media" / "page.png").write_bytes(b"<!DOCTYPE html><html>sign in</html>")
    images = ["media/ok.png", "media/big.png", "media/page.png", "media/missing.png"]
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Blog",
        "items": [
            {"id": f"i{n}", "title": f"Item {n}", "image": site.url(image)}
            for n, image in enumerate(images)
        ],
    }
    (site.root / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    repo = FeedRepository(Database(tmp_path / "data" / "db.sqlite3"))
    url = site.url("feed.json")
    repo.subscribe(url, clock.now())
    cache = tmp_path / "cache"

    result = _sync(repo, url, clock, Trust(now=clock.now()), cache)

    assert (result.status, result.items) == ("updated", 4)
    stored = {s.item.id: s.item.image for s in stored_items(repo)}
    local = media_file(stored["i0"], [cache])
    assert local is not None and local.read_bytes() == png
    # Too large, not an image, or missing: the item stays, without a picture.
    assert [stored[f"i{n}"] for n in (1, 2, 3)] == [site.url(i) for i in images[1:]]
    kept = sorted(p.name for p in (cache / "images").iterdir())
    # The three are only noted as refused (empty files, never decoded), so a sync of the
    # unchanged feed does not fetch them again.
    assert [n for n in kept if not n.endswith(".refused")] == [local.name]
    assert len([n for n in kept if n.endswith(".refused")]) == 3
    assert all(p.stat().st_size == 0 for p in (cache / "images").glob("*.refused"))
