"""One Mastodon server over plain ``requests``: addresses, timeouts, answers read once.

Why not Mastodon.py: it turns every transport failure into one
``MastodonNetworkError``, so a post that surely did not leave (connection refused)
cannot be told from one that left and got no answer (read timeout).  That
difference decides between "retry" and "ask before posting twice".  It also has no
PKCE.  The seven endpoints used here are simple JSON over HTTP.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from advocate_desktop.http import Timeouts as SessionTimeouts
from advocate_desktop.http import new_session
from advocate_desktop.networks.mastodon.errors import (
    MastodonError,
    error_for_status,
    error_for_transport,
    is_html,
)


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0
    #: Uploading an image of several megabytes on a slow uplink takes longer.
    upload_read: float = 120.0
    #: How long to wait for the server to process an uploaded image.
    media_processing: float = 60.0
    poll_interval: float = 1.0


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url_from(address: str) -> str:
    """``https://host[:port]`` from what an employee types.

    Accepts ``mastodon.social``, ``https://mastodon.social/@me``, ``@me@mastodon.social``
    and ``me@mastodon.social``.  HTTPS only, except plain HTTP to this computer (tests).
    """
    text = address.strip()
    if not text:
        raise MastodonError("bad_address", "empty")
    if "://" not in text:
        if "@" in text.lstrip("@"):
            text = text.lstrip("@").rsplit("@", 1)[1]
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port = parts.port
    except ValueError:
        raise MastodonError("bad_address", address) from None
    if not host or " " in text or ("." not in host and not _is_loopback(host)):
        raise MastodonError("bad_address", address)
    if parts.scheme == "http" and not _is_loopback(host):
        raise MastodonError("bad_address", f"{address}: only https:// addresses are accepted")
    if parts.scheme not in ("http", "https"):
        raise MastodonError("bad_address", address)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc.lower()}"


class MastodonApi:
    """Requests to one server; raises :class:`MastodonError` for every failure."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
        token: Callable[[], str | None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.host = urlsplit(self.base_url).netloc
        self.timeouts = timeouts or Timeouts()
        self.session = session or new_session(
            timeouts=SessionTimeouts(self.timeouts.connect, self.timeouts.read)
        )
        self._token = token

    def _headers(self, auth: bool, extra: Mapping[str, str] | None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if auth:
            token = self._token() if self._token else None
            if not token:
                raise MastodonError("sign_in_again", "no access token is stored for the account")
            headers["Authorization"] = f"Bearer {token}"
        headers.update(extra or {})
        return headers

    def send(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        data: Mapping[str, str] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        read_timeout: float | None = None,
        sent_post: bool = False,
    ) -> requests.Response:
        """One exchange; a 2xx response, else :class:`MastodonError`.

        ``sent_post``: this is the request that creates the post, so an exchange that
        fails after sending means ``unknown_outcome``, not "try again".
        """
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                params=params,
                json=json_body,
                data=data,
                files=files,
                headers=self._headers(auth, headers),
                timeout=(self.timeouts.connect, read_timeout or self.timeouts.read),
                allow_redirects=False,
            )
        except requests.RequestException as error:
            raise error_for_transport(error, self.host, sent_post=sent_post) from None
        if 300 <= response.status_code < 400:
            # An API never redirects; a login page or a web site in front of it does.
            raise MastodonError(
                "not_mastodon", f"{path} redirects to {response.headers.get('Location', '?')}"
            )
        if not 200 <= response.status_code < 300:
            raise error_for_status(response, sent_post=sent_post)
        return response

    def json(self, response: requests.Response, *, sent_post: bool = False) -> Any:
        """The body of a 2xx answer as JSON; an HTML page means this is no Mastodon API."""
        try:
            return response.json()
        except ValueError:
            if sent_post:
                raise MastodonError(
                    "unknown_outcome", "the server accepted the post but its answer is unreadable"
                ) from None
            if is_html(response):
                raise MastodonError(
                    "not_mastodon",
                    f"{response.request.path_url} answered with a web page, not Mastodon's API",
                ) from None
            raise MastodonError(
                "bad_response", f"{response.request.path_url} answered with something not JSON"
            ) from None

    def get(self, path: str, *, auth: bool = True, params: Mapping[str, str] | None = None) -> Any:
        return self.json(self.send("GET", path, auth=auth, params=params))

    def object(self, path: str, value: Any) -> dict[str, Any]:
        """``value`` when it is a JSON object, else ``bad_response`` naming ``path``."""
        if not isinstance(value, dict):
            raise MastodonError("bad_response", f"{path} did not answer with an object")
        return value


def text_field(data: Mapping[str, Any], key: str, *, what: str) -> str:
    value = data.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value:
        raise MastodonError("bad_response", f"{what} has no {key!r}")
    return value
