"""The one HTTP layer: the ``requests`` session feeds and publishers both talk through.

Every session :func:`new_session` makes

- checks certificates against the operating system's trust store (``truststore``),
  so a company's TLS inspection works as it does in the browser;
- goes through IT's proxy when the managed configuration names one
  (:mod:`advocate_desktop.proxy`: never for loopback, nor for the hosts IT lists to
  bypass it); without one, takes proxies from the environment (``HTTPS_PROXY``,
  ``NO_PROXY``…) as ``requests`` reads them;
- names the app and its version in the ``User-Agent``;
- gives up on a request that sets no timeout of its own after
  :attr:`Timeouts.connect` seconds to connect and :attr:`Timeouts.read` seconds
  between bytes of the answer, so no caller can wait for ever by forgetting one.

Feeds add their own guards on top (:mod:`advocate_desktop.feed.fetch`: connection
classes that allow plain HTTP to loopback only, a total deadline); publishers use
the session as it is.  :func:`retry_at_from_headers` reads every rate-limit header a
network sends, once, for all of them.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from advocate_desktop import __version__
from advocate_desktop import proxy as it_proxy

USER_AGENT = f"AdvocateDesktop/{__version__} (+https://advocate-desktop.org)"


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection, and for the next bytes of an answer."""

    connect: float = 10.0
    read: float = 30.0

    def pair(self) -> tuple[float, float]:
        """As ``requests`` takes them."""
        return (self.connect, self.read)


DEFAULT_TIMEOUTS = Timeouts()


class SystemTrustAdapter(HTTPAdapter):
    """Checks certificates with the OS trust store; applies the default timeouts.

    ``pool_classes`` replaces urllib3's connection pools by scheme (the feed's guarded
    connections); they are kept for proxied connections too, except through SOCKS.
    """

    def __init__(
        self,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        pool_classes: Mapping[str, type] | None = None,
    ) -> None:
        self.timeouts = timeouts
        self._pool_classes = dict(pool_classes) if pool_classes else None
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        import truststore

        self._ssl_context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(*args, **kwargs)
        if self._pool_classes:
            self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if not proxy.lower().startswith("socks"):
            # requests gives a proxy's connections none of the pool manager's settings:
            # without these, a server behind a proxy (and an https:// proxy itself) would
            # be checked against certifi's list instead of the OS trust store, and a
            # company's TLS-inspecting proxy would fail where the browser works.
            proxy_kwargs.setdefault("ssl_context", self._ssl_context)
            proxy_kwargs.setdefault("proxy_ssl_context", self._ssl_context)
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if self._pool_classes and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(self._pool_classes)
        return manager

    def send(  # type: ignore[override,unused-ignore]
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeouts.pair()
        route = it_proxy.current()
        if route is not None:
            # IT's proxy replaces whatever the environment said, for each request (and
            # each redirect hop): loopback and IT's bypass list go direct.
            address = route.proxy_for(request.url or "")
            kwargs["proxies"] = {"http": address, "https": address} if address else {}
        return super().send(request, *args, **kwargs)


def prepare_session(
    session: requests.Session,
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    pool_classes: Mapping[str, type] | None = None,
) -> requests.Session:
    """Give ``session`` (a plain one, or authlib's OAuth2Session) the app's choices."""
    adapter = SystemTrustAdapter(timeouts, pool_classes)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def new_session(
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    headers: Mapping[str, str] | None = None,
    pool_classes: Mapping[str, type] | None = None,
) -> requests.Session:
    """A session with the OS trust store, environment proxies, User-Agent and timeouts."""
    session = prepare_session(requests.Session(), timeouts=timeouts, pool_classes=pool_classes)
    if headers:
        session.headers.update(headers)
    return session


# -- rate limits ---------------------------------------------------------------------

_RESET_HEADERS = ("x-ratelimit-reset", "ratelimit-reset", "x-rate-limit-reset")


def rate_limit_reset(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """The time an answer says to come back, as written (it may be past): ``Retry-After``
    (seconds or an HTTP date), else a rate-limit reset header (Mastodon's ISO 8601
    ``X-RateLimit-Reset``, or seconds as Bluesky's ``RateLimit-Reset`` and X's
    ``x-rate-limit-reset`` send: Unix time, or seconds from now when small).
    None when no header says anything usable."""
    lowered = {key.lower(): value.strip() for key, value in headers.items()}
    found: datetime | None = None
    retry_after = lowered.get("retry-after", "")
    if retry_after.isdigit():
        found = now + timedelta(seconds=int(retry_after))
    elif retry_after:
        try:
            found = parsedate_to_datetime(retry_after)
        except (TypeError, ValueError, IndexError):
            found = None
    if found is None:
        for name in _RESET_HEADERS:
            value = lowered.get(name, "")
            if not value:
                continue
            if value.isdigit():
                number = int(value)
                # Small numbers are seconds from now, large ones Unix time.
                found = (
                    now + timedelta(seconds=number)
                    if number < 10**9
                    else datetime.fromtimestamp(number, UTC)
                )
            else:
                try:
                    found = datetime.fromisoformat(value.replace("Z", "+00:00"))
                except ValueError:
                    continue
            break
    if found is None or found.tzinfo is None:
        return None
    return found.astimezone(UTC)


def retry_at_from_headers(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When a 429 says to come back (see :func:`rate_limit_reset`); None when no header
    says anything usable, or the time is already past."""
    found = rate_limit_reset(headers, now)
    if found is None or found <= now:
        return None
    return found
