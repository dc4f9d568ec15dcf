"""A feed's web images, from a real HTTP server on loopback: every image of an item is
downloaded into the cache at sync (checked by content, size-capped), goes on the post,
and a cache cleared since is filled again from the item's addresses — when the draft
is opened and before the post is published; what cannot be fetched again is reported
as ``image_missing``, naming the file."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from advocate_desktop.feed.images import IMAGES_DIR, MAX_IMAGE_BYTES
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.services.content import IMAGE_RETRY_AFTER
from tests.peers.images import png

pytestmark = pytest.mark.integration
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 64


class ImageServer:
    """Serves ``files`` (path → (content type, body)) on 127.0.0.1 and counts requests;
    paths in ``failing`` answer 503, and the feed answers 304 to its own ETag."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.failing: set[str] = set()
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                found = server.files.get(self.path)
                if self.path in server.failing:
                    self.send_error(503)
                    return
                if found is None:
                    self.send_error(404)
                    return
                kind, body = found
                etag = f'"{len(body)}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}{path}"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def server() -> Iterator[ImageServer]:
    server = ImageServer()
    yield server
    server.close()


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    services = build_services(paths, clock)
    yield services
    services.db.close()


def publish_feed(server: ImageServer) -> str:
    server.files = {
        "/photo.png": ("image/png", png(4, 3)),
        "/team.jpg": ("application/octet-stream", JPEG),  # the bytes decide, not the type
        "/page.png": ("image/png", b"<!doctype html><title>Sign in</title>"),
        "/huge.png": ("image/png", png() + b"\0" * MAX_IMAGE_BYTES),
    }
    item = {
        "id": "news-1",
        "url": "https://nordvik.example/news/1",
        "title": "Nowe biuro",
        "image": server.url("/photo.png"),
        "_advocacy": {
            "image_alt": "Biuro",
            "images": [
                {"url": server.url("/photo.png"), "alt": {"pl": "Biuro nad rzeką"}},
                {"url": server.url("/team.jpg"), "alt": "Zespół"},
                {"url": server.url("/page.png"), "alt": "Strona"},
                {"url": server.url("/huge.png"), "alt": "Za duże"},
            ],
            "suggested": {"default": {"pl": "#pracujęwNordvik Otwieramy biuro."}},
        },
    }
    plain = {**item, "id": "news-2", "image": server.url("/team.jpg")}
    plain["_advocacy"] = {"image_alt": "Zespół"}
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Nordvik",
        "language": "pl",
        "_advocacy": {"disclosure": {"pl": "#pracujęwNordvik"}},
        "items": [item, plain],
    }
    server.files["/feed.json"] = ("application/feed+json", json.dumps(feed).encode())
    return server.url("/feed.json")


def synced_items(services: AppServices, server: ImageServer) -> dict[str, object]:
    source = services.content.subscribe(publish_feed(server))
    [result] = services.content.sync(force=True)
    assert result.status == "updated", result.problem
    return {s.item.id: s.item for s in services.content.items() if s.source_id == source.id}


def test_every_web_image_is_downloaded_checked_and_goes_on_the_post(
    services: AppServices, server: ImageServer
) -> None:
    items = synced_items(services, server)
    folder = services.paths.media_cache / IMAGES_DIR
    cached = sorted(p.suffix for p in folder.iterdir())
    # The HTML page and the 5 MB+ file were not kept, only noted as refused.
    assert cached == [".jpg", ".png", ".refused", ".refused"]
    assert sorted(server.requests).count("/photo.png") == 1  # each address fetched once
    first = items["news-1"]
    assert first.image_source == server.url("/photo.png")  # type: ignore[attr-defined]
    assert Path(first.image).parent == folder  # type: ignore[attr-defined]
    assert Path(first.image).suffix == ".png"  # type: ignore[attr-defined]

    media = services.content.media_for_item(first, "pl")  # type: ignore[arg-type]
    assert [(Path(i.path).suffix, i.alt_text) for i in media.images] == [
        (".png", "Biuro nad rzeką"),
        (".jpg", "Zespół"),
    ]
    single = services.content.media_for_item(items["news-2"], "pl")  # type: ignore[arg-type]
    assert [(Path(i.path).suffix, i.alt_text) for i in single.images] == [(".jpg", "Zespół")]


def test_a_cleared_cache_is_filled_again_when_a_draft_opens(
    services: AppServices, server: ImageServer
) -> None:
    items = synced_items(services, server)
    shutil.rmtree(services.paths.media_cache / IMAGES_DIR)
    before = len(server.requests)
    server.failing.add("/team.jpg")  # down for a moment
    media = services.content.media_for_item(items["news-1"], "pl")  # type: ignore[arg-type]
    assert [Path(i.path).suffix for i in media.images] == [".png"]
    assert all(Path(i.path).is_file() for i in media.images)
    assert sorted(server.requests[before:]) == ["/huge.png", "/page.png", "/photo.png", "/team.jpg"]
    server.failing.clear()
    # Opened again at once: what is there, what was refused as unusable (not an image,
    # too large) and what failed a moment ago are not fetched.
    services.content.media_for_item(items["news-1"], "pl")  # type: ignore[arg-type]
    assert len(server.requests) == before + 4
    services.clock.advance(IMAGE_RETRY_AFTER)  # type: ignore[attr-defined]
    media = services.content.media_for_item(items["news-1"], "pl")  # type: ignore[arg-type]
    assert server.requests[before + 4 :] == ["/team.jpg"]  # only the one that failed
    assert [Path(i.path).suffix for i in media.images] == [".png", ".jpg"]


def test_a_sync_of_an_unchanged_feed_brings_back_what_the_cache_lost(
    services: AppServices, server: ImageServer
) -> None:
    items = synced_items(services, server)
    thumbnail = Path(items["news-2"].image)  # type: ignore[attr-defined]
    assert thumbnail.is_file()
    shutil.rmtree(services.paths.media_cache / IMAGES_DIR)
    services.clock.advance(IMAGE_RETRY_AFTER)  # type: ignore[attr-defined]
    before = len(server.requests)
    [result] = services.content.sync(force=True)
    assert result.status == "not_modified"
    assert thumbnail.is_file()  # the list's thumbnail is back, at the same place
    fetched = sorted(server.requests[before:])
    assert fetched == ["/feed.json", "/huge.png", "/page.png", "/photo.png", "/team.jpg"]
    services.clock.advance(IMAGE_RETRY_AFTER)  # type: ignore[attr-defined]
    [result] = services.content.sync(force=True)
    assert result.status == "not_modified"
    assert server.requests[before + 5 :] == ["/feed.json"]  # nothing missing, nothing retried


def _scheduled(services: AppServices, items: dict[str, object], tmp_path: Path) -> str:
    account = services.accounts.add_outbox_account("Outbox", tmp_path / "outbox", "mastodon")
    item = items["news-1"]
    media = services.content.media_for_item(item, "pl")  # type: ignore[arg-type]
    source_id = services.content.items()[0].source_id
    post = services.posts.post_service.open_draft(
        source_id=source_id,
        item_id="news-1",
        network="mastodon",
        language="pl",
        suggested_text="#pracujęwNordvik Otwieramy biuro.",
        account_id=account.id,
        images=media.images,
        link=media.link,
    )
    now = services.clock.now()
    services.posts.post_service.schedule(
        post.id,
        text=post.text,
        account_id=account.id,
        network="mastodon",
        due_at=now + timedelta(minutes=5),
    )
    services.clock.advance(timedelta(minutes=6))  # type: ignore[attr-defined]
    return post.id


def test_a_post_whose_images_the_cache_lost_fetches_them_again_and_goes_out(
    services: AppServices, server: ImageServer, tmp_path: Path
) -> None:
    post_id = _scheduled(services, synced_items(services, server), tmp_path)
    shutil.rmtree(services.paths.media_cache / IMAGES_DIR)
    [outcome] = services.posts.runner.run_due()
    assert outcome.state == PostState.PUBLISHED, outcome
    [written] = list((tmp_path / "outbox").glob("*.json"))
    sent = json.loads(written.read_text(encoding="utf-8"))
    assert [Path(i["path"]).suffix for i in sent["images"]] == [".png", ".jpg"]
    assert all(Path(i["path"]).is_file() for i in sent["images"])
    assert services.posts.repo.get(post_id).state == PostState.PUBLISHED  # type: ignore[union-attr]


def test_an_image_that_cannot_be_fetched_again_is_named(
    services: AppServices, server: ImageServer, tmp_path: Path
) -> None:
    post_id = _scheduled(services, synced_items(services, server), tmp_path)
    shutil.rmtree(services.paths.media_cache / IMAGES_DIR)
    del server.files["/team.jpg"]  # withdrawn from the server meanwhile
    [outcome] = services.posts.runner.run_due()
    assert outcome.state == PostState.NEEDS_ATTENTION
    assert outcome.problem is not None and outcome.problem.code == errors.IMAGE_MISSING
    assert outcome.problem.detail.endswith(".jpg")
    # The other image came back all the same, ready for when the employee fixes the post.
    images = services.posts.media.images(post_id)
    assert Path(images[0].path).is_file() and not Path(images[1].path).exists()
