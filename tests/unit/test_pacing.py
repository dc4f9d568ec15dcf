"""Pacing: minimum gap, daily cap, quiet hours; layers only tighten; DST days."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from advocate_desktop.schedule.pacing import (
    ANY_NETWORK,
    Breach,
    Pacing,
    PacingError,
    Planned,
    QuietHours,
    check,
    local_day_bounds,
    next_allowed,
    pacing_of_policy,
    pacing_of_settings,
    parse_pacing,
    stricter,
)
from advocate_desktop.schedule.zones import resolve

WARSAW = "Europe/Warsaw"


def at(wall: datetime) -> datetime:
    return resolve(wall, WARSAW).instant


def planned(*moments: datetime, account: str = "a", network: str = "linkedin") -> list[Planned]:
    return [Planned(f"p{i}", account, network, m) for i, m in enumerate(moments)]


def test_nothing_set_allows_anything() -> None:
    moment = at(datetime(2026, 6, 1, 3, 0))
    others = planned(moment)
    assert Pacing().unlimited
    assert check(Pacing(), moment, account_id="a", network="x", zone=WARSAW, planned=others) == []


def test_a_post_too_close_to_another_of_the_same_account_is_explained() -> None:
    pacing = Pacing(min_gap=timedelta(hours=2))
    other = at(datetime(2026, 6, 1, 9, 0))
    candidate = at(datetime(2026, 6, 1, 10, 0))
    [problem] = check(
        pacing, candidate, account_id="a", network="linkedin", zone=WARSAW, planned=planned(other)
    )
    assert problem.breach is Breach.TOO_CLOSE
    assert problem.other == other and problem.gap == timedelta(hours=2)
    assert problem.until == other + timedelta(hours=2)
    # Before the other post counts too, and another account is not affected.
    earlier = at(datetime(2026, 6, 1, 8, 0))
    assert check(pacing, earlier, account_id="a", network="x", zone=WARSAW, planned=planned(other))
    assert not check(
        pacing, candidate, account_id="b", network="x", zone=WARSAW, planned=planned(other)
    )
    # Exactly the gap apart is fine.
    exact = other + timedelta(hours=2)
    assert not check(
        pacing, exact, account_id="a", network="x", zone=WARSAW, planned=planned(other)
    )


def test_the_post_being_rescheduled_does_not_pace_against_itself() -> None:
    pacing = Pacing(min_gap=timedelta(hours=2))
    moment = at(datetime(2026, 6, 1, 9, 0))
    others = [Planned("me", "a", "linkedin", moment)]
    assert not check(
        pacing,
        moment,
        account_id="a",
        network="linkedin",
        zone=WARSAW,
        planned=others,
        post_id="me",
    )


def test_the_daily_cap_counts_the_local_day_per_network() -> None:
    pacing = Pacing(daily_caps={"linkedin": 2})
    day = planned(at(datetime(2026, 6, 1, 0, 10)), at(datetime(2026, 6, 1, 23, 50)), account="b")
    candidate = at(datetime(2026, 6, 1, 12, 0))
    [problem] = check(
        pacing, candidate, account_id="a", network="linkedin", zone=WARSAW, planned=day
    )
    assert problem.breach is Breach.DAILY_CAP and problem.cap == 2
    assert problem.day is not None and problem.day.isoformat() == "2026-06-01"
    assert problem.until == at(datetime(2026, 6, 2, 0, 0))
    # Another network has no cap; the next local day is free.
    assert not check(pacing, candidate, account_id="a", network="x", zone=WARSAW, planned=day)
    next_day = at(datetime(2026, 6, 2, 0, 0))
    assert not check(pacing, next_day, account_id="a", network="linkedin", zone=WARSAW, planned=day)


def test_the_spring_day_has_23_hours_and_the_autumn_day_25() -> None:
    spring = local_day_bounds(datetime(2026, 3, 29).date(), WARSAW)
    autumn = local_day_bounds(datetime(2026, 10, 25).date(), WARSAW)
    assert spring[1] - spring[0] == timedelta(hours=23)
    assert autumn[1] - autumn[0] == timedelta(hours=25)


def test_the_daily_cap_on_the_25_hour_autumn_day() -> None:
    pacing = Pacing(daily_caps={ANY_NETWORK: 1})
    # 23:30 UTC on the 24th is 01:30 CEST on the 25th; 22:30 UTC on the 25th is 23:30 CET.
    first = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    last = datetime(2026, 10, 25, 22, 30, tzinfo=UTC)
    assert last - first == timedelta(hours=23)
    [problem] = check(
        pacing, last, account_id="a", network="linkedin", zone=WARSAW, planned=planned(first)
    )
    assert problem.breach is Breach.DAILY_CAP
    assert problem.until == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)  # midnight CET


def test_quiet_hours_past_midnight_and_their_end_on_the_spring_night() -> None:
    pacing = Pacing(quiet=(QuietHours.parse("22:00-07:00"),))
    night = at(datetime(2026, 3, 28, 23, 0))
    [problem] = check(pacing, night, account_id="a", network="x", zone=WARSAW, planned=[])
    assert problem.breach is Breach.QUIET_HOURS
    # 07:00 on the 29th is already summer time: 05:00 UTC, eight (not nine) hours on.
    assert problem.until == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert problem.until - night == timedelta(hours=7)
    morning = at(datetime(2026, 3, 29, 7, 0))
    assert not check(pacing, morning, account_id="a", network="x", zone=WARSAW, planned=[])
    assert QuietHours.parse("09:00-17:00").contains(time(12, 0))
    assert not QuietHours.parse("09:00-17:00").contains(time(17, 0))


def test_next_allowed_offers_slots_that_keep_every_limit() -> None:
    pacing = Pacing(
        min_gap=timedelta(hours=3),
        daily_caps={"linkedin": 2},
        quiet=(QuietHours.parse("22:00-07:00"),),
    )
    others = planned(at(datetime(2026, 6, 1, 8, 0)), at(datetime(2026, 6, 1, 12, 0)))
    slots = next_allowed(
        pacing,
        at(datetime(2026, 6, 1, 9, 0)) + timedelta(seconds=5),
        account_id="a",
        network="linkedin",
        zone=WARSAW,
        planned=others,
        count=3,
    )
    # The 1st is full (cap 2); the 2nd starts in quiet hours until 07:00; then 3 h apart.
    assert slots == [
        at(datetime(2026, 6, 2, 7, 0)),
        at(datetime(2026, 6, 2, 10, 0)),
        at(datetime(2026, 6, 2, 13, 0)),
    ]
    for slot in slots:
        assert not check(
            pacing, slot, account_id="a", network="linkedin", zone=WARSAW, planned=others
        )


def test_next_allowed_rounds_up_to_a_whole_minute() -> None:
    start = datetime(2026, 6, 1, 9, 0, 30, tzinfo=UTC)
    [slot] = next_allowed(
        Pacing(), start, account_id="a", network="x", zone=WARSAW, planned=[], count=1
    )
    assert slot == datetime(2026, 6, 1, 9, 1, tzinfo=UTC)


def test_layers_only_tighten() -> None:
    pack = Pacing(timedelta(hours=2), {"linkedin": 1, ANY_NETWORK: 3})
    it = Pacing(timedelta(hours=1), {ANY_NETWORK: 2}, (QuietHours.parse("22:00-07:00"),))
    employee = Pacing(timedelta(0), {"x": 5}, (QuietHours.parse("12:00-13:00"),))
    combined = stricter(pack, it, employee)
    assert combined.min_gap == timedelta(hours=2)
    assert combined.cap_for("linkedin") == 1
    assert combined.cap_for("x") == 2  # the employee's 5 cannot loosen IT's 2
    assert combined.cap_for("mastodon") == 2
    assert len(combined.quiet) == 2


def test_a_packs_pacing_is_read_with_pointers_to_mistakes() -> None:
    document = (
        '{"rules": [], "pacing": {"min_gap_minutes": 90, "daily_cap": {"linkedin": 1},'
        ' "quiet_hours": ["21:00-08:00"]}}'
    )
    pacing = pacing_of_policy(document, "pack")
    assert pacing.min_gap == timedelta(minutes=90)
    assert pacing.cap_for("linkedin") == 1 and pacing.cap_for("x") is None
    assert pacing.quiet == (QuietHours(time(21, 0), time(8, 0)),)
    assert pacing_of_policy('{"rules": []}', "pack").unlimited
    assert parse_pacing({"daily_cap": 4}, "p").cap_for("any") == 4
    bad = [
        ({"min_gap_minutes": -1}, "/pacing/min_gap_minutes"),
        ({"min_gap_minutes": True}, "/pacing/min_gap_minutes"),
        ({"daily_cap": {"x": 0}}, "/pacing/daily_cap/x"),
        ({"quiet_hours": ["25:00-07:00"]}, "/pacing/quiet_hours/0"),
        ({"quiet_hours": ["07:00-07:00"]}, "/pacing/quiet_hours/0"),
        ({"quiet_hours": [7]}, "/pacing/quiet_hours/0"),
        ({"spacing": 3}, "/pacing/spacing"),
    ]
    for document_part, pointer in bad:
        with pytest.raises(PacingError) as caught:
            parse_pacing(document_part, "pack")
        assert caught.value.pointer == pointer


def test_the_settings_layer() -> None:
    assert pacing_of_settings(0, 0, "").unlimited
    layer = pacing_of_settings(30, 2, "22:00-06:30")
    assert layer.min_gap == timedelta(minutes=30)
    assert layer.cap_for("anything") == 2
    assert layer.quiet[0].end == time(6, 30)
