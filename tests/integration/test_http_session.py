"""The one HTTP session against servers on loopback: User-Agent, timeouts, proxies."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
import truststore

from advocate_desktop import __version__, http
from advocate_desktop.http import SystemTrustAdapter, Timeouts, new_session
from tests.peers.raw_http import RawServer

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]


class Recorder(ThreadingHTTPServer):
    """Answers every GET with 200 and notes its request line and headers."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, str]]] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def do_GET(self) -> None:
        self.server.seen.append((self.requestline, dict(self.headers.items())))
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.stop()


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.usefixtures("no_proxy_env")
def test_every_request_names_the_app_and_its_version(recorder: Recorder) -> None:
    with new_session(headers={"Accept": "application/json"}) as session:
        assert session.get(f"{recorder.url}/a").text == "ok"
    ((line, headers),) = recorder.seen
    assert line == "GET /a HTTP/1.1"
    assert headers["User-Agent"] == http.USER_AGENT
    assert headers["User-Agent"].startswith(f"AdvocateDesktop/{__version__} ")
    assert headers["Accept"] == "application/json"


@pytest.mark.usefixtures("no_proxy_env")
def test_a_server_that_never_answers_times_out_without_a_timeout_in_the_call() -> None:
    silent = RawServer(None, hold_seconds=30)
    try:
        with (
            new_session(timeouts=Timeouts(connect=2.0, read=0.3)) as session,
            pytest.raises(requests.ReadTimeout),
        ):
            session.get(silent.url("x"))
    finally:
        silent.stop()


@pytest.mark.usefixtures("no_proxy_env")
def test_a_timeout_given_by_the_caller_wins() -> None:
    silent = RawServer(None, hold_seconds=30)
    try:
        # The session would wait 30 s; the call's own 0.3 s read timeout applies.
        with (
            new_session(timeouts=Timeouts(connect=2.0, read=30.0)) as session,
            pytest.raises(requests.ReadTimeout),
        ):
            session.get(silent.url("x"), timeout=(2.0, 0.3))
    finally:
        silent.stop()


def test_the_proxy_from_the_environment_is_used(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch, no_proxy_env: None
) -> None:
    proxy = Recorder()
    try:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with new_session() as session:
            session.get(f"{recorder.url}/through")
        # The proxy got the request in absolute form; the target saw nothing.
        ((line, headers),) = proxy.seen
        assert line == f"GET {recorder.url}/through HTTP/1.1"
        assert headers["User-Agent"] == http.USER_AGENT
        assert recorder.seen == []

        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with new_session() as session:
            session.get(f"{recorder.url}/direct")
        assert [line for line, _ in recorder.seen] == ["GET /direct HTTP/1.1"]
        assert len(proxy.seen) == 1
    finally:
        proxy.stop()


def test_https_is_checked_against_the_systems_trust_store() -> None:
    with new_session() as session:
        adapter = session.get_adapter("https://example.invalid/")
        assert isinstance(adapter, SystemTrustAdapter)
        context = adapter.poolmanager.connection_pool_kw["ssl_context"]
        assert isinstance(context, truststore.SSLContext)
