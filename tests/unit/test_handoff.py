"""Handing posts to a server's own scheduling: the cases a real test server cannot stage.

tests/integration/test_mastodon_handoff.py runs the common paths against mastodon_mock;
here a scripted server answers as a real one may but the mock never does (its clock
ahead of ours, a new time refused, a post published while the employee cancels it).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocate_desktop.networks.base import (
    HeldCopy,
    NotSent,
    OutcomeUnknown,
    OutgoingPost,
    Receipt,
    Rejected,
)
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.scheduled import held_copy, server_time
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.handoff import OPTION, ServerCopies
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db, to_db

S = PostState
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


class ScriptedServer:
    """A server's scheduled posts and timeline, answering as told."""

    min_lead = timedelta(minutes=5)

    def __init__(self) -> None:
        self.copies: dict[str, HeldCopy] = {}
        self.statuses: list[tuple[str, str]] = []  # (id, text)
        self.failures: dict[str, list[Exception]] = {}
        self.publish_at_once = False
        self.requests: list[str] = []
        self._ids = 0

    def _fail(self, call: str) -> None:
        self.requests.append(call)
        waiting = self.failures.get(call)
        if waiting:
            raise waiting.pop(0)

    def _new_id(self) -> str:
        self._ids += 1
        return str(self._ids)

    def hand_over(self, post: OutgoingPost, key: str) -> HeldCopy | Receipt:
        self._fail("hand_over")
        if self.publish_at_once:
            return self.publish_now(post.text)
        copy = HeldCopy(self._new_id(), post.due_at, post.text)
        self.copies[copy.server_id] = copy
        return copy

    def publish_now(self, text: str) -> Receipt:
        status_id = self._new_id()
        self.statuses.append((status_id, text))
        return Receipt(status_id, f"https://social.example/@alice/{status_id}")

    def run_its_scheduler(self, now: datetime) -> None:
        for copy in [c for c in self.copies.values() if c.scheduled_at <= now]:
            del self.copies[copy.server_id]
            self.publish_now(copy.text)

    def held_copies(self) -> list[HeldCopy]:
        self._fail("held_copies")
        return list(self.copies.values())

    def retime(self, server_id: str, at: datetime) -> HeldCopy | None:
        self._fail("retime")
        if server_id not in self.copies:
            return None
        copy = HeldCopy(server_id, at, self.copies[server_id].text)
        self.copies[server_id] = copy
        return copy

    def withdraw(self, server_id: str) -> bool:
        self._fail("withdraw")
        return self.copies.pop(server_id, None) is not None

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        self._fail("find_published")
        for status_id, text in self.statuses:
            if text == post.text:
                return Receipt(status_id, f"https://social.example/@alice/{status_id}")
        return None


class Account:
    """The publisher the runner gets: publishes at once, or hands to its server."""

    def __init__(self, server: ScriptedServer) -> None:
        self.server_scheduling = server

    def publish(self, post: OutgoingPost) -> Receipt:
        return self.server_scheduling.publish_now(post.text)

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return self.server_scheduling.find_published(post)


class World:
    def __init__(self, tmp_path: Path) -> None:
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.clock = FakeClock(START)
        self.server = ScriptedServer()
        self.account = self.accounts.add("mastodon", "alice", {OPTION: True}, START)
        self.gate_problem: PostProblem | None = None
        self.copies = ServerCopies(
            self.posts,
            self.accounts,
            lambda _a: Account(self.server),
            self.clock,
            gate=lambda _p: self.gate_problem,
        )
        self.service = PostService(self.posts, self.clock, self.copies)
        self.runner = Runner(
            self.posts,
            self.accounts,
            lambda _a: Account(self.server),
            self.clock,
            server=self.copies,
        )

    def schedule(self, ahead: timedelta, text: str = "Hello #work") -> PostRow:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="en",
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

    def held(self, ahead: timedelta = timedelta(hours=1)) -> PostRow:
        post = self.schedule(ahead)
        self.runner.run_due()
        held = self.get(post)
        assert held.state == S.HELD_BY_SERVER
        return held


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_a_server_whose_clock_is_ahead_publishes_at_once_and_the_post_is_published(
    world: World,
) -> None:
    world.server.publish_at_once = True
    post = world.schedule(timedelta(hours=1))
    outcomes = world.runner.run_due()
    published = world.get(post)
    assert published.state == S.PUBLISHED and published.remote_url
    assert [o.state for o in outcomes] == [S.PUBLISHED]
    assert len(world.server.statuses) == 1


def test_a_new_time_the_server_refuses_brings_the_post_back_into_the_app(world: World) -> None:
    post = world.held()
    world.server.failures["retime"] = [Rejected("Scheduled at daily limit reached")]
    later = START + timedelta(hours=5)
    world.service.reschedule(post.id, later)
    back = world.get(post)
    assert (back.state, back.due_at, back.server_hold_id) == (S.SCHEDULED, to_db(later), None)
    assert world.server.copies == {}


def test_a_post_published_while_the_employee_cancels_it_is_published(world: World) -> None:
    post = world.held()
    world.clock.advance(timedelta(hours=1, minutes=1))
    world.server.run_its_scheduler(world.clock.now())  # before the app looked
    world.service.cancel(post.id)
    published = world.get(post)
    assert published.state == S.PUBLISHED
    assert world.posts.events(post.id)[-1].detail == "published before the change"


def test_a_hand_over_unsettled_past_its_time_and_found_nowhere_needs_attention(
    world: World,
) -> None:
    post = world.schedule(timedelta(hours=1))
    world.server.failures["held_copies"] = [NotSent("server_unavailable")]
    world.server.failures["hand_over"] = [OutcomeUnknown("read timeout")]
    world.runner.run_due()
    assert world.get(post).state == S.HANDING_OVER
    world.runner.run_due()  # the list cannot be read: nothing is decided
    assert world.get(post).state == S.HANDING_OVER
    world.clock.advance(timedelta(hours=2))  # the server stays down past its time
    world.runner.run_due()
    flagged = world.get(post)
    assert flagged.state == S.NEEDS_ATTENTION
    problem = PostProblem.from_db(flagged.error)
    assert problem is not None and problem.code == errors.UNKNOWN_OUTCOME
    assert world.server.statuses == []  # and nothing was posted from the app


def test_an_unanswered_hand_over_is_looked_for_at_the_next_pass(world: World) -> None:
    post = world.schedule(timedelta(hours=1))
    world.runner.run_due()
    first = world.get(post).server_hold_id
    # The request arrived, the answer was lost: the server holds it, the app does not know.
    world.posts.transition(
        post.id, [S.HELD_BY_SERVER], S.HANDING_OVER, world.clock.now(), server_hold_id=None
    )
    world.runner.run_due()
    held = world.get(post)
    assert (held.state, held.server_hold_id) == (S.HELD_BY_SERVER, first)
    assert world.server.requests.count("hand_over") == 1


def test_held_posts_are_confirmed_once_the_server_published_them(world: World) -> None:
    post = world.held()
    world.clock.advance(timedelta(hours=1, seconds=1))
    world.runner.run_due()
    assert world.get(post).state == S.HELD_BY_SERVER  # its scheduler has not run yet
    world.server.run_its_scheduler(world.clock.now())
    world.clock.advance(timedelta(minutes=1))
    outcomes = world.runner.run_due()
    assert world.get(post).state == S.PUBLISHED
    assert [o.state for o in outcomes] == [S.PUBLISHED]


def test_the_list_is_read_sparingly_while_every_held_post_is_still_ahead(world: World) -> None:
    world.held(timedelta(days=2))
    reads = world.server.requests.count("held_copies")
    for _ in range(10):
        world.clock.advance(timedelta(seconds=15))
        world.runner.run_due()
    assert world.server.requests.count("held_copies") == reads + 1


def test_a_time_changed_on_the_server_is_shown_in_the_app(world: World) -> None:
    post = world.held()
    server_id = post.server_hold_id or ""
    moved = START + timedelta(hours=4)
    world.server.copies[server_id] = HeldCopy(server_id, moved, post.text)
    world.clock.advance(timedelta(minutes=20))
    world.runner.run_due()
    again = world.get(post)
    assert (again.state, again.due_at) == (S.HELD_BY_SERVER, to_db(moved))


def test_pausing_takes_every_held_post_back_and_resuming_hands_them_over_again(
    world: World,
) -> None:
    first = world.held()
    second = world.held(timedelta(hours=3))
    assert world.copies.bring_back(None, "publishing paused") == 2
    assert {world.get(first).state, world.get(second).state} == {S.SCHEDULED}
    assert world.server.copies == {}
    world.runner.run_due()
    assert {world.get(first).state, world.get(second).state} == {S.HELD_BY_SERVER}
    assert len(world.server.copies) == 2


def test_a_post_the_gate_stops_is_tried_again_later_not_at_every_pass(world: World) -> None:
    world.gate_problem = PostProblem(errors.POLICY_BLOCKED, "x")
    post = world.schedule(timedelta(hours=2))
    world.runner.run_due()
    world.gate_problem = None
    world.clock.advance(timedelta(minutes=1))
    world.runner.run_due()
    assert world.get(post).state == S.SCHEDULED
    world.clock.advance(timedelta(minutes=5))
    world.runner.run_due()
    assert world.get(post).state == S.HELD_BY_SERVER


def test_hand_over_is_one_state_write_ahead_of_the_request(world: World) -> None:
    seen: list[str] = []
    server = world.server
    original = server.hand_over

    def looking(post: OutgoingPost, key: str) -> HeldCopy | Receipt:
        found = world.posts.get(post.post_id)
        assert found is not None
        seen.append(found.state)
        return original(post, key)

    server.hand_over = looking  # type: ignore[method-assign]
    world.schedule(timedelta(hours=1))
    world.runner.run_due()
    assert seen == [S.HANDING_OVER]


# -- the answers of a Mastodon server, read with care --------------------------------------


def test_a_scheduled_status_is_read_with_its_text_and_time() -> None:
    copy = held_copy(
        {"id": "7", "scheduled_at": "2026-12-01T10:00:00.000Z", "params": {"text": "Hi"}}
    )
    assert copy == HeldCopy("7", datetime(2026, 12, 1, 10, tzinfo=UTC), "Hi")
    assert held_copy({"id": 8, "scheduled_at": "2026-12-01T10:00:00"}).text == ""


@pytest.mark.parametrize(
    "answer",
    [
        {"scheduled_at": "2026-12-01T10:00:00Z"},
        {"id": "", "scheduled_at": "2026-12-01T10:00:00Z"},
        {"id": "7"},
        {"id": "7", "scheduled_at": "tomorrow"},
        {"id": "7", "scheduled_at": 1733047200},
    ],
)
def test_a_scheduled_status_without_a_readable_id_or_time_is_a_bad_response(
    answer: dict[str, object],
) -> None:
    with pytest.raises(MastodonError) as error:
        held_copy(answer)
    assert error.value.code == "bad_response"


def test_times_go_to_the_server_in_utc_with_milliseconds() -> None:
    warsaw = datetime.fromisoformat("2026-03-29T03:30:00.123456+02:00")
    assert server_time(warsaw) == "2026-03-29T01:30:00.123Z"
    assert from_db(to_db(warsaw)) == warsaw


def test_a_server_failing_in_any_way_never_stops_the_runners_pass(world: World) -> None:
    held = world.held()
    world.server.failures["withdraw"] = [RuntimeError("the keyring is locked")]
    world.service.cancel(held.id)
    assert world.get(held).state == S.UPDATING_SERVER
    world.accounts.merge_config(world.account.id, {OPTION: False})
    local = world.schedule(timedelta(minutes=1), "Published from the app")
    world.server.failures["withdraw"] = [RuntimeError("still locked")]
    world.server.failures["held_copies"] = [RuntimeError("locked")]
    world.clock.advance(timedelta(minutes=2))
    world.runner.run_due()
    assert world.get(local).state == S.PUBLISHED
    assert world.get(held).state == S.UPDATING_SERVER
    world.runner.run_due()  # the keyring is open again
    assert world.get(held).state == S.CANCELLED
