"""Wall-clock times in the employee's IANA zone, resolved to UTC explicitly.

A post is stored as a UTC instant plus the zone it was planned in.  A local time
that does not exist (the hour skipped when clocks spring forward) or exists twice
(the hour repeated in autumn) is never guessed silently: :func:`resolve` says
which case it is, which instant was chosen and what the alternative was, so the
picker can show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class UnknownZone(ValueError):
    """Not an IANA zone name this computer knows."""


class WallTime(Enum):
    EXISTS = "exists"
    SKIPPED = "skipped"  # clocks jumped over it (spring forward)
    REPEATED = "repeated"  # it happens twice (autumn)


@dataclass(frozen=True)
class Resolution:
    """How a wall time in a zone became an instant."""

    wall: datetime  # naive, as the employee picked it
    zone: str
    kind: WallTime
    instant: datetime  # aware, UTC: what is stored
    # The other reading: the second occurrence of a repeated time (or the first when
    # ``later``); for a skipped time, the instant read with the offset after the jump.
    alternative: datetime | None = None

    @property
    def local(self) -> datetime:
        """The instant as the clock on the wall will read it (differs for a skipped time)."""
        return self.instant.astimezone(zone_info(self.zone))


@lru_cache(maxsize=64)
def zone_info(name: str) -> ZoneInfo:
    """The zone called ``name``; raises :class:`UnknownZone` for anything else."""
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        raise UnknownZone(f"not a time zone name: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise UnknownZone(f"unknown time zone {name!r}") from error


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this computer knows, sorted.  Reads the disk: call it on a worker."""
    return tuple(sorted(available_timezones()))


def is_zone(name: str) -> bool:
    try:
        zone_info(name)
    except UnknownZone:
        return False
    return True


def resolve(wall: datetime, zone: str, *, later: bool = False) -> Resolution:
    """The UTC instant for ``wall`` (naive) in ``zone``.

    A skipped time moves forward by the length of the jump (02:30 on the night
    clocks go from 02:00 to 03:00 becomes 03:30), as a clock on the wall would
    read it.  A repeated time is its first occurrence unless ``later`` is true.
    """
    if wall.tzinfo is not None:
        raise ValueError("resolve takes the wall time as a naive datetime")
    info = zone_info(zone)
    first = wall.replace(tzinfo=info, fold=0)
    second = wall.replace(tzinfo=info, fold=1)
    first_utc = first.astimezone(UTC)
    second_utc = second.astimezone(UTC)
    if first_utc == second_utc:
        return Resolution(wall, zone, WallTime.EXISTS, first_utc)
    if _round_trips(first_utc, info, wall):
        # Both folds read back as this wall time: it happens twice.
        chosen, other = (second_utc, first_utc) if later else (first_utc, second_utc)
        return Resolution(wall, zone, WallTime.REPEATED, chosen, other)
    # Neither reads back: the time was skipped.  fold=0 applies the offset from
    # before the jump, which lands as far past the jump as the wall time was into it.
    return Resolution(wall, zone, WallTime.SKIPPED, first_utc, second_utc)


def _round_trips(instant: datetime, info: ZoneInfo, wall: datetime) -> bool:
    return instant.astimezone(info).replace(tzinfo=None) == wall


@dataclass(frozen=True)
class ShownTimes:
    """A post's time for the Queue: in the zone it was planned in, and here if that differs."""

    planned: datetime  # aware, in the planned zone
    planned_zone: str
    here: datetime | None  # aware, in the computer's zone; None when it reads the same

    def planned_text(self) -> str:
        return self.planned.strftime("%Y-%m-%d %H:%M")

    def here_text(self) -> str:
        return self.here.strftime("%Y-%m-%d %H:%M") if self.here is not None else ""


def shown_times(instant: datetime, planned_zone: str | None, computer_zone: str) -> ShownTimes:
    """The times to show for ``instant``; an unknown stored zone falls back to the computer's."""
    if instant.tzinfo is None:
        raise ValueError("shown_times takes an aware instant")
    here_info = zone_info(computer_zone) if is_zone(computer_zone) else None
    zone = planned_zone if planned_zone and is_zone(planned_zone) else None
    if zone is None:
        local = instant.astimezone(here_info) if here_info else instant.astimezone()
        return ShownTimes(local, computer_zone, None)
    planned = instant.astimezone(zone_info(zone))
    here = instant.astimezone(here_info) if here_info else instant.astimezone()
    same = zone == computer_zone or (
        here.replace(tzinfo=None) == planned.replace(tzinfo=None)
        and here.utcoffset() == planned.utcoffset()
    )
    return ShownTimes(planned, zone, None if same else here)
