"""Mastodon against a real server on loopback (mastodon_mock), secrets in the real keyring."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import FailureKind, OutgoingPost
from advocate_desktop.networks.mastodon.account import (
    APP_SECRET,
    SCOPES,
    TOKEN_SECRET,
    app_owner,
    sign_in,
    sign_out,
)
from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts
from advocate_desktop.networks.mastodon.contract import MastodonAccountPublisher
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.instance import InstanceLimits, fetch_instance
from advocate_desktop.networks.mastodon.media import PostImage
from advocate_desktop.networks.mastodon.publisher import MastodonPublisher
from advocate_desktop.networks.oauth import OAuthError
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.post_media_repo import ImageSpec, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.timestamps import from_db
from tests.peers.images import png
from tests.peers.lossy_proxy import LossyProxy
from tests.peers.mastodon import Browser, MastodonMock, free_port
from tests.peers.nginx import Nginx
from tests.peers.raw_http import RawServer

pytestmark = pytest.mark.integration

FAST = Timeouts(connect=2, read=2, upload_read=5, media_processing=5, poll_interval=0.05)


@pytest.fixture(scope="module")
def mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = MastodonMock(tmp_path_factory.mktemp("mastodon"))
    yield server
    server.stop()


@pytest.fixture
def server(mock_server: MastodonMock) -> MastodonMock:
    mock_server.reset()
    return mock_server


@pytest.fixture
def recorded() -> list[str]:
    return []


@pytest.fixture
def session(recorded: list[str]) -> Iterator[requests.Session]:
    """The app's session, with every request's method and path written down."""
    from advocate_desktop.http import new_session

    http = new_session()

    def note(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        recorded.append(f"{response.request.method} {urlsplit(response.request.url).path}")

    http.hooks["response"].append(note)
    yield http
    http.close()


@pytest.fixture
def api(server: MastodonMock, session: requests.Session) -> MastodonApi:
    return MastodonApi(server.base_url, session=session, timeouts=FAST)


@pytest.fixture
def app_secrets(keyring_store: CredentialStore, server: MastodonMock) -> Iterator[KeyringSecrets]:
    secrets = KeyringSecrets(keyring_store, app_owner(server.base_url))
    yield secrets
    secrets.delete(APP_SECRET)


@pytest.fixture
def account_secrets(keyring_store: CredentialStore) -> Iterator[KeyringSecrets]:
    secrets = KeyringSecrets(keyring_store, "account-1")
    yield secrets
    secrets.delete(TOKEN_SECRET)


@pytest.fixture
def signed_in(
    server: MastodonMock,
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
) -> dict[str, Any]:
    server.add_user("alice")
    result = sign_in(api, app_secrets, account_secrets, open_browser=Browser("alice"), timeout=30)
    return result.account.to_config(result.limits)


@pytest.fixture
def publisher_for(
    signed_in: dict[str, Any], account_secrets: KeyringSecrets, session: requests.Session
) -> Callable[..., MastodonPublisher]:
    def make(**kwargs: Any) -> MastodonPublisher:
        kwargs.setdefault("timeouts", FAST)
        kwargs.setdefault("session", session)
        return MastodonPublisher.from_config(signed_in, account_secrets, **kwargs)

    return make


def outgoing(text: str = "Nowe biuro w Gdańsku! #praca", post_id: str = "post-1") -> OutgoingPost:
    return OutgoingPost(
        post_id=post_id,
        account_id="account-1",
        network="mastodon",
        language="pl",
        text=text,
        item_id=None,
        due_at=datetime.now(UTC),
    )


def image(tmp_path: Path, name: str = "office.png", alt: str = "A red square") -> PostImage:
    path = tmp_path / name
    path.write_bytes(png())
    return PostImage(path, alt)


def statuses_of(server: MastodonMock, config: dict[str, Any], token: str) -> list[dict[str, Any]]:
    response = requests.get(
        server.url(f"/api/v1/accounts/{config['remote_account_id']}/statuses"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    response.raise_for_status()
    data: list[dict[str, Any]] = response.json()
    return data


# --- connecting an account ---


def test_sign_in_registers_the_app_once_and_keeps_secrets_in_the_keyring(
    server: MastodonMock,
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
    keyring_store: CredentialStore,
    recorded: list[str],
) -> None:
    server.add_user("alice")
    server.add_user("bob")
    browser = Browser("alice")
    result = sign_in(api, app_secrets, account_secrets, open_browser=browser, timeout=30)

    assert result.account.username == "alice"
    assert result.account.handle == "@alice@127.0.0.1"
    assert result.pkce  # the mock advertises S256
    assert result.limits.max_characters == 500
    token = account_secrets.get(TOKEN_SECRET)
    assert token
    assert app_secrets.get(APP_SECRET)
    config = result.account.to_config(result.limits)
    assert token not in repr(config) and token not in repr(result)

    (authorize_url,) = browser.opened
    query = {k: v[0] for k, v in parse_qs(urlsplit(authorize_url).query).items()}
    assert query["response_type"] == "code"
    assert query["scope"] == SCOPES
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43  # base64url of a SHA-256, unpadded
    assert len(query["state"]) >= 32
    redirect = urlsplit(query["redirect_uri"])
    assert (redirect.scheme, redirect.hostname, redirect.path) == ("http", "127.0.0.1", "/callback")
    assert redirect.port and redirect.port != server.port
    assert browser.landed is not None and browser.landed.status_code == 200
    assert "signed in" in browser.landed.text

    # A second account on the same server reuses the registration: one POST /api/v1/apps.
    bob_secrets = KeyringSecrets(keyring_store, "account-2")
    second = sign_in(api, app_secrets, bob_secrets, open_browser=Browser("bob"), timeout=30)
    assert second.account.username == "bob"
    assert recorded.count("POST /api/v1/apps") == 1
    assert bob_secrets.get(TOKEN_SECRET) not in (None, token)
    bob_secrets.delete(TOKEN_SECRET)


def test_an_older_server_without_oauth_metadata_signs_in_without_pkce(
    server: MastodonMock,
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
) -> None:
    # Before 4.3 Mastodon has no /.well-known/oauth-authorization-server.
    server.fault(
        {"type": "status", "status": 404, "body": {"error": "Not Found"}},
        path="/.well-known/oauth-authorization-server",
    )
    server.add_user("carol")
    browser = Browser("carol")
    result = sign_in(api, app_secrets, account_secrets, open_browser=browser, timeout=30)
    assert (result.account.username, result.pkce) == ("carol", False)
    assert "code_challenge" not in browser.opened[0]
    assert account_secrets.get(TOKEN_SECRET)


def test_a_registration_the_server_forgot_is_made_again_next_time(
    server: MastodonMock,
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
    recorded: list[str],
) -> None:
    server.add_user("alice")
    server.fault(
        {
            "type": "status",
            "status": 401,
            "body": {
                "error": "invalid_client",
                "error_description": "Client authentication failed due to unknown client",
            },
        },
        path="/oauth/token",
    )
    with pytest.raises(OAuthError) as error:
        sign_in(api, app_secrets, account_secrets, open_browser=Browser("alice"), timeout=30)
    assert error.value.code == "token_refused"
    assert "unknown client" in error.value.detail
    assert app_secrets.get(APP_SECRET) is None and account_secrets.get(TOKEN_SECRET) is None
    sign_in(api, app_secrets, account_secrets, open_browser=Browser("alice"), timeout=30)
    assert recorded.count("POST /api/v1/apps") == 2


def test_sign_in_cancelled_or_timed_out_stores_no_token(
    server: MastodonMock,
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
) -> None:
    cancel = threading.Event()

    def employee_gives_up(url: str) -> None:
        threading.Timer(0.2, cancel.set).start()

    with pytest.raises(OAuthError) as cancelled:
        sign_in(api, app_secrets, account_secrets, open_browser=employee_gives_up, cancel=cancel)
    assert cancelled.value.code == "cancelled"

    with pytest.raises(OAuthError) as timed_out:
        sign_in(api, app_secrets, account_secrets, open_browser=lambda url: None, timeout=0.3)
    assert timed_out.value.code == "timed_out"
    assert account_secrets.get(TOKEN_SECRET) is None


def test_sign_out_revokes_the_token_and_deletes_it(
    server: MastodonMock,
    signed_in: dict[str, Any],
    api: MastodonApi,
    app_secrets: KeyringSecrets,
    account_secrets: KeyringSecrets,
) -> None:
    token = account_secrets.get(TOKEN_SECRET)
    assert token
    assert sign_out(api, app_secrets, account_secrets) is True
    assert account_secrets.get(TOKEN_SECRET) is None
    refused = requests.get(
        server.url("/api/v1/accounts/verify_credentials"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert refused.status_code == 401


def test_instance_limits_come_from_the_server(api: MastodonApi) -> None:
    info = fetch_instance(api)
    assert info.limits == InstanceLimits(
        max_characters=500,
        characters_reserved_per_url=23,
        max_media_attachments=4,
        image_size_limit=10485760,
        image_types=("image/jpeg", "image/png", "image/gif", "image/webp"),
        description_limit=1500,  # the mock does not publish it: Mastodon 4's value
    )
    assert InstanceLimits.from_config(info.limits.to_config()) == info.limits


# --- publishing ---


def test_publish_with_an_image_and_alt_text_reads_back(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
    tmp_path: Path,
) -> None:
    publisher = publisher_for()
    receipt = publisher.publish(outgoing(), [image(tmp_path, alt="Biuro: czerwony kwadrat")])

    token = account_secrets.get(TOKEN_SECRET) or ""
    status = requests.get(
        server.url(f"/api/v1/statuses/{receipt.remote_id}"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert receipt.url == status["url"]
    assert status["language"] == "pl"
    assert status["visibility"] == "public"
    (media,) = status["media_attachments"]
    assert media["description"] == "Biuro: czerwony kwadrat"
    assert media["type"] == "image"
    assert requests.get(media["url"], timeout=10).content == png()
    source = requests.get(
        server.url(f"/api/v1/statuses/{receipt.remote_id}/source"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    assert source["text"] == "Nowe biuro w Gdańsku! #praca"


def test_the_visibility_of_the_account_is_sent(
    server: MastodonMock,
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
    session: requests.Session,
) -> None:
    config = {**signed_in, "visibility": "unlisted"}
    publisher = MastodonPublisher.from_config(config, account_secrets, session=session)
    receipt = publisher.publish(outgoing())
    token = account_secrets.get(TOKEN_SECRET) or ""
    (status,) = statuses_of(server, signed_in, token)
    assert (status["id"], status["visibility"]) == (receipt.remote_id, "unlisted")


def test_the_same_post_twice_makes_one_status(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
) -> None:
    publisher = publisher_for()
    first = publisher.publish(outgoing(post_id="same-id"))
    second = publisher.publish(outgoing(post_id="same-id"))
    assert first == second
    token = account_secrets.get(TOKEN_SECRET) or ""
    assert [s["id"] for s in statuses_of(server, signed_in, token)] == [first.remote_id]


def test_a_retry_reuses_the_images_already_uploaded(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    tmp_path: Path,
    recorded: list[str],
) -> None:
    server.fault({"type": "status", "status": 503}, path="/api/v1/statuses")
    uploaded: dict[int, str] = {}
    images = [image(tmp_path, "a.png", "First"), image(tmp_path, "b.png", "Second")]
    publisher = publisher_for()
    with pytest.raises(MastodonError) as error:
        publisher.publish(outgoing(), images, on_uploaded=uploaded.__setitem__)
    assert error.value.code == "server_unavailable"
    assert sorted(uploaded) == [0, 1]

    recorded.clear()
    again = [replace(img, media_id=uploaded[n]) for n, img in enumerate(images)]
    receipt = publisher.publish(outgoing(), again, on_uploaded=uploaded.__setitem__)
    assert "POST /api/v2/media" not in recorded
    status = requests.get(server.url(f"/api/v1/statuses/{receipt.remote_id}"), timeout=10).json()
    attached = [(m["id"], m["description"]) for m in status["media_attachments"]]
    assert sorted(attached) == sorted([(uploaded[0], "First"), (uploaded[1], "Second")])


def test_an_image_still_processing_is_waited_for(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    account_secrets: KeyringSecrets,
    tmp_path: Path,
    recorded: list[str],
) -> None:
    # The mock processes every upload at once (200).  To make it answer as Mastodon does
    # for a large image, a real upload is made first, and the next upload is answered
    # 202 with that media and url null, then GET /api/v1/media/:id answers 206 twice.
    token = account_secrets.get(TOKEN_SECRET) or ""
    done = requests.post(
        server.url("/api/v2/media"),
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("a.png", png(), "image/png")},
        data={"description": "A red square"},
        timeout=10,
    ).json()
    processing = {**done, "url": None, "preview_url": None}
    server.fault(
        {"type": "status", "status": 202, "body": processing},
        path="/api/v2/media",
        methods=["POST"],
    )
    server.fault(
        {"type": "status", "status": 206, "body": processing},
        path=f"/api/v1/media/{done['id']}",
        methods=["GET"],
        count=2,
    )
    receipt = publisher_for().publish(outgoing(), [image(tmp_path)])
    assert recorded.count(f"GET /api/v1/media/{done['id']}") == 3
    status = requests.get(server.url(f"/api/v1/statuses/{receipt.remote_id}"), timeout=10).json()
    assert [m["id"] for m in status["media_attachments"]] == [done["id"]]


def test_an_image_never_processed_is_a_transient_error(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    tmp_path: Path,
) -> None:
    server.fault(
        {"type": "status", "status": 202, "body": {"id": "999", "url": None}},
        path="/api/v2/media",
        methods=["POST"],
    )
    server.fault(
        {"type": "status", "status": 206, "body": {"id": "999", "url": None}},
        path="/api/v1/media/999",
        count=None,
    )
    slow = Timeouts(read=2, media_processing=0.3, poll_interval=0.05)
    with pytest.raises(MastodonError) as error:
        publisher_for(timeouts=slow).publish(outgoing(), [image(tmp_path)])
    assert (error.value.code, error.value.kind) == ("media_processing", FailureKind.TRANSIENT)


# --- what the server refuses ---


def test_429_is_retry_later_with_the_wait_from_retry_after(
    server: MastodonMock, publisher_for: Callable[..., MastodonPublisher]
) -> None:
    server.fault({"type": "ratelimit", "headers": {"Retry-After": "120"}}, path="/api/v1/statuses")
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert (error.value.code, error.value.kind) == ("rate_limited", FailureKind.TRANSIENT)
    assert error.value.retry_after == 120
    assert error.value.detail == "retry_after=120"


def test_429_with_only_mastodons_reset_time(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
) -> None:
    # Mastodon sends X-RateLimit-Reset as an ISO 8601 time and no Retry-After.
    reset = (datetime.now(UTC) + timedelta(minutes=5)).isoformat(timespec="milliseconds")
    server.fault(
        {
            "type": "status",
            "status": 429,
            "body": {"error": "Too many requests"},
            "headers": {"X-RateLimit-Reset": reset.replace("+00:00", "Z")},
        },
        path="/api/v1/statuses",
    )
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert error.value.code == "rate_limited"
    assert error.value.retry_after is not None and 280 <= error.value.retry_after <= 300
    token = account_secrets.get(TOKEN_SECRET) or ""
    assert statuses_of(server, signed_in, token) == []


def test_a_revoked_token_means_sign_in_again(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    account_secrets: KeyringSecrets,
) -> None:
    token = account_secrets.get(TOKEN_SECRET)
    requests.post(server.url("/oauth/revoke"), data={"token": token}, timeout=10)
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert (error.value.code, error.value.kind) == ("sign_in_again", FailureKind.PERMANENT)


def test_no_token_in_the_keyring_means_sign_in_again(
    publisher_for: Callable[..., MastodonPublisher], account_secrets: KeyringSecrets
) -> None:
    account_secrets.delete(TOKEN_SECRET)
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert error.value.code == "sign_in_again"


def test_422_is_rejected_with_the_servers_own_message(
    publisher_for: Callable[..., MastodonPublisher],
) -> None:
    # Limits remembered from a server that allowed 1000 characters and now allows 500:
    # our check lets the text through and the server's own refusal comes back.
    publisher = publisher_for(limits=InstanceLimits(max_characters=1000))
    with pytest.raises(MastodonError) as error:
        publisher.publish(outgoing("a" * 600))
    assert (error.value.code, error.value.kind) == ("rejected", FailureKind.PERMANENT)
    assert error.value.detail == "Validation failed: Text is too long (maximum is 500 characters)"


def test_a_text_over_the_instance_limit_stops_before_sending(
    publisher_for: Callable[..., MastodonPublisher], recorded: list[str]
) -> None:
    recorded.clear()
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing("a" * 501))
    assert error.value.code == "text_too_long"
    assert recorded == []
    # Links count 23 however long, as on Mastodon.  (The mock counts every character
    # of a link, stricter than Mastodon, so this text is only checked, not sent.)
    publisher_for().check(outgoing("a" * 470 + " https://example.com/" + "x" * 100))


def test_5xx_is_retry_later(
    server: MastodonMock, publisher_for: Callable[..., MastodonPublisher]
) -> None:
    server.fault({"type": "status", "status": 503}, path="/api/v1/statuses")
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert (error.value.code, error.value.kind) == ("server_unavailable", FailureKind.TRANSIENT)
    assert error.value.detail == "Service temporarily unavailable"


def test_a_gateway_timeout_on_the_post_is_an_unknown_outcome(
    server: MastodonMock, publisher_for: Callable[..., MastodonPublisher]
) -> None:
    server.fault({"type": "status", "status": 504}, path="/api/v1/statuses")
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert (error.value.code, error.value.kind) == ("unknown_outcome", FailureKind.PERMANENT)


def test_an_unreadable_answer_to_the_post_is_an_unknown_outcome(
    server: MastodonMock, publisher_for: Callable[..., MastodonPublisher]
) -> None:
    server.fault({"type": "malformed"}, path="/api/v1/statuses")
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert error.value.code == "unknown_outcome"


# --- our stricter checks where the mock is lenient ---


def test_images_are_checked_before_anything_is_sent(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    account_secrets: KeyringSecrets,
    tmp_path: Path,
    recorded: list[str],
) -> None:
    # The mock stores any description; Mastodon 4 refuses more than 1500 characters.
    token = account_secrets.get(TOKEN_SECRET) or ""
    lenient = requests.post(
        server.url("/api/v2/media"),
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("a.png", png(), "image/png")},
        data={"description": "x" * 1501},
        timeout=10,
    )
    assert lenient.status_code == 200
    publisher = publisher_for()
    recorded.clear()
    cases = {
        "alt_text_too_long": [image(tmp_path, alt="x" * 1501)],
        "alt_text_missing": [image(tmp_path, alt="  ")],
        "too_many_images": [image(tmp_path, f"{n}.png") for n in range(5)],
    }
    fake = tmp_path / "notes.png"
    fake.write_text("not an image")  # the mock infers the type from the name
    cases["image_type_unsupported"] = [PostImage(fake, "notes")]
    cases["image_unreadable"] = [PostImage(tmp_path / "gone.png", "gone")]
    big = tmp_path / "big.png"
    big.write_bytes(png() + b"\0" * 10485760)
    cases["image_too_large"] = [PostImage(big, "big")]
    for code, images in cases.items():
        with pytest.raises(MastodonError) as error:
            publisher.publish(outgoing(), images)
        assert (error.value.code, error.value.kind) == (code, FailureKind.PERMANENT)
    assert recorded == []
    assert publisher.publish(outgoing(), [image(tmp_path, alt="x" * 1500)]).remote_id


# --- after a crash, and servers that misbehave ---


def test_a_timeout_after_sending_is_unknown_and_then_found(
    server: MastodonMock,
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
    publisher_for: Callable[..., MastodonPublisher],
    tmp_path: Path,
) -> None:
    # The server makes the status and its answer is lost on the way back.  (A delay
    # injected in mastodon_mock cannot show this: it drops a request whose client has
    # gone, where Mastodon finishes it.)
    proxy = LossyProxy(server.port, b"POST /api/v1/statuses")
    try:
        config = {**signed_in, "instance": proxy.base_url}
        cut_off = MastodonPublisher.from_config(
            config, account_secrets, timeouts=Timeouts(connect=2, read=1)
        )
        post = outgoing(
            "Dołącz do nas: https://example.com/praca?utm_source=advocate\n\nDrugi akapit"
        )
        with pytest.raises(MastodonError) as error:
            cut_off.publish(post, [image(tmp_path)])
        assert (error.value.code, error.value.kind) == ("unknown_outcome", FailureKind.PERMANENT)
        assert proxy.lost == 1
    finally:
        proxy.stop()

    publisher = publisher_for()  # after the restart, the server is reachable again
    found = publisher.find_published(post)
    assert found is not None
    assert publisher.find_published(post, [image(tmp_path)]) == found
    assert publisher.find_published(post, []) is None  # the one found has an image
    assert publisher.find_published(outgoing("Another text", post_id="post-2")) is None
    # Publishing it again (the employee says "try again") returns the same status.
    assert publisher.publish(post, [image(tmp_path)]).remote_id == found.remote_id


def test_find_published_ignores_statuses_from_before_the_post_was_due(
    publisher_for: Callable[..., MastodonPublisher],
) -> None:
    publisher = publisher_for()
    publisher.publish(outgoing("Same words"))
    later = replace(
        outgoing("Same words"), post_id="post-9", due_at=datetime.now(UTC) + timedelta(hours=1)
    )
    assert publisher.find_published(later) is None


def test_a_server_that_cannot_be_reached_is_retry_later(
    signed_in: dict[str, Any], account_secrets: KeyringSecrets
) -> None:
    config = {**signed_in, "instance": f"http://127.0.0.1:{free_port()}"}
    publisher = MastodonPublisher.from_config(config, account_secrets, timeouts=FAST)
    with pytest.raises(MastodonError) as error:
        publisher.publish(outgoing())
    assert (error.value.code, error.value.kind) == ("server_unavailable", FailureKind.TRANSIENT)
    with pytest.raises(MastodonError):
        publisher.find_published(outgoing())  # never "not found" when nothing was asked


def test_a_web_site_is_not_a_mastodon_server(tmp_path: Path) -> None:
    root = tmp_path / "www"
    (root / "api" / "v1").mkdir(parents=True)
    (root / "index.html").write_text("<!DOCTYPE html><html><body>Our company</body></html>")
    # A site that answers every path with its page, as many do.
    (root / "api" / "v1" / "instance").write_text("<!DOCTYPE html><html><body>Hi</body></html>")
    site = Nginx(root, tmp_path / "nginx")
    try:
        with pytest.raises(MastodonError) as error:
            fetch_instance(MastodonApi(site.url(""), timeouts=FAST))
        assert (error.value.code, error.value.kind) == ("not_mastodon", FailureKind.PERMANENT)
        assert "127.0.0.1" in error.value.detail
    finally:
        site.stop()


def test_a_hanging_server_times_out(
    signed_in: dict[str, Any], account_secrets: KeyringSecrets
) -> None:
    silent = RawServer(None, hold_seconds=10)
    try:
        api = MastodonApi(silent.url("").rstrip("/"), timeouts=Timeouts(connect=2, read=0.5))
        started = time.monotonic()
        with pytest.raises(MastodonError) as error:
            fetch_instance(api)
        assert (error.value.code, error.value.kind) == ("timeout", FailureKind.TRANSIENT)
        assert time.monotonic() - started < 5
        config = {**signed_in, "instance": silent.url("").rstrip("/")}
        publisher = MastodonPublisher.from_config(
            config, account_secrets, timeouts=Timeouts(connect=2, read=0.5)
        )
        with pytest.raises(MastodonError) as sent:
            publisher.publish(outgoing())
        assert sent.value.code == "unknown_outcome"  # it was sent: never retried blindly
    finally:
        silent.stop()


def test_a_connection_cut_after_sending_is_unknown_only_for_the_post(
    signed_in: dict[str, Any], account_secrets: KeyringSecrets
) -> None:
    # The server reads the request and hangs up without a word: the post may have been
    # made, an instance query can simply be asked again.
    rude = RawServer(None)
    try:
        base = rude.url("").rstrip("/")
        with pytest.raises(MastodonError) as asked:
            fetch_instance(MastodonApi(base, timeouts=FAST))
        assert (asked.value.code, asked.value.kind) == ("server_unavailable", FailureKind.TRANSIENT)
        publisher = MastodonPublisher.from_config(
            {**signed_in, "instance": base}, account_secrets, timeouts=FAST
        )
        with pytest.raises(MastodonError) as posted:
            publisher.publish(outgoing())
        assert posted.value.code == "unknown_outcome"
    finally:
        rude.stop()


def test_an_html_error_page_from_a_proxy_is_retry_later() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    proxy = RawServer(
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nConnection: close\r\n"
        + f"Content-Length: {len(page)}\r\n\r\n".encode()
        + page
    )
    try:
        with pytest.raises(MastodonError) as error:
            fetch_instance(MastodonApi(proxy.url("").rstrip("/"), timeouts=FAST))
        assert (error.value.code, error.value.kind) == ("server_unavailable", FailureKind.TRANSIENT)
        assert error.value.detail == "HTTP 502 Bad Gateway"
    finally:
        proxy.stop()


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("This action is outside the authorized scopes", "sign_in_again"),
        ("Your login is currently disabled", "forbidden"),
    ],
)
def test_403_says_sign_in_again_only_about_the_token(
    server: MastodonMock,
    publisher_for: Callable[..., MastodonPublisher],
    message: str,
    code: str,
) -> None:
    server.fault(
        {"type": "status", "status": 403, "body": {"error": message}}, path="/api/v1/statuses"
    )
    with pytest.raises(MastodonError) as error:
        publisher_for().publish(outgoing())
    assert (error.value.code, error.value.kind, error.value.detail) == (
        code,
        FailureKind.PERMANENT,
        message,
    )


# --- through the runner: a post's images, stored with it ---


class _RunnerWorld:
    """The app's store and runner, publishing to the signed-in account on the mock."""

    def __init__(
        self,
        tmp_path: Path,
        clock: FakeClock,
        config: dict[str, Any],
        secrets: KeyringSecrets,
        session: requests.Session,
    ) -> None:
        self.db = Database(tmp_path / "advocate.sqlite3")
        self.posts = PostRepository(self.db)
        self.media = PostMediaRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.clock = clock
        self.account = self.accounts.add("mastodon", "alice", config, clock.now())
        self.service = PostService(self.posts, clock)
        self.runner = Runner(
            self.posts,
            self.accounts,
            lambda account: MastodonAccountPublisher(
                MastodonPublisher.from_config(
                    account.config, secrets, timeouts=FAST, session=session
                )
            ),
            clock,
        )

    def schedule(self, text: str, images: tuple[ImageSpec, ...]) -> str:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="pl",
            suggested_text=text,
            account_id=self.account.id,
            images=images,
        )
        self.service.schedule(
            draft.id,
            text=text,
            account_id=self.account.id,
            network="mastodon",
            due_at=self.clock.now(),
        )
        return draft.id


@pytest.fixture
def runner_world(
    tmp_path: Path,
    clock: FakeClock,
    signed_in: dict[str, Any],
    account_secrets: KeyringSecrets,
    session: requests.Session,
) -> Iterator[_RunnerWorld]:
    world = _RunnerWorld(tmp_path, clock, signed_in, account_secrets, session)
    yield world
    world.db.close()


def test_the_runner_sends_the_image_with_its_alt_text_and_a_retry_does_not_upload_it_again(
    server: MastodonMock,
    runner_world: _RunnerWorld,
    account_secrets: KeyringSecrets,
    recorded: list[str],
    tmp_path: Path,
) -> None:
    world = runner_world
    photo = image(tmp_path, alt="Biurowiec nad Motławą")
    post_id = world.schedule("Nowe biuro w Gdańsku", (ImageSpec(str(photo.path), photo.alt_text),))
    uploads_before = server.media_count()
    # The image goes up, then the status gets no answer in time: it may be out.
    server.fault({"type": "timeout"}, path="/api/v1/statuses", methods=["POST"])
    (first,) = world.runner.run_due()
    assert first.state == PostState.RETRY_WAIT  # the Idempotency-Key makes a retry safe
    (uploaded,) = world.media.images(post_id, world.account.id)
    assert uploaded.media_id is not None  # stored the moment the server gave it
    assert server.media_count() == uploads_before + 1

    waiting = world.posts.get(post_id)
    assert waiting is not None and waiting.next_attempt_at is not None
    world.clock.set(from_db(waiting.next_attempt_at))
    (second,) = world.runner.run_due()
    assert second.state == PostState.PUBLISHED
    assert server.media_count() == uploads_before + 1  # not uploaded twice
    assert recorded.count("POST /api/v2/media") == 1
    # Answered: the retry's status only (the first one's answer never came).
    assert recorded.count("POST /api/v1/statuses") == 1

    published = world.posts.get(post_id)
    assert published is not None and published.remote_id
    token = account_secrets.get(TOKEN_SECRET) or ""
    status = requests.get(
        server.url(f"/api/v1/statuses/{published.remote_id}"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).json()
    (media,) = status["media_attachments"]
    assert (media["id"], media["description"]) == (uploaded.media_id, "Biurowiec nad Motławą")


def test_an_image_without_alt_text_goes_back_to_the_employee_before_anything_is_sent(
    server: MastodonMock, runner_world: _RunnerWorld, recorded: list[str], tmp_path: Path
) -> None:
    world = runner_world
    photo = image(tmp_path, alt="")
    post_id = world.schedule("Bez opisu", (ImageSpec(str(photo.path), "  "),))
    signed_in_with = len(recorded)
    uploads_before = server.media_count()
    (outcome,) = world.runner.run_due()
    assert outcome.state == PostState.NEEDS_ATTENTION
    assert outcome.problem == PostProblem("alt_text_missing", "office.png")
    assert not [r for r in recorded[signed_in_with:] if r.startswith("POST")]  # nothing sent
    assert server.media_count() == uploads_before
    assert [r.path for r in world.media.images(post_id)] == [str(photo.path)]  # nothing lost
