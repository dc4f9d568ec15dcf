"""The time a new post is offered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from advocate_desktop.schedule.clock import suggested_time


@pytest.mark.parametrize(
    ("now", "offered"),
    [
        ("2026-11-30T09:37:12", "2026-11-30T10:45:00"),
        ("2026-11-30T09:45:00", "2026-11-30T10:45:00"),
        ("2026-11-30T09:45:00.5", "2026-11-30T11:00:00"),
        ("2026-11-30T23:50:00", "2026-12-01T01:00:00"),
    ],
)
def test_a_new_post_is_offered_the_next_quarter_hour_about_an_hour_ahead(
    now: str, offered: str
) -> None:
    found = suggested_time(datetime.fromisoformat(now).replace(tzinfo=UTC))
    assert found == datetime.fromisoformat(offered).replace(tzinfo=UTC)
    assert found.second == 0 and found.microsecond == 0
