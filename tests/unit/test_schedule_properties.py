"""Properties of zone resolution and pacing over many generated inputs."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from advocate_desktop.schedule.pacing import Pacing, Planned, QuietHours, check, next_allowed
from advocate_desktop.schedule.zones import WallTime, is_zone, resolve, zone_info

ZONES = st.sampled_from(
    ["Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]
)
WALLS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@given(st.text(max_size=40))
def test_any_text_is_a_zone_or_not_and_never_crashes(name: str) -> None:
    if is_zone(name):
        zone_info(name)


@given(WALLS, ZONES, st.booleans())
def test_every_wall_time_resolves_to_an_instant_that_reads_sensibly(
    wall: datetime, zone: str, later: bool
) -> None:
    found = resolve(wall, zone, later=later)
    local = found.instant.astimezone(zone_info(zone)).replace(tzinfo=None)
    if found.kind is WallTime.EXISTS:
        assert local == wall and found.alternative is None
    elif found.kind is WallTime.REPEATED:
        assert found.alternative is not None
        assert local == wall
        assert found.alternative.astimezone(zone_info(zone)).replace(tzinfo=None) == wall
        assert (found.instant > found.alternative) == later
    else:
        assert local > wall  # moved forward past the jump, by less than a day
        assert local - wall < timedelta(hours=3)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=600),
    st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
    st.lists(st.tuples(st.integers(0, 23), st.integers(0, 23)), max_size=2),
    st.lists(st.integers(min_value=-3000, max_value=3000), max_size=12),
    st.integers(min_value=0, max_value=60 * 24 * 60),
    ZONES,
)
def test_offered_slots_always_keep_the_pace(
    gap: int,
    cap: int | None,
    quiet: list[tuple[int, int]],
    others: list[int],
    start_minutes: int,
    zone: str,
) -> None:
    windows = tuple(QuietHours(time(a), time(b)) for a, b in quiet if a != b)
    pacing = Pacing(timedelta(minutes=gap), {"linkedin": cap} if cap else {}, windows)
    base = datetime(2026, 3, 1, tzinfo=UTC)
    planned = [
        Planned(f"p{i}", "a" if i % 2 else "b", "linkedin", base + timedelta(minutes=m))
        for i, m in enumerate(others)
    ]
    start = base + timedelta(minutes=start_minutes)
    slots = next_allowed(
        pacing, start, account_id="a", network="linkedin", zone=zone, planned=planned
    )
    for slot in slots:
        assert slot >= start
        assert not check(
            pacing, slot, account_id="a", network="linkedin", zone=zone, planned=planned
        )
    assert slots == sorted(slots)
