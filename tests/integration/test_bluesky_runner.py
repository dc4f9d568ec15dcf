"""A Bluesky account in the store, published by the real runner against the reference PDS.

The runner gets its publisher from the registry (``publisher_for``), as the app does,
with the account's session in the real keyring under the account's id.  A crash is a
``BaseException`` thrown through the runner while it publishes, which leaves the post
``publishing`` in the database exactly as a killed process would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.base import OutgoingPost, Publisher, Receipt
from advocate_desktop.networks.bluesky.contract import BlueskyAccountPublisher
from advocate_desktop.networks.bluesky.publisher import COLLECTION
from advocate_desktop.networks.bluesky.record_key import record_key
from advocate_desktop.networks.bluesky.secrets import KeyringSecrets
from advocate_desktop.networks.bluesky.session import BlueskyAccount, sign_in
from advocate_desktop.networks.registry import publisher_for, secret_keys
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.text.bluesky import server_text
from tests.peers.bluesky import LocalPds

pytestmark = [pytest.mark.integration, pytest.mark.keyring, pytest.mark.timeout(300)]


class AheadClock:
    """The wall clock a minute ahead, so a post scheduled just now is due."""

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(minutes=1)


class MemorySecrets:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class Crash(BaseException):
    """The process dies: nothing after this point runs."""


class CrashingPublisher:
    """The account's real publisher, and the process dies before or after it sends."""

    def __init__(self, inner: Publisher, *, after_sending: bool) -> None:
        self.inner = inner
        self.after_sending = after_sending
        self.capabilities = getattr(inner, "capabilities", None)

    def publish(self, post: OutgoingPost) -> Receipt:
        if self.after_sending:
            self.inner.publish(post)
        raise Crash

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return self.inner.find_published(post)


@dataclass
class World:
    pds: LocalPds
    account: AccountRow
    did: str
    posts: PostRepository
    accounts: AccountRepository
    service: PostService
    clock: AheadClock

    def runner(self, crash: bool | None = None) -> Runner:
        def publishers(account: AccountRow) -> Publisher:
            publisher = publisher_for(account.network, account.config, account.id)
            if crash is None:
                return publisher
            return CrashingPublisher(publisher, after_sending=crash)

        return Runner(self.posts, self.accounts, publishers, self.clock)

    def scheduled(self, text: str) -> PostRow:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="bluesky",
            language="en",
            suggested_text=text,
            account_id=self.account.id,
        )
        return self.service.schedule(
            draft.id,
            text=text,
            account_id=self.account.id,
            network="bluesky",
            due_at=datetime.now(UTC) + timedelta(seconds=5),
        )

    def row(self, post: PostRow) -> PostRow:
        found = self.posts.get(post.id)
        assert found is not None
        return found

    def records(self) -> list[dict[str, Any]]:
        response = requests.get(
            f"{self.pds.url}/xrpc/com.atproto.repo.listRecords",
            params={"repo": self.did, "collection": COLLECTION, "limit": "100"},
            timeout=10,
        )
        response.raise_for_status()
        records: list[dict[str, Any]] = response.json()["records"]
        return records

    def records_of(self, post: PostRow) -> list[dict[str, Any]]:
        rkey = record_key(post.id)
        return [r for r in self.records() if r["uri"].endswith(f"/{rkey}")]


@pytest.fixture
def world(bluesky_pds: LocalPds, tmp_path: Path) -> Iterator[World]:
    store = CredentialStore()  # the one the registry's publisher reads, as in the app
    if not store.available():
        pytest.fail(f"no real keyring here (backend: {store.backend_name()})")
    person = bluesky_pds.create_account()
    app_password = bluesky_pds.create_app_password(person)
    # Signed in first (the tokens held in memory), then the account row is added and
    # its session written to the keyring under the row's id; the row holds no secret.
    held = MemorySecrets()
    signed_in = sign_in(bluesky_pds.url, person.handle, app_password, held)
    db = Database(tmp_path / "db.sqlite3")
    accounts = AccountRepository(db)
    row = accounts.add("bluesky", signed_in.handle, signed_in.to_config(), datetime.now(UTC))
    secrets = KeyringSecrets(store, row.id)
    for name, value in held.values.items():
        secrets.set(name, value)
    config, account_id = row.config, row.id
    posts = PostRepository(db)
    clock = AheadClock()
    try:
        yield World(bluesky_pds, row, person.did, posts, accounts, PostService(posts, clock), clock)
    finally:
        for key in secret_keys("bluesky", config, account_id):
            store.delete(key)


def test_the_runner_publishes_a_scheduled_post_to_bluesky_once(world: World) -> None:
    post = world.scheduled("Scheduled from the queue #advocacy https://example.com/news")
    runner = world.runner()
    outcomes = runner.run_due()
    assert [(o.post_id, o.state) for o in outcomes] == [(post.id, PostState.PUBLISHED)]
    row = world.row(post)
    assert row.state == PostState.PUBLISHED
    rkey = record_key(post.id)
    assert row.remote_id == f"at://{world.did}/{COLLECTION}/{rkey}"
    (record,) = world.records_of(post)
    # The link is shown shortened, as the official app does; the facet has it whole.
    assert record["value"]["text"] == server_text(post.text).text
    assert "https://example.com/news" in str(record["value"]["facets"])
    assert record["value"]["langs"] == ["en"]
    # Nothing is due any more, and a second run publishes nothing.
    assert runner.run_due() == []
    assert len(world.records_of(post)) == 1


def test_a_crash_after_the_record_was_written_is_settled_by_reading_it_back(
    world: World,
) -> None:
    post = world.scheduled("The app dies right after Bluesky took this post")
    with pytest.raises(Crash):
        world.runner(crash=True).run_due()
    assert world.row(post).state == PostState.PUBLISHING
    assert len(world.records_of(post)) == 1

    # The next start: the runner reads the record back before publishing anything.
    outcomes = world.runner().run_due()
    assert [(o.post_id, o.state) for o in outcomes] == [(post.id, PostState.PUBLISHED)]
    row = world.row(post)
    assert row.state == PostState.PUBLISHED
    assert row.remote_id == f"at://{world.did}/{COLLECTION}/{record_key(post.id)}"
    assert len(world.records_of(post)) == 1


def test_a_crash_before_sending_is_known_unsent_and_goes_out_once(world: World) -> None:
    post = world.scheduled("The app dies before this post left")
    with pytest.raises(Crash):
        world.runner(crash=False).run_due()
    assert world.row(post).state == PostState.PUBLISHING
    assert world.records_of(post) == []

    # Bluesky says for sure the record is not there: back in line, and out once.
    states = [o.state for o in world.runner().run_due() if o.post_id == post.id]
    assert states == [PostState.RETRY_WAIT, PostState.PUBLISHED]
    assert world.row(post).state == PostState.PUBLISHED
    assert len(world.records_of(post)) == 1


def test_the_registry_builds_the_bluesky_publisher_from_the_account_row(world: World) -> None:
    publisher = publisher_for(world.account.network, world.account.config, world.account.id)
    assert isinstance(publisher, BlueskyAccountPublisher)
    assert publisher.inner.account == BlueskyAccount.from_config(world.account.config)
    assert publisher.profile_url().endswith(f"/profile/{world.account.display_name}")
