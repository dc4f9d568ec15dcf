"""LinkedIn's REST API as the app uses it: who signed in, images, posts.

Every request to ``/rest/`` carries ``LinkedIn-Version`` and
``X-Restli-Protocol-Version: 2.0.0`` (both required:
https://learn.microsoft.com/en-us/linkedin/marketing/versioning).  Failures are the
publishing contract's classes (:mod:`advocate_desktop.networks.base`) with codes the
spec words; a token never appears in an exception's text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import requests

from advocate_desktop.http import Timeouts, retry_at_from_headers
from advocate_desktop.networks.base import (
    FailureKind,
    NotSent,
    OutcomeUnknown,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)

log = logging.getLogger(__name__)

RESTLI_PROTOCOL = "2.0.0"
#: LinkedIn's codes for a version it does not (or no longer) serve.
RETIRED_VERSION_CODES = frozenset({"NONEXISTENT_VERSION", "VERSION_MISSING"})


@dataclass(frozen=True)
class Member:
    """The signed-in member, from the OpenID userinfo endpoint."""

    sub: str
    name: str

    @property
    def urn(self) -> str:
        return f"urn:li:person:{self.sub}"


@dataclass(frozen=True)
class ImageUpload:
    upload_url: str
    image_urn: str


def linkedin_message(response: requests.Response) -> tuple[str, str]:
    """LinkedIn's error ``code`` and ``message`` (both "" when the body has none)."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    code = body.get("code")
    message = body.get("message")
    return (
        code if isinstance(code, str) else "",
        message[:1000] if isinstance(message, str) else "",
    )


def next_reset(now: datetime) -> datetime:
    """LinkedIn's daily limits reset at midnight UTC and a 429 carries no reset header
    (https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits)."""
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=1)


def error_for_status(
    response: requests.Response, version: str, *, sent_post: bool = False
) -> Exception:
    """The contract's failure an unsuccessful answer means."""
    status = response.status_code
    code, message = linkedin_message(response)
    message = message or f"HTTP {status} {response.reason or ''}".rstrip()
    if status == 426 or code in RETIRED_VERSION_CODES:
        return PublishError(FailureKind.PERMANENT, "version_retired", version)
    if status == 429:
        now = datetime.now(UTC)
        retry_at = retry_at_from_headers(response.headers, now) or next_reset(now)
        return RateLimited(retry_at, f"retry_at={retry_at.isoformat()}")
    if status == 401:
        return SignInNeeded(message)
    if status == 403:
        # "Not enough permissions to access: POST /rest/posts": the token lacks the
        # scope (an app changed since the sign-in); any other refusal is the account's.
        lowered = message.lower()
        if "permissions to access" in lowered or "scope" in lowered or "token" in lowered:
            return SignInNeeded(message)
        return PublishError(FailureKind.PERMANENT, "forbidden", message)
    if status == 504 and sent_post:
        return OutcomeUnknown(message)
    if status >= 500:
        return PublishError(FailureKind.TRANSIENT, "server_unavailable", message)
    if status == 413:
        return Rejected(message, "image_too_large")
    if 400 <= status < 500:
        return Rejected(message)
    return PublishError(FailureKind.TRANSIENT, "bad_response", f"unexpected HTTP {status}")


def _nothing_sent(error: requests.RequestException) -> bool:
    from advocate_desktop.networks.mastodon.errors import nothing_was_sent

    return nothing_was_sent(error)


def error_for_transport(error: requests.RequestException, *, sent_post: bool = False) -> Exception:
    """The contract's failure a failed exchange means."""
    if isinstance(error, requests.exceptions.SSLError):
        return NotSent("tls", type(error).__name__)
    if _nothing_sent(error):
        return NotSent("server_unavailable", type(error).__name__)
    if sent_post:
        return OutcomeUnknown(f"LinkedIn: {type(error).__name__}")
    if isinstance(error, requests.Timeout):
        return PublishError(FailureKind.TRANSIENT, "timeout", "LinkedIn did not answer in time")
    return PublishError(FailureKind.TRANSIENT, "server_unavailable", type(error).__name__)


class LinkedInApi:
    """One member's calls, with their token (kept off every text and log)."""

    def __init__(
        self,
        token: str,
        *,
        api_base: str,
        version: str,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
    ) -> None:
        from advocate_desktop.http import new_session

        self._token = token
        self.api_base = api_base.rstrip("/")
        self.version = version
        self.session = session or new_session()
        self.timeouts = timeouts or Timeouts()

    def close(self) -> None:
        self.session.close()

    def _headers(self, *, rest: bool = True) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self._token}"}
        if rest:
            headers["LinkedIn-Version"] = self.version
            headers["X-Restli-Protocol-Version"] = RESTLI_PROTOCOL
        return headers

    def _send(
        self,
        method: str,
        url: str,
        *,
        sent_post: bool = False,
        rest: bool = True,
        **kwargs: Any,
    ) -> requests.Response:
        try:
            response = self.session.request(
                method,
                url,
                headers={**self._headers(rest=rest), **kwargs.pop("headers", {})},
                timeout=self.timeouts.pair(),
                allow_redirects=False,
                **kwargs,
            )
        except requests.RequestException as error:
            raise error_for_transport(error, sent_post=sent_post) from None
        if not 200 <= response.status_code < 300:
            raise error_for_status(response, self.version, sent_post=sent_post)
        return response

    def userinfo(self) -> Member:
        """``GET /v2/userinfo`` (OpenID Connect): the member's id and name."""
        response = self._send("GET", f"{self.api_base}/v2/userinfo", rest=False)
        body = _json_object(response)
        sub, name = body.get("sub"), body.get("name")
        if not isinstance(sub, str) or not sub.replace("-", "").replace("_", "").isalnum():
            raise PublishError(FailureKind.TRANSIENT, "bad_response", "userinfo has no usable sub")
        if not isinstance(name, str) or not name.strip():
            given, family = body.get("given_name"), body.get("family_name")
            parts = [p for p in (given, family) if isinstance(p, str) and p]
            name = " ".join(parts) or "LinkedIn"
        return Member(sub, name.strip())

    def initialize_upload(self, owner: str) -> ImageUpload:
        """``POST /rest/images?action=initializeUpload``: where to PUT an image, and its URN.

        https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api
        """
        response = self._send(
            "POST",
            f"{self.api_base}/rest/images",
            params={"action": "initializeUpload"},
            json={"initializeUploadRequest": {"owner": owner}},
        )
        value = _json_object(response).get("value")
        if isinstance(value, dict):
            url, urn = value.get("uploadUrl"), value.get("image")
            if (
                isinstance(url, str)
                and url
                and isinstance(urn, str)
                and urn.startswith("urn:li:image:")
            ):
                return ImageUpload(url, urn)
        raise PublishError(FailureKind.TRANSIENT, "bad_response", "no upload address for the image")

    def upload(self, upload: ImageUpload, data: bytes, content_type: str) -> None:
        """The image's bytes, PUT to the address ``initialize_upload`` gave."""
        self._send(
            "PUT",
            upload.upload_url,
            rest=False,
            data=data,
            headers={"Content-Type": content_type},
        )

    def create_post(self, body: dict[str, Any]) -> str | None:
        """``POST /rest/posts``; the new post's URN from ``x-restli-id`` (None when absent).

        https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api
        """
        response = self._send("POST", f"{self.api_base}/rest/posts", json=body, sent_post=True)
        if response.status_code != 201:
            raise OutcomeUnknown(f"LinkedIn answered HTTP {response.status_code}, not 201")
        post_id = response.headers.get("x-restli-id", "").strip()
        return post_id or None

    def read_post(self, urn: str) -> dict[str, Any] | None:
        """``GET /rest/posts/{urn}``: the post, or None when LinkedIn does not show it to
        this app (reading needs a permission most apps do not have)."""
        try:
            response = self._send("GET", f"{self.api_base}/rest/posts/{quote(urn, safe='')}")
        except (PublishError, OutcomeUnknown) as error:
            log.info("the new post could not be read back: %s", error)
            return None
        try:
            return _json_object(response)
        except PublishError:
            return None


def _json_object(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise PublishError(FailureKind.TRANSIENT, "bad_response", "not a JSON object")
    return body
