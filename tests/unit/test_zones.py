"""Wall times in IANA zones, at the Warsaw DST edges of 2026."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from advocate_desktop.schedule.zones import (
    UnknownZone,
    WallTime,
    is_zone,
    resolve,
    shown_times,
    zone_info,
)

WARSAW = "Europe/Warsaw"


def test_an_ordinary_time_has_one_instant() -> None:
    found = resolve(datetime(2026, 6, 1, 9, 0), WARSAW)
    assert found.kind is WallTime.EXISTS
    assert found.instant == datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
    assert found.alternative is None
    assert found.local.replace(tzinfo=None) == datetime(2026, 6, 1, 9, 0)


def test_the_skipped_spring_hour_moves_forward_and_says_so() -> None:
    # 2026-03-29: clocks go from 02:00 CET straight to 03:00 CEST; 02:30 never happens.
    found = resolve(datetime(2026, 3, 29, 2, 30), WARSAW)
    assert found.kind is WallTime.SKIPPED
    assert found.instant == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert found.local.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert found.alternative == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("wall", "kind"),
    [
        (datetime(2026, 3, 29, 1, 59), WallTime.EXISTS),
        (datetime(2026, 3, 29, 2, 0), WallTime.SKIPPED),
        (datetime(2026, 3, 29, 2, 59), WallTime.SKIPPED),
        (datetime(2026, 3, 29, 3, 0), WallTime.EXISTS),
        (datetime(2026, 10, 25, 1, 59), WallTime.EXISTS),
        (datetime(2026, 10, 25, 2, 0), WallTime.REPEATED),
        (datetime(2026, 10, 25, 2, 59), WallTime.REPEATED),
        (datetime(2026, 10, 25, 3, 0), WallTime.EXISTS),
    ],
)
def test_the_edges_of_both_transitions(wall: datetime, kind: WallTime) -> None:
    assert resolve(wall, WARSAW).kind is kind


def test_the_repeated_autumn_hour_is_the_first_unless_asked_for_the_later() -> None:
    # 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET; 02:30 happens twice.
    first = resolve(datetime(2026, 10, 25, 2, 30), WARSAW)
    assert first.kind is WallTime.REPEATED
    assert first.instant == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert first.alternative == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    later = resolve(datetime(2026, 10, 25, 2, 30), WARSAW, later=True)
    assert later.instant == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert later.alternative == first.instant
    # Both read 02:30 on the wall, with different offsets.
    assert first.local.strftime("%H:%M %z") == "02:30 +0200"
    assert later.local.strftime("%H:%M %z") == "02:30 +0100"


@pytest.mark.parametrize("name", ["", "Mars/Olympus", "../etc/passwd", "/etc/localtime", " UTC"])
def test_a_name_that_is_not_a_zone_is_refused(name: str) -> None:
    assert not is_zone(name)
    with pytest.raises(UnknownZone):
        zone_info(name)
    with pytest.raises(UnknownZone):
        resolve(datetime(2026, 6, 1, 9, 0), name)


def test_resolve_refuses_an_aware_wall_time() -> None:
    with pytest.raises(ValueError, match="naive"):
        resolve(datetime(2026, 6, 1, 9, 0, tzinfo=UTC), WARSAW)


def test_a_traveller_sees_the_planned_time_and_the_time_here() -> None:
    instant = resolve(datetime(2026, 4, 1, 9, 0), WARSAW).instant
    shown = shown_times(instant, WARSAW, "America/New_York")
    assert shown.planned_text() == "2026-04-01 09:00"
    assert shown.planned_zone == WARSAW
    assert shown.here_text() == "2026-04-01 03:00"
    # The instant is kept: both readings are the same moment.
    assert shown.here is not None and shown.here == shown.planned


def test_at_home_there_is_one_time() -> None:
    instant = datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    assert shown_times(instant, WARSAW, WARSAW).here is None
    # Another name for the same clock reading at that moment shows once too.
    assert shown_times(instant, WARSAW, "Europe/Berlin").here is None


def test_a_post_without_a_stored_zone_shows_the_computers_time() -> None:
    instant = datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    shown = shown_times(instant, None, "Asia/Tokyo")
    assert shown.planned_text() == "2026-04-01 16:00" and shown.here is None
    # A stored zone this computer does not know falls back the same way.
    assert shown_times(instant, "Nowhere/Gone", "Asia/Tokyo").planned_text() == "2026-04-01 16:00"
