"""What can go wrong publishing to Bluesky, as stable codes (listed in :mod:`.spec`)."""

from __future__ import annotations

from datetime import datetime

from advocate_desktop.networks.base import FailureKind, PublishError

from .spec import ERROR_MESSAGES, TRANSIENT_CODES


class BlueskyError(PublishError):
    """A failure with a stable ``code``; ``retry_at`` when a 429 said when to come back."""

    def __init__(self, code: str, detail: str = "", *, retry_at: datetime | None = None) -> None:
        if code not in ERROR_MESSAGES:
            raise ValueError(f"unknown Bluesky error code {code!r}")
        kind = FailureKind.TRANSIENT if code in TRANSIENT_CODES else FailureKind.PERMANENT
        super().__init__(kind, code, detail)
        self.retry_at = retry_at
