"""What can go wrong with X, as stable codes (their messages are in :mod:`.spec`).

==========================  =========  ================================================
code                        kind       when
==========================  =========  ================================================
``rate_limited``            transient  429; ``retry_at`` from ``x-rate-limit-reset`` (or
                                       the account's daily cap, when that is spent)
``server_unavailable``      transient  5xx before the post, or X could not be reached
                                       before anything was sent
``bad_response``            transient  an answer that is not X's JSON
``unknown_outcome``         permanent  the post itself was sent and no answer came (read
                                       timeout, cut connection, 5xx): it may be out, so
                                       it is never repeated by itself
``sign_in_again``           permanent  401 after one refresh, a refresh token X refused,
                                       or no tokens in the keyring
``keyring``                 permanent  the keyring refused the refreshed tokens: they
                                       are lost, so the account signs in again
``payment_required``        permanent  402: the company's X app has no paid access left
``duplicate``               permanent  403: the account posted the same text already
``rejected``                permanent  another 4xx (a 403 for X's rules, a 400): X's own
                                       message is the ``detail``
``text_too_long`` …         permanent  our checks before anything is sent
==========================  =========  ================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import requests

from advocate_desktop.http import retry_at_from_headers
from advocate_desktop.networks.base import FailureKind, PublishError

from .spec import ERROR_MESSAGES, TRANSIENT_CODES


class XError(PublishError):
    """A failure with a stable ``code``; ``retry_at`` when a 429 said when to come back."""

    def __init__(self, code: str, detail: str = "", *, retry_at: datetime | None = None) -> None:
        if code not in ERROR_MESSAGES:
            raise ValueError(f"unknown X error code {code!r}")
        kind = FailureKind.TRANSIENT if code in TRANSIENT_CODES else FailureKind.PERMANENT
        super().__init__(kind, code, detail)
        self.retry_at = retry_at


def x_message(response: requests.Response) -> str:
    """X's own words for a refusal: the first of its ``errors``, a problem's ``detail``
    (or ``title``), an OAuth ``error_description``; else the status line."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        errors = body.get("errors")
        first = errors[0] if isinstance(errors, list) and errors else None
        for value in (
            # An invalid request's ``detail`` is generic ("One or more parameters…"):
            # the first of its ``errors`` says which and why.
            first.get("message") if isinstance(first, dict) else None,
            body.get("detail"),
            first.get("detail") if isinstance(first, dict) else None,
            body.get("error_description"),
            body.get("title"),
            body.get("error"),
        ):
            if isinstance(value, str) and value.strip():
                return value.strip()[:1000]
    return f"HTTP {response.status_code} {response.reason or ''}".rstrip()


def retry_at(headers: Mapping[str, str], now: datetime | None = None) -> datetime | None:
    """When a 429 says to come back.  X resets its per-endpoint window at
    ``x-rate-limit-reset`` (Unix seconds); when the account's 24-hour posting cap is
    what ran out (``x-user-limit-24hour-remaining: 0``), its own reset is later."""
    moment = now or datetime.now(UTC)
    found = retry_at_from_headers(headers, moment)
    lowered = {key.lower(): value.strip() for key, value in headers.items()}
    if lowered.get("x-user-limit-24hour-remaining") == "0":
        daily = retry_at_from_headers(
            {"x-rate-limit-reset": lowered.get("x-user-limit-24hour-reset", "")}, moment
        )
        if daily is not None and (found is None or daily > found):
            found = daily
    return found


def error_for_status(
    response: requests.Response, *, sent_post: bool = False, now: datetime | None = None
) -> XError:
    """The error an unsuccessful answer means.  ``sent_post``: it answered the post itself."""
    status = response.status_code
    message = x_message(response)
    if status == 429:
        when = retry_at(response.headers, now)
        detail = f"retry_at={when.isoformat()}" if when else "retry_at=unknown"
        return XError("rate_limited", detail, retry_at=when)
    if status == 401:
        return XError("sign_in_again", message)
    if status == 402:
        return XError("payment_required", message)
    if status == 403 and "duplicate" in message.lower():
        return XError("duplicate", message)
    if status == 413:
        return XError("image_too_large", message)
    if status >= 500:
        return XError("unknown_outcome" if sent_post else "server_unavailable", message)
    if 400 <= status < 500:
        return XError("rejected", message)
    return XError("bad_response", f"unexpected HTTP {status}")


def error_for_transport(error: requests.RequestException, *, sent_post: bool = False) -> XError:
    """The error a failed exchange means.  ``sent_post``: the request was the post itself."""
    from advocate_desktop.networks.mastodon.errors import nothing_was_sent

    name = type(error).__name__
    if nothing_was_sent(error):
        return XError("server_unavailable", f"cannot reach X: {name}")
    if sent_post:
        return XError("unknown_outcome", name)
    return XError("server_unavailable", name)
