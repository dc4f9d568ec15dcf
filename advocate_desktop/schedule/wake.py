"""Noticing that the computer slept: a clock-gap watchdog that needs no platform support.

A timer calls :meth:`GapWatch.check` every ``interval``.  When far more wall time
has passed than that (the laptop slept, or the clock was set forward) or the
clock went backwards, the check reports a :class:`ClockGap`, and the scheduler
looks at what became due meanwhile at once instead of on its next tick.  Vorta
does the same where systemd-logind's signal is missing (``WAKE_GAP_THRESHOLD``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from advocate_desktop.schedule.clock import Clock

# More than this beyond the timer's interval is not a busy event loop: it is sleep.
WAKE_GAP_THRESHOLD = timedelta(seconds=60)


@dataclass(frozen=True)
class ClockGap:
    expected: timedelta
    elapsed: timedelta  # negative when the clock was set back
    since: datetime
    until: datetime

    @property
    def missing(self) -> timedelta:
        """Roughly how long the computer slept (or how far the clock jumped)."""
        return self.elapsed - self.expected


class GapWatch:
    def __init__(
        self, clock: Clock, interval: timedelta, threshold: timedelta = WAKE_GAP_THRESHOLD
    ) -> None:
        if interval <= timedelta(0) or threshold <= timedelta(0):
            raise ValueError("the interval and the threshold must be positive")
        self._clock = clock
        self.interval = interval
        self.threshold = threshold
        self._last = clock.now()

    def reset(self) -> None:
        """Start measuring from now (after a resume another source already reported)."""
        self._last = self._clock.now()

    def check(self) -> ClockGap | None:
        now = self._clock.now()
        since, self._last = self._last, now
        elapsed = now - since
        if elapsed > self.interval + self.threshold or elapsed < -self.threshold:
            return ClockGap(self.interval, elapsed, since, now)
        return None
