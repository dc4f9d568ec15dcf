"""IT's proxy, with a real proxy on loopback: a feed sync goes through it when IT sets
one and not when IT does not; loopback never does; it replaces the environment's.

The feed is served over HTTPS on loopback under the name ``feeds.nordvik.example``
with a certificate from a throwaway CA (trustme) that the OS trust store is pointed
at (``SSL_CERT_FILE``, which truststore reads on Linux).  Only the proxy knows where
that name is: nothing is ever resolved or sent beyond loopback.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme
from authlib.integrations.requests_client import OAuth2Session

from advocate_desktop import proxy
from advocate_desktop.feed.fetch import fetch
from advocate_desktop.http import new_session, prepare_session
from advocate_desktop.paths import AppPaths
from advocate_desktop.proxy import ProxyRoute
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import build_services
from tests.peers.forward_proxy import ForwardProxy

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]

FEED_HOST = "feeds.nordvik.example"
FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Nordvik news",
    "items": [
        {
            "id": "1",
            "url": "https://nordvik.example/1",
            "title": "Nowe biuro",
            "content_text": "Nowe biuro",
        }
    ],
}


class FeedServer(ThreadingHTTPServer):
    """Serves the feed (and records request lines), over TLS when given a context."""

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self.lines: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        if context is not None:
            self.socket = context.wrap_socket(self.socket, server_side=True)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: FeedServer

    def do_GET(self) -> None:
        self.server.lines.append(self.requestline)
        body = json.dumps(FEED).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/feed+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def tls_feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedServer]:
    """The feed over HTTPS as feeds.nordvik.example, its CA trusted by this process."""
    ca = trustme.CA()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    # A bundle requests would use alone where the OS trust store is not passed on
    # (proxied connections were once such a place): another CA's, so that would fail.
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other))
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(FEED_HOST).configure_cert(context)
    server = FeedServer(context)
    yield server
    server.stop()


@pytest.fixture
def plain_feed() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.stop()


@pytest.fixture
def it_proxy(tls_feed: FeedServer) -> Iterator[ForwardProxy]:
    server = ForwardProxy({FEED_HOST: tls_feed.port})
    yield server
    server.stop()


def managed_file(tmp_path: Path, document: dict[str, object]) -> Path:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.usefixtures("no_proxy_env")
def test_a_feed_sync_goes_through_the_proxy_it_sets(
    tls_feed: FeedServer,
    it_proxy: ForwardProxy,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = f"https://{FEED_HOST}/feed.json"
    config = managed_file(tmp_path, {"proxy": it_proxy.url, "feeds": [address]})
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(config))
    services = build_services(paths, clock)
    try:
        assert services.managed.problems == ()
        services.content.subscribe_managed_feeds()
        (result,) = services.content.sync(force=True)
        assert result.status == "updated", result
        assert [s.item.id for s in services.content.items()] == ["1"]
        # The app asked the proxy for a tunnel to the feed's host, by name.
        assert [(s.method, s.target) for s in it_proxy.seen] == [("CONNECT", f"{FEED_HOST}:443")]
        assert tls_feed.lines == ["GET /feed.json HTTP/1.1"]
        # "What my company can see" says a proxy relays the connections.
        assert services.profile.data_flows().proxy == it_proxy.url.removeprefix("http://")
    finally:
        services.db.close()


@pytest.mark.usefixtures("no_proxy_env")
def test_without_the_key_nothing_goes_through_it(
    plain_feed: FeedServer,
    it_proxy: ForwardProxy,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = f"http://127.0.0.1:{plain_feed.port}/feed.json"
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(managed_file(tmp_path, {"feeds": [address]})))
    services = build_services(paths, clock)
    try:
        assert proxy.current() is None
        services.content.subscribe_managed_feeds()
        (result,) = services.content.sync(force=True)
        assert result.status == "updated", result
        assert plain_feed.lines == ["GET /feed.json HTTP/1.1"]
        assert it_proxy.seen == []
        assert services.profile.data_flows().proxy is None
    finally:
        services.db.close()


@pytest.mark.usefixtures("no_proxy_env")
def test_loopback_never_goes_through_the_proxy(
    plain_feed: FeedServer, it_proxy: ForwardProxy
) -> None:
    proxy.use(ProxyRoute(it_proxy.url))
    for host in ("127.0.0.1", "localhost"):
        fetched = fetch(f"http://{host}:{plain_feed.port}/feed.json")
        assert fetched.status == 200
    with new_session() as session:
        assert session.get(f"http://127.0.0.1:{plain_feed.port}/x").status_code == 200
    assert it_proxy.seen == []
    assert len(plain_feed.lines) == 3


def test_it_proxy_replaces_the_environments(
    tls_feed: FeedServer, it_proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = ForwardProxy({FEED_HOST: tls_feed.port})
    try:
        monkeypatch.setenv("HTTPS_PROXY", system.url)
        monkeypatch.setenv("NO_PROXY", "")
        # Without IT's key: the system's proxy, as requests reads it.
        assert fetch(f"https://{FEED_HOST}/a.json").status == 200
        assert system.hosts() == [FEED_HOST] and it_proxy.seen == []
        # With it: IT's proxy, and the environment's is left alone.
        proxy.use(ProxyRoute(it_proxy.url))
        assert fetch(f"https://{FEED_HOST}/b.json").status == 200
        assert system.hosts() == [FEED_HOST] and it_proxy.hosts() == [FEED_HOST]
    finally:
        system.stop()


@pytest.mark.usefixtures("no_proxy_env")
def test_oauth_token_calls_go_through_it_too(plain_feed: FeedServer) -> None:
    relay = ForwardProxy({"sso.nordvik.example": plain_feed.port})
    try:
        proxy.use(ProxyRoute(relay.url))
        session = prepare_session(OAuth2Session(client_id="app"))
        answer = session.post(
            "http://sso.nordvik.example/token", data={"code": "c"}, withhold_token=True
        )
        assert answer.status_code == 200
        assert [(s.method, s.target) for s in relay.seen] == [
            ("POST", "http://sso.nordvik.example/token")
        ]
        assert plain_feed.lines == ["POST /token HTTP/1.1"]
    finally:
        relay.stop()
