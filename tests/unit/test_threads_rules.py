"""Threads' own rules without a server: image addresses, links, answers, the stored token."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from advocate_desktop.networks.base import (
    AccountConfigError,
    OutcomeUnknown,
    OutgoingPost,
    PostImageRef,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.threads.api import ENDPOINTS, endpoints_for, issued_token
from advocate_desktop.networks.threads.errors import ThreadsError, error_for_status
from advocate_desktop.networks.threads.publisher import (
    check,
    container_fields,
    distinct_links,
    for_runner,
    is_public_https,
)
from advocate_desktop.networks.threads.tokens import StoredToken

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def post(text: str = "Tekst", images: tuple[PostImageRef, ...] = ()) -> OutgoingPost:
    return OutgoingPost("p1", "a1", "threads", "pl", text, None, NOW, images)


@pytest.mark.parametrize(
    ("url", "public"),
    [
        ("https://images.example.com/a.jpg", True),
        ("https://93.184.216.34/a.jpg", True),
        ("http://images.example.com/a.jpg", False),
        ("https://127.0.0.1/a.jpg", False),
        ("https://[::1]/a.jpg", False),
        ("https://169.254.169.254/latest", False),
        ("https://192.168.0.10/a.jpg", False),
        ("https://100.64.0.1/a.jpg", False),
        ("https://localhost/a.jpg", False),
        ("https://intranet/a.jpg", False),
        ("https://printer.local/a.jpg", False),
        ("https://user:pw@images.example.com/a.jpg", False),
        ("https://images.example.com:notaport/a.jpg", False),
        ("file:///etc/passwd", False),
        ("", False),
    ],
)
def test_only_a_public_https_address_can_be_fetched_by_threads(url: str, public: bool) -> None:
    assert is_public_https(url) is public


def test_links_are_counted_once_each() -> None:
    assert distinct_links("https://a.example https://a.example www.b.com") == 2
    assert distinct_links("Bez linków, ale z kropką. I liczbą 3.5") == 0


def test_the_checks_before_sending(tmp_path: Path) -> None:
    check(post("ż" * 500))  # Polish letters count one each: exactly the limit
    with pytest.raises(ThreadsError, match="text_too_long"):
        check(post("👩‍👩‍👧" + "a" * 500))
    public = PostImageRef(tmp_path / "a.jpg", "Opis", source_url="https://example.com/a.jpg")
    with pytest.raises(ThreadsError, match="too_many_images"):
        check(post(images=(public, public)))
    own = PostImageRef(tmp_path / "moje.jpg", "Opis")
    with pytest.raises(ThreadsError) as raised:
        check(post(images=(own,)))
    assert raised.value.code == "image_not_public" and raised.value.detail == "moje.jpg"


def test_the_container_carries_the_image_address_and_alt_text(tmp_path: Path) -> None:
    assert container_fields(post("Sam tekst")) == {"media_type": "TEXT", "text": "Sam tekst"}
    image = PostImageRef(tmp_path / "a.jpg", " Opis ", source_url="https://example.com/a.jpg")
    assert container_fields(post("", (image,))) == {
        "media_type": "IMAGE",
        "image_url": "https://example.com/a.jpg",
        "alt_text": "Opis",
    }


def answer(status: int, body: object, headers: dict[str, str] | None = None) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    response.headers.update(headers or {})
    return response


def test_graph_api_answers_map_to_the_contract() -> None:
    def runner_class(response: requests.Response, sent_post: bool = False) -> type:
        return type(for_runner(error_for_status(response, sent_post=sent_post, now=NOW)))

    limited = answer(
        400, {"error": {"message": "Too many calls", "code": 4}}, {"Retry-After": "60"}
    )
    error = error_for_status(limited, now=NOW)
    assert error.code == "rate_limited" and error.retry_at == NOW + timedelta(seconds=60)
    assert runner_class(limited) is RateLimited
    assert runner_class(answer(429, {})) is RateLimited
    assert (
        runner_class(answer(400, {"error": {"message": "Session has expired", "code": 190}}))
        is SignInNeeded
    )
    assert runner_class(answer(401, {})) is SignInNeeded
    refused = error_for_status(
        answer(400, {"error": {"message": "m", "error_user_msg": "Za długi", "code": 100}})
    )
    assert (refused.code, refused.detail) == ("rejected", "Za długi")
    assert runner_class(answer(400, {"error": {"code": 100}})) is Rejected
    assert runner_class(answer(502, {}), sent_post=True) is OutcomeUnknown
    assert error_for_status(answer(502, {})).code == "server_unavailable"


def test_a_token_answer_without_a_token_is_unreadable() -> None:
    assert issued_token({"access_token": "t" * 20, "expires_in": 5184000}).expires_in == 5184000
    assert issued_token({"access_token": "t" * 20, "expires_in": True}).expires_in is None
    with pytest.raises(ThreadsError, match="bad_response"):
        issued_token({"token_type": "bearer"})


def test_the_stored_token_round_trips_and_damage_reads_as_none() -> None:
    token = StoredToken("THAA" + "x" * 30, NOW, NOW + timedelta(days=60))
    assert StoredToken.from_secret(token.to_secret()) == token
    assert "THAA" not in repr(token)
    assert not token.refreshable(NOW + timedelta(hours=23))
    assert token.refreshable(NOW + timedelta(hours=24))
    assert not token.refreshable(NOW + timedelta(days=60)) and token.expired(
        NOW + timedelta(days=60)
    )
    for damaged in (
        "",
        "not json",
        "[]",
        '{"access_token": ""}',
        json.dumps(
            {
                "access_token": "t",
                "issued_at": "2026-01-01T00:00:00",
                "expires_at": "2026-03-01T00:00:00",
            }
        ),
    ):
        assert StoredToken.from_secret(damaged) is None


def test_an_account_keeps_talking_to_an_https_address_only() -> None:
    assert endpoints_for({}) is ENDPOINTS
    assert endpoints_for({"graph": "http://127.0.0.1:8080"}).graph == "http://127.0.0.1:8080"
    for bad in ("http://graph.threads.net", "http://127.0.0.1.evil.example", "ftp://x", 7):
        with pytest.raises(AccountConfigError):
            endpoints_for({"graph": bad})
