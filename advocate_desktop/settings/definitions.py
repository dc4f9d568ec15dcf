"""Every setting in one table: key, type, default, and whether IT may set or lock it."""

from __future__ import annotations

import builtins
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
    item_type: builtins.type[Any] | None = None  # for lists

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
        if self.item_type is not None and not all(isinstance(v, self.item_type) for v in value):
            raise ValueError(f"{self.key}: every entry must be {self.item_type.__name__}")
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
            "sync_minutes",
            int,
            30,
            "How often subscribed feeds are checked for new content, in minutes.",
            minimum=5,
            maximum=24 * 60,
        ),
        SettingDefinition(
            "require_signed",
            str,
            "auto",
            "Accept only content packs signed by a trusted key: on, off, or auto (on as soon"
            " as any trusted key is configured).",
            choices=("auto", "on", "off"),
        ),
        SettingDefinition(
            "trusted_keys",
            list,
            [],
            "Public keys the employee chose to trust (lines 'advocate-ed25519 KEY name').",
            item_type=str,
        ),
        SettingDefinition(
            "close_to_tray",
            bool,
            True,
            "Closing the window keeps the app in the tray so scheduled posts go out.",
        ),
        SettingDefinition(
            "start_at_login",
            bool,
            False,
            "Start the app (in the tray) when the employee logs in, so scheduled posts go out."
            " Off unless the employee turns it on; IT may lock it off.",
        ),
        SettingDefinition(
            "start_at_login_offered",
            bool,
            False,
            "Whether the app has asked once, after the first scheduled post, to start at login.",
        ),
    )
}
