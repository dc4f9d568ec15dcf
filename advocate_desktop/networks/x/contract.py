"""An X account as the runner sees it: the publishing contract's failure classes.

:class:`~.publisher.XPublisher` reports every failure as an :class:`~.errors.XError`.
The runner decides by class: ``RateLimited`` waits until X's reset time,
``SignInNeeded`` holds the account until the employee signs in again, ``Rejected``
sends the post back to the editor with X's message, ``OutcomeUnknown`` asks the
employee to look (X takes no idempotency key).  Codes with no class of their own (X
away before anything was sent, no paid access left) stay an ``XError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advocate_desktop.networks.base import (
    NotSent,
    OutcomeUnknown,
    OutgoingPost,
    PublishError,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
)

from .errors import XError
from .spec import SPEC

if TYPE_CHECKING:
    from .publisher import XPublisher

#: X refused the post, or our own check found what it would refuse.
FIX_THE_POST = frozenset(
    {
        "rejected",
        "duplicate",
        "text_too_long",
        "too_many_images",
        "alt_text_missing",
        "alt_text_too_long",
        "image_unreadable",
        "image_too_large",
    }
)


def for_runner(error: PublishError) -> Exception:
    """The contract's class for an X failure (the original stays its cause)."""
    if error.code == "rate_limited":
        return RateLimited(error.retry_at if isinstance(error, XError) else None, error.detail)
    if error.code in ("sign_in_again", "keyring"):
        return SignInNeeded(error.detail or error.code)
    if error.code in FIX_THE_POST:
        return Rejected(error.detail or error.code, error.code)
    if error.code == "unknown_outcome":
        return OutcomeUnknown(error.detail)
    if error.code == "server_unavailable":
        return NotSent(error.code, error.detail)
    return error


class XAccountPublisher:
    """The Publisher the runner gets for an X account."""

    capabilities = SPEC.capabilities

    def __init__(self, inner: XPublisher) -> None:
        self.inner = inner

    def publish(self, post: OutgoingPost) -> Receipt:
        try:
            return self.inner.publish(post)
        except PublishError as error:
            translated = for_runner(error)
            if translated is error:
                raise
            raise translated from error

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return self.inner.find_published(post)

    def profile_url(self) -> str:
        """The account's page on X, to check a post by eye."""
        return self.inner.profile_url()
