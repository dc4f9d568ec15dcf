"""A Bluesky account as the runner sees it: the publishing contract's failure classes.

:class:`~.publisher.BlueskyPublisher` reports every failure as a
:class:`~.errors.BlueskyError` with a stable code.  The runner decides by class
(``RateLimited`` waits for the reset, ``SignInNeeded`` holds the account,
``Rejected`` goes back to the editor, ``NotSent`` retries, ``OutcomeUnknown`` is
retried because the record key makes a second write impossible), so this adapter
translates one into the other.  Codes with no class of their own (an unreadable
image, a server away) stay a :class:`PublishError` with their code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advocate_desktop.networks.base import (
    OutcomeUnknown,
    OutgoingPost,
    PublishError,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
)

from .errors import BlueskyError
from .spec import SPEC

if TYPE_CHECKING:
    from .publisher import BlueskyPublisher

#: Our own checks before sending, and the server's refusal: the employee edits the post.
FIX_THE_POST = frozenset({"rejected", "too_long", "too_many_images", "alt_text_missing"})


def for_runner(error: PublishError) -> Exception:
    """The contract's class for a Bluesky failure (the original stays its cause)."""
    if error.code == "rate_limited":
        retry_at = error.retry_at if isinstance(error, BlueskyError) else None
        return RateLimited(retry_at, error.detail)
    if error.code == "sign_in_again":
        return SignInNeeded(error.detail)
    if error.code in FIX_THE_POST:
        return Rejected(error.detail or error.code)
    if error.code == "unknown_outcome":
        return OutcomeUnknown(error.detail)
    return error


class BlueskyAccountPublisher:
    """The Publisher the runner gets for a Bluesky account."""

    capabilities = SPEC.capabilities

    def __init__(self, inner: BlueskyPublisher) -> None:
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
        return self.inner.find_published(post)  # its errors are PublishErrors already

    def profile_url(self) -> str:
        """The account's page in the Bluesky web app, to check a post by eye."""
        return self.inner.profile_url()
