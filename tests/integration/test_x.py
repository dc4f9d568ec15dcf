"""X end to end against tests/peers/x.py: sign-in (PKCE, public client, token exchange),
refresh-token rotation, publishing text and images, and every class of failure.

The server validates every API request the app sends, and every answer it gives,
against X's OpenAPI document; each test ends by asserting it found nothing invalid.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests

from advocate_desktop.accounts import AccountManager
from advocate_desktop.credentials import CredentialError, CredentialStore
from advocate_desktop.http import Timeouts
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import (
    FailureKind,
    NotSent,
    OutcomeUnknown,
    OutgoingPost,
    PostImageRef,
    PublishError,
    RateLimited,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.networks.connect import ConnectError, SignInRequest
from advocate_desktop.networks.x import spec as x_spec
from advocate_desktop.networks.x.contract import XAccountPublisher
from advocate_desktop.networks.x.errors import XError
from advocate_desktop.networks.x.publisher import XPublisher
from advocate_desktop.networks.x.tokens import ACCESS_TOKEN, REFRESH_TOKEN
from advocate_desktop.schedule.clock import Clock, FakeClock
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from tests.peers.images import png
from tests.peers.mastodon import free_port
from tests.peers.x import Browser, ExchangeProxy, Fault, XServer

pytestmark = pytest.mark.integration

CLIENT_ID = "x-native-client-1"
POLISH = "Zażółć gęślą jaźń 🎉 — nasz zespół pisze o pracy https://example.com/ż?a=1 #praca"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[XServer]:
    peer = XServer()
    peer.register_client(CLIENT_ID)
    peer.add_user("alicja_k", "Alicja K")
    port = free_port()
    peer.callbacks.add(f"http://127.0.0.1:{port}/callback")
    monkeypatch.setattr(x_spec, "ENDPOINTS", peer.endpoints())
    monkeypatch.setattr(x_spec, "CALLBACK_PORTS", (port,))
    yield peer
    peer.shutdown()
    peer.server_close()
    assert peer.invalid == [], peer.invalid


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "app.sqlite3")
    yield database
    database.close()


def company(
    client_id: str = CLIENT_ID, exchange: str | None = None
) -> Any:  # what settings/company_apps.py hands over
    app = SimpleNamespace(client_id=client_id, client_secret=None, token_exchange_url=exchange)
    return lambda network: app if network == "x" else None


def manager_for(
    db: Database, clock: Clock, store: CredentialStore, company_app: Any = None
) -> AccountManager:
    extra = {"company_app": company_app} if company_app is not None else {}
    return AccountManager(
        AccountRepository(db),
        AccountHoldRepository(db),
        clock,
        store,
        oauth_timeout=20,
        **extra,
    )


def sign_in(manager: AccountManager) -> AccountRow:
    return manager.add("x", SignInRequest(open_browser=Browser()))


def publisher(
    account: AccountRow, secrets: Any, timeouts: Timeouts | None = None
) -> XAccountPublisher:
    return XAccountPublisher(
        XPublisher.from_config(account.config, secrets, account.id, timeouts=timeouts)
    )


def post(text: str = POLISH, images: tuple[PostImageRef, ...] = (), n: int = 1) -> OutgoingPost:
    return OutgoingPost(
        post_id=f"p{n}",
        account_id="a",
        network="x",
        language="pl",
        text=text,
        item_id=None,
        due_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
        images=images,
    )


@pytest.fixture
def account(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> AccountRow:
    return sign_in(manager_for(db, clock, keyring_store, company()))


# -- signing in -----------------------------------------------------------------------


def test_sign_in_is_pkce_as_a_public_client_and_knows_who_signed_in(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    browser = Browser()
    manager = manager_for(db, clock, keyring_store, company())
    row = manager.add("x", SignInRequest(open_browser=browser))
    user = next(iter(server.users.values()))
    assert row.network == "x" and row.display_name == "@alicja_k"
    assert row.config["user_id"] == user.id and row.config["handle"] == "alicja_k"
    assert row.config["client_id"] == CLIENT_ID
    assert row.config["token_url"] == server.endpoints().token
    # The authorize URL asked for exactly the scopes the app needs, with S256.
    url = requests.Request("GET", browser.opened[0]).prepare().url or ""
    assert "code_challenge_method=S256" in url
    assert "scope=tweet.read+tweet.write+users.read+offline.access+media.write" in url
    # A public client: the client id in the form, a verifier, no secret anywhere.
    (exchange,) = server.token_requests
    assert exchange["client_id"] == CLIENT_ID and len(exchange["code_verifier"]) >= 43
    assert "client_secret" not in exchange
    secrets = KeyringSecrets(keyring_store, row.id)
    assert secrets.get(ACCESS_TOKEN) in server.access
    assert secrets.get(REFRESH_TOKEN) in server.refresh
    assert [s.state for s in manager.statuses()] == ["connected"]
    # The same account again is refused, and what X gave that second time is revoked.
    with pytest.raises(ConnectError) as refused:
        manager.add("x", SignInRequest(open_browser=Browser()))
    assert refused.value.code == "already_added"
    assert len(server.revoked) == 2  # its refresh and access tokens


def test_without_a_company_app_x_cannot_be_added(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    manager = manager_for(db, clock, keyring_store)  # IT did not turn X's API on
    browser = Browser()
    with pytest.raises(ConnectError) as refused:
        manager.add("x", SignInRequest(open_browser=browser))
    assert refused.value.code == "no_company_app"
    assert x_spec.SPEC.message("no_company_app") is not None
    assert "charges" in (x_spec.SPEC.message("no_company_app") or "")
    assert browser.opened == [] and manager.accounts.all() == []


def test_a_callback_address_x_does_not_know_is_refused_and_nothing_is_kept(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    server.callbacks.clear()  # IT registered other ports than the app listens on
    manager = manager_for(db, clock, keyring_store, company())
    with pytest.raises(ConnectError) as refused:
        manager.add("x", SignInRequest(open_browser=Browser()))
    assert refused.value.code == "browser_failed"
    assert manager.accounts.all() == []
    server.invalid.clear()  # the refusal was the point


def test_a_taken_callback_port_moves_on_to_the_next_registered_one(
    server: XServer,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        busy = taken.getsockname()[1]
        free = free_port()
        server.callbacks = {f"http://127.0.0.1:{free}/callback"}
        monkeypatch.setattr(x_spec, "CALLBACK_PORTS", (busy, free))
        browser = Browser()
        manager = manager_for(db, clock, keyring_store, company())
        manager.add("x", SignInRequest(open_browser=browser))
        assert f"127.0.0.1%3A{free}" in browser.opened[0]
        monkeypatch.setattr(x_spec, "CALLBACK_PORTS", (busy,))
        with pytest.raises(ConnectError) as refused:
            manager.add("x", SignInRequest(open_browser=Browser()))
        assert refused.value.code == "callback_port_busy"
        assert x_spec.SPEC.message("callback_port_busy")


def test_refusing_on_x_s_page_keeps_nothing(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    server.deny = True
    manager = manager_for(db, clock, keyring_store, company())
    with pytest.raises(ConnectError) as refused:
        sign_in(manager)
    assert refused.value.code == "denied" and server.token_requests == []
    assert manager.accounts.all() == []


def test_signing_in_again_keeps_the_account_and_refuses_someone_else(
    server: XServer,
    account: AccountRow,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
) -> None:
    manager = manager_for(db, clock, keyring_store, company())
    secrets = KeyringSecrets(keyring_store, account.id)
    before = secrets.get(REFRESH_TOKEN)
    again = manager.sign_in_again(account.id, open_browser=Browser())
    assert again.id == account.id and secrets.get(REFRESH_TOKEN) != before
    server.signed_in = server.add_user("someone_else").id
    with pytest.raises(ConnectError) as refused:
        manager.sign_in_again(account.id, open_browser=Browser())
    assert refused.value.code == "different_account"
    assert secrets.get(REFRESH_TOKEN) in server.refresh  # the account's own still works


def test_a_lost_access_token_is_replaced_from_the_refresh_token(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    secrets = KeyringSecrets(keyring_store, account.id)
    secrets.delete(ACCESS_TOKEN)
    publisher(account, secrets).publish(post())
    assert len(server.tweets) == 1 and secrets.get(ACCESS_TOKEN) in server.access


def test_the_token_exchange_path_signs_in_and_refreshes_without_a_secret_on_the_laptop(
    server: XServer, db: Database, clock: FakeClock, keyring_store: CredentialStore
) -> None:
    server.register_client("x-company-confidential", "company-secret-123456")
    proxy = ExchangeProxy(
        server.endpoints().token, "x-company-confidential", "company-secret-123456"
    )
    try:
        manager = manager_for(
            db, clock, keyring_store, company("x-company-confidential", proxy.url)
        )
        row = sign_in(manager)
        assert row.config["token_url"] == proxy.url
        (code_form,) = proxy.forwarded
        assert code_form["grant_type"] == "authorization_code"
        assert code_form["code_verifier"] and "client_secret" not in code_form
        # Two hours later the refresh goes through the company's service too.
        server.expire_access_tokens()
        secrets = KeyringSecrets(keyring_store, row.id)
        receipt = publisher(row, secrets).publish(post())
        assert receipt.remote_id == server.tweets[0]["id"]
        assert [f["grant_type"] for f in proxy.forwarded] == ["authorization_code", "refresh_token"]
        # Removing cannot revoke as the company's client: the tokens are only forgotten.
        removed = manager.remove(row.id)
        assert removed.revoked is False and secrets.get(REFRESH_TOKEN) is None
    finally:
        proxy.shutdown()
        proxy.server_close()


def test_removing_revokes_at_x_and_forgets_the_tokens(
    server: XServer,
    account: AccountRow,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
) -> None:
    secrets = KeyringSecrets(keyring_store, account.id)
    refresh = secrets.get(REFRESH_TOKEN)
    removed = manager_for(db, clock, keyring_store, company()).remove(account.id)
    assert removed.revoked is True and refresh in server.revoked
    assert secrets.get(REFRESH_TOKEN) is None and secrets.get(ACCESS_TOKEN) is None


# -- publishing -----------------------------------------------------------------------


def test_publish_text(server: XServer, account: AccountRow, keyring_store: CredentialStore) -> None:
    receipt = publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())
    (tweet,) = server.tweets
    assert tweet["text"] == POLISH and tweet["media"] == []
    assert receipt.remote_id == tweet["id"]
    assert receipt.url == f"https://x.test/alicja_k/status/{tweet['id']}"


def test_publish_images_with_their_alt_text(
    server: XServer, account: AccountRow, keyring_store: CredentialStore, tmp_path: Path
) -> None:
    images = []
    for n, alt in enumerate(["Zespół przy tablicy", "Wykres: 40% więcej 📈"]):
        path = tmp_path / f"img{n}.png"
        path.write_bytes(png(40 + n, 30))
        images.append(PostImageRef(path, alt))
    publisher(account, KeyringSecrets(keyring_store, account.id)).publish(
        post(images=tuple(images))
    )
    (tweet,) = server.tweets
    assert [m["alt"] for m in tweet["media"]] == ["Zespół przy tablicy", "Wykres: 40% więcej 📈"]
    assert all(m["category"] == "tweet_image" for m in tweet["media"])
    assert tweet["media"][0]["bytes"] == images[0].path.read_bytes()


def test_our_checks_refuse_before_anything_is_sent(
    server: XServer, account: AccountRow, keyring_store: CredentialStore, tmp_path: Path
) -> None:
    target = publisher(account, KeyringSecrets(keyring_store, account.id))
    image = tmp_path / "a.png"
    image.write_bytes(png())
    cases = {
        "text_too_long": post("あ" * 141),  # 282 weighted: kana count two
        "too_many_images": post(images=tuple(PostImageRef(image, "alt") for _ in range(5))),
        "alt_text_missing": post(images=(PostImageRef(image, "  "),)),
        "alt_text_too_long": post(images=(PostImageRef(image, "a" * 1001),)),
        "image_unreadable": post(images=(PostImageRef(tmp_path / "gone.png", "alt"),)),
    }
    before = len(server.requests)
    for code, outgoing in cases.items():
        with pytest.raises(Rejected) as refused:
            target.publish(outgoing)
        assert refused.value.code == code
    assert len(server.requests) == before


def test_the_server_counts_weighted_length_itself(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    inner = publisher(account, KeyringSecrets(keyring_store, account.id)).inner
    with pytest.raises(XError) as refused:
        inner.api.create_post({"text": "あ" * 141})  # past our own check
    assert refused.value.code == "rejected" and "too long" in refused.value.detail
    assert inner.api.create_post({"text": "a" * 280})  # exactly 280 is fine


def test_the_server_refuses_what_the_openapi_document_refuses(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    token = KeyringSecrets(keyring_store, account.id).get(ACCESS_TOKEN)
    answer = requests.post(
        server.base + "/2/tweets",
        json={"text": "hello", "media": {"media_ids": ["not-a-number"]}},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer.status_code == 400 and len(server.invalid) == 1
    assert "media_ids" in server.invalid[0] or "pattern" in server.invalid[0]
    server.invalid.clear()


# -- refresh-token rotation -------------------------------------------------------------


class Recording:
    """The account's real keyring secrets, with every write noted (and, on demand, a
    crash at one of them: a BaseException, as a killed process never returns)."""

    def __init__(self, inner: KeyringSecrets, server: XServer, crash_at: str = "") -> None:
        self.inner = inner
        self.server = server
        self.crash_at = crash_at
        self.writes: list[tuple[str, str, int]] = []  # name, value, requests made by then

    def get(self, name: str) -> str | None:
        return self.inner.get(name)

    def set(self, name: str, value: str) -> None:
        if name == self.crash_at:
            raise Crash(name)
        self.inner.set(name, value)
        self.writes.append((name, value, len(self.server.bearers)))

    def delete(self, name: str) -> bool:
        return self.inner.delete(name)


class Crash(BaseException):
    pass


def test_the_new_refresh_token_is_in_the_keyring_before_the_new_access_token_is_used(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    secrets = KeyringSecrets(keyring_store, account.id)
    old_refresh = secrets.get(REFRESH_TOKEN)
    server.expire_access_tokens()
    recording = Recording(secrets, server)
    publisher(account, recording).publish(post())
    names = [name for name, _, _ in recording.writes]
    assert names[:2] == [REFRESH_TOKEN, ACCESS_TOKEN]
    new_refresh, new_access = recording.writes[0][1], recording.writes[1][1]
    used_by_then = server.bearers[: recording.writes[0][2]]
    assert new_access not in used_by_then and new_access in server.bearers
    assert secrets.get(REFRESH_TOKEN) == new_refresh != old_refresh
    # X's rotation: the old refresh token is refused from now on.
    again = requests.post(
        server.endpoints().token,
        data={"grant_type": "refresh_token", "refresh_token": old_refresh, "client_id": CLIENT_ID},
        timeout=10,
    )
    assert again.status_code == 400


def test_a_crash_after_the_refresh_token_is_written_leaves_a_working_account(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    secrets = KeyringSecrets(keyring_store, account.id)
    server.expire_access_tokens()
    with pytest.raises(Crash):
        publisher(account, Recording(secrets, server, crash_at=ACCESS_TOKEN)).publish(post())
    assert server.tweets == []
    # The keyring holds the new refresh token and the old, expired access token.
    assert secrets.get(REFRESH_TOKEN) in server.refresh
    publisher(account, secrets).publish(post())  # after the restart: refreshes again
    assert len(server.tweets) == 1


def test_a_crash_before_the_refresh_token_is_written_asks_to_sign_in_again_and_that_works(
    server: XServer,
    account: AccountRow,
    db: Database,
    clock: FakeClock,
    keyring_store: CredentialStore,
) -> None:
    secrets = KeyringSecrets(keyring_store, account.id)
    server.expire_access_tokens()
    with pytest.raises(Crash):
        publisher(account, Recording(secrets, server, crash_at=REFRESH_TOKEN)).publish(post())
    # X spent the stored refresh token; the new one died with the process.
    with pytest.raises(SignInNeeded):
        publisher(account, secrets).publish(post())
    manager = manager_for(db, clock, keyring_store, company())
    manager.sign_in_again(account.id, open_browser=Browser())
    publisher(account, secrets).publish(post())
    assert len(server.tweets) == 1


def test_a_keyring_that_refuses_the_new_access_token_still_publishes(
    server: XServer,
    account: AccountRow,
    keyring_store: CredentialStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Refusing(Recording):
        def set(self, name: str, value: str) -> None:
            if name == ACCESS_TOKEN:
                raise CredentialError("the keyring is locked")
            super().set(name, value)

    secrets = KeyringSecrets(keyring_store, account.id)
    server.expire_access_tokens()
    publisher(account, Refusing(secrets, server)).publish(post())
    assert len(server.tweets) == 1 and "not kept" in caplog.text


def test_two_publishes_at_once_refresh_once(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    server.expire_access_tokens()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def one(n: int) -> None:
        try:
            target = publisher(account, KeyringSecrets(keyring_store, account.id))
            start.wait()
            target.publish(post(f"Post numer {n}", n=n))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=one, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(server.tweets) == 2
    refreshes = [r for r in server.token_requests if r["grant_type"] == "refresh_token"]
    assert len(refreshes) == 1


# -- failures, each in its class -----------------------------------------------------------


def test_429_waits_until_x_rate_limit_reset(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    reset = server.rate_limit("/2/tweets", reset_in=900)
    with pytest.raises(RateLimited) as limited:
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())
    assert limited.value.retry_at == datetime.fromtimestamp(reset, UTC)
    assert server.tweets == []


def test_a_refused_token_after_a_refresh_means_sign_in_again(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    server.access.clear()
    server.refresh.clear()  # revoked at X (the employee removed the app)
    with pytest.raises(SignInNeeded):
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())


def test_a_duplicate_is_refused_with_x_s_own_words(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    target = publisher(account, KeyringSecrets(keyring_store, account.id))
    target.publish(post())
    with pytest.raises(Rejected) as refused:
        target.publish(post())
    assert refused.value.code == "duplicate"
    assert refused.value.detail == "You are not allowed to create a Tweet with duplicate content."


def test_a_403_for_x_s_rules_goes_back_to_the_editor_with_its_message(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    words = "You are not permitted to perform this action."
    server.fault(
        "/2/tweets",
        Fault(
            status=403,
            body={"title": "Forbidden", "detail": words, "type": "about:blank", "status": 403},
        ),
    )
    with pytest.raises(Rejected) as refused:
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())
    assert refused.value.code == "rejected" and refused.value.detail == words


def test_no_paid_access_left_is_its_own_permanent_failure(
    server: XServer, account: AccountRow, keyring_store: CredentialStore
) -> None:
    server.fault("/2/tweets", Fault(status=402))
    with pytest.raises(PublishError) as refused:
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())
    assert refused.value.code == "payment_required"
    assert refused.value.kind is FailureKind.PERMANENT


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_to_the_post_is_an_unknown_outcome(
    server: XServer, account: AccountRow, keyring_store: CredentialStore, status: int
) -> None:
    server.fault("/2/tweets", Fault(status=status))
    with pytest.raises(OutcomeUnknown):
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())


def test_a_5xx_or_a_drop_before_the_post_is_not_sent(
    server: XServer, account: AccountRow, keyring_store: CredentialStore, tmp_path: Path
) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(png())
    target = publisher(account, KeyringSecrets(keyring_store, account.id))
    for fault in (Fault(status=503), Fault(drop=True)):
        server.fault("/2/media/upload", fault)
        with pytest.raises(NotSent):
            target.publish(post(images=(PostImageRef(image, "alt"),)))
    assert server.tweets == []


def test_x_unreachable_is_not_sent(account: AccountRow, keyring_store: CredentialStore) -> None:
    closed = x_spec.Endpoints(api=f"http://127.0.0.1:{free_port()}", web="https://x.test")
    inner = XPublisher.from_config(
        account.config, KeyringSecrets(keyring_store, account.id), account.id, endpoints=closed
    )
    with pytest.raises(NotSent):
        XAccountPublisher(inner).publish(post())


@pytest.mark.parametrize(
    "fault", [Fault(delay=2.0, after=True), Fault(drop=True, after=True)], ids=["timeout", "drop"]
)
def test_no_answer_after_the_post_went_out_is_an_unknown_outcome(
    server: XServer, account: AccountRow, keyring_store: CredentialStore, fault: Fault
) -> None:
    server.fault("/2/tweets", fault)
    target = publisher(
        account, KeyringSecrets(keyring_store, account.id), Timeouts(connect=2, read=0.5)
    )
    with pytest.raises(OutcomeUnknown):
        target.publish(post())
    assert len(server.tweets) == 1  # it did go out: only the employee's look can tell
    assert target.profile_url() == "https://x.test/alicja_k"


def test_no_token_in_the_database_or_the_log(
    server: XServer,
    account: AccountRow,
    db: Database,
    keyring_store: CredentialStore,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    server.expire_access_tokens()
    publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post())
    server.access.clear()
    server.refresh.clear()
    with pytest.raises(SignInNeeded) as refused:
        publisher(account, KeyringSecrets(keyring_store, account.id)).publish(post("inny"))
    issued = [*server.bearers, *server.spent_refresh]
    assert issued
    stored = sqlite3.connect(tmp_path / "app.sqlite3").iterdump()
    dump = "\n".join(stored)
    texts = [dump, caplog.text, str(refused.value), repr(refused.value.__cause__)]
    for token in issued:
        assert all(token not in text for text in texts)
