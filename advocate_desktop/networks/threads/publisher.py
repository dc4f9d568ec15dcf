"""Publishing to a Threads account: a container, its processing, its publication.

1. Our own checks, before anything is sent: at most 500 characters (the text rules
   of :mod:`advocate_desktop.text`), at most 5 distinct links, at most one image,
   and an image only by a public https address — a feed item's own picture, never
   the employee's file (Threads fetches images itself, and this app uploads nobody's
   files anywhere to make them public).
2. ``POST /{user-id}/threads`` makes a container (``TEXT``, or ``IMAGE`` with
   ``image_url`` and ``alt_text``).  An unpublished container is harmless (Threads
   lets it expire after 24 hours), so a container whose answer was lost is simply
   made again on the next attempt.
3. Its ``status`` is asked until it is ``FINISHED``, for a bounded time: ``ERROR``
   sends the post back to the employee with Threads' reason; still ``IN_PROGRESS``
   when the wait is over is tried again later (``still_processing``).
4. ``POST /{user-id}/threads_publish`` with ``creation_id``.  When its answer is
   lost the container itself is asked: ``PUBLISHED`` means the post went out (its id
   is found among the account's posts); anything else leaves the outcome unknown,
   and the runner reads the account's own posts (:meth:`find_published`) before
   anything is tried again.
5. The post's page comes from ``GET /{media-id}?fields=permalink``; a failure there
   does not undo the publication (the profile's page stands in).
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from advocate_desktop.networks.base import (
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
    require_str,
)

from .api import ThreadsApi, ThreadsPost, endpoints_for
from .errors import ThreadsError
from .spec import MAX_CHARACTERS, MAX_LINKS, SPEC
from .tokens import usable_token

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle

log = logging.getLogger(__name__)

#: How long a container may take to be ready before the post waits for a later try.
PROCESSING_WAIT = 60.0
#: The first pause between two questions about a container; it doubles, up to 10 s.
FIRST_POLL = 0.5
#: A post counts as found among the account's posts from this long before it was due.
FIND_SLACK = timedelta(minutes=10)
#: Our own checks: the employee fixes the post; the code says what.
FIX_THE_POST = frozenset(
    {
        "rejected",
        "container_error",
        "text_too_long",
        "too_many_links",
        "too_many_images",
        "image_not_public",
    }
)


def for_runner(error: ThreadsError) -> Exception:
    """The publishing contract's class for a Threads failure."""
    if error.code == "rate_limited":
        return RateLimited(error.retry_at, error.detail)
    if error.code == "sign_in_again":
        return SignInNeeded(error.detail)
    if error.code in FIX_THE_POST:
        return Rejected(error.detail or error.code, error.code)
    if error.code == "unknown_outcome":
        return OutcomeUnknown(error.detail)
    return error


def is_public_https(url: str) -> bool:
    """Whether Threads could fetch ``url``: https, a host name or a public address."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    if parts.scheme != "https" or not host or parts.username or parts.password:
        return False
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." in host  # a name; Threads resolves it
    return address.is_global


def distinct_links(text: str) -> int:
    """How many different links Threads counts in ``text``."""
    from advocate_desktop.text.counting import Analysis

    return len({text[span.start : span.end] for span in Analysis(text).urls})


def check(post: OutgoingPost) -> None:
    """Refuse before sending what Threads would refuse; :class:`ThreadsError`."""
    from advocate_desktop.text.networks import rules_for

    length = rules_for(SPEC.text_rules or "threads").count(post.text)
    if length > MAX_CHARACTERS:
        raise ThreadsError("text_too_long", f"{length} > {MAX_CHARACTERS}")
    links = distinct_links(post.text)
    if links > MAX_LINKS:
        raise ThreadsError("too_many_links", f"{links} > {MAX_LINKS}")
    if len(post.images) > SPEC.capabilities.max_images:
        raise ThreadsError(
            "too_many_images", f"{len(post.images)} > {SPEC.capabilities.max_images}"
        )
    for image in post.images:
        if not image.source_url or not is_public_https(image.source_url):
            raise ThreadsError("image_not_public", image.path.name)


def container_fields(post: OutgoingPost) -> dict[str, str]:
    if not post.images:
        return {"media_type": "TEXT", "text": post.text}
    image = post.images[0]
    fields = {"media_type": "IMAGE", "image_url": image.source_url or ""}
    if post.text:
        fields["text"] = post.text
    if image.alt_text.strip():
        fields["alt_text"] = image.alt_text.strip()
    return fields


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class ThreadsPublisher:
    """The Publisher the runner gets for a Threads account."""

    capabilities = SPEC.capabilities

    def __init__(
        self,
        api: ThreadsApi,
        secrets: SecretHandle,
        user_id: str,
        username: str = "",
        *,
        owner: str = "",
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        processing_wait: float = PROCESSING_WAIT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.api = api
        self.secrets = secrets
        self.user_id = user_id
        self.username = username
        self.owner = owner
        self.now = now
        self.processing_wait = processing_wait
        self.sleep = sleep

    @classmethod
    def from_config(
        cls, config: dict[str, Any], secrets: SecretHandle, **options: Any
    ) -> ThreadsPublisher:
        user_id = require_str(config, "remote_account_id")
        username = config.get("username")
        api = ThreadsApi(endpoints_for(config))
        owner = getattr(secrets, "owner", "")
        return cls(
            api,
            secrets,
            user_id,
            username if isinstance(username, str) else "",
            owner=owner if isinstance(owner, str) else "",
            **options,
        )

    def profile_url(self) -> str:
        """The account's page on Threads, to check a post by eye."""
        return f"https://www.threads.net/@{self.username}" if self.username else ""

    def publish(self, post: OutgoingPost) -> Receipt:
        try:
            return self._publish(post)
        except ThreadsError as error:
            translated = for_runner(error)
            if translated is error:
                raise
            raise translated from error

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """The post among the account's posts since shortly before it was due, or None.
        Raises a :class:`PublishError` when the account cannot be read now."""
        try:
            token = self._token()
            found = self._find(token, post)
        except ThreadsError as error:
            translated = for_runner(error)  # never unknown_outcome: reading sends nothing
            if translated is error:
                raise
            raise translated from error
        if found is None:
            return None
        return Receipt(found.id, found.permalink or self.profile_url())

    # -- the steps --------------------------------------------------------------
    def _token(self) -> str:
        return usable_token(self.api, self.secrets, self.now(), owner=self.owner).access_token

    def _publish(self, post: OutgoingPost) -> Receipt:
        check(post)
        token = self._token()
        container = self.api.create_container(token, self.user_id, container_fields(post))
        self._wait_until_finished(token, container)
        try:
            media_id = self.api.publish(token, self.user_id, container)
        except ThreadsError as error:
            if error.code != "unknown_outcome":
                raise
            return self._settle(token, container, post, error.detail)
        return Receipt(media_id, self._permalink(token, media_id))

    def _wait_until_finished(self, token: str, container: str) -> None:
        deadline = time.monotonic() + self.processing_wait
        pause = FIRST_POLL
        while True:
            status, message = self.api.container_status(token, container)
            if status == "FINISHED":
                return
            if status == "ERROR":
                raise ThreadsError("container_error", message or "ERROR")
            if status == "EXPIRED":
                raise ThreadsError("still_processing", "the container expired")
            if status != "IN_PROGRESS":
                raise ThreadsError("bad_response", f"container status {status[:40]}")
            left = deadline - time.monotonic()
            if left <= 0:
                raise ThreadsError("still_processing", f"container {container} not ready")
            self.sleep(min(pause, left))
            pause = min(pause * 2, 10.0)

    def _settle(self, token: str, container: str, post: OutgoingPost, detail: str) -> Receipt:
        """The publish lost its answer: did the container go out?"""
        try:
            status, _ = self.api.container_status(token, container)
        except ThreadsError:
            raise ThreadsError("unknown_outcome", detail) from None
        if status != "PUBLISHED":
            # Not published yet, as far as Threads says now; the runner reads the
            # account's posts before anything is tried again.
            raise ThreadsError("unknown_outcome", f"{detail}; container {status[:40]}")
        try:
            found = self._find(token, post)
        except ThreadsError:
            found = None
        if found is not None:
            return Receipt(found.id, found.permalink or self.profile_url())
        # Published, but not yet listed: the container stands for the post.
        log.warning("container %s was published but the post is not listed yet", container)
        return Receipt(f"container:{container}", self.profile_url())

    def _find(self, token: str, post: OutgoingPost) -> ThreadsPost | None:
        since = post.due_at - FIND_SLACK
        for found in self.api.recent_posts(token, self.user_id, since):
            if _same_text(found.text, post.text) and (
                found.timestamp is None or found.timestamp >= since
            ):
                return found
        return None

    def _permalink(self, token: str, media_id: str) -> str:
        try:
            return self.api.permalink(token, media_id) or self.profile_url()
        except ThreadsError as error:
            log.warning("the page of Threads post %s was not read: %s", media_id, error.code)
            return self.profile_url()
