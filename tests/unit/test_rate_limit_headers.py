"""A 429's reset time, from the headers networks really send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from advocate_desktop.http import retry_at_from_headers

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "120"}, NOW + timedelta(minutes=2)),
        ({"retry-after": "Mon, 30 Nov 2026 09:05:00 GMT"}, NOW + timedelta(minutes=5)),
        # Mastodon: ISO 8601 with fractional seconds and Z.
        ({"X-RateLimit-Reset": "2026-11-30T09:10:00.000Z"}, NOW + timedelta(minutes=10)),
        # Bluesky: Unix seconds.
        (
            {"RateLimit-Reset": str(int((NOW + timedelta(minutes=3)).timestamp()))},
            NOW + timedelta(minutes=3),
        ),
        ({"x-rate-limit-reset": "30"}, NOW + timedelta(seconds=30)),
        # Retry-After wins over a reset header.
        (
            {"Retry-After": "60", "X-RateLimit-Reset": "2026-11-30T10:00:00Z"},
            NOW + timedelta(minutes=1),
        ),
        # A broken Retry-After falls back to the reset header.
        (
            {"Retry-After": "soon", "X-RateLimit-Reset": "2026-11-30T09:01:00Z"},
            NOW + timedelta(minutes=1),
        ),
    ],
)
def test_reset_times_are_read(headers: dict[str, str], expected: datetime) -> None:
    assert retry_at_from_headers(headers, NOW) == expected


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Retry-After": "soon"},
        {"Retry-After": "-5"},
        {"X-RateLimit-Reset": "yesterday"},
        {"X-RateLimit-Reset": "2026-11-30T08:00:00Z"},  # already past
        {"X-RateLimit-Reset": "2026-11-30T10:00:00"},  # no zone: ambiguous
        {"Retry-After": "0"},
    ],
)
def test_nothing_usable_means_the_usual_back_off(headers: dict[str, str]) -> None:
    assert retry_at_from_headers(headers, NOW) is None
