"""Mastodon's scheduled statuses: the server publishes a post at its time by itself.

``POST /api/v1/statuses`` with ``scheduled_at`` at least five minutes ahead answers
with a ScheduledStatus (``id``, ``scheduled_at``, ``params``) instead of a status;
``GET /api/v1/scheduled_statuses`` lists what the server holds for the account,
``PUT …/:id`` moves one to a new time and ``DELETE …/:id`` withdraws it.  At its
time the server turns the scheduled status into an ordinary status and deletes the
scheduled one, so a post gone from the list either went out (``find_published``
finds it among the account's statuses) or was deleted by someone on the server.

Mastodon keeps the Idempotency-Key of a scheduled status too, but a client cannot
rely on it after a crash (the key lives an hour, and test servers ignore it), so
an interrupted hand-over is settled by reading the list, never by sending again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from advocate_desktop.networks.base import HeldCopy, OutgoingPost, Receipt
from advocate_desktop.networks.mastodon.api import text_field
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.publisher import MastodonPublisher

#: Mastodon refuses (or publishes at once) a scheduled_at closer than this.
MIN_LEAD = timedelta(minutes=5)
PAGE_SIZE = 40
#: Mastodon holds at most 300 scheduled statuses per account: eight pages.
MAX_PAGES = 10


def server_time(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as Mastodon writes its own times."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_time(value: object, what: str) -> datetime:
    if not isinstance(value, str):
        raise MastodonError("bad_response", f"{what} has no scheduled_at")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MastodonError("bad_response", f"{what} has an unreadable scheduled_at") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def held_copy(scheduled: dict[str, Any]) -> HeldCopy:
    """A ScheduledStatus as the app keeps it; its text is ``params.text``."""
    server_id = text_field(scheduled, "id", what="the scheduled status")
    params = scheduled.get("params")
    text = params.get("text") if isinstance(params, dict) else None
    return HeldCopy(
        server_id=server_id,
        scheduled_at=_parse_time(scheduled.get("scheduled_at"), "the scheduled status"),
        text=text if isinstance(text, str) else "",
    )


def _is_scheduled_status(answer: dict[str, Any]) -> bool:
    # A Status has content and a created_at; a ScheduledStatus has neither.
    return "scheduled_at" in answer and "content" not in answer and "created_at" not in answer


class MastodonScheduled:
    """The scheduled statuses of one signed-in account."""

    min_lead = MIN_LEAD

    def __init__(self, publisher: MastodonPublisher) -> None:
        self.publisher = publisher
        self.api = publisher.api

    def hand_over(self, post: OutgoingPost, key: str) -> HeldCopy | Receipt:
        """Ask the server to publish ``post`` at ``post.due_at``.

        The same checks and image uploads as publishing, then one request; an answer
        that is a published status (the server's clock was past the lead) is a Receipt.
        """
        from advocate_desktop.networks.mastodon.contract import images_of

        # The images go up now, each id kept at once, as when publishing.
        body = self.publisher.status_body(post, images_of(post), post.media_uploaded)
        body["scheduled_at"] = server_time(post.due_at)
        response = self.api.send(
            "POST",
            "/api/v1/statuses",
            json_body=body,
            headers={"Idempotency-Key": key},
            sent_post=True,
        )
        answer = self.api.json(response, sent_post=True)
        if not isinstance(answer, dict) or not answer.get("id"):
            raise MastodonError("unknown_outcome", "the answer to the hand-over has no id")
        if _is_scheduled_status(answer):
            return held_copy(answer)
        return self.publisher.receipt(answer)

    def held_copies(self) -> list[HeldCopy]:
        """Every scheduled status of the account, newest id first as the server pages them."""
        found: dict[str, HeldCopy] = {}
        max_id: str | None = None
        path = "/api/v1/scheduled_statuses"
        for _page in range(MAX_PAGES):
            params = {"limit": str(PAGE_SIZE)}
            if max_id:
                params["max_id"] = max_id
            page = self.api.get(path, params=params)
            if not isinstance(page, list):
                raise MastodonError("bad_response", f"{path} did not answer with a list")
            fresh = [held_copy(s) for s in page if isinstance(s, dict)]
            fresh = [c for c in fresh if c.server_id not in found]
            for copy in fresh:
                found[copy.server_id] = copy
            # A server that ignores paging answers everything again: nothing new ends it.
            if len(page) < PAGE_SIZE or not fresh:
                break
            max_id = fresh[-1].server_id
        return list(found.values())

    def retime(self, server_id: str, at: datetime) -> HeldCopy | None:
        try:
            response = self.api.send(
                "PUT",
                f"/api/v1/scheduled_statuses/{server_id}",
                json_body={"scheduled_at": server_time(at)},
            )
        except MastodonError as error:
            if error.code == "not_found":
                return None
            raise
        answer = self.api.object("the re-timed scheduled status", self.api.json(response))
        return held_copy(answer)

    def withdraw(self, server_id: str) -> bool:
        try:
            self.api.send("DELETE", f"/api/v1/scheduled_statuses/{server_id}")
        except MastodonError as error:
            if error.code == "not_found":
                return False
            raise
        return True

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return self.publisher.find_published(post)
