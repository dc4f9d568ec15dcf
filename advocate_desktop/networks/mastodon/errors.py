"""What can go wrong talking to a Mastodon server, as stable codes.

Every failure is a :class:`MastodonError`, a :class:`PublishError` with a code the
UI translates and, for ``rate_limited``, the seconds to wait.  The codes:

========================  =========  ==================================================
code                      kind       when
========================  =========  ==================================================
``rate_limited``          transient  429; ``retry_after`` from Retry-After or
                                     X-RateLimit-Reset, also written into ``detail``
``server_unavailable``    transient  5xx, or the server could not be reached before
                                     anything was sent (refused, DNS, connect timeout)
``timeout``               transient  a request other than the post itself got no
                                     answer in time (the server hangs)
``tls``                   transient  the secure connection failed (certificate, proxy)
``bad_response``          transient  a Mastodon address answered something unreadable
``media_processing``      transient  an uploaded image was still being processed when
                                     we stopped waiting
``unknown_outcome``       permanent  the post was sent and no answer came back (read
                                     timeout, connection cut, 504, unreadable 2xx): it
                                     may be on the account, so it is never retried
                                     automatically; ``find_published`` settles it
``sign_in_again``         permanent  401, a 403 about the token or its scopes, or no
                                     token in the keyring
``forbidden``             permanent  any other 403 (e.g. the account is suspended)
``rejected``              permanent  422 or another 4xx: the server's own message is
                                     the ``detail`` ("fix the post")
``not_mastodon``          permanent  the address answers, but not as a Mastodon server
                                     (an HTML page, a 404 on the API)
``bad_address``           permanent  the text typed is not a server address
``not_found``             permanent  the server says a record we need is gone
``text_too_long``         permanent  our check, with the instance's limits, before
                                     sending
``too_many_images``       permanent  more images than the instance allows
``alt_text_missing``      permanent  an image without alt text
``alt_text_too_long``     permanent  alt text over the instance's limit (1500 on
                                     Mastodon 4)
``image_unreadable``      permanent  the image file cannot be read
``image_too_large``       permanent  larger than the instance's image size limit, or
                                     refused by the server with 413
``image_type_unsupported``permanent  not one of the instance's image types
========================  =========  ==================================================
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from datetime import UTC, datetime

import requests
import urllib3

from advocate_desktop.http import rate_limit_reset
from advocate_desktop.networks.base import FailureKind, PublishError
from advocate_desktop.networks.mastodon.spec import ERROR_MESSAGES

TRANSIENT_CODES = frozenset(
    {"rate_limited", "server_unavailable", "timeout", "tls", "bad_response", "media_processing"}
)
#: Every code, with what it means in plain English (the spec's; the UI translates them).
CODES: Mapping[str, str] = ERROR_MESSAGES


class MastodonError(PublishError):
    """A failure with a stable ``code``; ``retry_after`` (seconds) when the server said."""

    def __init__(self, code: str, detail: str = "", *, retry_after: float | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"unknown Mastodon error code {code!r}")
        kind = FailureKind.TRANSIENT if code in TRANSIENT_CODES else FailureKind.PERMANENT
        super().__init__(kind, code, detail)
        self.retry_after = retry_after


def server_message(response: requests.Response) -> str:
    """Mastodon's ``{"error": …}`` text, with field details when given; else the status."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        message: str = body["error"]
        description = body.get("error_description")
        if isinstance(description, str) and description and description not in message:
            message = f"{message}: {description}"
        return message[:1000]
    return f"HTTP {response.status_code} {response.reason or ''}".rstrip()


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait, from the rate-limit headers as
    :func:`advocate_desktop.http.rate_limit_reset` reads them (``Retry-After``, else
    Mastodon's ISO 8601 ``X-RateLimit-Reset`` or epoch seconds).  Never negative; None
    when no header can be read."""
    moment = datetime.fromtimestamp(time.time() if now is None else now, UTC)
    reset = rate_limit_reset(headers, moment)
    if reset is None:
        return None
    return max(0.0, (reset - moment).total_seconds())


def is_html(response: requests.Response) -> bool:
    content_type = response.headers.get("Content-Type", "").lower()
    return "html" in content_type or response.content.lstrip()[:1] == b"<"


def error_for_status(
    response: requests.Response, *, sent_post: bool = False, now: float | None = None
) -> MastodonError:
    """The error an unsuccessful answer means.  ``sent_post``: it answered the post itself."""
    status = response.status_code
    message = server_message(response)
    if status == 429:
        wait = retry_after_seconds(response.headers, now)
        detail = f"retry_after={wait:.0f}" if wait is not None else "retry_after=unknown"
        return MastodonError("rate_limited", detail, retry_after=wait)
    if status == 401:
        return MastodonError("sign_in_again", message)
    if status == 403:
        lowered = message.lower()
        if "token" in lowered or "scope" in lowered:
            return MastodonError("sign_in_again", message)
        return MastodonError("forbidden", message)
    if status == 404:
        if _mastodon_error_body(response):
            return MastodonError("not_found", message)
        return MastodonError("not_mastodon", f"HTTP 404 for {response.request.path_url}")
    if status == 413:
        return MastodonError("image_too_large", message)
    if status == 504 and sent_post:
        return MastodonError("unknown_outcome", message)
    if status >= 500:
        return MastodonError("server_unavailable", message)
    if 400 <= status < 500:
        return MastodonError("rejected", message)
    return MastodonError("bad_response", f"unexpected HTTP {status}")


def _mastodon_error_body(response: requests.Response) -> bool:
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError):
        return False
    return isinstance(body, dict) and "error" in body


def nothing_was_sent(error: requests.RequestException) -> bool:
    """True when the request surely never reached the server (no connection was made)."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    if isinstance(error, requests.ReadTimeout):
        return False
    cause: object = error
    for _ in range(6):  # requests wraps urllib3's MaxRetryError wrapping the real reason
        if isinstance(cause, urllib3.exceptions.NewConnectionError):
            return True  # refused, unreachable, or the name did not resolve
        reason = getattr(cause, "reason", None)
        if reason is None and isinstance(cause, BaseException) and cause.args:
            reason = cause.args[0]
        if not isinstance(reason, BaseException) or reason is cause:
            return False
        cause = reason
    return False


def error_for_transport(
    error: requests.RequestException, host: str, *, sent_post: bool = False
) -> MastodonError:
    """The error a failed exchange means.  ``sent_post``: the request was the post itself."""
    if isinstance(error, requests.exceptions.SSLError):
        return MastodonError("tls", f"{host}: {_short(error)}")
    if nothing_was_sent(error):
        return MastodonError("server_unavailable", f"cannot reach {host}: {_short(error)}")
    if sent_post:
        return MastodonError("unknown_outcome", f"{host}: {type(error).__name__}")
    if isinstance(error, requests.Timeout):
        return MastodonError("timeout", f"{host} did not answer in time")
    return MastodonError("server_unavailable", f"{host}: {_short(error)}")


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) <= 200 else text[:200] + "…"
