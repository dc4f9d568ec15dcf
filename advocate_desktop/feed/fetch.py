"""Downloads a feed or a pack: conditional, capped, time-limited, HTTPS only.

- ``If-None-Match`` / ``If-Modified-Since`` from the last good response; 304 is cheap.
- gzip is accepted; the size cap (20 MB by default) applies to the decoded bytes,
  so a compressed bomb stops at the cap.
- Connect and read timeouts, and a total deadline against servers that trickle.
- Redirects are followed by hand (at most five), each hop checked: no loops, no
  step down from HTTPS to HTTP.  Plain HTTP is allowed only for loopback hosts.
- Certificates are checked against the operating system's trust store
  (``truststore``), so corporate TLS inspection works; proxies come from the
  environment or the system, as ``requests`` reads them.
"""

from __future__ import annotations

import ipaddress
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from advocate_desktop import __version__

USER_AGENT = f"AdvocateDesktop/{__version__} (+https://advocate-desktop.org)"
ACCEPT = (
    "application/feed+json, application/json;q=0.9, application/zip;q=0.9, "
    "application/atom+xml;q=0.8, application/rss+xml;q=0.8, text/xml;q=0.5, */*;q=0.1"
)
REDIRECTS = frozenset({301, 302, 303, 307, 308})


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


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return
    if parts.scheme == "http":
        raise FetchError(
            "insecure_url",
            f"{url} is plain HTTP; content is accepted over HTTPS only",
            transient=False,
        )
    raise FetchError("bad_url", f"{url!r} is not an https:// address", transient=False)


class _SystemTrustAdapter(HTTPAdapter):
    """Verifies certificates with the operating system's trust store."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        import truststore

        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)


def new_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", _SystemTrustAdapter())
    session.headers.update({"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"})
    return session


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    session: requests.Session | None = None,
    limits: FetchLimits | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> Fetched:
    limits = limits or FetchLimits()
    own_session = session is None
    session = session or new_session()
    deadline = monotonic() + limits.total_timeout
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    seen = set()
    try:
        current = url
        for _hop in range(limits.max_redirects + 1):
            check_url(current)
            if current in seen:
                raise FetchError("redirect_loop", f"{url} redirects in a loop", transient=False)
            seen.add(current)
            response = _get(session, current, headers, limits)
            with response:
                if response.status_code in REDIRECTS and "Location" in response.headers:
                    target = urljoin(current, response.headers["Location"])
                    if urlsplit(current).scheme == "https" and urlsplit(target).scheme != "https":
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
    finally:
        if own_session:
            session.close()


def _get(
    session: requests.Session, url: str, headers: dict[str, str], limits: FetchLimits
) -> requests.Response:
    try:
        return session.get(
            url,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(limits.connect_timeout, limits.read_timeout),
        )
    except requests.exceptions.SSLError as error:
        raise FetchError(
            "tls",
            f"the secure connection to {urlsplit(url).hostname} failed: {_reason(error)}",
            transient=True,
        ) from None
    except requests.exceptions.Timeout:
        raise FetchError(
            "timeout", f"{urlsplit(url).hostname} did not answer in time", transient=True
        ) from None
    except requests.exceptions.RequestException as error:
        raise FetchError(
            "network", f"cannot reach {urlsplit(url).hostname}: {_reason(error)}", transient=True
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
                raise FetchError("timeout", "the download took too long", transient=True)
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
        raise FetchError("timeout", "the server stopped sending", transient=True) from None
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
