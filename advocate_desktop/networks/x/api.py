"""The few calls of X's API v2 the app makes, each a JSON answer or an :class:`XError`.

- ``GET /2/users/me``: who signed in (id, username, name);
- ``POST /2/media/upload`` (multipart, ``media`` and ``media_category=tweet_image``):
  an image in one request, as X's OpenAPI document describes the simple upload;
- ``POST /2/media/metadata``: the image's alt text (at most 1,000 characters);
- ``POST /2/tweets``: the post, with ``media.media_ids``.

Every call goes through :class:`~.tokens.XTokens`, so an expired access token is
refreshed once and the call repeated.
"""

from __future__ import annotations

from typing import Any

import requests

from advocate_desktop.http import Timeouts, new_session

from .errors import XError, error_for_status, error_for_transport
from .tokens import XTokens

#: Uploading a photo of a few megabytes over a slow uplink takes longer than a read.
UPLOAD_READ_TIMEOUT = 120.0


def me(
    api: str, access_token: str, session: requests.Session, timeouts: Timeouts
) -> dict[str, str]:
    """Who a fresh access token belongs to: ``id``, ``username`` and ``name``."""
    try:
        response = session.get(
            f"{api}/2/users/me",
            params={"user.fields": "id,name,username"},
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=timeouts.pair(),
        )
    except requests.RequestException as error:
        raise error_for_transport(error) from None
    if response.status_code != 200:
        raise error_for_status(response)
    data = _json(response).get("data")
    if not isinstance(data, dict):
        raise XError("bad_response", "users/me has no data")
    found = {key: data.get(key) for key in ("id", "username", "name")}
    if not all(isinstance(value, str) and value for value in found.values()):
        raise XError("bad_response", "users/me lacks the id, username or name")
    return {key: str(value) for key, value in found.items()}


class XApi:
    """Authenticated calls for one account."""

    def __init__(
        self,
        base: str,
        tokens: XTokens,
        *,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
    ) -> None:
        self.base = base.rstrip("/")
        self.tokens = tokens
        self.session = session or new_session()
        self.timeouts = timeouts or Timeouts()

    def _call(
        self,
        method: str,
        path: str,
        *,
        sent_post: bool = False,
        read_timeout: float | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        timeout = (self.timeouts.connect, read_timeout or self.timeouts.read)

        def once(token: str) -> requests.Response:
            return self.session.request(
                method,
                self.base + path,
                headers={"Authorization": f"Bearer {token}"},
                timeout=timeout,
                **kwargs,
            )

        try:
            return self.tokens.call(once)
        except requests.RequestException as error:
            raise error_for_transport(error, sent_post=sent_post) from None

    def upload_image(self, data: bytes, mime_type: str, name: str) -> str:
        """Upload one image; X's media id for it."""
        response = self._call(
            "POST",
            "/2/media/upload",
            files={"media": (name, data, mime_type)},
            data={"media_category": "tweet_image"},
            read_timeout=UPLOAD_READ_TIMEOUT,
        )
        if response.status_code != 200:
            raise error_for_status(response)
        data_part = _json(response).get("data")
        media_id = data_part.get("id") if isinstance(data_part, dict) else None
        if not isinstance(media_id, str) or not media_id.isdigit():
            raise XError("bad_response", "the upload answer has no media id")
        return media_id

    def set_alt_text(self, media_id: str, alt_text: str) -> None:
        response = self._call(
            "POST",
            "/2/media/metadata",
            json={"id": media_id, "metadata": {"alt_text": {"text": alt_text}}},
        )
        if response.status_code != 200:
            raise error_for_status(response)

    def create_post(self, body: dict[str, Any]) -> str:
        """``POST /2/tweets``; the new post's id.  Anything but X's clear answer after the
        body went out is ``unknown_outcome``: X takes no idempotency key."""
        response = self._call("POST", "/2/tweets", json=body, sent_post=True)
        if response.status_code not in (200, 201):
            raise error_for_status(response, sent_post=True)
        try:
            data = _json(response).get("data")
        except XError:
            raise XError("unknown_outcome", "the answer to the post cannot be read") from None
        post_id = data.get("id") if isinstance(data, dict) else None
        if not isinstance(post_id, str) or not post_id:
            raise XError("unknown_outcome", "the answer to the post has no id")
        return post_id


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise XError("bad_response", f"HTTP {response.status_code}: not a JSON object")
    return body
