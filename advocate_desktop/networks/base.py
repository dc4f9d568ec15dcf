"""What every publisher takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Protocol


@dataclass(frozen=True)
class OutgoingPost:
    post_id: str
    account_id: str
    network: str
    language: str
    text: str
    item_id: str | None
    due_at: datetime


@dataclass(frozen=True)
class Receipt:
    remote_id: str
    url: str


class FailureKind(Enum):
    TRANSIENT = "transient"  # worth retrying later: network down, disk unmounted, 5xx, 429
    PERMANENT = "permanent"  # retrying cannot help: rejected text, revoked token


class PublishError(Exception):
    """A publish that did not happen.  ``code`` is stable; the UI translates it."""

    def __init__(self, kind: FailureKind, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.kind = kind
        self.code = code
        self.detail = detail


class Publisher(Protocol):
    #: True when :meth:`find_published` answering None means the post surely did
    #: not go out (the Outbox: its file is there or not), so an interrupted publish
    #: may simply be tried again.  Where a network cannot be read back, None only
    #: means "not found" and the employee is asked.
    knows_outcome: bool

    def publish(self, post: OutgoingPost) -> Receipt:
        """Publish once.  Raises :class:`PublishError` when nothing was published."""

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        """After a crash mid-publish: the receipt if the post did go out, else None."""


class AccountConfigError(ValueError):
    """An account's stored configuration cannot make a publisher."""


def require_str(config: dict[str, Any], key: str) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value:
        raise AccountConfigError(f"the account has no {key!r}")
    return value
