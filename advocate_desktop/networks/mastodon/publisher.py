"""Publishing to a Mastodon account exactly once, and finding a post after a crash.

``publish`` sends ``POST /api/v1/statuses`` with ``Idempotency-Key`` set to the
post's id: Mastodon keeps the key for an hour and answers a repeated request with
the status it already made, so a retry after a 5xx or a 429 cannot post twice.  A
post that was sent and got no answer is ``unknown_outcome``, never retried here;
``find_published`` settles it.

``find_published`` reads the account's recent statuses (newest first) created since
shortly before the post was due, and compares the post's text with each status's
source text (``GET /api/v1/statuses/:id/source``, exactly what was sent) — after a
cheap first look at the rendered HTML, which settles most cases in one request.
No marker is added to the post: the employee's text goes out unchanged.  The account's
own timeline, read with ``read:statuses``, lists every status it has, so when the post
is not there it did not go out (``reads_recent_posts``); a status deleted by the employee
in between is the one case this cannot tell, and the Idempotency-Key still guards an
immediate retry.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import requests

from advocate_desktop.networks.account_secrets import SecretHandle
from advocate_desktop.networks.base import OutgoingPost, Receipt, require_str
from advocate_desktop.networks.mastodon.account import TOKEN_SECRET, VISIBILITIES
from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts, text_field
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.instance import InstanceLimits, fetch_instance
from advocate_desktop.networks.mastodon.media import (
    PostImage,
    ReadyImage,
    prepare_images,
    upload,
)
from advocate_desktop.text.networks import mastodon_rules

#: How far before the due time a status may carry its timestamp (clocks differ).
CLOCK_SLACK = timedelta(minutes=10)
PAGE_SIZE = 40
MAX_PAGES = 5
MAX_SOURCE_LOOKUPS = 20


def mastodon_text_length(text: str, limits: InstanceLimits) -> int:
    """The length Mastodon counts, with this server's weight for a link: the same
    rules the counter and the policy check use for the account."""
    return mastodon_rules(
        limits.max_characters, limits.characters_reserved_per_url, limits.max_media_attachments
    ).count(text)


class _TextOfHtml(HTMLParser):
    """The text of a status's HTML, with hidden link parts, and breaks as newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p":
            if self._paragraphs:
                self.parts.append("\n\n")
            self._paragraphs += 1

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of_html(content: str) -> str:
    parser = _TextOfHtml()
    parser.feed(content)
    parser.close()
    return "".join(parser.parts)


def _same_text(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


class MastodonPublisher:
    """Publishes with Mastodon's own error codes; the runner gets it through
    :class:`~.contract.MastodonAccountPublisher`, which declares what it can do."""

    def __init__(
        self,
        base_url: str,
        remote_account_id: str,
        secrets: SecretHandle,
        *,
        visibility: str = "public",
        limits: InstanceLimits | None = None,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        self.api = MastodonApi(
            base_url, session=session, timeouts=timeouts, token=lambda: secrets.get(TOKEN_SECRET)
        )
        self.remote_account_id = remote_account_id
        self.visibility = visibility
        self._limits = limits
        self._sleep = sleep

    @classmethod
    def from_config(
        cls, config: dict[str, Any], secrets: SecretHandle, **kwargs: Any
    ) -> MastodonPublisher:
        """From the account's configuration (:meth:`MastodonAccount.to_config`)."""
        visibility = config.get("visibility", "public")
        if "limits" in config:
            kwargs.setdefault("limits", InstanceLimits.from_config(config["limits"]))
        return cls(
            require_str(config, "instance"),
            require_str(config, "remote_account_id"),
            secrets,
            visibility=visibility if visibility in VISIBILITIES else "public",
            **kwargs,
        )

    @property
    def limits(self) -> InstanceLimits:
        """The server's limits as configured, else read once from the server."""
        if self._limits is None:
            self._limits = fetch_instance(self.api).limits
        return self._limits

    def check(self, post: OutgoingPost, images: Sequence[PostImage] = ()) -> list[ReadyImage]:
        """Our checks with the server's limits, before anything is sent; the images read."""
        length = mastodon_text_length(post.text, self.limits)
        if length > self.limits.max_characters:
            raise MastodonError(
                "text_too_long", f"{length} characters, at most {self.limits.max_characters}"
            )
        return prepare_images(images, self.limits)

    def publish(
        self,
        post: OutgoingPost,
        images: Sequence[PostImage] = (),
        on_uploaded: Callable[[int, str], None] | None = None,
    ) -> Receipt:
        """Publish once: images first (each with its alt text), then the status.

        ``on_uploaded(index, media_id)`` is told each new upload as soon as it is ready,
        so the caller can store the id and pass it back in :class:`PostImage` on a
        retry of the same post instead of uploading the image again.
        """
        body = self.status_body(post, images, on_uploaded)
        response = self.api.send(
            "POST",
            "/api/v1/statuses",
            json_body=body,
            headers={"Idempotency-Key": post.post_id},
            sent_post=True,
        )
        status = self.api.json(response, sent_post=True)
        if not isinstance(status, dict) or not status.get("id"):
            raise MastodonError("unknown_outcome", "the answer to the post has no status id")
        return self._receipt(status)

    def status_body(
        self,
        post: OutgoingPost,
        images: Sequence[PostImage] = (),
        on_uploaded: Callable[[int, str], None] | None = None,
    ) -> dict[str, Any]:
        """The new status's fields, after our checks and the images' upload."""
        ready = self.check(post, images)
        media_ids = []
        for index, image in enumerate(ready):
            if image.media_id:
                media_ids.append(image.media_id)
                continue
            media_id = upload(self.api, image, sleep=self._sleep)
            if on_uploaded is not None:
                on_uploaded(index, media_id)
            media_ids.append(media_id)
        body: dict[str, Any] = {
            "status": post.text,
            "visibility": self.visibility,
            "language": post.language,
        }
        if media_ids:
            body["media_ids"] = media_ids
        return body

    def receipt(self, status: dict[str, Any]) -> Receipt:
        """The receipt of a status the server answered with."""
        return self._receipt(status)

    def _receipt(self, status: dict[str, Any]) -> Receipt:
        remote_id = text_field(status, "id", what="the status")
        url = status.get("url") or status.get("uri") or ""
        return Receipt(remote_id=remote_id, url=str(url))

    def find_published(
        self, post: OutgoingPost, images: Sequence[PostImage] | None = None
    ) -> Receipt | None:
        """The post among the account's statuses since it was due, or None."""
        due = post.due_at if post.due_at.tzinfo else post.due_at.replace(tzinfo=UTC)
        since = due - CLOCK_SLACK
        lookups = 0
        for status in self._recent_statuses(since):
            if images is not None and len(status.get("media_attachments") or []) != len(images):
                continue
            if _same_text(text_of_html(str(status.get("content") or "")), post.text):
                return self._receipt(status)
            if lookups >= MAX_SOURCE_LOOKUPS:
                continue
            lookups += 1
            status_id = text_field(status, "id", what="a status")
            source = self.api.object("source", self.api.get(f"/api/v1/statuses/{status_id}/source"))
            if _same_text(str(source.get("text") or ""), post.text):
                return self._receipt(status)
        return None

    def _recent_statuses(self, since: datetime) -> Iterator[dict[str, Any]]:
        path = f"/api/v1/accounts/{self.remote_account_id}/statuses"
        max_id: str | None = None
        for _page in range(MAX_PAGES):
            params = {"limit": str(PAGE_SIZE), "exclude_reblogs": "true"}
            if max_id:
                params["max_id"] = max_id
            page = self.api.get(path, params=params)
            if not isinstance(page, list):
                raise MastodonError("bad_response", f"{path} did not answer with a list")
            for status in page:
                if not isinstance(status, dict):
                    continue
                created = _created_at(status)
                if created is not None and created < since:
                    return
                yield status
            if len(page) < PAGE_SIZE:
                return
            last = page[-1]
            max_id = str(last.get("id")) if isinstance(last, dict) else None
            if not max_id:
                return


def _created_at(status: dict[str, Any]) -> datetime | None:
    value = status.get("created_at")
    if not isinstance(value, str):
        return None
    try:
        created = datetime.fromisoformat(value)
    except ValueError:
        return None
    return created if created.tzinfo else created.replace(tzinfo=UTC)
