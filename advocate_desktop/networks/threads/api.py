"""The Threads API calls the app makes, over plain ``requests``.

- sign-in: ``GET /me?fields=id,username``; the long-lived token
  (``GET /access_token?grant_type=th_exchange_token``, with the app secret) and its
  refresh (``GET /refresh_access_token?grant_type=th_refresh_token``, no secret);
- publishing: ``POST /{user-id}/threads`` makes a container, ``GET /{container-id}
  ?fields=status,error_message`` says when it is ready, ``POST /{user-id}/threads_publish``
  publishes it, ``GET /{media-id}?fields=permalink`` names the new post's page;
- reading back: ``GET /{user-id}/threads`` lists the account's own posts.

Calls on the API take the token in an ``Authorization: Bearer`` header; only the two
token endpoints take it in the query string, as Meta documents them, so no error text
here ever repeats a request's address.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests

from advocate_desktop.http import DEFAULT_TIMEOUTS, Timeouts, new_session
from advocate_desktop.networks.base import AccountConfigError

from .errors import ThreadsError, error_for_status, error_for_transport


@dataclass(frozen=True)
class Endpoints:
    """Where Threads answers (tests point these at a loopback server)."""

    graph: str = "https://graph.threads.net"
    authorize_url: str = "https://threads.net/oauth/authorize"
    version: str = "v1.0"

    @property
    def token_url(self) -> str:
        return f"{self.graph}/oauth/access_token"

    @property
    def exchange_url(self) -> str:
        return f"{self.graph}/access_token"

    @property
    def refresh_url(self) -> str:
        return f"{self.graph}/refresh_access_token"

    def api(self, path: str) -> str:
        return f"{self.graph}/{self.version}/{path}"


#: Meta's own addresses.  The connector reads this when a sign-in starts; an account
#: keeps the address it was signed in with (``graph`` in its configuration).
ENDPOINTS = Endpoints()


def endpoints_for(config: Mapping[str, Any]) -> Endpoints:
    """The addresses an account was signed in with (``graph`` in its configuration):
    https, or plain http on this computer's loopback address (the tests' server)."""
    from urllib.parse import urlsplit

    graph = config.get("graph", ENDPOINTS.graph)
    if not isinstance(graph, str):
        raise AccountConfigError("the account's Threads address is not text")
    try:
        parts = urlsplit(graph)
        host = parts.hostname
    except ValueError:
        raise AccountConfigError("the account's Threads address cannot be read") from None
    if not host or not (
        parts.scheme == "https" or (parts.scheme == "http" and host == "127.0.0.1")
    ):
        raise AccountConfigError("the account's Threads address is not https")
    graph = graph.rstrip("/")
    if graph == ENDPOINTS.graph:
        return ENDPOINTS
    return Endpoints(graph=graph, authorize_url=ENDPOINTS.authorize_url)


#: The permissions the app asks for: reading the profile, publishing.
SCOPE = "threads_basic,threads_content_publish"


@dataclass(frozen=True)
class IssuedToken:
    access_token: str = field(repr=False)
    #: Seconds it lasts from now, when Threads said.
    expires_in: int | None


@dataclass(frozen=True)
class ThreadsPost:
    id: str
    text: str
    permalink: str
    timestamp: datetime | None


class ThreadsApi:
    def __init__(
        self,
        endpoints: Endpoints = ENDPOINTS,
        *,
        session: requests.Session | None = None,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
    ) -> None:
        self.endpoints = endpoints
        self.session = session or new_session(timeouts=timeouts)
        self.timeouts = timeouts

    def close(self) -> None:
        self.session.close()

    # -- tokens ---------------------------------------------------------------
    def exchange_long_lived(self, short_token: str, client_secret: str) -> IssuedToken:
        """A 60-day token for a one-hour one, with the app's secret."""
        body = self._call(
            "GET",
            self.endpoints.exchange_url,
            params={
                "grant_type": "th_exchange_token",
                "client_secret": client_secret,
                "access_token": short_token,
            },
        )
        return issued_token(body)

    def exchange_through(self, url: str, short_token: str, client_id: str) -> IssuedToken:
        """The same through the company's token-exchange service, which adds the secret."""
        body = self._call(
            "POST",
            url,
            data={
                "grant_type": "th_exchange_token",
                "access_token": short_token,
                "client_id": client_id,
            },
        )
        return issued_token(body)

    def refresh(self, token: str) -> IssuedToken:
        """A fresh 60-day token for one at least a day old that has not expired."""
        body = self._call(
            "GET",
            self.endpoints.refresh_url,
            params={"grant_type": "th_refresh_token", "access_token": token},
        )
        return issued_token(body)

    # -- the account ----------------------------------------------------------
    def me(self, token: str) -> tuple[str, str]:
        """The signed-in account's id and username."""
        body = self._call(
            "GET", self.endpoints.api("me"), token=token, params={"fields": "id,username"}
        )
        user_id = body.get("id")
        username = body.get("username")
        if not isinstance(user_id, str) or not user_id:
            raise ThreadsError("bad_response", "the profile has no id")
        return user_id, username if isinstance(username, str) else ""

    def recent_posts(self, token: str, user_id: str, since: datetime) -> list[ThreadsPost]:
        """The account's own posts since ``since`` (newest first, one page)."""
        body = self._call(
            "GET",
            self.endpoints.api(f"{user_id}/threads"),
            token=token,
            params={
                "fields": "id,text,permalink,timestamp,media_type",
                "since": str(int(since.timestamp())),
                "limit": "50",
            },
        )
        data = body.get("data")
        if not isinstance(data, list):
            raise ThreadsError("bad_response", "the list of posts has no data")
        posts = []
        for entry in data:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            text = entry.get("text")
            link = entry.get("permalink")
            posts.append(
                ThreadsPost(
                    entry["id"],
                    text if isinstance(text, str) else "",
                    link if isinstance(link, str) else "",
                    _timestamp(entry.get("timestamp")),
                )
            )
        return posts

    # -- publishing -----------------------------------------------------------
    def create_container(self, token: str, user_id: str, fields: Mapping[str, str]) -> str:
        body = self._call(
            "POST", self.endpoints.api(f"{user_id}/threads"), token=token, data=fields
        )
        return _id_of(body, "container")

    def container_status(self, token: str, container_id: str) -> tuple[str, str]:
        """The container's ``status`` (IN_PROGRESS, FINISHED, PUBLISHED, ERROR,
        EXPIRED) and its ``error_message``."""
        body = self._call(
            "GET",
            self.endpoints.api(container_id),
            token=token,
            params={"fields": "status,error_message"},
        )
        status = body.get("status")
        if not isinstance(status, str) or not status:
            raise ThreadsError("bad_response", "the container has no status")
        message = body.get("error_message")
        return status, message if isinstance(message, str) else ""

    def publish(self, token: str, user_id: str, container_id: str) -> str:
        """Publish a finished container; the new post's id.  Its failures after sending
        are ``unknown_outcome``."""
        body = self._call(
            "POST",
            self.endpoints.api(f"{user_id}/threads_publish"),
            token=token,
            data={"creation_id": container_id},
            sent_post=True,
        )
        try:
            return _id_of(body, "post")
        except ThreadsError as error:
            raise ThreadsError("unknown_outcome", error.detail) from None

    def permalink(self, token: str, media_id: str) -> str:
        body = self._call(
            "GET", self.endpoints.api(media_id), token=token, params={"fields": "permalink"}
        )
        link = body.get("permalink")
        return link if isinstance(link, str) else ""

    # -- one call ---------------------------------------------------------------
    def _call(
        self,
        method: str,
        url: str,
        *,
        token: str | None = None,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        sent_post: bool = False,
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                timeout=self.timeouts.pair(),
                allow_redirects=False,
            )
        except requests.RequestException as error:
            raise error_for_transport(error, sent_post=sent_post) from None
        if not 200 <= response.status_code < 300:
            raise error_for_status(response, sent_post=sent_post)
        try:
            body = response.json()
        except ValueError:
            code = "unknown_outcome" if sent_post else "bad_response"
            raise ThreadsError(code, "the answer is not JSON") from None
        if not isinstance(body, dict):
            code = "unknown_outcome" if sent_post else "bad_response"
            raise ThreadsError(code, "the answer is not a JSON object")
        return body


def issued_token(body: Mapping[str, Any]) -> IssuedToken:
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise ThreadsError("bad_response", "the answer has no access token")
    expires_in = body.get("expires_in")
    valid = isinstance(expires_in, int) and not isinstance(expires_in, bool) and expires_in > 0
    return IssuedToken(token, expires_in if valid else None)


def _id_of(body: Mapping[str, Any], what: str) -> str:
    found = body.get("id")
    if isinstance(found, str) and found:
        return found
    raise ThreadsError("bad_response", f"the {what} has no id")


def _timestamp(raw: object) -> datetime | None:
    """Threads writes ``2026-11-30T10:00:00+0000``."""
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None
