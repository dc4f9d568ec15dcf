"""Threads end to end against a strict loopback Threads API (tests/peers/threads.py).

Sign-in through the company's app (with its secret, through the company's
token-exchange service, through an https relay), the long-lived token and its
refresh under a fake clock, publishing text and a public image, a container that
fails or is slow, a publish whose answer is lost, and the faults of a real network.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests

from advocate_desktop.accounts import AccountManager, AccountState
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.http import Timeouts
from advocate_desktop.networks import registry
from advocate_desktop.networks import threads as threads_package
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import (
    FailureKind,
    OutcomeUnknown,
    OutgoingPost,
    PostImageRef,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.connect import ConnectError, SignInRequest
from advocate_desktop.networks.threads import api as threads_api
from advocate_desktop.networks.threads.api import Endpoints, ThreadsApi
from advocate_desktop.networks.threads.connect import ThreadsConnector
from advocate_desktop.networks.threads.errors import ThreadsError
from advocate_desktop.networks.threads.publisher import ThreadsPublisher
from advocate_desktop.networks.threads.tokens import TOKEN_SECRET, stored
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.states import PostState
from advocate_desktop.schedule.tokens import token_expiry
from advocate_desktop.sign_in_refresh import Refreshed, keep_signed_in
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository
from tests.peers.nginx import Nginx
from tests.peers.threads import ExchangeService, RedirectRelay, ThreadsPeer

pytestmark = pytest.mark.integration

PUBLIC_IMAGE = "https://images.example.com/news/launch.jpg"


@pytest.fixture
def peer(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadsPeer]:
    server = ThreadsPeer()
    server.now = clock.now
    # The connector reads Meta's addresses when a sign-in starts: point them here.
    monkeypatch.setattr(
        threads_api,
        "ENDPOINTS",
        Endpoints(graph=server.base, authorize_url=server.base + "/oauth/authorize"),
    )
    yield server
    server.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "threads.sqlite3")
    yield database
    database.close()


def company_app(peer: ThreadsPeer, **values: Any) -> Any:
    app = {
        "client_id": peer.client_id,
        "client_secret": peer.client_secret,
        "token_exchange_url": None,
    }
    app.update(values)
    return lambda network: SimpleNamespace(**app) if network == "threads" else None


def manager(
    db: Database, clock: FakeClock, store: CredentialStore, app: Any = None
) -> AccountManager:
    return AccountManager(
        AccountRepository(db),
        AccountHoldRepository(db),
        clock,
        store,
        oauth_timeout=20.0,
        company_app=app or (lambda _network: None),
    )


def sign_in(
    peer: ThreadsPeer, db: Database, clock: FakeClock, store: CredentialStore, **app: Any
) -> AccountRow:
    accounts = manager(db, clock, store, company_app(peer, **app))
    return accounts.add("threads", SignInRequest(open_browser=peer.browser))


def publisher_for(
    peer: ThreadsPeer, store: CredentialStore, account: AccountRow, clock: FakeClock, **options: Any
) -> ThreadsPublisher:
    read = options.pop("read", 5.0)
    api = ThreadsApi(Endpoints(graph=peer.base), timeouts=Timeouts(connect=2.0, read=read))
    return ThreadsPublisher(
        api,
        KeyringSecrets(store, account.id),
        account.config["remote_account_id"],
        account.config["username"],
        owner=account.id,
        now=clock.now,
        **options,
    )


def outgoing(
    clock: FakeClock,
    text: str = "Nowy raport o zielonej energii 🌱 https://example.com/raport",
    **extra: Any,
) -> OutgoingPost:
    return OutgoingPost(
        post_id="p-" + str(abs(hash(text)) % 10**8),
        account_id="",
        network="threads",
        language="pl",
        text=text,
        item_id=None,
        due_at=clock.now(),
        **extra,
    )


# -- signing in ---------------------------------------------------------------------


def test_the_spec_is_registered_with_its_capabilities() -> None:
    spec = registry.spec_for("threads")
    assert spec.label == "Threads" and spec.text_rules == "threads"
    assert spec.auth.value == "oauth_app" and threads_package.NETWORK == "threads"
    caps = spec.capabilities
    assert caps.max_images == 1 and caps.images_by_public_url and caps.alt_text
    assert caps.reads_recent_posts and not caps.idempotency_key and not caps.server_scheduling
    assert registry.connector_for("threads") is not None
    assert registry.secret_keys("threads", {}, "acc") == ["acc", "acc/token"]


def test_without_a_company_app_there_is_no_sign_in(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    with pytest.raises(ConnectError) as raised:
        manager(db, clock, keyring_store).add("threads", SignInRequest(open_browser=peer.browser))
    assert raised.value.code == "no_company_app"
    assert registry.error_message("no_company_app", "threads")
    # An app with neither a secret nor an exchange address is no app either.
    half = company_app(peer, client_secret=None)
    with pytest.raises(ConnectError) as raised:
        manager(db, clock, keyring_store, half).add(
            "threads", SignInRequest(open_browser=peer.browser)
        )
    assert raised.value.code == "no_company_app"
    assert peer.requests == [] and AccountRepository(db).all() == []


def test_sign_in_with_the_app_secret_keeps_a_long_lived_token_in_the_keyring(
    peer: ThreadsPeer,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
    tmp_path: Path,
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    assert account.display_name == "@ania.kowalska"
    assert account.config["remote_account_id"] == peer.user_id
    # The one-hour token was exchanged at once; the stored one lasts 60 days.
    assert peer.paths() == ["/oauth/authorize", "/oauth/access_token", "/access_token", "/v1.0/me"]
    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None and peer.tokens[token.access_token].long_lived
    assert token.expires_at == clock.now() + timedelta(days=60)
    assert token_expiry(account) == token.expires_at
    status = next(
        s for s in manager(db, clock, keyring_store).statuses() if s.account.id == account.id
    )
    assert status.state == AccountState.EXPIRES and status.days_left == 60
    # The token is in the keyring only: not in the account row, not in the database file.
    assert token.access_token not in str(account.config)
    db.close()
    for file in tmp_path.glob("threads.sqlite3*"):
        assert token.access_token.encode() not in file.read_bytes()
        assert peer.client_secret.encode() not in file.read_bytes()


def test_sign_in_through_the_company_exchange_service_sends_no_secret(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    service = ExchangeService(peer)
    try:
        account = sign_in(
            peer, db, clock, keyring_store, client_secret=None, token_exchange_url=service.url
        )
    finally:
        service.close()
    grants = [form["grant_type"] for form in service.received]
    assert grants == ["authorization_code", "th_exchange_token"]
    assert all("client_secret" not in form for form in service.received)
    assert "code_verifier" in service.received[0]  # PKCE, as RFC 6749 forms
    # The app itself called Threads only for the profile; the service did the rest.
    app_calls = [p for p in peer.paths() if p.startswith("/v1.0")]
    assert app_calls == ["/v1.0/me"]
    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None and peer.tokens[token.access_token].long_lived


def test_sign_in_through_the_companys_https_relay(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    relay = RedirectRelay()
    peer.accept_loopback = False  # as Meta: only the registered address
    peer.registered_redirects = {relay.url}
    try:
        account = sign_in(peer, db, clock, keyring_store, redirect_url=relay.url)
    finally:
        relay.close()
    assert relay.hits == 1 and account.config["username"] == peer.user
    authorize = next(q for m, p, q, _ in peer.requests if p == "/oauth/authorize")
    assert authorize["redirect_uri"] == [relay.url]
    assert authorize["state"][0].split(".", 1)[0].isdigit()


def test_an_unregistered_loopback_redirect_is_refused(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.accept_loopback = False
    with pytest.raises(ConnectError) as raised:
        sign_in(peer, db, clock, keyring_store)
    assert raised.value.code == "browser_failed"  # the test browser saw Meta's refusal
    assert AccountRepository(db).all() == []


def test_a_wrong_app_secret_stores_nothing(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    with pytest.raises(ConnectError) as raised:
        sign_in(peer, db, clock, keyring_store, client_secret="not-the-secret-of-this-app")
    assert raised.value.code == "token_refused"
    assert AccountRepository(db).all() == []


def test_signing_in_twice_is_refused_and_removing_deletes_the_token(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    with pytest.raises(ConnectError) as raised:
        sign_in(peer, db, clock, keyring_store)
    assert raised.value.code == "already_added"
    removed = manager(db, clock, keyring_store).remove(account.id)
    assert removed.revoked is None  # Threads has no call that ends an app's token
    assert KeyringSecrets(keyring_store, account.id).get(TOKEN_SECRET) is None


# -- the long-lived token -----------------------------------------------------------------


def test_the_token_is_refreshed_after_a_day_and_written_before_use(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    secrets = KeyringSecrets(keyring_store, account.id)
    first = stored(secrets)
    assert first is not None
    publisher = publisher_for(peer, keyring_store, account, clock)
    clock.advance(timedelta(hours=23))
    publisher.publish(outgoing(clock, "Przed upływem doby"))
    assert "/refresh_access_token" not in peer.paths()  # Threads refuses one so young
    clock.advance(timedelta(hours=2))
    publisher.publish(outgoing(clock, "Po upływie doby"))
    assert peer.paths().count("/refresh_access_token") == 1
    second = stored(secrets)
    assert second is not None and second.access_token != first.access_token
    assert second.expires_at == clock.now() + timedelta(days=60)
    # The publish after the refresh used the new token.
    last = next(h for m, p, _, h in reversed(peer.requests) if p.endswith("/threads_publish"))
    assert last["authorization"] == f"Bearer {second.access_token}"


def test_the_daily_check_refreshes_and_gives_the_new_expiry(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    accounts = manager(db, clock, keyring_store, company_app(peer))
    connector = ThreadsConnector()
    secrets = KeyringSecrets(keyring_store, account.id)
    assert connector.refresh_sign_in(account, secrets, accounts.context()) == {
        "token_expires_at": (clock.now() + timedelta(days=60)).isoformat()
    }
    assert "/refresh_access_token" not in peer.paths()
    clock.advance(timedelta(days=30))
    updates = connector.refresh_sign_in(account, secrets, accounts.context())
    assert updates == {"token_expires_at": (clock.now() + timedelta(days=60)).isoformat()}
    assert peer.paths().count("/refresh_access_token") == 1


def test_a_token_never_refreshed_expires_and_means_signing_in_again(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    clock.advance(timedelta(days=61))
    with pytest.raises(SignInNeeded):
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock))
    status = next(
        s for s in manager(db, clock, keyring_store).statuses() if s.account.id == account.id
    )
    assert status.state == AccountState.SIGN_IN_NEEDED
    assert peer.posts == []


def test_a_token_threads_no_longer_knows_means_signing_in_again(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    peer.tokens.clear()  # revoked in Threads' settings
    with pytest.raises(SignInNeeded):
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock))


# -- publishing ---------------------------------------------------------------------------------


@pytest.fixture
def account(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> AccountRow:
    return sign_in(peer, db, clock, keyring_store)


def test_publish_text_in_two_steps_with_its_permalink(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    post = outgoing(clock)
    receipt = publisher_for(peer, keyring_store, account, clock).publish(post)
    [published] = peer.posts
    assert receipt.remote_id == published.id and receipt.url == published.permalink
    assert published.text == post.text and published.media_type == "TEXT"
    steps = [(m, p) for m, p, _, _ in peer.requests[4:]]
    assert steps == [
        ("POST", f"/v1.0/{peer.user_id}/threads"),
        ("GET", f"/v1.0/{steps[1][1].rsplit('/', 1)[1]}"),
        ("POST", f"/v1.0/{peer.user_id}/threads_publish"),
        ("GET", f"/v1.0/{published.id}"),
    ]
    # The token travels in the header, never in an address.
    assert all("access_token" not in q for _, p, q, _ in peer.requests[4:])


def test_publish_the_feed_items_own_image_with_alt_text(
    peer: ThreadsPeer,
    account: AccountRow,
    clock: FakeClock,
    keyring_store: CredentialStore,
    tmp_path: Path,
) -> None:
    image = PostImageRef(
        tmp_path / "cached.jpg", "Panele słoneczne na dachu biura", source_url=PUBLIC_IMAGE
    )
    publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock, images=(image,)))
    [published] = peer.posts
    assert published.media_type == "IMAGE" and published.image_url == PUBLIC_IMAGE
    assert published.alt_text == "Panele słoneczne na dachu biura"


@pytest.mark.parametrize(
    "source",
    [
        None,
        "http://images.example.com/a.jpg",
        "https://127.0.0.1/a.jpg",
        "https://10.1.2.3/a.jpg",
        "https://localhost/a.jpg",
        "file:///home/ania/a.jpg",
    ],
)
def test_an_image_that_is_not_at_a_public_https_address_is_refused_before_sending(
    peer: ThreadsPeer,
    account: AccountRow,
    clock: FakeClock,
    keyring_store: CredentialStore,
    tmp_path: Path,
    source: str | None,
) -> None:
    image = PostImageRef(tmp_path / "own.jpg", "Moje zdjęcie", source_url=source)
    before = len(peer.requests)
    with pytest.raises(Rejected) as raised:
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock, images=(image,)))
    assert raised.value.code == "image_not_public"
    assert len(peer.requests) == before and peer.posts == []


def test_the_peer_refuses_what_threads_refuses(
    peer: ThreadsPeer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    """The same limits hold on the server side: our checks are not the only guard."""
    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None
    api = ThreadsApi(Endpoints(graph=peer.base))
    attempts = [
        {"media_type": "IMAGE", "image_url": "https://192.168.1.10/a.jpg"},
        {"media_type": "IMAGE", "image_url": "http://images.example.com/a.jpg"},
        {"media_type": "TEXT", "text": "x" * 501},
        {"media_type": "TEXT", "text": " ".join(f"https://e{n}.example.com" for n in range(6))},
        {"media_type": "TEXT", "text": ""},
    ]
    details = []
    for fields in attempts:
        with pytest.raises(ThreadsError) as raised:
            api.create_container(token.access_token, peer.user_id, fields)
        assert raised.value.code == "rejected"
        details.append(raised.value.detail)
    assert details[3] == "THREADS_API__LINK_LIMIT_EXCEEDED"
    # Publishing a container that is not finished is refused too.
    peer.processing_polls = 5
    container = api.create_container(
        token.access_token, peer.user_id, {"media_type": "TEXT", "text": "Gotowe?"}
    )
    with pytest.raises(ThreadsError) as raised:
        api.publish(token.access_token, peer.user_id, container)
    assert raised.value.code == "rejected" and "not ready" in raised.value.detail
    api.close()


def test_too_long_or_too_many_links_is_refused_before_sending(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    publisher = publisher_for(peer, keyring_store, account, clock)
    before = len(peer.requests)
    with pytest.raises(Rejected) as raised:
        publisher.publish(outgoing(clock, "ż" * 501))
    assert raised.value.code == "text_too_long"
    links = " ".join(f"https://example.com/{n}" for n in range(6))
    with pytest.raises(Rejected) as raised:
        publisher.publish(outgoing(clock, links))
    assert raised.value.code == "too_many_links"
    # Five links, and the same link twice, are fine.
    publisher.publish(outgoing(clock, links.rsplit(" ", 1)[0] + " https://example.com/0"))
    assert len(peer.posts) == 1 and len(peer.requests) > before
    # 130 emoji are 130 graphemes but 520 of Threads' characters (UTF-8 bytes each).
    with pytest.raises(Rejected) as raised:
        publisher.publish(outgoing(clock, "🎉" * 130))
    assert raised.value.code == "text_too_long"
    publisher.publish(outgoing(clock, "ż" * 496 + "🎉"))  # exactly 500: the server takes it
    assert len(peer.posts) == 2


def test_a_container_in_error_goes_back_to_the_employee_with_threads_reason(
    peer: ThreadsPeer,
    account: AccountRow,
    clock: FakeClock,
    keyring_store: CredentialStore,
    tmp_path: Path,
) -> None:
    peer.container_outcome = ("ERROR", "FAILED_DOWNLOADING_IMAGE")
    peer.processing_polls = 1
    image = PostImageRef(tmp_path / "c.jpg", "", source_url=PUBLIC_IMAGE)
    publisher = publisher_for(peer, keyring_store, account, clock, sleep=lambda _s: None)
    with pytest.raises(Rejected) as raised:
        publisher.publish(outgoing(clock, images=(image,)))
    assert (
        raised.value.code == "container_error" and raised.value.detail == "FAILED_DOWNLOADING_IMAGE"
    )
    assert peer.posts == []


def test_a_slow_container_is_waited_for_and_a_stuck_one_tried_later(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    pauses: list[float] = []
    peer.processing_polls = 3
    publisher = publisher_for(peer, keyring_store, account, clock, sleep=pauses.append)
    publisher.publish(outgoing(clock, "Powoli, ale do przodu"))
    assert len(peer.posts) == 1 and pauses == [0.5, 1.0, 2.0]
    peer.processing_polls = 10**6
    stuck = publisher_for(peer, keyring_store, account, clock, processing_wait=0.3)
    with pytest.raises(PublishError) as raised:
        stuck.publish(outgoing(clock, "Utknęło"))
    assert raised.value.code == "still_processing" and raised.value.kind is FailureKind.TRANSIENT
    assert len(peer.posts) == 1


def test_a_publish_whose_answer_is_lost_is_settled_by_asking_the_container(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.fail("POST", r"/threads_publish$", "drop_after")
    post = outgoing(clock, "Odpowiedź zginęła po drodze")
    receipt = publisher_for(peer, keyring_store, account, clock).publish(post)
    [published] = peer.posts
    assert receipt.remote_id == published.id and receipt.url == published.permalink


def test_a_lost_answer_that_cannot_be_settled_is_an_unknown_outcome_found_later(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.fail("POST", r"/threads_publish$", "drop_after")
    # The container's first status (ready) goes through; the one asked after the lost
    # publish fails.
    peer.fail("GET", r"^/v1\.0/\d+$", "status", status=503, skip=1)
    publisher = publisher_for(peer, keyring_store, account, clock)
    post = outgoing(clock, "Nie wiadomo, czy poszło")
    with pytest.raises(OutcomeUnknown):
        publisher.publish(post)
    assert len(peer.posts) == 1
    receipt = publisher.find_published(post)  # what the runner does next
    assert receipt is not None and receipt.remote_id == peer.posts[0].id


def test_a_publish_that_never_arrived_is_unknown_then_surely_not_published(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.fail("POST", r"/threads_publish$", "drop")
    post = outgoing(clock, "Nigdy nie dotarło")
    publisher = publisher_for(peer, keyring_store, account, clock)
    with pytest.raises(OutcomeUnknown):
        publisher.publish(post)
    assert peer.posts == []
    # Reading the account's posts says it is not there: the runner may try again.
    assert publisher.find_published(post) is None
    assert publisher.publish(post).remote_id == peer.posts[0].id


def test_429_is_retry_later_with_the_time_threads_gave(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.fail(
        "POST",
        r"/threads$",
        "status",
        status=429,
        headers={"Retry-After": "120"},
        body={"error": {"message": "Application request limit reached", "code": 4}},
    )
    with pytest.raises(RateLimited) as raised:
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock))
    assert raised.value.retry_at is not None
    # The Graph API's throttling code without a 429 is a rate limit too.
    peer.fail(
        "POST",
        r"/threads_publish$",
        "status",
        status=400,
        body={"error": {"message": "User request limit reached", "code": 17}},
    )
    with pytest.raises(RateLimited):
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock, "Drugi raz"))
    assert peer.posts == []


def test_5xx_timeouts_and_dropped_connections_before_publishing_are_retried_later(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    publisher = publisher_for(peer, keyring_store, account, clock, read=0.5)
    peer.fail("POST", r"/threads$", "status", status=500)
    peer.fail("POST", r"/threads$", "hang", seconds=1.5)
    peer.fail("POST", r"/threads$", "drop")
    codes = []
    for _ in range(3):
        with pytest.raises(PublishError) as raised:
            publisher.publish(outgoing(clock))
        assert raised.value.kind is FailureKind.TRANSIENT
        codes.append(raised.value.code)
    assert codes == ["server_unavailable", "timeout", "server_unavailable"]
    assert peer.posts == []  # a lost container is harmless: nothing was published
    publisher.publish(outgoing(clock))
    assert len(peer.posts) == 1


def test_a_5xx_on_the_publish_itself_is_unknown_until_the_account_is_read(
    peer: ThreadsPeer, account: AccountRow, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    peer.fail("POST", r"/threads_publish$", "status", status=502)
    post = outgoing(clock, "Brama padła")
    publisher = publisher_for(peer, keyring_store, account, clock)
    with pytest.raises(OutcomeUnknown):
        publisher.publish(post)
    assert publisher.find_published(post) is None


def test_no_token_appears_in_error_texts(
    peer: ThreadsPeer,
    account: AccountRow,
    clock: FakeClock,
    keyring_store: CredentialStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock.advance(timedelta(days=2))
    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None
    peer.fail("GET", r"^/refresh_access_token$", "drop")  # the token is in this address
    peer.fail("POST", r"/threads$", "drop")
    with pytest.raises(PublishError) as raised:
        publisher_for(peer, keyring_store, account, clock).publish(outgoing(clock))
    texts = [str(raised.value), raised.value.detail, caplog.text, repr(raised.value.__cause__)]
    assert all(token.access_token not in text for text in texts)
    with pytest.raises(ThreadsError) as direct:
        peer.fail("GET", r"^/refresh_access_token$", "drop")
        ThreadsApi(Endpoints(graph=peer.base)).refresh(token.access_token)
    assert token.access_token not in str(direct.value) and direct.value.__cause__ is None


# -- kept signed in, and a crash mid-publish -----------------------------------------------


def test_the_daily_check_keeps_a_quiet_account_signed_in(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    accounts = manager(db, clock, keyring_store, company_app(peer))
    assert keep_signed_in(accounts) == [Refreshed(account.id)]  # too young: nothing to do
    clock.advance(timedelta(days=59))
    [refreshed] = keep_signed_in(accounts)
    expected = (clock.now() + timedelta(days=60)).isoformat()
    assert refreshed.changed == {"token_expires_at": expected}
    row = AccountRepository(db).get(account.id)
    assert row is not None and row.config["token_expires_at"] == expected
    status = next(s for s in accounts.statuses() if s.account.id == account.id)
    assert status.state == AccountState.EXPIRES and status.days_left == 60
    # A publish that refreshed the token moves the expiry; the check writes it down.
    clock.advance(timedelta(days=2))
    publisher_for(peer, keyring_store, row, clock).publish(outgoing(clock))
    [synced] = keep_signed_in(accounts)
    assert synced.changed == {"token_expires_at": (clock.now() + timedelta(days=60)).isoformat()}
    assert peer.paths().count("/refresh_access_token") == 2
    # A token deleted from the keyring is a problem to report, not a crash.
    KeyringSecrets(keyring_store, account.id).delete(TOKEN_SECRET)
    assert keep_signed_in(accounts) == [Refreshed(account.id, problem="sign_in_again")]


def test_a_crash_between_container_and_publish_is_retried_and_one_after_is_found(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    """The runner's reconcile after a restart: a container made but never published is
    harmless and the post goes back in line; a post that went out is found."""
    account = sign_in(peer, db, clock, keyring_store)
    posts = PostRepository(db)
    publisher = publisher_for(peer, keyring_store, account, clock)
    runner = Runner(posts, AccountRepository(db), lambda _a: publisher, clock)

    def publishing(text: str) -> str:
        post = posts.create(
            state=PostState.PUBLISHING,
            source_id=None,
            item_id=None,
            account_id=account.id,
            network="threads",
            language="pl",
            text=text,
            now=clock.now(),
        )
        return post.id

    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None
    api = ThreadsApi(Endpoints(graph=peer.base))
    # Died after making the container.
    unpublished = publishing("Kontener bez publikacji")
    api.create_container(
        token.access_token, peer.user_id, {"media_type": "TEXT", "text": "Kontener bez publikacji"}
    )
    # Died after publishing, before the answer was stored.
    published = publishing("Opublikowane przed awarią")
    container = api.create_container(
        token.access_token,
        peer.user_id,
        {"media_type": "TEXT", "text": "Opublikowane przed awarią"},
    )
    api.container_status(token.access_token, container)
    media_id = api.publish(token.access_token, peer.user_id, container)
    api.close()
    outcomes = {o.post_id: o.state for o in runner.reconcile()}
    assert outcomes == {unpublished: PostState.RETRY_WAIT, published: PostState.PUBLISHED}
    row = posts.get(published)
    assert row is not None and row.remote_id == media_id
    assert len(peer.posts) == 1


def test_the_documented_nginx_relay_signs_in(
    peer: ThreadsPeer,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
    tmp_path: Path,
) -> None:
    """docs/threads-relay.nginx.conf, run in Debian's nginx, as the registered redirect."""
    block = (Path(__file__).parents[2] / "docs" / "threads-relay.nginx.conf").read_text()
    (tmp_path / "www").mkdir()
    nginx = Nginx(tmp_path / "www", tmp_path / "nginx", extra=block)
    relay = nginx.url("/threads/callback")
    peer.accept_loopback = False
    peer.registered_redirects = {relay}
    try:
        account = sign_in(peer, db, clock, keyring_store, redirect_url=relay)
        # Anything but a port-led state is refused, so it cannot send browsers elsewhere.
        assert (
            requests.get(
                relay + "?state=evil.example.com&code=x", timeout=5, allow_redirects=False
            ).status_code
            == 400
        )
    finally:
        nginx.stop()
    assert account.config["username"] == peer.user


def test_signing_in_again_replaces_the_token_and_refuses_someone_else(
    peer: ThreadsPeer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    account = sign_in(peer, db, clock, keyring_store)
    clock.advance(timedelta(days=61))  # expired: the account needs signing in again
    accounts = manager(db, clock, keyring_store, company_app(peer))
    again = accounts.sign_in_again(account.id, open_browser=peer.browser)
    assert again.id == account.id
    assert again.config["token_expires_at"] == (clock.now() + timedelta(days=60)).isoformat()
    token = stored(KeyringSecrets(keyring_store, account.id))
    assert token is not None and not token.expired(clock.now())
    # Someone else signed in to Threads in that browser: refused, the old token stays.
    peer.user, peer.user_id = "someone.else", "17841400000000002"
    peer.usernames[peer.user_id] = peer.user
    with pytest.raises(ConnectError) as raised:
        accounts.sign_in_again(account.id, open_browser=peer.browser)
    assert raised.value.code == "different_account"
    assert stored(KeyringSecrets(keyring_store, account.id)) == token
