"""LinkedIn end to end against the strict loopback LinkedIn (tests/peers/linkedin.py).

Sign-in through the company's app (with its secret, or through the company's token
exchange), the member's id from userinfo, the 60-day expiry with a fake clock, and
publishing text, an image with alt text and an article, with LinkedIn's failures.
Tokens go to the real keyring.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from advocate_desktop.accounts import AccountManager, AccountState
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.http import Timeouts
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import (
    FailureKind,
    LinkRef,
    OutcomeUnknown,
    OutgoingPost,
    PostImageRef,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.connect import ConnectError, SignInRequest
from advocate_desktop.networks.linkedin import endpoints
from advocate_desktop.networks.linkedin.api import LinkedInApi
from advocate_desktop.networks.linkedin.publisher import LinkedInPublisher
from advocate_desktop.networks.linkedin.spec import SPEC, TOKEN_SECRET
from advocate_desktop.networks.registry import error_message
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.tokens import expired_by, sign_ins_expiring, token_expiry
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.text.linkedin import unescape_little_text
from tests.peers.images import png
from tests.peers.linkedin import Browser, LinkedInPeer, TokenExchange

pytestmark = [pytest.mark.integration, pytest.mark.keyring]

FAST = Timeouts(connect=2, read=2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def peer(monkeypatch: pytest.MonkeyPatch) -> Iterator[LinkedInPeer]:
    server = LinkedInPeer().start()
    monkeypatch.setattr(endpoints, "LINKEDIN", server.endpoints())
    yield server
    server.stop()


@pytest.fixture
def port(peer: LinkedInPeer) -> int:
    chosen = free_port()
    peer.registered_redirects.add(f"http://127.0.0.1:{chosen}/callback")
    return chosen


@pytest.fixture
def app(peer: LinkedInPeer, port: int) -> SimpleNamespace:
    return SimpleNamespace(
        client_id=peer.client_id,
        client_secret=peer.client_secret,
        token_exchange_url=None,
        redirect_port=port,
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "a.sqlite3")
    yield database
    database.close()


def make_manager(
    db: Database, clock: FakeClock, store: CredentialStore, app: Any
) -> AccountManager:
    return AccountManager(
        AccountRepository(db),
        AccountHoldRepository(db),
        clock,
        store,
        oauth_timeout=20,
        company_app=lambda network: app if network == "linkedin" else None,
    )


@pytest.fixture
def manager(
    db: Database, clock: FakeClock, keyring_store: CredentialStore, app: SimpleNamespace
) -> AccountManager:
    return make_manager(db, clock, keyring_store, app)


def request(browser: Browser | None = None) -> SignInRequest:
    return SignInRequest(open_browser=browser or Browser())


@pytest.fixture
def account(manager: AccountManager) -> AccountRow:
    return manager.add("linkedin", request())


@pytest.fixture
def publisher(account: AccountRow, keyring_store: CredentialStore) -> LinkedInPublisher:
    return LinkedInPublisher(
        account.config, KeyringSecrets(keyring_store, account.id), timeouts=FAST
    )


def outgoing(
    text: str = "Nowe biuro w Gdańsku (#praca) — zapraszamy!", **more: Any
) -> OutgoingPost:
    return OutgoingPost(
        post_id="post-1",
        account_id="a",
        network="linkedin",
        language="pl",
        text=text,
        item_id=None,
        due_at=datetime(2026, 12, 1, tzinfo=UTC),
        **more,
    )


# --- signing in ---


def test_sign_in_with_the_company_app_secret_and_pkce(
    manager: AccountManager, peer: LinkedInPeer, keyring_store: CredentialStore, clock: FakeClock
) -> None:
    browser = Browser()
    row = manager.add("linkedin", request(browser))
    asked = {k: v[0] for k, v in parse_qs(urlsplit(browser.opened[0]).query).items()}
    assert asked["scope"] == "openid profile w_member_social"
    assert asked["code_challenge_method"] == "S256" and asked["code_challenge"]
    [form] = peer.token_forms
    assert form["client_secret"] == peer.client_secret and form["code_verifier"]
    assert row.display_name == "Zofia Łęcka"
    assert row.config["author"] == f"urn:li:person:{peer.member_sub}"
    assert row.config["remote_account_id"] == peer.member_sub
    # 60 days from the sign-in, on the app's clock (a fake one here).
    expiry = token_expiry(row)
    assert expiry is not None
    assert abs(expiry - (clock.now() + timedelta(days=60))) < timedelta(seconds=30)
    token = KeyringSecrets(keyring_store, row.id).get(TOKEN_SECRET)
    assert token in peer.tokens
    assert token not in repr(row.config)
    # The same member again is refused, and its new token ended at LinkedIn.
    with pytest.raises(ConnectError) as again:
        manager.add("linkedin", request())
    assert again.value.code == "already_added"
    assert len(peer.tokens) == 1


def test_sign_in_through_the_company_token_exchange_keeps_no_secret_on_the_laptop(
    db: Database, clock: FakeClock, keyring_store: CredentialStore, peer: LinkedInPeer, port: int
) -> None:
    exchange = TokenExchange(peer)
    try:
        app = SimpleNamespace(
            client_id=peer.client_id,
            client_secret=None,
            token_exchange_url=exchange.url,
            redirect_port=port,
        )
        row = make_manager(db, clock, keyring_store, app).add("linkedin", request())
    finally:
        exchange.stop()
    [sent] = exchange.forwarded
    assert "client_secret" not in sent
    assert sent["client_id"] == peer.client_id and sent["code_verifier"]
    assert sent["grant_type"] == "authorization_code"
    assert KeyringSecrets(keyring_store, row.id).get(TOKEN_SECRET) in peer.tokens


def test_without_a_company_app_there_is_no_sign_in(
    db: Database, clock: FakeClock, keyring_store: CredentialStore, peer: LinkedInPeer
) -> None:
    browser = Browser()
    with pytest.raises(ConnectError) as refused:
        make_manager(db, clock, keyring_store, None).add("linkedin", request(browser))
    assert refused.value.code == "no_company_app"
    assert browser.opened == []
    assert "share page" in (error_message("no_company_app", "linkedin") or "")


def test_a_refusal_in_the_browser_stores_nothing(
    manager: AccountManager, peer: LinkedInPeer, db: Database
) -> None:
    peer.refuse_next = True
    with pytest.raises(ConnectError) as refused:
        manager.add("linkedin", request())
    assert refused.value.code == "denied"
    assert AccountRepository(db).all() == [] and peer.tokens == {}


def test_the_registered_port_taken_by_another_program_is_named(
    manager: AccountManager, port: int
) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        with pytest.raises(ConnectError) as busy:
            manager.add("linkedin", request())
    assert busy.value.code == "callback_port_busy" and busy.value.detail == str(port)


def test_removing_ends_the_token_at_linkedin(
    manager: AccountManager, account: AccountRow, peer: LinkedInPeer
) -> None:
    assert len(peer.tokens) == 1
    removed = manager.remove(account.id)
    assert removed.revoked is True and peer.tokens == {}


# --- the 60-day expiry ---


def test_the_expiry_is_warned_a_week_ahead_once_a_day(
    manager: AccountManager, account: AccountRow, db: Database, clock: FakeClock
) -> None:
    accounts = AccountRepository(db)
    [status] = manager.statuses()
    assert status.state == AccountState.EXPIRES and status.days_left == 60
    assert sign_ins_expiring(accounts, clock.now(), clock.now().date()) == []
    clock.advance(timedelta(days=53, hours=1))  # under 7 days left
    [warning] = sign_ins_expiring(accounts, clock.now(), clock.now().date())
    assert warning.account_id == account.id and warning.days_left == 7
    assert warning.network == "linkedin"
    assert sign_ins_expiring(accounts, clock.now(), clock.now().date()) == []  # once a day
    clock.advance(timedelta(days=1))
    [next_day] = sign_ins_expiring(accounts, clock.now(), clock.now().date())
    assert next_day.days_left == 6
    # A post due after the expiry is flagged when it is scheduled.
    stored = accounts.get(account.id)
    assert stored is not None
    assert expired_by(stored, clock.now() + timedelta(days=7)) is not None
    assert expired_by(stored, clock.now() + timedelta(days=1)) is None
    clock.advance(timedelta(days=7))
    [status] = manager.statuses()
    assert status.state == AccountState.SIGN_IN_NEEDED and status.detail == "expired"


def test_an_expired_token_is_not_sent(
    account: AccountRow, keyring_store: CredentialStore, peer: LinkedInPeer
) -> None:
    config = {**account.config, "token_expires_at": "2026-01-01T00:00:00+00:00"}
    publisher = LinkedInPublisher(config, KeyringSecrets(keyring_store, account.id))
    before = len(peer.requests)
    with pytest.raises(SignInNeeded):
        publisher.publish(outgoing())
    assert len(peer.requests) == before


def test_signing_in_again_renews_the_expiry(
    manager: AccountManager, account: AccountRow, clock: FakeClock
) -> None:
    clock.advance(timedelta(days=55))
    renewed = manager.sign_in_again(account.id, open_browser=Browser())
    expiry = token_expiry(renewed)
    assert expiry is not None and expiry - clock.now() > timedelta(days=59)


# --- publishing ---


def test_text_is_escaped_and_the_post_id_comes_from_x_restli_id(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    text = "Nowe biuro w Gdańsku (#praca) — pytania: a_b@firma.pl <3 *wow* ~ 🎉"
    receipt = publisher.publish(outgoing(text))
    [(urn, body)] = peer.posts.items()
    assert receipt.remote_id == urn and urn.startswith("urn:li:share:")
    assert receipt.url.endswith(f"/{urn}/")
    assert unescape_little_text(body["commentary"]) == text
    assert "content" not in body and body["visibility"] == "PUBLIC"
    posted = next(r for r in peer.requests if r[1] == "/rest/posts")[2]
    assert posted["LinkedIn-Version"] == endpoints.API_VERSION
    assert posted["X-Restli-Protocol-Version"] == "2.0.0"
    # The new post was read back.
    assert any(r[0] == "GET" and r[1].startswith("/rest/posts/") for r in peer.requests)


def test_one_image_with_its_alt_text(
    publisher: LinkedInPublisher, peer: LinkedInPeer, tmp_path: Path
) -> None:
    image = tmp_path / "office.png"
    image.write_bytes(png(4, 3))
    uploaded: list[tuple[int, str]] = []
    post = outgoing(
        images=(PostImageRef(image, "Czerwony kwadrat"),),
        link=LinkRef("https://example.com/a", "Not sent with an image"),
        media_uploaded=lambda i, m: uploaded.append((i, m)),
    )
    publisher.publish(post)
    [body] = peer.posts.values()
    [(index, urn)] = uploaded
    assert index == 0 and body["content"] == {"media": {"id": urn, "altText": "Czerwony kwadrat"}}
    assert peer.images[urn]["bytes"] == png(4, 3) and peer.images[urn]["type"] == "image/png"


def test_an_image_uploaded_by_an_earlier_attempt_is_not_sent_again(
    publisher: LinkedInPublisher, peer: LinkedInPeer, tmp_path: Path
) -> None:
    image = tmp_path / "office.png"
    image.write_bytes(png())
    uploaded: list[str] = []
    peer.inject("/rest/posts", "status", status=503)
    post = outgoing(
        images=(PostImageRef(image, "Alt"),), media_uploaded=lambda i, m: uploaded.append(m)
    )
    with pytest.raises(PublishError) as failed:
        publisher.publish(post)
    assert failed.value.kind is FailureKind.TRANSIENT and failed.value.code == "server_unavailable"
    [urn] = uploaded
    again = outgoing(images=(PostImageRef(image, "Alt", media_id=urn),))
    publisher.publish(again)
    assert len(peer.images) == 1 and len(peer.posts) == 1


def test_an_article_link_with_its_title(publisher: LinkedInPublisher, peer: LinkedInPeer) -> None:
    publisher.publish(outgoing(link=LinkRef("https://example.com/biuro", "Nowe biuro", "Opis")))
    [body] = peer.posts.values()
    assert body["content"] == {
        "article": {
            "source": "https://example.com/biuro",
            "title": "Nowe biuro",
            "description": "Opis",
        }
    }


def test_an_image_without_alt_text_or_a_second_image_is_refused_before_sending(
    publisher: LinkedInPublisher, peer: LinkedInPeer, tmp_path: Path
) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(png())
    with pytest.raises(Rejected) as no_alt:
        publisher.publish(outgoing(images=(PostImageRef(image, "  "),)))
    assert no_alt.value.code == "alt_text_missing"
    with pytest.raises(Rejected) as two:
        publisher.publish(outgoing(images=(PostImageRef(image, "a"), PostImageRef(image, "b"))))
    assert two.value.code == "too_many_images"
    not_image = tmp_path / "a.txt"
    not_image.write_text("hello")
    with pytest.raises(Rejected) as kind:
        publisher.publish(outgoing(images=(PostImageRef(not_image, "a"),)))
    assert kind.value.code == "image_type_unsupported"
    assert peer.posts == {} and peer.images == {}


def test_a_201_without_x_restli_id_is_never_published(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    peer.inject("/rest/posts", "no_id")
    with pytest.raises(OutcomeUnknown):
        publisher.publish(outgoing())
    assert publisher.find_published(outgoing()) is None


def test_a_retired_version_names_the_fix(
    account: AccountRow, keyring_store: CredentialStore, peer: LinkedInPeer
) -> None:
    config = {**account.config, "api_version": "202301"}
    publisher = LinkedInPublisher(config, KeyringSecrets(keyring_store, account.id))
    with pytest.raises(PublishError) as retired:
        publisher.publish(outgoing())
    assert retired.value.code == "version_retired" and retired.value.detail == "202301"
    assert retired.value.kind is FailureKind.PERMANENT
    message = SPEC.message("version_retired") or ""
    assert "Update Advocate Desktop" in message and "linkedin_api_version" in message
    assert peer.posts == {}


def test_it_sets_the_version(
    account: AccountRow, keyring_store: CredentialStore, peer: LinkedInPeer
) -> None:
    config = {**account.config, "api_version": "202609"}
    LinkedInPublisher(config, KeyringSecrets(keyring_store, account.id)).publish(outgoing())
    posted = next(r for r in peer.requests if r[1] == "/rest/posts")[2]
    assert posted["LinkedIn-Version"] == "202609"


def test_rate_limited_waits_for_midnight_utc_or_the_header(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    peer.inject("/rest/posts", "rate_limited")
    with pytest.raises(RateLimited) as limited:
        publisher.publish(outgoing())
    now = datetime.now(UTC)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    assert limited.value.retry_at == midnight
    peer.inject("/rest/posts", "rate_limited", headers={"Retry-After": "120"})
    with pytest.raises(RateLimited) as soon:
        publisher.publish(outgoing())
    assert soon.value.retry_at is not None
    assert timedelta(seconds=100) < soon.value.retry_at - now < timedelta(seconds=140)
    assert peer.posts == {}


def test_failures_after_sending_are_unknown_outcomes(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    peer.inject("/rest/posts", "status", status=504)
    with pytest.raises(OutcomeUnknown):
        publisher.publish(outgoing())
    peer.inject("/rest/posts", "drop_after")
    with pytest.raises(OutcomeUnknown):
        publisher.publish(outgoing())
    peer.inject("/rest/posts", "timeout", delay=3)
    with pytest.raises(OutcomeUnknown):
        publisher.publish(outgoing())
    assert len(peer.posts) == 2  # the dropped and the slow one did go out


def test_failures_before_the_post_are_retried_later(
    publisher: LinkedInPublisher, peer: LinkedInPeer, tmp_path: Path
) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(png())
    peer.inject("/rest/images", "drop")
    with pytest.raises(PublishError) as dropped:
        publisher.publish(outgoing(images=(PostImageRef(image, "a"),)))
    assert dropped.value.kind is FailureKind.TRANSIENT
    peer.inject("/rest/posts", "status", status=500)
    with pytest.raises(PublishError) as five:
        publisher.publish(outgoing())
    assert five.value.kind is FailureKind.TRANSIENT and five.value.code == "server_unavailable"
    assert peer.posts == {}


def test_a_revoked_token_needs_a_new_sign_in(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    peer.tokens.clear()
    with pytest.raises(SignInNeeded):
        publisher.publish(outgoing())


def test_posts_unreadable_to_the_app_still_count_once_linkedin_named_them(
    publisher: LinkedInPublisher, peer: LinkedInPeer
) -> None:
    peer.readable_posts = False
    receipt = publisher.publish(outgoing())
    assert receipt.remote_id in peer.posts


# --- the peer refuses what LinkedIn refuses ---


@pytest.fixture
def token(account: AccountRow, keyring_store: CredentialStore) -> str:
    found = KeyringSecrets(keyring_store, account.id).get(TOKEN_SECRET)
    assert found is not None
    return found


def test_the_peer_refuses_missing_or_wrong_headers(peer: LinkedInPeer, token: str) -> None:
    url = f"{peer.base}/rest/posts"
    auth = {"Authorization": f"Bearer {token}"}
    missing = requests.post(
        url, json={}, headers={**auth, "X-Restli-Protocol-Version": "2.0.0"}, timeout=5
    )
    assert missing.status_code == 400 and missing.json()["code"] == "VERSION_MISSING"
    no_protocol = requests.post(
        url, json={}, headers={**auth, "LinkedIn-Version": "202611"}, timeout=5
    )
    assert no_protocol.status_code == 400


def test_the_peer_refuses_unescaped_commentary_a_foreign_author_and_an_image_never_uploaded(
    account: AccountRow, peer: LinkedInPeer, token: str
) -> None:
    api = LinkedInApi(token, api_base=peer.base, version="202611", timeouts=FAST)
    body = {
        "author": account.config["author"],
        "commentary": "Raw (parentheses)",
        "visibility": "PUBLIC",
        "distribution": {"feedDistribution": "MAIN_FEED"},
        "lifecycleState": "PUBLISHED",
    }
    with pytest.raises(Rejected, match="unescaped"):
        api.create_post(body)
    with pytest.raises(PublishError) as foreign:
        api.create_post({**body, "commentary": "ok", "author": "urn:li:person:someoneElse"})
    assert foreign.value.code == "forbidden"
    with pytest.raises(Rejected, match="invalid URN"):
        api.create_post({**body, "commentary": "ok", "author": "urn:li:person:"})
    upload = api.initialize_upload(account.config["author"])
    never = {
        **body,
        "commentary": "ok",
        "content": {"media": {"id": upload.image_urn, "altText": "a"}},
    }
    with pytest.raises(Rejected, match="never uploaded"):
        api.create_post(never)
    api.upload(upload, png(), "image/png")
    no_alt = {**body, "commentary": "ok", "content": {"media": {"id": upload.image_urn}}}
    with pytest.raises(Rejected, match="altText"):
        api.create_post(no_alt)
    assert peer.posts == {}
    api.close()
