"""Handing scheduled posts to a Mastodon server's own scheduling, against mastodon_mock.

The server runs under libfaketime, so "its time has come" is the server's clock
moved forward together with the app's, not a five-minute wait.  mastodon_mock
publishes a due scheduled status when the account's scheduled list is read (it has
no background worker), which is what the app reads to confirm a post went out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.base import Publisher
from advocate_desktop.networks.mastodon.account import (
    APP_SECRET,
    TOKEN_SECRET,
    app_owner,
    sign_in,
)
from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts
from advocate_desktop.networks.mastodon.contract import MastodonAccountPublisher
from advocate_desktop.networks.mastodon.publisher import MastodonPublisher
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.handoff import OPTION, PATIENCE, ServerCopies
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService, StillOnServer
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db, to_db
from tests.peers.lossy_proxy import LossyProxy
from tests.peers.mastodon import Browser, MastodonMock, free_port

pytestmark = pytest.mark.integration

# A busy two-core machine answers slowly; nothing here waits on a timeout on purpose.
FAST = Timeouts(connect=5, read=15, upload_read=15, media_processing=15, poll_interval=0.05)
S = PostState


@pytest.fixture(scope="module")
def mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = MastodonMock(tmp_path_factory.mktemp("mastodon"), movable_clock=True)
    yield server
    server.stop()


@pytest.fixture
def server(mock_server: MastodonMock) -> Iterator[MastodonMock]:
    mock_server.set_clock(timedelta(0))
    mock_server.reset()
    yield mock_server
    mock_server.set_clock(timedelta(0))


@dataclass
class World:
    """The app's side (its database, clock, runner) and the server's, with one clock."""

    server: MastodonMock
    config: dict[str, Any]
    token: str
    secrets: KeyringSecrets
    db: Database
    clock: FakeClock
    offset: timedelta = timedelta(0)
    gate_problem: PostProblem | None = None
    withdrawn: bool = False  # IT no longer allows the account's network
    instance: str = ""
    timeouts: Timeouts = FAST
    posts: PostRepository = field(init=False)
    accounts: AccountRepository = field(init=False)
    account: AccountRow = field(init=False)

    def __post_init__(self) -> None:
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.instance = self.config["instance"]
        self.account = self.accounts.add(
            "mastodon", "alice", {**self.config, OPTION: True}, self.clock.now()
        )
        self.start()

    def publisher(self, account: AccountRow) -> Publisher:
        config = {**account.config, "instance": self.instance}
        return MastodonAccountPublisher(
            MastodonPublisher.from_config(config, self.secrets, timeouts=self.timeouts)
        )

    def start(self) -> None:
        """A fresh start of the app on the same database (after a crash, say)."""
        self.copies = ServerCopies(
            self.posts,
            self.accounts,
            self.publisher,
            self.clock,
            gate=lambda _: self.gate_problem,
            withdraw=lambda _account: self.withdrawn,
        )
        self.service = PostService(self.posts, self.clock, self.copies)
        self.runner = Runner(
            self.posts, self.accounts, self.publisher, self.clock, server=self.copies
        )

    def travel(self, delta: timedelta) -> None:
        """The app's and the server's clocks both move ``delta`` on."""
        self.offset += delta
        self.clock.set(datetime.now(UTC) + self.offset)
        self.server.set_clock(self.offset)

    def schedule(self, ahead: timedelta, text: str = "Nowe biuro w Gdańsku! #praca") -> PostRow:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="pl",
            suggested_text=text,
            account_id=self.account.id,
        )
        return self.service.schedule(
            draft.id,
            text=text,
            account_id=self.account.id,
            network="mastodon",
            due_at=self.clock.now() + ahead,
        )

    def get(self, post: PostRow) -> PostRow:
        found = self.posts.get(post.id)
        assert found is not None
        return found

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def scheduled_on_server(self) -> list[dict[str, Any]]:
        """The server's scheduled list (reading it publishes what fell due, as the app's
        own reads do)."""
        response = requests.get(
            self.server.url("/api/v1/scheduled_statuses"), headers=self._headers(), timeout=10
        )
        response.raise_for_status()
        data: list[dict[str, Any]] = response.json()
        return data

    def statuses(self) -> list[dict[str, Any]]:
        response = requests.get(
            self.server.url(f"/api/v1/accounts/{self.config['remote_account_id']}/statuses"),
            headers=self._headers(),
            timeout=10,
        )
        response.raise_for_status()
        data: list[dict[str, Any]] = response.json()
        return data

    def delete_on_server(self, server_id: str) -> None:
        response = requests.delete(
            self.server.url(f"/api/v1/scheduled_statuses/{server_id}"),
            headers=self._headers(),
            timeout=10,
        )
        response.raise_for_status()


@pytest.fixture
def world(server: MastodonMock, keyring_store: CredentialStore, tmp_path: Path) -> Iterator[World]:
    app_secrets = KeyringSecrets(keyring_store, app_owner(server.base_url))
    secrets = KeyringSecrets(keyring_store, "account-1")
    server.add_user("alice")
    api = MastodonApi(server.base_url, timeouts=FAST)
    result = sign_in(api, app_secrets, secrets, open_browser=Browser("alice"), timeout=30)
    token = secrets.get(TOKEN_SECRET)
    assert token
    db = Database(tmp_path / "db.sqlite3")
    world = World(
        server,
        result.account.to_config(result.limits),
        token,
        secrets,
        db,
        FakeClock(datetime.now(UTC)),
    )
    yield world
    db.close()
    secrets.delete(TOKEN_SECRET)
    app_secrets.delete(APP_SECRET)


def _server_time(copy: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(copy["scheduled_at"]).replace("Z", "+00:00"))


# -- hand-over ------------------------------------------------------------------------


def test_a_post_far_enough_ahead_is_handed_over_and_the_servers_id_kept(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    outcomes = world.runner.run_due()
    held = world.get(post)
    assert held.state == S.HELD_BY_SERVER
    assert [o.state for o in outcomes] == [S.HELD_BY_SERVER]
    copies = world.scheduled_on_server()
    assert [c["id"] for c in copies] == [held.server_hold_id]
    assert copies[0]["params"]["text"] == post.text
    assert abs(_server_time(copies[0]) - from_db(post.due_at or "")) < timedelta(seconds=1)
    assert world.statuses() == []  # nothing published yet
    assert [(e.from_state, e.to_state) for e in world.posts.events(post.id)][-2:] == [
        ("scheduled", "handing_over"),
        ("handing_over", "held_by_server"),
    ]
    world.runner.run_due()  # nothing is handed over twice
    assert len(world.scheduled_on_server()) == 1


def test_a_network_it_no_longer_allows_gets_its_posts_back_from_the_server(
    world: World,
) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    assert world.get(post).state == S.HELD_BY_SERVER
    # IT takes Mastodon off allowed_networks; the app starts again with that.
    world.withdrawn = True
    world.gate_problem = PostProblem(errors.NETWORK_NOT_ALLOWED, "mastodon")
    world.start()
    # The app's runner consults the same publish gate (Services.publish_gate).
    world.runner = Runner(
        world.posts,
        world.accounts,
        world.publisher,
        world.clock,
        server=world.copies,
        gate=lambda _: world.gate_problem,
    )
    world.runner.run_due()
    assert world.scheduled_on_server() == []  # taken back before its time
    assert world.get(post).state == S.SCHEDULED
    world.travel(timedelta(hours=1, seconds=1))
    (outcome,) = world.runner.run_due()
    assert outcome.problem == PostProblem(errors.NETWORK_NOT_ALLOWED, "mastodon")
    assert world.get(post).state == S.NEEDS_ATTENTION
    assert world.statuses() == []  # it never went out


def test_a_post_due_too_soon_or_of_an_account_without_the_option_stays_in_the_app(
    world: World,
) -> None:
    soon = world.schedule(timedelta(minutes=4))
    world.accounts.merge_config(world.account.id, {OPTION: False})
    later = world.schedule(timedelta(hours=2), "Inny tekst #praca")
    world.runner.run_due()
    assert world.get(soon).state == S.SCHEDULED
    assert world.get(later).state == S.SCHEDULED
    assert world.scheduled_on_server() == []


def test_the_publish_check_runs_at_hand_over_and_a_stopped_post_stays_in_the_app(
    world: World,
) -> None:
    world.gate_problem = PostProblem(errors.POLICY_BLOCKED, "disclosure: missing")
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    assert world.get(post).state == S.SCHEDULED
    assert world.scheduled_on_server() == []


def test_offline_at_hand_over_the_post_stays_in_the_app_and_goes_out_the_usual_way(
    world: World,
) -> None:
    world.instance = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    post = world.schedule(timedelta(minutes=30))
    world.runner.run_due()
    kept = world.get(post)
    assert kept.state == S.SCHEDULED and kept.server_hold_id is None
    assert world.posts.events(post.id)[-1].detail == "kept in the app: server_unavailable"
    world.instance = world.config["instance"]  # back online, too late to hand over
    world.travel(timedelta(minutes=25))
    world.runner.run_due()
    assert world.get(post).state == S.SCHEDULED
    assert world.scheduled_on_server() == []
    world.travel(timedelta(minutes=5, seconds=1))
    world.runner.run_due()
    published = world.get(post)
    assert published.state == S.PUBLISHED
    assert [s["url"] for s in world.statuses()] == [published.remote_url]


# -- the employee's changes -----------------------------------------------------------------


def test_cancel_deletes_it_on_the_server(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    world.service.cancel(post.id)
    assert world.get(post).state == S.CANCELLED
    assert world.scheduled_on_server() == []
    world.travel(timedelta(hours=2))
    world.runner.run_due()
    assert world.statuses() == []


def test_reschedule_moves_it_on_the_server_or_brings_it_back_when_too_close(
    world: World,
) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    server_id = world.get(post).server_hold_id
    later = world.clock.now() + timedelta(hours=3)
    world.service.reschedule(post.id, later)
    moved = world.get(post)
    assert (moved.state, moved.server_hold_id) == (S.HELD_BY_SERVER, server_id)
    copies = world.scheduled_on_server()
    assert [c["id"] for c in copies] == [server_id]
    assert abs(_server_time(copies[0]) - later) < timedelta(seconds=1)

    soon = world.clock.now() + timedelta(minutes=3)  # too close for the server to hold
    world.service.reschedule(post.id, soon)
    back = world.get(post)
    assert (back.state, back.server_hold_id, back.due_at) == (S.SCHEDULED, None, to_db(soon))
    assert world.scheduled_on_server() == []
    world.travel(timedelta(minutes=3, seconds=1))
    world.runner.run_due()
    assert world.get(post).state == S.PUBLISHED
    assert len(world.statuses()) == 1


def test_editing_withdraws_the_servers_copy_and_hands_the_new_text_over(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    first_id = world.get(post).server_hold_id
    world.service.unschedule(post.id)
    assert world.get(post).state == S.DRAFT
    assert world.scheduled_on_server() == []
    world.service.schedule(
        post.id,
        text="Poprawiony tekst #praca",
        account_id=world.account.id,
        network="mastodon",
        due_at=world.clock.now() + timedelta(hours=1),
    )
    world.runner.run_due()
    again = world.get(post)
    assert again.state == S.HELD_BY_SERVER and again.server_hold_id != first_id
    assert [c["params"]["text"] for c in world.scheduled_on_server()] == ["Poprawiony tekst #praca"]


def test_a_change_the_server_cannot_take_now_waits_and_is_made_later(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    world.instance = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StillOnServer):
        world.service.unschedule(post.id)
    waiting = world.get(post)
    assert (waiting.state, waiting.server_change) == (S.UPDATING_SERVER, "draft")
    assert len(world.scheduled_on_server()) == 1
    world.instance = world.config["instance"]
    world.runner.run_due()
    assert world.get(post).state == S.DRAFT
    assert world.scheduled_on_server() == []


def test_turning_the_option_off_brings_held_posts_back_into_the_app(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    world.copies.set_option(world.account.id, False)
    back = world.get(post)
    assert (back.state, back.server_hold_id) == (S.SCHEDULED, None)
    assert world.scheduled_on_server() == []
    world.runner.run_due()  # not handed over again
    assert world.get(post).state == S.SCHEDULED


# -- crashes ------------------------------------------------------------------------------


def test_a_crash_before_the_request_is_settled_and_handed_over_once(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    # What the hand-over writes before its request; then the app died.
    world.posts.transition(
        post.id, [S.SCHEDULED], S.HANDING_OVER, world.clock.now(), "handing over to the server"
    )
    world.start()
    world.runner.run_due()
    held = world.get(post)
    assert held.state == S.HELD_BY_SERVER
    assert [c["id"] for c in world.scheduled_on_server()] == [held.server_hold_id]


def test_an_answer_lost_after_the_request_is_reconciled_without_a_second_copy(
    world: World,
) -> None:
    proxy = LossyProxy(world.server.port, b"POST /api/v1/statuses")
    try:
        world.instance = proxy.base_url
        # The lost answer is waited for; the server must have taken the request by then,
        # or it drops it when the proxy hangs up (a busy machine took over 2 s).
        world.timeouts = Timeouts(connect=5, read=10)
        post = world.schedule(timedelta(hours=1))
        world.runner.run_due()
        assert proxy.lost == 1
    finally:
        proxy.stop()
    assert world.get(post).state == S.HANDING_OVER  # nobody knows yet
    assert len(world.scheduled_on_server()) == 1  # the server did take it
    world.instance = world.config["instance"]
    world.timeouts = FAST
    world.start()  # the app restarts
    world.runner.run_due()
    held = world.get(post)
    assert held.state == S.HELD_BY_SERVER
    copies = world.scheduled_on_server()
    assert [c["id"] for c in copies] == [held.server_hold_id]  # found, not sent again
    assert world.posts.events(post.id)[-1].detail == "found on the server after an interruption"


# -- at its time ----------------------------------------------------------------------------


def test_at_its_time_the_server_publishes_it_and_the_app_confirms_with_its_url(
    world: World,
) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    world.travel(timedelta(minutes=30))
    world.start()
    world.runner.run_due()
    assert world.get(post).state == S.HELD_BY_SERVER
    assert world.statuses() == []
    world.travel(timedelta(minutes=31))  # the laptop was closed over its time
    world.start()
    outcomes = world.runner.run_due()
    published = world.get(post)
    assert published.state == S.PUBLISHED
    assert [(o.post_id, o.state) for o in outcomes] == [(post.id, S.PUBLISHED)]
    statuses = world.statuses()
    assert [(s["id"], s["url"]) for s in statuses] == [(published.remote_id, published.remote_url)]
    assert world.posts.events(post.id)[-1].detail == "published by the server"
    world.runner.run_due()
    assert len(world.statuses()) == 1


def test_a_post_deleted_on_the_server_needs_attention_and_is_never_posted_again(
    world: World,
) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    world.delete_on_server(world.get(post).server_hold_id or "")
    world.travel(timedelta(hours=1, minutes=1))
    world.runner.run_due()
    assert world.get(post).state == S.HELD_BY_SERVER  # it may be on its way: patience
    world.travel(PATIENCE)
    world.start()
    outcomes = world.runner.run_due()
    flagged = world.get(post)
    assert flagged.state == S.NEEDS_ATTENTION
    problem = PostProblem.from_db(flagged.error)
    assert problem is not None and problem.code == errors.SERVER_COPY_GONE
    assert problem.link.endswith(f"/web/accounts/{world.config['remote_account_id']}")
    assert [o.state for o in outcomes] == [S.NEEDS_ATTENTION]
    world.runner.run_due()
    assert world.statuses() == []


def test_pausing_or_removing_takes_back_held_posts_and_makes_waiting_changes(
    world: World,
) -> None:
    held = world.schedule(timedelta(hours=1))
    cancelled = world.schedule(timedelta(hours=2), "Drugi post #praca")
    world.runner.run_due()
    world.instance = f"http://127.0.0.1:{free_port()}"
    world.service.cancel(cancelled.id)  # cannot reach the server: the cancel waits
    assert world.get(cancelled).state == S.UPDATING_SERVER
    assert world.copies.bring_back(None, "publishing paused") == 0  # still unreachable
    assert world.copies.still_on_servers() == 2
    world.instance = world.config["instance"]
    assert world.copies.bring_back(None, "publishing paused") == 2
    assert (world.get(held).state, world.get(cancelled).state) == (S.SCHEDULED, S.CANCELLED)
    assert world.scheduled_on_server() == []
    assert world.copies.still_on_servers() == 0
