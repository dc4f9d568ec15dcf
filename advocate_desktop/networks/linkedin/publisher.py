"""Publishing one post to a LinkedIn member's feed.

The commentary is escaped in LinkedIn's "little text" format
(:mod:`advocate_desktop.text.linkedin`); a post carries one image with its alt text
(``content.media``) or, without an image, the item's link as an article card
(``content.article``).  A post counts as published only when LinkedIn's 201 names it
in ``x-restli-id``; it is then read back where LinkedIn lets the app.

https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from advocate_desktop.http import Timeouts
from advocate_desktop.networks.base import (
    AccountConfigError,
    LinkRef,
    OutcomeUnknown,
    OutgoingPost,
    PostImageRef,
    Receipt,
    Rejected,
    SignInNeeded,
    require_str,
)
from advocate_desktop.networks.linkedin.api import LinkedInApi
from advocate_desktop.networks.linkedin.endpoints import API_VERSION, LINKEDIN
from advocate_desktop.networks.linkedin.spec import SPEC, TOKEN_SECRET
from advocate_desktop.text.linkedin import escape_little_text

if TYPE_CHECKING:
    import requests

    from advocate_desktop.networks.account_secrets import SecretHandle

log = logging.getLogger(__name__)

#: The longest alt text LinkedIn takes (``altText`` in the Posts API's media content).
MAX_ALT_TEXT = 4086
#: The kinds of image LinkedIn's Images API takes, by their files' first bytes.
IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif"}
#: LinkedIn's largest image (36,152,320 pixels is its limit; bytes are bounded too).
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def api_version(config: dict[str, Any]) -> str:
    """The LinkedIn-Version an account's requests carry: IT's, else the built-in one."""
    chosen = config.get("api_version")
    return chosen if isinstance(chosen, str) and chosen.strip() else API_VERSION


def stored_expiry(config: dict[str, Any]) -> datetime | None:
    """When the account's token stops working (``token_expires_at``), if it says."""
    raw = config.get("token_expires_at")
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def image_type(data: bytes) -> str | None:
    for magic, kind in IMAGE_TYPES.items():
        if data.startswith(magic):
            return kind
    return None


class LinkedInPublisher:
    """The Publisher the runner gets for a LinkedIn account."""

    capabilities = SPEC.capabilities

    def __init__(
        self,
        config: dict[str, Any],
        secrets: SecretHandle,
        *,
        session_factory: Callable[[], requests.Session] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        timeouts: Timeouts | None = None,
    ) -> None:
        self.author = require_str(config, "author")
        if not self.author.startswith("urn:li:person:"):
            raise AccountConfigError(f"the account's author is not a member: {self.author!r}")
        self.api_base = str(config.get("api_base") or LINKEDIN.api_base)
        self.feed_base = str(config.get("feed_base") or LINKEDIN.feed_base)
        self.version = api_version(config)
        self._config = config
        self._secrets = secrets
        self._session_factory = session_factory
        self._now = now
        self._timeouts = timeouts

    def _api(self) -> LinkedInApi:
        token = self._secrets.get(TOKEN_SECRET)
        if not token:
            raise SignInNeeded("no LinkedIn sign-in in the keyring")
        expiry = stored_expiry(self._config)
        if expiry is not None and expiry <= self._now():
            raise SignInNeeded("the LinkedIn sign-in expired")  # sending it would only 401
        session = self._session_factory() if self._session_factory else None
        return LinkedInApi(
            token,
            api_base=self.api_base,
            version=self.version,
            session=session,
            timeouts=self._timeouts,
        )

    def publish(self, post: OutgoingPost) -> Receipt:
        if len(post.images) > 1:
            raise Rejected("LinkedIn takes one image per post here", "too_many_images")
        image = post.images[0] if post.images else None
        if image is not None:
            _check_alt_text(image)
        api = self._api()
        try:
            content: dict[str, Any] | None = None
            if image is not None:
                urn = self._image_urn(api, post, image)
                content = {"media": {"id": urn, "altText": image.alt_text}}
            elif post.link is not None:
                content = {"article": _article(post.link)}
            body: dict[str, Any] = {
                "author": self.author,
                "commentary": escape_little_text(post.text),
                "visibility": "PUBLIC",
                "distribution": {
                    "feedDistribution": "MAIN_FEED",
                    "targetEntities": [],
                    "thirdPartyDistributionChannels": [],
                },
                "lifecycleState": "PUBLISHED",
                "isReshareDisabledByAuthor": False,
            }
            if content is not None:
                body["content"] = content
            post_urn = api.create_post(body)
            if post_urn is None:
                # A 201 that does not name the post: it may exist, it may not.  Never
                # "published" without a post (the employee checks the feed).
                raise OutcomeUnknown("LinkedIn answered 201 without the post's id")
            found = api.read_post(post_urn)
            if found is not None and found.get("author") not in (None, self.author):
                log.warning("the post read back has another author")
            return Receipt(post_urn, f"{self.feed_base}/{post_urn}/")
        finally:
            api.close()

    def _image_urn(self, api: LinkedInApi, post: OutgoingPost, image: PostImageRef) -> str:
        if image.media_id:
            return image.media_id  # uploaded by an earlier attempt: not sent again
        try:
            data = image.path.read_bytes()
        except OSError as error:
            detail = f"{image.path.name}: {error.strerror or error}"
            raise Rejected(detail, "image_unreadable") from None
        if len(data) > MAX_IMAGE_BYTES:
            raise Rejected(image.path.name, "image_too_large")
        kind = image_type(data)
        if kind is None:
            raise Rejected(image.path.name, "image_type_unsupported")
        upload = api.initialize_upload(self.author)
        api.upload(upload, data, kind)
        post.media_uploaded(0, upload.image_urn)
        return upload.image_urn

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """LinkedIn lets an app read a member's posts only with a permission companies'
        apps do not get (``r_member_social``): an unknown outcome cannot be settled
        here, so the employee looks at their feed (:meth:`profile_url`)."""
        return None

    def profile_url(self) -> str:
        return "https://www.linkedin.com/in/me/recent-activity/all/"


def _check_alt_text(image: PostImageRef) -> None:
    if not image.alt_text.strip():
        raise Rejected(image.path.name, "alt_text_missing")
    if len(image.alt_text) > MAX_ALT_TEXT:
        raise Rejected(image.path.name, "alt_text_too_long")


def _article(link: LinkRef) -> dict[str, str]:
    article = {"source": link.url, "title": link.title.strip() or link.url}
    if link.description.strip():
        article["description"] = link.description.strip()
    return article
