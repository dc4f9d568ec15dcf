"""Mastodon's error codes reach the runner as the contract's failure classes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from advocate_desktop.networks.base import (
    FailureKind,
    NotSent,
    OutcomeUnknown,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.mastodon.contract import for_runner
from advocate_desktop.networks.mastodon.errors import MastodonError

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_a_rate_limit_carries_when_to_come_back() -> None:
    translated = for_runner(MastodonError("rate_limited", "slow down", retry_after=90), NOW)
    assert isinstance(translated, RateLimited)
    assert translated.retry_at == NOW + timedelta(seconds=90)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("sign_in_again", SignInNeeded),
        ("rejected", Rejected),
        ("text_too_long", Rejected),
        ("alt_text_missing", Rejected),
        ("server_unavailable", NotSent),
        ("tls", NotSent),
    ],
)
def test_each_code_maps_to_its_class(code: str, kind: type[PublishError]) -> None:
    assert isinstance(for_runner(MastodonError(code, "why"), NOW), kind)


def test_an_unknown_outcome_is_never_a_publish_error() -> None:
    """A PublishError says "surely not published"; a lost answer must not say that."""
    translated = for_runner(MastodonError("unknown_outcome", "no answer"), NOW)
    assert isinstance(translated, OutcomeUnknown)
    assert not isinstance(translated, PublishError)


def test_other_codes_keep_their_own_kind() -> None:
    error = MastodonError("timeout", "slow")
    assert for_runner(error, NOW) is error and error.kind is FailureKind.TRANSIENT
