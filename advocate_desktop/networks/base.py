"""What every publisher takes and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class PostImageRef:
    """One of a post's images: the file, its alt text, and the server's id for it when
    an earlier attempt already uploaded it to this account (then it is not sent again)."""

    path: Path
    alt_text: str
    media_id: str | None = None
    #: The public https address the image came from (a feed item's own image), for a
    #: network that fetches images itself (Threads); None for the employee's own file.
    source_url: str | None = None


@dataclass(frozen=True)
class LinkRef:
    """The item's link, for a network that shows a link card (Bluesky without images)."""

    url: str
    title: str = ""
    description: str = ""
    thumbnail: Path | None = None


def _no_upload_record(index: int, media_id: str) -> None:
    return None


@dataclass(frozen=True)
class OutgoingPost:
    post_id: str
    account_id: str
    network: str
    language: str
    text: str
    item_id: str | None
    due_at: datetime
    images: tuple[PostImageRef, ...] = ()
    link: LinkRef | None = None
    #: ``media_uploaded(index, media_id)``: a publisher calls it as soon as
    #: ``images[index]`` is uploaded, so the id is stored before anything else can fail.
    media_uploaded: Callable[[int, str], None] = field(
        default=_no_upload_record, compare=False, repr=False
    )

    @property
    def idempotency_key(self) -> str:
        """Stable for every attempt of one post, so a network that honours it posts once."""
        return f"advocate-{self.post_id}"


@dataclass(frozen=True)
class Receipt:
    remote_id: str
    url: str


class FailureKind(Enum):
    TRANSIENT = "transient"  # worth retrying later: network down, disk unmounted, 5xx, 429
    PERMANENT = "permanent"  # retrying cannot help: rejected text, revoked token


class PublishError(Exception):
    """A publish that surely did not happen.  ``code`` is stable; the UI translates it.

    A publisher raises it only when the post cannot have reached the network (the
    connection was refused, the name did not resolve, TLS failed before anything was
    sent, the file could not be written) or the network answered that it did not
    take the post.  When it cannot know, it raises :class:`OutcomeUnknown` instead.
    """

    def __init__(self, kind: FailureKind, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.kind = kind
        self.code = code
        self.detail = detail


class NotSent(PublishError):
    """The request never reached the network: retrying cannot post twice."""

    def __init__(self, code: str = "not_sent", detail: str = "") -> None:
        super().__init__(FailureKind.TRANSIENT, code, detail)


class RateLimited(PublishError):
    """429: the network refused for now and says when to come back (``retry_at``)."""

    def __init__(self, retry_at: datetime | None, detail: str = "") -> None:
        super().__init__(FailureKind.TRANSIENT, "rate_limited", detail)
        self.retry_at = retry_at


class SignInNeeded(PublishError):
    """401: the token was refused; the account's posts wait until the employee signs in."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(FailureKind.PERMANENT, "sign_in_needed", detail)


class Rejected(PublishError):
    """The post must be fixed before it can go out: the network refused its content
    (``detail`` is the network's own message), or our own check found what it would
    refuse (``code`` says what: ``image_missing``, ``alt_text_missing``, …)."""

    def __init__(self, detail: str, code: str = "rejected") -> None:
        super().__init__(FailureKind.PERMANENT, code, detail)


class OutcomeUnknown(Exception):
    """The request may have reached the network (timeout after sending, connection
    reset before the answer, a 5xx after the body went out): it may have posted."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or "the outcome is unknown")
        self.detail = detail


class Idempotency(StrEnum):
    """How a publish is made safe to repeat."""

    NONE = "none"  # nothing: a repeat after an unknown outcome may post twice
    FILE_NAME = "file_name"  # one file per post id, written whole (the Outbox)
    IDEMPOTENCY_KEY = "idempotency_key"  # the server drops a repeat with the same key
    RECORD_KEY = "record_key"  # the post is stored under a key derived from its id


class LinkCard(StrEnum):
    """Who makes the card a post's link is shown with."""

    NONE = "none"
    SERVER = "server"  # the network reads the page itself (Mastodon)
    CLIENT = "client"  # the publisher sends the title, description and thumbnail (Bluesky)


@dataclass(frozen=True)
class Capabilities:
    """What a publisher can do beyond publishing, which decides how failures are handled."""

    # The network deduplicates by OutgoingPost.idempotency_key: an unknown outcome
    # may be retried automatically.
    idempotency_key: bool = False
    # find_published reads the account's own recent posts (or files), so None from it
    # means "surely not published".  Without it, None only means "not found".
    reads_recent_posts: bool = False
    # How a repeated publish is kept from posting twice.
    idempotency: Idempotency = Idempotency.NONE
    # Images a post may carry (0: none); the server may say fewer or more (Mastodon's
    # instance configuration).
    max_images: int = 0
    # Each image carries a description for people who cannot see it.
    alt_text: bool = False
    link_card: LinkCard = LinkCard.NONE
    video: bool = False
    # The network's API can hold a post and publish it at a given time itself.  The
    # app does not use it: its runner publishes at the post's time.
    server_scheduling: bool = False
    # The network takes images only by a public address it fetches itself (Threads):
    # a feed item's own image can go out, the employee's own files cannot (they are
    # never uploaded anywhere to make them public).
    images_by_public_url: bool = False


NO_CAPABILITIES = Capabilities()


class Publisher(Protocol):
    def publish(self, post: OutgoingPost) -> Receipt:
        """Publish once.  Raises :class:`PublishError` when nothing was published."""

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """After a crash mid-publish: the receipt if the post did go out, else None."""


def capabilities_of(publisher: object) -> Capabilities:
    """A publisher's ``capabilities`` attribute, or none declared."""
    found = getattr(publisher, "capabilities", NO_CAPABILITIES)
    return found if isinstance(found, Capabilities) else NO_CAPABILITIES


def profile_url_of(publisher: object) -> str:
    """Where the employee can look at their own posts, for an outcome the app cannot settle."""
    method = getattr(publisher, "profile_url", None)
    if not callable(method):
        return ""
    found = method()
    return found if isinstance(found, str) else ""


@dataclass(frozen=True)
class HeldCopy:
    """A post a network's server holds to publish itself at ``scheduled_at``."""

    server_id: str
    scheduled_at: datetime
    text: str


class ServerScheduling(Protocol):
    """A network that publishes a post at its time itself (Mastodon's scheduled statuses).

    ``hand_over`` raises :class:`PublishError` when the server surely holds nothing (it
    refused, or was never reached) and :class:`OutcomeUnknown` when it may; the other
    calls raise :class:`PublishError` when the server cannot be asked now.
    """

    #: The least time ahead a post must be due for the server to hold it.
    min_lead: timedelta

    def hand_over(self, post: OutgoingPost, key: str) -> HeldCopy | Receipt:
        """Hand the post over for ``post.due_at``; a Receipt if the server published it
        at once instead (its clock was ahead)."""

    def held_copies(self) -> list[HeldCopy]:
        """Every post the server holds for the account now."""

    def retime(self, server_id: str, at: datetime) -> HeldCopy | None:
        """Move a held post to ``at``; None when the server no longer holds it."""

    def withdraw(self, server_id: str) -> bool:
        """Delete a held post; False when the server no longer held it."""

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """The post among the account's own posts since it was due, or None."""


def scheduling_of(publisher: object) -> ServerScheduling | None:
    """A publisher's ``server_scheduling``, or None when its network has none."""
    found = getattr(publisher, "server_scheduling", None)
    return found if found is not None and hasattr(found, "hand_over") else None


class AccountConfigError(ValueError):
    """An account's stored configuration cannot make a publisher."""


def require_str(config: dict[str, Any], key: str) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value:
        raise AccountConfigError(f"the account has no {key!r}")
    return value
