"""The first-run agreement.  Checked without creating anything on disk."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

CONSENT_VERSION = 1


def consent_given(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("version") == CONSENT_VERSION


def record_consent(path: Path, now: datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"version": CONSENT_VERSION, "agreed_at": now.isoformat()}), encoding="utf-8"
    )
