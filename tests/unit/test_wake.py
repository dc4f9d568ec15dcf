"""The clock-gap watchdog, on a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.wake import WAKE_GAP_THRESHOLD, GapWatch

TICK = timedelta(seconds=30)


def test_regular_ticks_are_not_a_gap(clock: FakeClock) -> None:
    watch = GapWatch(clock, TICK)
    for _ in range(100):
        clock.advance(TICK + timedelta(seconds=5))  # a busy event loop is late, not asleep
        assert watch.check() is None


def test_sleep_is_a_gap_reported_once(clock: FakeClock) -> None:
    watch = GapWatch(clock, TICK)
    clock.advance(TICK)
    assert watch.check() is None
    before = clock.now()
    clock.advance(timedelta(hours=8))
    gap = watch.check()
    assert gap is not None
    assert gap.since == before and gap.until == clock.now()
    assert gap.missing == timedelta(hours=8) - TICK
    clock.advance(TICK)
    assert watch.check() is None


def test_just_past_the_threshold(clock: FakeClock) -> None:
    watch = GapWatch(clock, TICK)
    clock.advance(TICK + WAKE_GAP_THRESHOLD)
    assert watch.check() is None
    clock.advance(TICK + WAKE_GAP_THRESHOLD + timedelta(microseconds=1))
    assert watch.check() is not None


def test_a_clock_set_back_is_a_gap_too(clock: FakeClock) -> None:
    watch = GapWatch(clock, TICK)
    clock.advance(-timedelta(hours=1))
    gap = watch.check()
    assert gap is not None and gap.elapsed == -timedelta(hours=1)


def test_reset_forgets_a_gap_another_source_reported(clock: FakeClock) -> None:
    watch = GapWatch(clock, TICK)
    clock.advance(timedelta(hours=2))
    watch.reset()
    clock.advance(TICK)
    assert watch.check() is None


def test_nonsense_intervals_are_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        GapWatch(clock, timedelta(0))
    with pytest.raises(ValueError):
        GapWatch(clock, TICK, timedelta(seconds=-1))
