"""A release's pack id, version and expiry: from what was asked, else the defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from advocate_desktop.services.authoring.errors import BadInput
from advocate_desktop.services.authoring.results import Release


@dataclass(frozen=True)
class StampedRelease:
    version: int
    pack_id: str | None  # None: build/sign take feed.json's
    expires_at: datetime | None


def resolve_release(release: Release, pack: Path) -> StampedRelease:
    """``release`` with its defaults filled in for ``pack`` (a folder or a zip).
    Raises :class:`BadInput` for a date that does not parse or a negative version."""
    from advocate_desktop.feed.errors import FeedError
    from advocate_desktop.feed.pack_build import default_version
    from advocate_desktop.settings.managed import key_expiry

    try:
        if isinstance(release.expires, datetime):
            expires_at = key_expiry(release.expires.isoformat())
        else:
            expires_at = key_expiry(release.expires)
        version = release.version
        if version is None:
            if pack.is_dir():
                version = default_version(pack)
            else:
                epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
                if epoch and not epoch.isdigit():
                    raise ValueError("SOURCE_DATE_EPOCH is a whole number of seconds")
                version = int(epoch) if epoch else int(pack.stat().st_mtime)
    except FeedError as error:
        raise BadInput(str(error)) from None
    except ValueError as error:
        raise BadInput(str(error)) from None
    except OSError as error:
        raise BadInput(f"cannot read {pack}: {error.strerror}") from None
    if version < 0:
        raise BadInput("--pack-version is a whole number, 0 or more")
    return StampedRelease(version, release.pack_id, expires_at)
