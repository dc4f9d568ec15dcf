"""IT's managed configuration: preset values, and keys the employee cannot change.

File format (JSON)::

    {"settings": {"grace_minutes": 15}, "locked": ["grace_minutes"]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
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
    extra = {k: v for k, v in document.items() if k not in {"settings", "locked"}}
    return ManagedConfig(values=values, locked=frozenset(locked), source=source, extra=extra)
