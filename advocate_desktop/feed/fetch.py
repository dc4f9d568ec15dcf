"""Downloads a feed or a pack: conditional, capped, time-limited, HTTPS only.

- ``If-None-Match`` / ``If-Modified-Since`` from the last good response; 304 is cheap.
- gzip is accepted; the size cap (20 MB by default) applies to the decoded bytes,
  so a compressed bomb stops at the cap.
- One total deadline covers connecting, the headers and the body: a watchdog
  shuts the connection's socket when it passes, so a server trickling its headers
  a byte at a time cannot hold the sync.  :class:`Cancel` does the same on demand
  (quitting the app).
- Redirects are followed by hand (at most five), each hop checked: no loops, no
  step down from HTTPS to HTTP.  Plain HTTP is allowed only for loopback hosts.
  Addresses are read with urllib3's own parser, the one that decides where the
  connection goes, and addresses with a backslash or user info are refused; the
  connection itself checks once more that plain HTTP goes to loopback only.
- The session is the app's one HTTP layer (:mod:`advocate_desktop.http`):
  certificates are checked against the operating system's trust store
  (``truststore``), so corporate TLS inspection works; proxies come from the
  environment or the system, as ``requests`` reads them (never for loopback).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import requests
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util import Url, parse_url

from advocate_desktop import http
from advocate_desktop.feed.cancel import Cancel, Watch

ACCEPT = (
    "application/feed+json, application/json;q=0.9, application/zip;q=0.9, "
    "application/atom+xml;q=0.8, application/rss+xml;q=0.8, text/xml;q=0.5, */*;q=0.1"
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# requests drops proxies given as None, so these keys switch the environment's off.
NO_PROXY: dict[str, Any] = {"http": None, "https": None, "all": None}


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 20 * 1024 * 1024
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    status: int  # 200 or 304
    body: bytes
    url: str  # after redirects
    etag: str | None
    last_modified: str | None
    content_type: str


class FetchError(Exception):
    """A download that gave nothing usable.  ``code`` is stable; ``transient`` says retry."""

    def __init__(self, code: str, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.transient = transient


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_address(url: str) -> Url:
    """The address as urllib3 will connect to it, or :class:`FetchError`.

    ``urlsplit`` and urllib3 disagree on addresses such as
    ``http://remote.example\\@127.0.0.1/`` (one sees the host 127.0.0.1, the
    other remote.example), so the decision is made on urllib3's reading, and
    addresses that could be read two ways are refused outright.
    """
    if "\\" in url:
        raise FetchError("bad_url", f"{url!r} contains a backslash", transient=False)
    if any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):
        raise FetchError(
            "bad_url", f"{url!r} contains spaces or control characters", transient=False
        )
    try:
        parts = parse_url(url)
    except (urllib3.exceptions.LocationParseError, ValueError):
        raise FetchError("bad_url", f"{url!r} is not a valid address", transient=False) from None
    if parts.auth is not None or "@" in (parts.netloc or ""):
        raise FetchError(
            "bad_url",
            f"{url!r} contains a user name or password; content addresses never do",
            transient=False,
        )
    return parts


def check_url(url: str) -> None:
    parts = parse_address(url)
    scheme = (parts.scheme or "").lower()
    if scheme == "https" and parts.host:
        return
    if scheme == "http" and parts.host and is_loopback(parts.host):
        return
    if scheme == "http":
        raise FetchError(
            "insecure_url",
            f"{url} is plain HTTP; content is accepted over HTTPS only",
            transient=False,
        )
    raise FetchError("bad_url", f"{url!r} is not an https:// address", transient=False)


def host_of(url: str) -> str:
    """The host to name in a message (urllib3's reading of the address)."""
    try:
        return parse_url(url).host or url
    except (urllib3.exceptions.LocationParseError, ValueError):
        return url


_current = threading.local()


class PlainHttpRefused(Exception):
    """The connection layer's own refusal of plain HTTP to a host that is not loopback.

    Not a urllib3 or OS error, so no layer in between retries or rewraps it."""

    def __init__(self, host: str) -> None:
        super().__init__(f"plain HTTP to {host} refused: loopback only")
        self.host = host


def plain_http_target_allowed(host: str) -> bool:
    """The last check, on the host the connection is about to open (tests record it)."""
    return is_loopback(host)


class _GuardedHTTPConnection(HTTPConnection):
    """Plain HTTP: opens sockets to loopback only, and hands them to the fetch's watch."""

    def _new_conn(self) -> socket.socket:
        if not plain_http_target_allowed(self.host):
            raise PlainHttpRefused(self.host)
        sock = super()._new_conn()
        try:
            peer = sock.getpeername()[0]
        except OSError:
            peer = ""
        if not is_loopback(str(peer)):
            sock.close()
            raise PlainHttpRefused(f"{self.host} ({peer})")
        _watch_socket(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # a kept-alive connection: watched by this fetch too
            _watch_socket(self.sock)
        super().request(*args, **kwargs)


class WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch_socket(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:
            _watch_socket(self.sock)
        super().request(*args, **kwargs)


def _watch_socket(sock: socket.socket) -> None:
    watch: Watch | None = getattr(_current, "watch", None)
    if watch is not None:
        watch.add(sock)


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = WatchedHTTPSConnection


_POOLS = {"http": _GuardedHTTPPool, "https": WatchedHTTPSPool}


def new_session() -> requests.Session:
    """The shared session (:mod:`advocate_desktop.http`) with the guarded connections."""
    return http.new_session(
        headers={"Accept": ACCEPT, "Accept-Encoding": "gzip"}, pool_classes=_POOLS
    )


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    session: requests.Session | None = None,
    limits: FetchLimits | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    cancel: Cancel | None = None,
) -> Fetched:
    """Download ``url`` within ``limits``; :class:`FetchError` for anything unusable.

    The total deadline is enforced twice: by a watchdog that shuts the socket when
    it passes (a server trickling its headers), and between received chunks.
    ``cancel`` stops the download from another thread.
    """
    limits = limits or FetchLimits()
    own_session = session is None
    session = session or new_session()
    deadline = monotonic() + limits.total_timeout
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    watch = Watch()
    watchdog = threading.Timer(limits.total_timeout, watch.abort, ("deadline",))
    watchdog.daemon = True
    if cancel is not None:
        cancel.attach(watch)
    previous = getattr(_current, "watch", None)
    _current.watch = watch
    watchdog.start()
    try:
        try:
            fetched = _follow(session, url, headers, limits, deadline, monotonic)
        except FetchError as error:
            raise _stopped(watch, url, limits) or error from None
        # A socket shut mid-answer can look like a short, complete one: never use it.
        stopped = _stopped(watch, url, limits)
        if stopped is not None:
            raise stopped
        return fetched
    finally:
        watchdog.cancel()
        _current.watch = previous
        if cancel is not None:
            cancel.detach(watch)
        if own_session:
            session.close()


def _stopped(watch: Watch, url: str, limits: FetchLimits) -> FetchError | None:
    """Why the watch cut the download, if it did."""
    if watch.reason == "cancelled":
        return FetchError("cancelled", "the download was stopped", transient=True)
    if watch.reason == "deadline":
        return FetchError(
            "timeout",
            f"{host_of(url)} took longer than {limits.total_timeout:g} s to send the content",
            transient=True,
        )
    return None


def _follow(
    session: requests.Session,
    url: str,
    headers: dict[str, str],
    limits: FetchLimits,
    deadline: float,
    monotonic: Callable[[], float],
) -> Fetched:
    seen = set()
    current = url
    for _hop in range(limits.max_redirects + 1):
        check_url(current)
        if current in seen:
            raise FetchError("redirect_loop", f"{url} redirects in a loop", transient=False)
        seen.add(current)
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise FetchError("timeout", f"{host_of(url)} took too long", transient=True)
        response = _get(session, current, headers, limits, remaining)
        with response:
            if response.status_code in REDIRECTS and "Location" in response.headers:
                target = urljoin(current, response.headers["Location"])
                scheme = (parse_address(target).scheme or "").lower()
                if (parse_url(current).scheme or "").lower() == "https" and scheme != "https":
                    raise FetchError(
                        "insecure_url",
                        f"{current} redirects to plain HTTP ({target})",
                        transient=False,
                    )
                current = target
                continue
            return _read(response, current, limits, deadline, monotonic)
    raise FetchError(
        "too_many_redirects",
        f"{url} redirects more than {limits.max_redirects} times",
        transient=False,
    )


def _get(
    session: requests.Session,
    url: str,
    headers: dict[str, str],
    limits: FetchLimits,
    remaining: float,
) -> requests.Response:
    host = host_of(url)
    try:
        return session.get(
            url,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(min(limits.connect_timeout, remaining), min(limits.read_timeout, remaining)),
            # A loopback server is on this computer: never send its traffic to a proxy.
            proxies=dict(NO_PROXY) if is_loopback(host) else None,
        )
    except requests.exceptions.SSLError as error:
        raise FetchError(
            "tls", f"the secure connection to {host} failed: {_reason(error)}", transient=True
        ) from None
    except requests.exceptions.Timeout:
        raise FetchError("timeout", f"{host} did not answer in time", transient=True) from None
    except PlainHttpRefused as refused:
        raise FetchError(
            "insecure_url",
            f"plain HTTP to {refused.host} was refused; content is accepted over HTTPS only",
            transient=False,
        ) from None
    except requests.exceptions.RequestException as error:
        raise FetchError(
            "network", f"cannot reach {host}: {_reason(error)}", transient=True
        ) from None


def _read(
    response: requests.Response,
    url: str,
    limits: FetchLimits,
    deadline: float,
    monotonic: Callable[[], float],
) -> Fetched:
    status = response.status_code
    if status == 304:
        return Fetched(
            304, b"", url, response.headers.get("ETag"), response.headers.get("Last-Modified"), ""
        )
    if status != 200:
        transient = status >= 500 or status in (408, 429)
        raise FetchError(
            "http_status",
            f"the server answered {status} {response.reason or ''}".rstrip(),
            transient=transient,
        )
    declared = response.headers.get("Content-Length")
    encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
    if declared and declared.isdigit() and not encoded and int(declared) > limits.max_bytes:
        raise FetchError("too_large", _too_large(limits), transient=False)
    chunks = []
    total = 0
    try:
        # read1 returns what one receive brings, so the deadline is checked on every
        # packet: a server trickling a byte at a time cannot hold the sync open.
        while chunk := response.raw.read1(65536, decode_content=True):
            total += len(chunk)
            if total > limits.max_bytes:
                raise FetchError("too_large", _too_large(limits), transient=False)
            if monotonic() > deadline:
                raise FetchError(
                    "timeout", f"{host_of(url)} took too long to send the content", transient=True
                )
            chunks.append(chunk)
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead):
        raise FetchError(
            "truncated", "the download was cut off before the end", transient=True
        ) from None
    except urllib3.exceptions.DecodeError:
        raise FetchError(
            "bad_encoding", "the server sent damaged compressed data", transient=True
        ) from None
    except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
        raise FetchError("timeout", f"{host_of(url)} stopped sending", transient=True) from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise FetchError(
            "network", f"the download failed: {_reason(error)}", transient=True
        ) from None
    body = b"".join(chunks)
    if declared and declared.isdigit() and not encoded and len(body) < int(declared):
        raise FetchError("truncated", "the download was cut off before the end", transient=True)
    return Fetched(
        200,
        body,
        url,
        response.headers.get("ETag"),
        response.headers.get("Last-Modified"),
        response.headers.get("Content-Type", ""),
    )


def _too_large(limits: FetchLimits) -> str:
    return f"the download is larger than {limits.max_bytes // (1024 * 1024)} MB"


def _reason(error: Exception) -> str:
    text = str(error)
    return text if len(text) <= 200 else text[:200] + "…"
