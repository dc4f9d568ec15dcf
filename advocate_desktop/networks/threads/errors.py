"""What can go wrong talking to Threads, as stable codes (listed in :mod:`.spec`).

Threads answers a failure the Graph API's way: an HTTP status and
``{"error": {"message", "type", "code", "error_subcode", "error_user_msg"}}``.  Its
rate limits come as 429, or as a 400/403 with one of the Graph API's throttling
codes; a token that expired or was revoked as code 190 (or a 401).

Details never carry a request's address or a library's message about it: the
token endpoints take the token in the query string, and an exception's text about
such a request would carry it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import requests

from advocate_desktop.http import retry_at_from_headers
from advocate_desktop.networks.base import FailureKind, PublishError

from .spec import ERROR_MESSAGES, TRANSIENT_CODES

#: The Graph API's throttling codes: app, user, page and custom rate limits.
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613})
#: The Graph API's "the access token is not valid" codes.
TOKEN_CODES = frozenset({102, 190})


class ThreadsError(PublishError):
    """A failure with a stable ``code``; ``retry_at`` when Threads said when to come back."""

    def __init__(self, code: str, detail: str = "", *, retry_at: datetime | None = None) -> None:
        if code not in ERROR_MESSAGES:
            raise ValueError(f"unknown Threads error code {code!r}")
        kind = FailureKind.TRANSIENT if code in TRANSIENT_CODES else FailureKind.PERMANENT
        super().__init__(kind, code, detail)
        self.retry_at = retry_at


def graph_error(response: requests.Response) -> dict[str, Any]:
    """The ``error`` object of a Graph API answer; empty when there is none."""
    try:
        body = response.json()
    except ValueError:
        return {}
    found = body.get("error") if isinstance(body, dict) else None
    return found if isinstance(found, dict) else {}


def server_message(error: Mapping[str, Any], status: int) -> str:
    """What Threads said, for the employee first (``error_user_msg``), else its message."""
    for key in ("error_user_msg", "message"):
        value = error.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:1000]
    return f"HTTP {status}"


def error_for_status(
    response: requests.Response, *, sent_post: bool = False, now: datetime | None = None
) -> ThreadsError:
    """The error an unsuccessful answer means.  ``sent_post``: it answered the publish."""
    status = response.status_code
    error = graph_error(response)
    code = error.get("code")
    message = server_message(error, status)
    if status == 429 or code in RATE_LIMIT_CODES:
        retry_at = retry_at_from_headers(response.headers, now or datetime.now(UTC))
        return ThreadsError("rate_limited", message, retry_at=retry_at)
    if status == 401 or code in TOKEN_CODES:
        return ThreadsError("sign_in_again", message)
    if status >= 500:
        # A publish answered by a failing gateway may still have gone through.
        return ThreadsError("unknown_outcome" if sent_post else "server_unavailable", message)
    if 400 <= status < 500:
        return ThreadsError("rejected", message)
    return ThreadsError("bad_response", f"unexpected HTTP {status}")


def nothing_was_sent(error: requests.RequestException) -> bool:
    """True when the request surely never reached Threads (no connection was made)."""
    from advocate_desktop.networks.mastodon.errors import nothing_was_sent as not_connected

    return not_connected(error)


def error_for_transport(
    error: requests.RequestException, *, sent_post: bool = False
) -> ThreadsError:
    """The error a failed exchange means.  ``sent_post``: the request was the publish."""
    name = type(error).__name__  # never str(error): it may hold the address and its query
    if isinstance(error, requests.exceptions.SSLError):
        return ThreadsError("tls", name)
    if nothing_was_sent(error):
        return ThreadsError("server_unavailable", f"cannot reach Threads ({name})")
    if sent_post:
        return ThreadsError("unknown_outcome", name)
    if isinstance(error, requests.Timeout):
        return ThreadsError("timeout", name)
    return ThreadsError("server_unavailable", name)
