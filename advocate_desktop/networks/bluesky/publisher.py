"""Publishing one post to a Bluesky account, exactly once.

Everything that can be checked without the server is checked first (length as
the server counts it, images and their alt text), so a post that cannot go out
is refused before any request.  Then mentions are resolved to DIDs, images (or
the link card's thumbnail) uploaded as blobs, and the ``app.bsky.feed.post``
record created under a key derived from the post id
(:mod:`.record_key`).  Blobs are addressed by their content, so uploading one
again after an interruption stores nothing twice, and an unreferenced blob is
dropped by the server.

The record is looked up under that key first, so a post that already went out
is answered with its receipt and nothing is uploaded again.  When creating the
record fails in any way that might have left it written (a timeout, a dropped
connection, a 5xx; the reference PDS answers a taken key with a 500 from its
Merkle tree) the record is read back: if it is there, the post went out.  Only when the
answer stays unknown is ``unknown_outcome`` raised, as a transient error: a
retry is safe, because the key can hold one record only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

from advocate_desktop.http import retry_at_from_headers
from advocate_desktop.networks.base import FailureKind, OutgoingPost, PublishError, Receipt
from advocate_desktop.text.bluesky import MAX_BYTES, MAX_GRAPHEMES, ServerText, server_text
from advocate_desktop.text.facets import MENTION

from .errors import BlueskyError
from .images import MAX_IMAGES, ImageProblem, PostImage, PreparedImage, prepare_image
from .record_key import record_key
from .secrets import AccountSecrets
from .session import BlueskyAccount, SessionExpired, Tokens
from .spec import SPEC
from .xrpc import TransportError, XrpcClient, XrpcError

NETWORK = SPEC.key.value
COLLECTION = "app.bsky.feed.post"
APP_URL = "https://bsky.app"

# Stable codes of PublishError (the UI translates them).
RATE_LIMITED = "rate_limited"
SIGN_IN_AGAIN = "sign_in_again"
REJECTED = "rejected"
UNKNOWN_OUTCOME = "unknown_outcome"
SERVER_UNAVAILABLE = "server_unavailable"
TOO_LONG = "too_long"
TOO_MANY_IMAGES = "too_many_images"
ALT_TEXT_MISSING = "alt_text_missing"
IMAGE_UNREADABLE = "image_unreadable"
IMAGE_TOO_LARGE = "image_too_large"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkCard:
    """The feed item behind a link: shown as an ``app.bsky.embed.external`` card."""

    url: str
    title: str
    description: str = ""
    thumbnail: Path | None = None


class BlueskyPublisher:
    #: find_published reads the record under the post's own key: None means it is not
    #: there, and a retry writes under the same key, so it can never make two records.
    capabilities = SPEC.capabilities

    def __init__(
        self,
        account: BlueskyAccount,
        secrets: AccountSecrets,
        *,
        session: requests.Session | None = None,
        client: XrpcClient | None = None,
    ) -> None:
        self.account = account
        self._client = client or XrpcClient(account.service, session)
        self._tokens = Tokens(account, self._client, secrets)

    @classmethod
    def from_config(
        cls,
        config: dict[str, Any],
        secrets: AccountSecrets,
        session: requests.Session | None = None,
    ) -> BlueskyPublisher:
        return cls(BlueskyAccount.from_config(config), secrets, session=session)

    def profile_url(self) -> str:
        """The account's page in the Bluesky web app."""
        return f"{APP_URL}/profile/{self.account.handle}"

    def receipt_for(self, rkey: str) -> Receipt:
        uri = f"at://{self.account.did}/{COLLECTION}/{rkey}"
        return Receipt(uri, f"{APP_URL}/profile/{self.account.handle}/post/{rkey}")

    # -- publishing -----------------------------------------------------------------

    def publish(
        self,
        post: OutgoingPost,
        *,
        images: Sequence[PostImage] | None = None,
        link_card: LinkCard | None = None,
    ) -> Receipt:
        """Publish once.  Raises :class:`PublishError` when nothing was published.

        The images and link card are the post's own (``post.images``, ``post.link``)
        unless given here.  Blobs are addressed by their content, so nothing needs
        ``post.media_uploaded``: an image uploaded again is the same blob.
        """
        if images is None:
            images = [PostImage(image.path, image.alt_text) for image in post.images]
        if link_card is None and post.link is not None:
            link = post.link
            link_card = LinkCard(link.url, link.title, link.description, link.thumbnail)
        composed = server_text(post.text)
        if not composed.fits:
            raise BlueskyError(
                TOO_LONG,
                f"{composed.graphemes}/{MAX_GRAPHEMES} graphemes, "
                f"{composed.utf8_bytes}/{MAX_BYTES} bytes",
            )
        if len(images) > MAX_IMAGES:
            raise BlueskyError(TOO_MANY_IMAGES, f"{len(images)}/{MAX_IMAGES}")
        try:
            prepared = [prepare_image(image.path, image.alt) for image in images]
            thumbnail = None
            if link_card is not None and not images and link_card.thumbnail is not None:
                thumbnail = prepare_image(link_card.thumbnail, "", require_alt=False)
        except ImageProblem as problem:
            raise BlueskyError(problem.code, problem.detail) from None
        rkey = record_key(post.post_id)
        try:
            # Already out (an earlier attempt whose answer was lost)?  Then nothing
            # is uploaded again, and the server never sees the key taken twice.
            existing = self._read_back(rkey)
            if existing is not None:
                return existing
            dids = self._resolve_mentions(composed)
            embed = self._embed(prepared, link_card if not images else None, thumbnail)
            record = self._record(post, composed, dids, embed)
            return self._create(rkey, record)
        except SessionExpired as error:
            raise BlueskyError(SIGN_IN_AGAIN, str(error)) from None
        except XrpcError as error:
            raise _publish_error(error) from None
        except TransportError as error:
            raise BlueskyError(SERVER_UNAVAILABLE, str(error)) from None

    def _resolve_mentions(self, composed: ServerText) -> dict[str, str]:
        """Handle → DID for every mention that resolves; the others stay plain text,
        as in the official app."""
        dids: dict[str, str] = {}
        for facet in composed.facets:
            handle = facet.value.lower()
            if facet.kind != MENTION or handle in dids:
                continue
            try:
                answer = self._client.query(
                    "com.atproto.identity.resolveHandle", {"handle": handle}
                )
            except XrpcError as error:
                if error.status == 400 and error.error:
                    log.info("mention @%s does not resolve; posted as plain text", handle)
                    continue
                raise
            did = answer.get("did")
            if isinstance(did, str) and did.startswith("did:"):
                dids[handle] = did
        return dids

    def _upload(self, image: PreparedImage) -> dict[str, Any]:
        answer = self._tokens.call(
            lambda token: self._client.upload(
                "com.atproto.repo.uploadBlob", image.data, image.mime_type, token
            )
        )
        blob = answer.get("blob")
        if not isinstance(blob, dict):
            raise XrpcError(200, "", "the upload answer has no blob")
        return blob

    def _embed(
        self,
        images: list[PreparedImage],
        link_card: LinkCard | None,
        thumbnail: PreparedImage | None,
    ) -> dict[str, Any] | None:
        if images:
            return {
                "$type": "app.bsky.embed.images",
                "images": [
                    {
                        "alt": image.alt,
                        "image": self._upload(image),
                        "aspectRatio": {"width": image.width, "height": image.height},
                    }
                    for image in images
                ],
            }
        if link_card is None:
            return None
        external: dict[str, Any] = {
            "uri": link_card.url,
            "title": link_card.title,
            "description": link_card.description,
        }
        if thumbnail is not None:
            external["thumb"] = self._upload(thumbnail)
        return {"$type": "app.bsky.embed.external", "external": external}

    @staticmethod
    def _record(
        post: OutgoingPost,
        composed: ServerText,
        dids: dict[str, str],
        embed: dict[str, Any] | None,
    ) -> dict[str, Any]:
        record: dict[str, Any] = {
            "$type": COLLECTION,
            "text": composed.text,
            "createdAt": datetime.now(UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
        }
        if post.language:
            record["langs"] = [post.language]
        facets = [f for f in (facet.to_record(dids) for facet in composed.facets) if f]
        if facets:
            record["facets"] = facets
        if embed is not None:
            record["embed"] = embed
        return record

    def _create(self, rkey: str, record: dict[str, Any]) -> Receipt:
        body = {"repo": self.account.did, "collection": COLLECTION, "rkey": rkey, "record": record}
        try:
            answer = self._tokens.call(
                lambda token: self._client.procedure("com.atproto.repo.createRecord", body, token)
            )
        except TransportError as error:
            if not error.maybe_sent:
                raise
            return self._settle(rkey, BlueskyError(UNKNOWN_OUTCOME, str(error)))
        except XrpcError as error:
            if error.status == 429:
                raise
            # A taken key (an earlier attempt got through) or a server that failed
            # half-way: the record itself says whether the post went out.
            return self._settle(rkey, _publish_error(error))
        uri = answer.get("uri")
        if isinstance(uri, str) and not uri.endswith(f"/{rkey}"):
            log.warning("the server stored the post as %s, not under key %s", uri, rkey)
        return self.receipt_for(rkey)

    def _settle(self, rkey: str, otherwise: PublishError) -> Receipt:
        try:
            found = self._read_back(rkey)
        except (XrpcError, TransportError) as error:
            if otherwise.kind is FailureKind.PERMANENT:
                raise otherwise from None  # the server said no, and nothing says otherwise
            raise BlueskyError(UNKNOWN_OUTCOME, f"{otherwise.detail}; read-back: {error}") from None
        if found is not None:
            return found
        raise otherwise

    # -- after a crash --------------------------------------------------------------

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """The receipt if the post's record exists, None if the server says it does not."""
        try:
            return self._read_back(record_key(post.post_id))
        except XrpcError as error:
            raise _publish_error(error) from None
        except TransportError as error:
            raise BlueskyError(SERVER_UNAVAILABLE, str(error)) from None

    def _read_back(self, rkey: str) -> Receipt | None:
        try:
            self._client.query(
                "com.atproto.repo.getRecord",
                {"repo": self.account.did, "collection": COLLECTION, "rkey": rkey},
            )
        except XrpcError as error:
            if error.error == "RecordNotFound" or (
                error.status in (400, 404) and "could not locate record" in error.message.lower()
            ):
                return None
            raise
        return self.receipt_for(rkey)

    def read_record(self, rkey: str) -> dict[str, Any]:
        """The stored record under ``rkey`` (its ``value``), for checks and reconciliation."""
        answer = self._client.query(
            "com.atproto.repo.getRecord",
            {"repo": self.account.did, "collection": COLLECTION, "rkey": rkey},
        )
        value = answer.get("value")
        return value if isinstance(value, dict) else {}


if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher

    def _is_a_publisher(publisher: BlueskyPublisher) -> Publisher:
        return publisher  # mypy holds BlueskyPublisher to the Publisher protocol


def _publish_error(error: XrpcError) -> BlueskyError:
    if error.status == 429:
        retry_at = retry_at_from_headers(error.headers, datetime.now(UTC))
        return BlueskyError(
            RATE_LIMITED,
            f"retry_at={retry_at.isoformat()}" if retry_at else "retry_at=unknown",
            retry_at=retry_at,
        )
    if error.status >= 500 or error.status in (408, 425):
        return BlueskyError(SERVER_UNAVAILABLE, str(error))
    if error.status == 401 or error.error in ("ExpiredToken", "InvalidToken"):
        return BlueskyError(SIGN_IN_AGAIN, str(error))
    return BlueskyError(REJECTED, error.message or str(error))
