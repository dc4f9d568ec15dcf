"""Time as an argument, so the runner can be tested without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

SLOT = timedelta(minutes=15)


def suggested_time(now: datetime, ahead: timedelta = timedelta(hours=1)) -> datetime:
    """The time a new post is offered: about ``ahead`` from now, on the next quarter hour,
    with no seconds (a time people would pick themselves: 10:45, not 10:37:12)."""
    moment = (now + ahead).astimezone(UTC)
    whole = moment.replace(second=0, microsecond=0)
    past = (whole.minute % 15) * 60
    if past or whole != moment:
        whole += SLOT - timedelta(seconds=past)
    return whole


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment
