"""Hostile sources, each synced before a good one: a clear refusal, the good one syncs.

Every input that found a bug is kept here, generated (never stored when large).
For each: the documented refusal, recorded on that source with its retry time and
named by its address; the other source still synced; nothing written outside the
app's data folders; no temporary file left in the cache.  The GUI's longest stall
while these sync is measured by benchmarks/gui_during_hostile_sync.py.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from advocate_desktop.feed import fetch as fetch_module
from advocate_desktop.feed.fetch import FetchError, FetchLimits, fetch
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from tests.peers.nginx import Nginx
from tests.peers.raw_http import RawServer, TrickleServer

pytestmark = pytest.mark.integration
DEPTH = 1_000_000


def demo_feed() -> dict[str, object]:
    feed = json.loads((demo_pack_dir() / "feed.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        item.pop("image", None)
        item.get("_advocacy", {}).pop("images", None)
    return feed


def deep_json() -> bytes:
    return (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": '
        + b"[" * DEPTH
        + b"]" * DEPTH
        + b"}"
    )


def surrogate_feed() -> bytes:
    feed = demo_feed()
    feed["items"] = feed["items"][:1]  # type: ignore[index]
    text = json.dumps(feed)
    title = json.dumps(feed["items"][0]["title"])  # type: ignore[index]
    return text.replace(title, '"Half a pair \\ud83d here"', 1).encode()


def pack(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr("feed.json", json.dumps(demo_feed()))
        for name, data in members.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


@dataclass
class Site:
    nginx: Nginx
    raw: list[RawServer]
    trickle: TrickleServer

    def redirect(self, location: str) -> str:
        server = RawServer(
            b"HTTP/1.1 302 Found\r\nLocation: " + location.encode() + b"\r\n"
            b"Content-Length: 0\r\nConnection: close\r\n\r\n"
        )
        self.raw.append(server)
        return server.url()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "www"
    root.mkdir()
    (root / "good.json").write_text(json.dumps(demo_feed()), encoding="utf-8")
    (root / "deep.json").write_bytes(deep_json())
    (root / "surrogate.json").write_bytes(surrogate_feed())
    (root / "case-clash.zip").write_bytes(pack({"media/A.png": b"1", "media/a.png": b"2"}))
    (root / "file-folder.zip").write_bytes(pack({"media/x": b"1", "media/x/y.png": b"2"}))
    (root / "long-name.zip").write_bytes(pack({"media/" + "n" * 300 + ".png": b"1"}))
    deep_policy = b'{"rules": ' + b"[" * DEPTH + b"]" * DEPTH + b"}"
    (root / "deep-policy.zip").write_bytes(pack({"policy.json": deep_policy}))
    server = Site(
        Nginx(root, tmp_path / "nginx"),
        [],
        TrickleServer(b"HTTP/1.1 200 OK\r\nX-Slow: ", interval=0.1),
    )
    yield server
    server.nginx.stop()
    server.trickle.stop()
    for raw in server.raw:
        raw.stop()


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(paths, clock)
    services.content.fetch_limits = FetchLimits(total_timeout=2.0, read_timeout=5.0)
    yield services
    services.db.close()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.exists() else set()


HOSTILE: dict[str, tuple[Callable[[Site], str], str]] = {
    "backslash before the host": (
        lambda s: f"http://remote.example\\@127.0.0.1:{s.nginx.port}/good.json",
        "contains a backslash",
    ),
    "user info before a loopback host": (
        lambda s: f"http://remote.example@127.0.0.1:{s.nginx.port}/good.json",
        "user name or password",
    ),
    "redirect to a backslash address": (
        lambda s: s.redirect(f"http://remote.example\\@127.0.0.1:{s.nginx.port}/good.json"),
        "contains a backslash",
    ),
    "redirect to plain HTTP elsewhere": (
        lambda s: s.redirect("http://remote.example/good.json"),
        "plain HTTP",
    ),
    "headers trickled a byte at a time": (
        lambda s: s.trickle.url(),
        "took longer than 2 s",
    ),
    "JSON nested a million deep": (lambda s: s.nginx.url("deep.json"), "nested too deeply"),
    "a lone surrogate in a title": (
        lambda s: s.nginx.url("surrogate.json"),
        "half of a UTF-16 pair",
    ),
    "member names differing in case": (lambda s: s.nginx.url("case-clash.zip"), "clashes with"),
    "a member that is a file and a folder": (
        lambda s: s.nginx.url("file-folder.zip"),
        "is a file and also a folder",
    ),
    "a member name too long to write": (
        lambda s: s.nginx.url("long-name.zip"),
        "cannot be written here",
    ),
    "policy.json nested a million deep": (
        lambda s: s.nginx.url("deep-policy.zip"),
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_source_is_refused_and_the_others_sync(
    case: str, site: Site, services: AppServices, paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    address, refusal = HOSTILE[case]
    url = address(site)
    services.content.repo.subscribe(url, clock.now(), managed=True)  # as IT's list would
    services.content.repo.subscribe(site.nginx.url("good.json"), clock.now())
    before = files_under(tmp_path) - files_under(paths.cache_dir) - files_under(paths.data_dir)

    results = {r.location: r for r in services.content.sync(force=True)}

    hostile, good = results[url], results[site.nginx.url("good.json")]
    assert hostile.status == "failed", hostile
    assert refusal in hostile.problem
    assert good.status == "updated" and good.items == 10
    row = next(s for s in services.content.repo.sources() if s.location == url)
    assert row.last_error == hostile.problem and row.next_attempt_at is not None
    assert str(paths.cache_dir) not in hostile.problem and "/tmp" not in hostile.problem
    after = files_under(tmp_path) - files_under(paths.cache_dir) - files_under(paths.data_dir)
    written = {p for p in after - before if site.nginx.root not in p.parents}
    assert not {p for p in written if "nginx" not in p.parts}, written
    leftovers = [
        p for p in files_under(paths.media_cache) if p.name.startswith(".") or p.suffix == ".zip"
    ]
    assert not leftovers


def test_the_connection_itself_refuses_plain_http_to_a_remote_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the address check out of the way, the connection layer still refuses.

    The hook records every host a plain-HTTP connection was about to open; a socket
    to anything but loopback is refused before it is created, so no traffic leaves.
    """
    import urllib3.util.connection

    targets: list[str] = []
    sockets: list[tuple[str, int]] = []
    allowed = fetch_module.plain_http_target_allowed
    opened = urllib3.util.connection.create_connection

    def record(host: str) -> bool:
        targets.append(host)
        return allowed(host)

    def loopback_only(address: tuple[str, int], *args: object, **kwargs: object) -> object:
        sockets.append(address)
        assert fetch_module.is_loopback(address[0]), f"a socket to {address} was opened"
        return opened(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fetch_module, "plain_http_target_allowed", record)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", loopback_only)
    monkeypatch.setattr(fetch_module, "check_url", lambda url: None)
    with pytest.raises(FetchError) as caught:
        fetch("http://remote.example\\@127.0.0.1:9/feed.json")
    assert caught.value.code == "insecure_url"
    assert targets == ["remote.example"]  # urllib3's reading, not urlsplit's 127.0.0.1
    assert sockets == []


def test_every_redirect_hop_is_checked_on_the_host_urllib3_reads(site: Site) -> None:
    first = site.redirect(site.redirect(f"http://evil.example\\@127.0.0.1:{site.nginx.port}/x"))
    with pytest.raises(FetchError) as caught:
        fetch(first)
    assert caught.value.code == "bad_url" and "backslash" in caught.value.message


def test_a_cancel_cuts_a_download_held_by_trickled_headers(site: Site) -> None:
    import threading
    import time

    from advocate_desktop.feed.cancel import Cancel

    cancel = Cancel()
    outcome: list[BaseException] = []

    def download() -> None:
        try:
            fetch(site.trickle.url(), cancel=cancel)
        except FetchError as error:
            outcome.append(error)

    worker = threading.Thread(target=download)
    worker.start()
    while not site.trickle.requests:
        time.sleep(0.02)
    time.sleep(0.3)
    cancel.cancel()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert isinstance(outcome[0], FetchError) and outcome[0].code == "cancelled"
    with pytest.raises(FetchError) as caught:  # a cancelled sync starts nothing new
        fetch(site.nginx.url("good.json"), cancel=cancel)
    assert caught.value.code == "cancelled"
