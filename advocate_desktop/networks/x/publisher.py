"""Publishing to an X account: our checks, the images with their alt text, the post.

Everything X would refuse that can be known here is refused before any request (the
text's weighted length as twitter-text v3 counts it, four images at most, alt text
present and within 1,000 characters, images readable and within 5 MB).  Then each
image goes up (``POST /2/media/upload``) and gets its alt text
(``POST /2/media/metadata``), and the post is created (``POST /2/tweets``).

Images are uploaded again at every attempt: X forgets an unused media id after a
day, and a retry may come later than that.  An upload that is never posted costs
nothing and is dropped by X.

``POST /2/tweets`` takes no idempotency key, so a post that was sent and got no clear
answer is ``unknown_outcome`` and never repeated by itself; the app does not read the
account's timeline back (X charges for every read), it shows the employee their
profile to look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import requests

from advocate_desktop.http import Timeouts
from advocate_desktop.networks.base import OutgoingPost, Receipt, require_str
from advocate_desktop.text.networks import measure

from . import spec as x_spec
from .api import XApi
from .errors import XError
from .tokens import XTokens

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle

MAX_IMAGES = 4
MAX_ALT_TEXT = 1000
#: X's limit for a ``tweet_image`` upload.
MAX_IMAGE_BYTES = 5 * 1024 * 1024


class XPublisher:
    capabilities = x_spec.SPEC.capabilities

    def __init__(
        self,
        account_id: str,
        user_id: str,
        handle: str,
        secrets: SecretHandle,
        *,
        client_id: str,
        token_url: str,
        endpoints: x_spec.Endpoints | None = None,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
    ) -> None:
        self.user_id = user_id
        self.handle = handle
        self.endpoints = endpoints or x_spec.ENDPOINTS
        timeouts = timeouts or Timeouts()
        from advocate_desktop.http import new_session

        session = session or new_session()
        self.tokens = XTokens(
            account_id,
            secrets,
            client_id=client_id,
            token_url=token_url,
            session=session,
            timeouts=timeouts,
        )
        self.api = XApi(self.endpoints.api, self.tokens, session=session, timeouts=timeouts)

    @classmethod
    def from_config(
        cls, config: dict[str, Any], secrets: SecretHandle, account_id: str, **kwargs: Any
    ) -> XPublisher:
        """From the account's configuration (what :class:`~.connect.XConnector` stored)."""
        return cls(
            account_id,
            require_str(config, "user_id"),
            require_str(config, "handle"),
            secrets,
            client_id=require_str(config, "client_id"),
            token_url=require_str(config, "token_url"),
            **kwargs,
        )

    def profile_url(self) -> str:
        return f"{self.endpoints.web}/{self.handle}"

    def receipt_for(self, post_id: str) -> Receipt:
        return Receipt(post_id, f"{self.endpoints.web}/{self.handle}/status/{post_id}")

    def check(self, post: OutgoingPost) -> None:
        """What X would refuse, refused before anything is sent."""
        measured = measure("x", post.text)
        if not measured.fits:
            raise XError("text_too_long", f"{measured.length}/{measured.limit}")
        if len(post.images) > MAX_IMAGES:
            raise XError("too_many_images", f"{len(post.images)}/{MAX_IMAGES}")
        for image in post.images:
            alt = image.alt_text.strip()
            if not alt:
                raise XError("alt_text_missing", image.path.name)
            if len(alt) > MAX_ALT_TEXT:
                raise XError("alt_text_too_long", f"{image.path.name}: {len(alt)}/{MAX_ALT_TEXT}")

    def publish(self, post: OutgoingPost) -> Receipt:
        """Publish once.  Raises :class:`XError` (translated for the runner by
        :mod:`.contract`)."""
        from advocate_desktop.networks.bluesky.images import ImageProblem, prepare_image

        self.check(post)
        try:
            # The same preparation as for Bluesky (upright, EXIF dropped, shrunk when
            # too large), with X's larger limit.
            ready = [
                prepare_image(image.path, image.alt_text, max_bytes=MAX_IMAGE_BYTES)
                for image in post.images
            ]
        except ImageProblem as problem:
            raise XError(problem.code, problem.detail) from None
        media_ids = []
        for index, image in enumerate(ready):
            name = f"image-{index + 1}.{image.mime_type.rsplit('/', 1)[-1]}"
            media_id = self.api.upload_image(image.data, image.mime_type, name)
            self.api.set_alt_text(media_id, image.alt)
            media_ids.append(media_id)
        body: dict[str, Any] = {"text": post.text}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        return self.receipt_for(self.api.create_post(body))

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """Not read back (see the module's text): None, which here means "not known"."""
        return None
