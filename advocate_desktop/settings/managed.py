"""IT's managed configuration: preset values, and keys the employee cannot change.

File format (JSON)::

    {"settings": {"grace_minutes": 15}, "locked": ["grace_minutes"]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from advocate_desktop.settings.definitions import SETTINGS


class ManagedConfigError(ValueError):
    def __init__(self, source: str, pointer: str, problem: str) -> None:
        super().__init__(f"{source}: {pointer or '/'}: {problem}")
        self.source = source
        self.pointer = pointer


@dataclass(frozen=True)
class ManagedConfig:
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def load_managed(path: Path | None) -> ManagedConfig:
    if path is None or not path.exists():
        return ManagedConfig()
    source = str(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ManagedConfigError(source, "", f"cannot read: {error.strerror}") from error
    except ValueError as error:
        raise ManagedConfigError(source, "", f"not valid JSON: {error}") from error
    except RecursionError:
        raise ManagedConfigError(source, "", "the JSON is nested too deeply to be read") from None
    if not isinstance(document, Mapping):
        raise ManagedConfigError(source, "", "expected a JSON object")
    raw_values = document.get("settings", {})
    if not isinstance(raw_values, Mapping):
        raise ManagedConfigError(source, "/settings", "expected an object")
    values: dict[str, Any] = {}
    for key, value in raw_values.items():
        definition = SETTINGS.get(key)
        if definition is None:
            raise ManagedConfigError(source, f"/settings/{key}", "unknown setting")
        try:
            values[key] = definition.validate(value)
        except ValueError as error:
            raise ManagedConfigError(source, f"/settings/{key}", str(error)) from None
    locked = document.get("locked", [])
    if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
        raise ManagedConfigError(source, "/locked", "expected a list of setting names")
    for index, key in enumerate(locked):
        if key not in SETTINGS:
            raise ManagedConfigError(source, f"/locked/{index}", f"unknown setting {key!r}")
    unknown = sorted(set(document) - {"settings", "locked", *EXTRA_KEYS})
    if unknown:
        raise ManagedConfigError(source, f"/{unknown[0]}", "unknown key")
    extra = {k: v for k, v in document.items() if k in EXTRA_KEYS}
    _check_extra(extra, source)
    return ManagedConfig(values=values, locked=frozenset(locked), source=source, extra=extra)


EXTRA_KEYS = ("policy", "feeds", "trusted_keys", "pack_folder")


def _check_extra(extra: dict[str, Any], source: str) -> None:
    feeds = extra.get("feeds", [])
    if not isinstance(feeds, list) or not all(isinstance(f, str) for f in feeds):
        raise ManagedConfigError(source, "/feeds", "expected a list of feed addresses")
    keys = extra.get("trusted_keys", [])
    if not isinstance(keys, list):
        raise ManagedConfigError(source, "/trusted_keys", "expected a list of {name, key}")
    for index, entry in enumerate(keys):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("key"), str)
        ):
            raise ManagedConfigError(
                source,
                f"/trusted_keys/{index}",
                'expected {"name": ..., "key": "advocate-ed25519 ..."}',
            )
        try:
            key_expiry(entry.get("expires"))
        except ValueError as error:
            raise ManagedConfigError(source, f"/trusted_keys/{index}/expires", str(error)) from None
    folder = extra.get("pack_folder")
    if folder is not None and not isinstance(folder, str):
        raise ManagedConfigError(source, "/pack_folder", "expected a folder path")
    policy = extra.get("policy")
    if policy is not None and not isinstance(policy, dict):
        raise ManagedConfigError(source, "/policy", "expected a policy object with rules")


def key_expiry(value: Any) -> datetime | None:
    """When IT's trust in a key ends: a date (the start of that day, UTC) or a date and
    time with a time zone; None when the entry gives none."""
    if value is None:
        return None
    problem = "expected a date (2027-06-30) or a date and time with a time zone"
    if not isinstance(value, str):
        raise ValueError(problem)
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(problem) from None
    if moment.tzinfo is None:
        raise ValueError(problem)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(problem) from None
