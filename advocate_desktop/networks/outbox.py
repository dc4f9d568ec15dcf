"""The Outbox account: "publishes" a post as a JSON file in a folder the employee chose.

It is the demo and offline target.  The file name is derived from the post id and
written atomically (a temporary file renamed into place), so a post is never
written twice, and after a crash the runner can tell for sure whether it went
out: the file is there or not.  Temporary files a crash left behind are removed
when the runner asks about an interrupted post.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from advocate_desktop.networks.base import (
    Capabilities,
    FailureKind,
    Idempotency,
    OutgoingPost,
    Publisher,
    PublishError,
    Receipt,
    require_str,
)
from advocate_desktop.networks.spec import (
    QT_TRANSLATE_NOOP,
    AuthKind,
    NetworkKey,
    NetworkSpec,
)

NETWORK = NetworkKey.OUTBOX.value
TEMPORARY_GLOB = ".post-*.tmp"

log = logging.getLogger(__name__)


class OutboxPublisher:
    # The file is there or not: find_published always knows.  The file lists the post's
    # images with their alt texts, as many as the networks it stands in for take.
    capabilities = Capabilities(
        reads_recent_posts=True, idempotency=Idempotency.FILE_NAME, max_images=4, alt_text=True
    )

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def profile_url(self) -> str:
        return self.folder.absolute().as_uri()

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> OutboxPublisher:
        return cls(Path(require_str(config, "folder")).expanduser())

    def path_for(self, post: OutgoingPost) -> Path:
        return self.folder / f"post-{post.post_id}.json"

    def temporary_path_for(self, post: OutgoingPost) -> Path:
        return self.folder / f".post-{post.post_id}.tmp"

    def remove_leftovers(self) -> int:
        """Delete the temporary files that publishes interrupted by a crash left behind.

        Only one instance of the app runs per profile and the runner asks about
        interrupted posts before it publishes anything, so no write is under way.
        """
        removed = 0
        try:
            leftovers = list(self.folder.glob(TEMPORARY_GLOB))
        except OSError:
            return 0
        for leftover in leftovers:
            try:
                leftover.unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except OSError as error:
                log.warning("cannot remove %s: %s", leftover, error)
        return removed

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """After a crash: the file is there (published) or not (surely not published)."""
        self.remove_leftovers()
        return self._receipt(post)

    def _receipt(self, post: OutgoingPost) -> Receipt | None:
        path = self.path_for(post)
        if not path.exists():
            return None
        # The file only ever appears whole (os.replace), so its presence is the answer;
        # a file someone edited by hand still means the post went out.
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            receipt_id = str(data["receipt_id"])
        except (OSError, ValueError, KeyError, TypeError):
            receipt_id = f"outbox-{post.post_id}"
        return Receipt(remote_id=receipt_id, url=path.as_uri())

    def publish(self, post: OutgoingPost) -> Receipt:
        existing = self._receipt(post)
        if existing is not None:
            return existing
        receipt_id = f"outbox-{post.post_id}"
        document = {
            "receipt_id": receipt_id,
            "post_id": post.post_id,
            "network": post.network,
            "language": post.language,
            "text": post.text,
            "time": post.due_at.isoformat(),
            "source_item_id": post.item_id,
            # The files as the post refers to them, so the rehearsal shows what a network
            # would get; the images themselves stay where they are.
            "images": [
                {"path": str(image.path), "alt_text": image.alt_text} for image in post.images
            ],
            "link": None
            if post.link is None
            else {
                "url": post.link.url,
                "title": post.link.title,
                "description": post.link.description,
                "thumbnail": str(post.link.thumbnail) if post.link.thumbnail else None,
            },
        }
        path = self.path_for(post)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.temporary_path_for(post)
            try:
                with temporary.open("w", encoding="utf-8") as stream:
                    json.dump(document, stream, ensure_ascii=False, indent=2)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except OSError as error:
            raise PublishError(
                FailureKind.TRANSIENT, "outbox_unwritable", f"{self.folder}: {error.strerror}"
            ) from error
        return Receipt(remote_id=receipt_id, url=path.as_uri())


def _publisher(config: dict[str, Any], _account_id: str) -> Publisher:
    return OutboxPublisher.from_config(config)


SPEC = NetworkSpec(
    key=NetworkKey.OUTBOX,
    label="Outbox",
    # The Outbox stands in for a network of the employee's choice: each account's
    # configuration names the text rules its posts are checked against.
    text_rules=None,
    auth=AuthKind.FOLDER,
    capabilities=OutboxPublisher.capabilities,
    publisher=_publisher,
    error_messages={
        "outbox_unwritable": QT_TRANSLATE_NOOP(
            "NetworkErrors", "The outbox folder cannot be written: %1"
        ),
    },
)
