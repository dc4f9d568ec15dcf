"""Every setting in one table: key, type, default, and whether IT may set or lock it."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from advocate_desktop.schedule.pacing import QuietHours
from advocate_desktop.schedule.zones import is_zone
from advocate_desktop.text.referral import check_referral_setting


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
    # Further checks of the value's shape; raises ValueError with what is wrong.
    check: Callable[[Any], object] | None = None

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
        if self.check is not None:
            try:
                self.check(value)
            except ValueError as error:
                raise ValueError(f"{self.key}: {error}") from None
        return value


def _zone_or_system(value: str) -> None:
    if value != "system" and not is_zone(value):
        raise ValueError(f"not a time zone name: {value!r}; use e.g. Europe/Warsaw")


def _quiet_hours_or_none(value: str) -> None:
    if value.strip():
        QuietHours.parse(value)


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
            "Accept only content packs signed by a trusted key: on, off, or auto (on from the"
            " first time a trusted key is configured, and it stays on when keys are removed).",
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
            "time_zone",
            str,
            "system",
            "The time zone in which the employee plans posts: 'system' (the computer's) or an"
            " IANA name such as Europe/Warsaw. A scheduled post keeps its moment when the"
            " computer's zone changes.",
            check=_zone_or_system,
        ),
        SettingDefinition(
            "pacing_min_gap_minutes",
            int,
            0,
            "Least time between two posts of the same account, in minutes (0: none). A pack's"
            " policy or IT may require more; the strictest value applies.",
            minimum=0,
            maximum=7 * 24 * 60,
        ),
        SettingDefinition(
            "pacing_daily_cap",
            int,
            0,
            "Most posts per network in one day (0: no cap). A pack's policy or IT may set a"
            " lower cap; the strictest value applies.",
            minimum=0,
            maximum=100,
        ),
        SettingDefinition(
            "pacing_quiet_hours",
            str,
            "",
            "Local hours in which no post is planned, as HH:MM-HH:MM (e.g. 22:00-07:00; empty:"
            " none). Quiet hours from a pack's policy or IT apply as well.",
            check=_quiet_hours_or_none,
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
        SettingDefinition(
            "referral_enabled",
            bool,
            False,
            "Add the employee's referral parameter to the links of job offers. Off unless the"
            " employee turns it on.",
        ),
        SettingDefinition(
            "referral_parameter",
            str,
            "",
            "The employee's personal referral parameter for careers links, as key=value"
            " (e.g. ref=jkowalska; empty: none). Added only to links to the item's own site in"
            " job offers, and only while referral_enabled is on.",
            check=check_referral_setting,
        ),
    )
}
