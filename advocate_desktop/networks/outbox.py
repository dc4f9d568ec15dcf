"""The Outbox account: "publishes" a post as a JSON file in a folder the employee chose.

It is the demo and offline target.  The file name is derived from the post id and
written atomically, so a post is never written twice, and after a crash the
runner can tell whether it went out.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from advocate_desktop.networks.base import (
    Capabilities,
    FailureKind,
    OutgoingPost,
    PublishError,
    Receipt,
    require_str,
)

NETWORK = "outbox"


class OutboxPublisher:
    # The file is there or not: find_published always knows.
    capabilities = Capabilities(reads_recent_posts=True)

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def profile_url(self) -> str:
        return self.folder.absolute().as_uri()

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> OutboxPublisher:
        return cls(Path(require_str(config, "folder")).expanduser())

    def path_for(self, post: OutgoingPost) -> Path:
        return self.folder / f"post-{post.post_id}.json"

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        path = self.path_for(post)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None
        return Receipt(remote_id=str(data.get("receipt_id", "")), url=path.as_uri())

    def publish(self, post: OutgoingPost) -> Receipt:
        existing = self.find_published(post)
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
        }
        path = self.path_for(post)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".post-", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    json.dump(document, stream, ensure_ascii=False, indent=2)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise PublishError(
                FailureKind.TRANSIENT, "outbox_unwritable", f"{self.folder}: {error.strerror}"
            ) from error
        return Receipt(remote_id=receipt_id, url=path.as_uri())
