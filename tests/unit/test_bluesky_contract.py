"""Bluesky's error codes reach the runner as the contract's failure classes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from advocate_desktop.networks.base import (
    FailureKind,
    OutcomeUnknown,
    OutgoingPost,
    PublishError,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.bluesky.contract import BlueskyAccountPublisher, for_runner
from advocate_desktop.networks.bluesky.errors import BlueskyError
from advocate_desktop.networks.bluesky.spec import SPEC

AT = datetime(2026, 11, 30, 12, 30, tzinfo=UTC)
POST = OutgoingPost("p1", "a1", "bluesky", "en", "Hi", None, AT)


def test_a_rate_limit_carries_when_to_come_back() -> None:
    translated = for_runner(BlueskyError("rate_limited", "slow down", retry_at=AT))
    assert isinstance(translated, RateLimited)
    assert translated.retry_at == AT


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("sign_in_again", SignInNeeded),
        ("rejected", Rejected),
        ("too_long", Rejected),
        ("too_many_images", Rejected),
        ("alt_text_missing", Rejected),
    ],
)
def test_each_code_maps_to_its_class(code: str, kind: type[PublishError]) -> None:
    translated = for_runner(BlueskyError(code, "why"))
    assert isinstance(translated, kind)
    assert translated.detail == "why"


def test_an_unknown_outcome_is_never_a_publish_error() -> None:
    translated = for_runner(BlueskyError("unknown_outcome", "no answer"))
    assert isinstance(translated, OutcomeUnknown)
    assert not isinstance(translated, PublishError)
    # The record key makes a repeat harmless, so the runner may retry it.
    assert SPEC.capabilities.idempotency_key


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("server_unavailable", FailureKind.TRANSIENT),
        ("image_unreadable", FailureKind.PERMANENT),
        ("image_too_large", FailureKind.PERMANENT),
    ],
)
def test_other_codes_keep_their_code_and_kind(code: str, kind: FailureKind) -> None:
    error = BlueskyError(code, "detail")
    assert for_runner(error) is error
    assert error.kind is kind


class Failing:
    capabilities = SPEC.capabilities

    def __init__(self, error: Exception) -> None:
        self.error = error

    def publish(self, post: OutgoingPost) -> Receipt:
        raise self.error

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return Receipt("at://x", "https://bsky.app/x")

    def profile_url(self) -> str:
        return "https://bsky.app/profile/a.test"


def _adapter(error: Exception) -> BlueskyAccountPublisher:
    inner: Any = Failing(error)
    return BlueskyAccountPublisher(inner)


def test_the_adapter_raises_the_runners_class_with_the_original_as_cause() -> None:
    original = BlueskyError("sign_in_again", "revoked")
    with pytest.raises(SignInNeeded) as raised:
        _adapter(original).publish(POST)
    assert raised.value.__cause__ is original
    error = BlueskyError("image_unreadable", "a.png")
    with pytest.raises(BlueskyError) as same:
        _adapter(error).publish(POST)
    assert same.value is error


def test_the_adapter_passes_reads_and_the_profile_through() -> None:
    adapter = _adapter(RuntimeError("unused"))
    assert adapter.find_published(POST) == Receipt("at://x", "https://bsky.app/x")
    assert adapter.profile_url() == "https://bsky.app/profile/a.test"
    assert adapter.capabilities is SPEC.capabilities
