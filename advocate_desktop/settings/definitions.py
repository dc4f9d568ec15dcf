"""Every setting in one table: key, type, default, and whether IT may set or lock it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    type: type[Any]
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: Any) -> Any:
        if self.type is int and isinstance(value, bool):
            raise ValueError(f"{self.key}: expected a whole number")
        if not isinstance(value, self.type):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: expected one of {list(self.choices)}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.key}: at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.key}: at most {self.maximum}")
        return value


SETTINGS: dict[str, SettingDefinition] = {
    d.key: d
    for d in (
        SettingDefinition(
            "language",
            str,
            "system",
            "Interface language: the system's, English or Polish (applies after a restart).",
            choices=("system", "en", "pl"),
        ),
        SettingDefinition(
            "paused",
            bool,
            False,
            "When on, nothing is published; scheduled posts wait until it is turned off.",
        ),
        SettingDefinition(
            "grace_minutes",
            int,
            30,
            "How late a post may still go out when the computer was off or asleep at its time."
            " Later than that, it waits for the employee's confirmation.",
            minimum=0,
            maximum=24 * 60,
        ),
        SettingDefinition(
            "close_to_tray",
            bool,
            True,
            "Closing the window keeps the app in the tray so scheduled posts go out.",
        ),
    )
}
