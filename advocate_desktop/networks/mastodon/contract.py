"""A Mastodon account as the runner sees it: the publishing contract's failure classes.

:class:`~.publisher.MastodonPublisher` reports every failure as a
:class:`~.errors.MastodonError` with a stable code.  The runner decides by class
(``RateLimited`` waits for the reset, ``SignInNeeded`` holds the account,
``Rejected`` goes back to the editor, ``NotSent`` retries, ``OutcomeUnknown`` is
settled by reading the account back), so this adapter translates one into the other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from advocate_desktop.networks.base import (
    HeldCopy,
    NotSent,
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.spec import SPEC

if TYPE_CHECKING:
    from advocate_desktop.networks.mastodon.media import PostImage
    from advocate_desktop.networks.mastodon.publisher import MastodonPublisher
    from advocate_desktop.networks.mastodon.scheduled import MastodonScheduled

T = TypeVar("T")

#: Codes that mean the request surely never reached the server.
NOT_SENT = frozenset({"server_unavailable", "tls"})
#: Our own checks with the server's limits: the employee fixes the post, the code says what.
FIX_THE_POST = frozenset(
    {
        "text_too_long",
        "too_many_images",
        "alt_text_missing",
        "alt_text_too_long",
        "image_unreadable",
        "image_too_large",
        "image_type_unsupported",
    }
)


def for_runner(error: MastodonError, now: datetime | None = None) -> Exception:
    """The contract's class for a Mastodon failure (the original stays its cause)."""
    now = now or datetime.now(UTC)
    if error.code == "rate_limited":
        retry_at = None if error.retry_after is None else now + timedelta(seconds=error.retry_after)
        return RateLimited(retry_at, error.detail)
    if error.code == "sign_in_again":
        return SignInNeeded(error.detail)
    if error.code == "rejected":
        return Rejected(error.detail or error.code)
    if error.code in FIX_THE_POST:
        return Rejected(error.detail or error.code, error.code)
    if error.code == "unknown_outcome":
        return OutcomeUnknown(error.detail)
    if error.code in NOT_SENT:
        return NotSent(error.code, error.detail)
    return error


def images_of(post: OutgoingPost) -> list[PostImage]:
    from advocate_desktop.networks.mastodon.media import PostImage

    return [PostImage(i.path, i.alt_text, i.media_id) for i in post.images]


class MastodonAccountPublisher:
    """The Publisher the runner gets for a Mastodon account."""

    # Idempotency-Key, and the account's own statuses read back after a crash.
    capabilities = SPEC.capabilities

    def __init__(self, inner: MastodonPublisher) -> None:
        self.inner = inner

    def publish(self, post: OutgoingPost) -> Receipt:
        """The post's images go up first, each id handed to ``post.media_uploaded`` as
        soon as the server gives it; an image with an id from an earlier attempt is not
        uploaded again."""
        return _translated(lambda: self.inner.publish(post, images_of(post), post.media_uploaded))

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        # A status counts only with as many images as the post has.
        return self.inner.find_published(post, images_of(post))  # errors are PublishErrors

    def profile_url(self) -> str:
        """The account's page in the server's web app, to check a post by eye."""
        return f"{self.inner.api.base_url}/web/accounts/{self.inner.remote_account_id}"

    @property
    def server_scheduling(self) -> MastodonServerScheduling:
        """The server's own scheduling (scheduled statuses), with the contract's failures."""
        from advocate_desktop.networks.mastodon.scheduled import MastodonScheduled

        return MastodonServerScheduling(MastodonScheduled(self.inner))


def _translated(call: Callable[[], T]) -> T:
    try:
        return call()
    except MastodonError as error:
        translated = for_runner(error)
        if translated is error:
            raise
        raise translated from error


class MastodonServerScheduling:
    """:class:`~advocate_desktop.networks.base.ServerScheduling` for a Mastodon account."""

    def __init__(self, inner: MastodonScheduled) -> None:
        self.inner = inner
        self.min_lead = inner.min_lead

    def hand_over(self, post: OutgoingPost, key: str) -> HeldCopy | Receipt:
        return _translated(lambda: self.inner.hand_over(post, key))

    def held_copies(self) -> list[HeldCopy]:
        return _translated(self.inner.held_copies)

    def retime(self, server_id: str, at: datetime) -> HeldCopy | None:
        return _translated(lambda: self.inner.retime(server_id, at))

    def withdraw(self, server_id: str) -> bool:
        return _translated(lambda: self.inner.withdraw(server_id))

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return _translated(lambda: self.inner.find_published(post))
