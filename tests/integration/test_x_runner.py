"""An X account in the store, published by the real runner against tests/peers/x.py.

The runner decides by the contract's classes alone; these tests prove X's failures
land where they should: a 429 waits until ``x-rate-limit-reset``, a sign-in X ended
holds the account, a duplicate goes back to the employee with X's words, and a post
whose answer was lost asks the employee to look at their profile (never sent twice).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import Publisher
from advocate_desktop.networks.connect import SignInRequest
from advocate_desktop.networks.x import spec as x_spec
from advocate_desktop.networks.x.contract import XAccountPublisher
from advocate_desktop.networks.x.publisher import XPublisher
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from tests.integration.test_x import CLIENT_ID, company, manager_for
from tests.peers.mastodon import free_port
from tests.peers.x import Browser, Fault, XServer

pytestmark = pytest.mark.integration


class AheadClock:
    """The wall clock a minute ahead, so a post scheduled just now is due."""

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(minutes=1)


@dataclass
class World:
    server: XServer
    account: AccountRow
    store: CredentialStore
    db: Database
    posts: PostRepository
    service: PostService

    def runner(self) -> Runner:
        def publishers(account: AccountRow) -> Publisher:
            secrets = KeyringSecrets(self.store, account.id)
            return XAccountPublisher(XPublisher.from_config(account.config, secrets, account.id))

        return Runner(self.posts, AccountRepository(self.db), publishers, AheadClock())

    def scheduled(self, text: str) -> PostRow:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="x",
            language="pl",
            suggested_text=text,
            account_id=self.account.id,
        )
        return self.service.schedule(
            draft.id,
            text=text,
            account_id=self.account.id,
            network="x",
            due_at=datetime.now(UTC) + timedelta(seconds=5),
        )

    def row(self, post: PostRow) -> PostRow:
        found = self.posts.get(post.id)
        assert found is not None
        return found


@pytest.fixture
def world(
    tmp_path: Path, keyring_store: CredentialStore, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    server = XServer()
    server.register_client(CLIENT_ID)
    server.add_user("alicja_k", "Alicja K")
    port = free_port()
    server.callbacks.add(f"http://127.0.0.1:{port}/callback")
    monkeypatch.setattr(x_spec, "ENDPOINTS", server.endpoints())
    monkeypatch.setattr(x_spec, "CALLBACK_PORTS", (port,))
    db = Database(tmp_path / "app.sqlite3")
    clock = AheadClock()
    manager = manager_for(db, clock, keyring_store, company())
    account = manager.add("x", SignInRequest(open_browser=Browser()))
    posts = PostRepository(db)
    try:
        yield World(server, account, keyring_store, db, posts, PostService(posts, clock))
    finally:
        server.shutdown()
        server.server_close()
        db.close()
    assert server.invalid == [], server.invalid


def test_the_runner_publishes_a_scheduled_post_to_x_once(world: World) -> None:
    post = world.scheduled("Zaplanowane z kolejki 🎉 #praca https://example.com/news")
    runner = world.runner()
    outcomes = runner.run_due()
    assert [(o.post_id, o.state) for o in outcomes] == [(post.id, PostState.PUBLISHED)]
    (tweet,) = world.server.tweets
    row = world.row(post)
    assert row.remote_id == tweet["id"]
    assert row.remote_url == f"https://x.test/alicja_k/status/{tweet['id']}"
    assert runner.run_due() == []


def test_a_429_waits_until_x_says(world: World) -> None:
    post = world.scheduled("Limit zapytań")
    reset = world.server.rate_limit("/2/tweets", reset_in=600)
    world.runner().run_due()
    row = world.row(post)
    assert row.state == PostState.RETRY_WAIT
    assert row.next_attempt_at is not None
    assert datetime.fromisoformat(row.next_attempt_at) == datetime.fromtimestamp(reset, UTC)


def test_a_sign_in_x_ended_holds_the_account(world: World) -> None:
    post = world.scheduled("Konto wylogowane")
    world.server.access.clear()
    world.server.refresh.clear()
    world.runner().run_due()
    assert world.row(post).state == PostState.NEEDS_ATTENTION
    hold = AccountHoldRepository(world.db).get(world.account.id)
    assert hold is not None and hold.paused == errors.SIGN_IN_NEEDED


def test_a_lost_answer_asks_the_employee_to_look_and_is_not_sent_again(world: World) -> None:
    post = world.scheduled("Odpowiedź zginęła po drodze")
    world.server.fault("/2/tweets", Fault(drop=True, after=True))
    world.runner().run_due()
    row = world.row(post)
    assert row.state == PostState.NEEDS_ATTENTION
    problem = json.loads(row.error or "{}")
    assert problem["code"] == errors.UNKNOWN_OUTCOME
    assert problem["link"] == "https://x.test/alicja_k"
    assert world.runner().run_due() == []
    assert len(world.server.tweets) == 1


def test_a_duplicate_goes_back_to_the_employee_with_x_s_words(world: World) -> None:
    first = world.scheduled("Ten sam tekst")
    world.runner().run_due()
    assert world.row(first).state == PostState.PUBLISHED
    second = world.scheduled("Ten sam tekst")
    world.runner().run_due()
    row = world.row(second)
    assert row.state == PostState.NEEDS_ATTENTION
    problem = json.loads(row.error or "{}")
    assert problem["code"] == "duplicate" and "duplicate content" in problem["detail"]
