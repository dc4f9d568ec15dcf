"""Fetching and syncing against real servers on loopback (nginx, and raw sockets)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.fetch import FetchError, FetchLimits, fetch
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
from tests.peers.raw_http import RawServer

pytestmark = pytest.mark.integration

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nordvik blog</title><language>pl-PL</language>
<item><title>Nowe biuro &amp; kawa</title><link>https://nordvik.example/blog/1</link>
<guid>blog-1</guid>
<description>&lt;p&gt;Otwieramy &lt;b&gt;biuro&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://nordvik.example/blog/2</link></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Careers</title><id>urn:careers</id>
<updated>2026-11-20T10:00:00Z</updated>
<entry><title>Backend engineer</title><id>urn:job:1</id><updated>2026-11-20T10:00:00Z</updated>
<link href="https://nordvik.example/jobs/1"/><summary>Join us in Gda\xc5\x84sk</summary></entry>
</feed>"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Nginx]:
    root = tmp_path / "www"
    root.mkdir()
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        item.pop("image")
    (root / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    (root / "blog.rss").write_bytes(RSS)
    (root / "careers.atom").write_bytes(ATOM)
    (root / "login.html").write_text("<!DOCTYPE html><html><body><form>Sign in</form></body>")
    (root / "broken.json").write_text('{"version": "https://jsonfeed.org/version/1.1", "ti')
    with (root / "huge.bin").open("wb") as huge:
        huge.truncate(200 * 1024 * 1024)  # sparse: 200 MB of zeros, no disk used
    (root / "zeros.bin").write_bytes(b"\0" * (3 * 1024 * 1024))
    server = Nginx(root, tmp_path / "nginx")
    yield server
    server.stop()


@pytest.fixture
def repo(tmp_path: Path) -> FeedRepository:
    return FeedRepository(Database(tmp_path / "db.sqlite3"))


def _sync(
    repo: FeedRepository,
    url: str,
    clock: FakeClock,
    tmp_path: Path,
    trust: Trust | None = None,
    limits: FetchLimits | None = None,
) -> SyncResult:
    source = repo.subscribe(url, clock.now())
    source = next(s for s in repo.sources() if s.id == source.id)
    return sync_source(
        repo,
        source,
        lambda u, e, m: fetch(u, etag=e, last_modified=m, limits=limits),
        now=clock.now(),
        interval=timedelta(minutes=30),
        trust=trust or Trust(),
        cache=tmp_path / "cache",
        check_policy=lambda text, origin: load_policy_text(text, origin) and None,
    )


def test_200_then_304_with_etag_and_last_modified(site: Nginx) -> None:
    first = fetch(site.url("feed.json"))
    assert first.status == 200 and first.etag and first.last_modified
    assert json.loads(first.body)["title"].startswith("Nordvik")
    again = fetch(site.url("feed.json"), etag=first.etag)
    assert again.status == 304 and again.body == b""
    since = fetch(site.url("feed.json"), last_modified=first.last_modified)
    assert since.status == 304


def test_gzip_is_accepted_and_decoded(site: Nginx) -> None:
    import requests

    raw = requests.get(site.url("feed.json"), headers={"Accept-Encoding": "gzip"}, timeout=10)
    assert raw.headers.get("Content-Encoding") == "gzip"
    fetched = fetch(site.url("feed.json"))
    assert fetched.body == (site.root / "feed.json").read_bytes()


def test_a_sync_stores_items_and_then_costs_only_a_304(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    first = _sync(repo, site.url("feed.json"), clock, tmp_path)
    assert (first.status, first.items) == ("updated", 10)
    clock.advance(timedelta(minutes=30))
    second = _sync(repo, site.url("feed.json"), clock, tmp_path)
    assert second.status == "not_modified"
    assert len(stored_items(repo)) == 10


def test_a_500_keeps_the_last_good_feed_and_says_when_it_retries(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    _sync(repo, site.url("feed.json"), clock, tmp_path)
    (site.root / "feed.json").unlink()
    (site.root / "feed.json").symlink_to(site.root / "missing")  # nginx: 404
    result = _sync(repo, site.url("feed.json"), clock, tmp_path)
    assert result.status == "failed" and "404" in result.problem
    failing = _sync(repo, site.url("error500"), clock, tmp_path)
    assert failing.status == "failed" and "500" in failing.problem
    assert failing.next_attempt == clock.now() + timedelta(minutes=1)
    assert len(stored_items(repo)) == 10
    source = next(s for s in repo.sources() if s.location == site.url("feed.json"))
    assert source.last_error and "404" in source.last_error


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("loop-a", "redirect_loop"),
        ("to-plain-http", "insecure_url"),
        ("error500", "http_status"),
        ("huge.bin", "too_large"),
    ],
)
def test_refused_downloads(site: Nginx, path: str, code: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(site.url(path))
    assert caught.value.code == code


def test_a_compressed_body_over_the_cap_stops_at_the_cap(site: Nginx) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(site.url("zeros.bin"), limits=FetchLimits(max_bytes=1024 * 1024))
    assert caught.value.code == "too_large"


def test_a_redirect_is_followed(site: Nginx) -> None:
    fetched = fetch(site.url("moved"))
    assert fetched.status == 200 and fetched.url.endswith("/feed.json")


def test_a_server_that_trickles_hits_the_total_deadline(site: Nginx) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(site.url("slow/zeros.bin"), limits=FetchLimits(total_timeout=1.0))
    assert caught.value.code == "timeout"


def test_a_server_that_never_answers_times_out() -> None:
    silent = RawServer(None, hold_seconds=5)
    try:
        with pytest.raises(FetchError) as caught:
            fetch(silent.url(), limits=FetchLimits(read_timeout=0.5))
        assert caught.value.code == "timeout" and caught.value.transient
    finally:
        silent.stop()


def test_a_truncated_body_is_detected() -> None:
    cut = RawServer(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b'Content-Length: 5000\r\nConnection: close\r\n\r\n{"version": '
    )
    try:
        with pytest.raises(FetchError) as caught:
            fetch(cut.url())
        assert caught.value.code == "truncated"
    finally:
        cut.stop()


def test_an_html_login_page_is_named_as_such(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    result = _sync(repo, site.url("login.html"), clock, tmp_path)
    assert result.status == "failed" and "web page" in result.problem


def test_a_truncated_json_feed_names_line_and_column(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    result = _sync(repo, site.url("broken.json"), clock, tmp_path)
    assert result.status == "failed" and "line 1" in result.problem


def test_rss_and_atom_sources_get_sensible_defaults(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    assert _sync(repo, site.url("blog.rss"), clock, tmp_path).items == 2
    assert _sync(repo, site.url("careers.atom"), clock, tmp_path).items == 1
    items = {s.item.id: s.item for s in stored_items(repo)}
    blog = items["blog-1"]
    assert (blog.title, blog.summary, blog.language) == (
        "Nowe biuro & kawa",
        "Otwieramy biuro",
        "pl",
    )
    assert blog.suggested_text("x", "pl") == "Nowe biuro & kawa\n\nhttps://nordvik.example/blog/1"
    assert items["https://nordvik.example/blog/2"].title == "Second"
    assert items["urn:job:1"].summary == "Join us in Gdańsk"


def test_a_signed_pack_from_a_url(
    site: Nginx, repo: FeedRepository, clock: FakeClock, tmp_path: Path
) -> None:
    pem, raw = generate_private_key()
    (site.root / "pack.zip").write_bytes(
        build_zip(with_manifest(folder_contents(demo_pack_dir()), pem))
    )
    (site.root / "unsigned.zip").write_bytes(build_zip(folder_contents(demo_pack_dir())))
    trust = Trust((TrustedKey("Comms", raw),), require_signed=True)
    signed = _sync(repo, site.url("pack.zip"), clock, tmp_path, trust)
    assert (signed.status, signed.items) == ("updated", 10)
    source = next(s for s in repo.sources() if s.location == site.url("pack.zip"))
    assert source.signer == "Comms" and source.policy_json
    refused = _sync(repo, site.url("unsigned.zip"), clock, tmp_path, trust)
    assert refused.status == "failed" and "not signed" in refused.problem
    plain = _sync(repo, site.url("feed.json"), clock, tmp_path, trust)
    assert plain.status == "failed" and "signed content packs only" in plain.problem


def test_plain_http_is_refused_for_other_hosts() -> None:
    with pytest.raises(FetchError) as caught:
        fetch("http://feeds.nordvik.example/feed.json")
    assert caught.value.code == "insecure_url"
    for bad in ("ftp://x/feed", "file:///etc/passwd", "feed.json"):
        with pytest.raises(FetchError):
            fetch(bad)


def test_proxies_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy that does not exist makes the fetch fail: it was used."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    with pytest.raises(FetchError) as caught:
        fetch(
            "https://feeds.nordvik.example/feed.json",
            limits=FetchLimits(connect_timeout=2, read_timeout=2),
        )
    assert caught.value.code == "network"
    assert "proxy" in caught.value.message.lower() or "9" in caught.value.message
    del os.environ["HTTPS_PROXY"]


def test_https_uses_the_operating_systems_trust_store() -> None:
    import truststore

    from advocate_desktop.feed.fetch import new_session

    with new_session() as session:
        adapter = session.get_adapter("https://feeds.nordvik.example/")
        context = adapter.poolmanager.connection_pool_kw["ssl_context"]  # type: ignore[attr-defined]
        assert isinstance(context, truststore.SSLContext)
        assert session.trust_env  # proxies and certificates settings from the environment
