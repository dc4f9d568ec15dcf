from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.networks.base import (
    FailureKind,
    OutgoingPost,
    Publisher,
    PublishError,
    Receipt,
)
from advocate_desktop.networks.outbox import OutboxPublisher
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.runner import RetryPolicy, Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import IllegalTransition, PostState
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow


class Scripted:
    """A publisher that fails as told, then succeeds; counts real publishes."""

    def __init__(self, failures: list[PublishError | Exception] | None = None) -> None:
        self.failures = list(failures or [])
        self.published: list[str] = []

    def publish(self, post: OutgoingPost) -> Receipt:
        if self.failures:
            raise self.failures.pop(0)
        self.published.append(post.post_id)
        return Receipt(f"r-{post.post_id}", f"https://example.test/{post.post_id}")

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        return Receipt(f"r-{post.post_id}", "u") if post.post_id in self.published else None


class World:
    def __init__(self, tmp_path: Path, clock: FakeClock, publisher: Publisher) -> None:
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.clock = clock
        self.publisher = publisher
        self.account = self.accounts.add(
            "outbox", "Test", {"folder": str(tmp_path / "out")}, clock.now()
        )
        self.service = PostService(self.posts, clock)

    def runner(self, **kwargs: object) -> Runner:
        return Runner(self.posts, self.accounts, lambda _a: self.publisher, self.clock, **kwargs)  # type: ignore[arg-type]

    def scheduled(self, delay: timedelta = timedelta(hours=1), text: str = "Hello") -> PostRow:
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="linkedin",
            language="en",
            suggested_text=text,
            account_id=self.account.id,
        )
        return self.service.schedule(
            draft.id,
            text=text,
            account_id=self.account.id,
            network="linkedin",
            due_at=self.clock.now() + delay,
        )

    def state(self, post: PostRow) -> str:
        found = self.posts.get(post.id)
        assert found is not None
        return found.state


@pytest.fixture
def world(tmp_path: Path, clock: FakeClock) -> World:
    return World(tmp_path, clock, Scripted())


def test_a_post_goes_out_at_its_time_and_only_once(world: World) -> None:
    post = world.scheduled()
    runner = world.runner()
    assert runner.run_due() == []
    world.clock.advance(timedelta(hours=1))
    outcomes = runner.run_due()
    assert [(o.post_id, o.state) for o in outcomes] == [(post.id, PostState.PUBLISHED)]
    assert runner.run_due() == []
    assert world.publisher.published == [post.id]  # type: ignore[attr-defined]
    stored = world.posts.get(post.id)
    assert stored is not None and stored.remote_id == f"r-{post.id}"
    states = [e.to_state for e in world.posts.events(post.id)]
    assert states == ["draft", "scheduled", "publishing", "published"]


def test_a_post_long_overdue_is_missed_and_waits_for_confirmation(world: World) -> None:
    post = world.scheduled(timedelta(minutes=10))
    world.clock.advance(timedelta(hours=2))
    runner = world.runner(grace=timedelta(minutes=30))
    assert [o.state for o in runner.run_due()] == [PostState.MISSED]
    assert runner.run_due() == []
    world.service.confirm(post.id)
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]


def test_a_post_late_within_the_grace_window_still_goes_out(world: World) -> None:
    world.scheduled(timedelta(minutes=10))
    world.clock.advance(timedelta(minutes=35))
    assert [o.state for o in world.runner(grace=timedelta(minutes=30)).run_due()] == [
        PostState.PUBLISHED
    ]


def test_transient_failures_back_off_then_succeed(tmp_path: Path, clock: FakeClock) -> None:
    failure = PublishError(FailureKind.TRANSIENT, "network_down")
    world = World(tmp_path, clock, Scripted([failure, failure]))
    post = world.scheduled(timedelta(0))
    runner = world.runner(
        retry=RetryPolicy(max_attempts=5, first_delay=timedelta(minutes=1), jitter=0.0)
    )
    assert [o.state for o in runner.run_due()] == [PostState.RETRY_WAIT]
    assert runner.run_due() == []  # not before the back-off
    clock.advance(timedelta(minutes=1))
    assert [o.state for o in runner.run_due()] == [PostState.RETRY_WAIT]
    clock.advance(timedelta(minutes=1))
    assert runner.run_due() == []  # the second delay is two minutes
    clock.advance(timedelta(minutes=1))
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    stored = world.posts.get(post.id)
    assert stored is not None and stored.attempts == 3


def test_transient_failures_give_up_after_the_last_attempt(
    tmp_path: Path, clock: FakeClock
) -> None:
    failures: list[PublishError | Exception] = [
        PublishError(FailureKind.TRANSIENT, "down", "503") for _ in range(3)
    ]
    world = World(tmp_path, clock, Scripted(failures))
    post = world.scheduled(timedelta(0))
    runner = world.runner(retry=RetryPolicy(max_attempts=2, first_delay=timedelta(seconds=1)))
    runner.run_due()
    clock.advance(timedelta(minutes=5))
    assert [o.state for o in runner.run_due()] == [PostState.NEEDS_ATTENTION]
    stored = world.posts.get(post.id)
    assert stored is not None
    assert PostProblem.from_db(stored.error) == PostProblem("retries_exhausted", "503")


def test_a_permanent_failure_needs_attention_at_once(tmp_path: Path, clock: FakeClock) -> None:
    world = World(tmp_path, clock, Scripted([PublishError(FailureKind.PERMANENT, "rejected")]))
    world.scheduled(timedelta(0))
    assert [o.state for o in world.runner().run_due()] == [PostState.NEEDS_ATTENTION]


def test_an_unexpected_exception_is_an_unknown_outcome_not_a_retry(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    world = World(tmp_path, clock, Scripted([RuntimeError("boom")]))
    world.scheduled(timedelta(0))
    with caplog.at_level("CRITICAL", logger="advocate_desktop.schedule.runner"):
        outcomes = world.runner().run_due()
    assert outcomes[0].problem == PostProblem("unknown_outcome", "RuntimeError('boom')")


def test_the_gate_stops_a_post_that_the_policy_now_blocks(world: World) -> None:
    world.scheduled(timedelta(0))
    outcomes = world.runner(gate=lambda _p: PostProblem("policy_blocked", "x")).run_due()
    assert [o.state for o in outcomes] == [PostState.NEEDS_ATTENTION]
    assert world.publisher.published == []  # type: ignore[attr-defined]


def test_a_crash_after_writing_is_reconciled_as_published(tmp_path: Path, clock: FakeClock) -> None:
    publisher = OutboxPublisher(tmp_path / "out")
    world = World(tmp_path, clock, publisher)
    post = world.scheduled(timedelta(0))
    # What a crash leaves: the row says publishing, the file was written.
    world.posts.transition(post.id, ["scheduled"], "publishing", clock.now())
    publisher.publish(world.runner()._outgoing(world.posts.get(post.id)))  # type: ignore[arg-type]
    outcomes = world.runner().reconcile()
    assert [o.state for o in outcomes] == [PostState.PUBLISHED]
    assert len(list((tmp_path / "out").iterdir())) == 1
    assert world.runner().run_due() == []


def test_a_crash_before_writing_needs_the_employee(world: World) -> None:
    post = world.scheduled(timedelta(0))
    world.posts.transition(post.id, ["scheduled"], "publishing", world.clock.now())
    outcomes = world.runner().reconcile()
    assert outcomes[0].problem == PostProblem("unknown_outcome")
    assert world.state(post) == PostState.NEEDS_ATTENTION


def test_two_runners_never_publish_the_same_post_twice(world: World) -> None:
    world.scheduled(timedelta(0))
    first, second = world.runner(), world.runner()
    stale = world.posts.in_states(["scheduled"])[0]
    assert first.publish_one(stale) is not None
    assert second.publish_one(stale) is None
    assert len(world.publisher.published) == 1  # type: ignore[attr-defined]


def test_a_cancelled_post_never_goes_out(world: World) -> None:
    post = world.scheduled(timedelta(0))
    world.service.cancel(post.id)
    assert world.runner().run_due() == []
    with pytest.raises(IllegalTransition):
        world.service.confirm(post.id)


def test_autosave_only_changes_drafts(world: World) -> None:
    post = world.scheduled()
    assert not world.service.save_text(post.id, "changed")
    world.service.unschedule(post.id)
    assert world.service.save_text(post.id, "changed")
    stored = world.posts.get(post.id)
    # Back to a draft it keeps its time, which the editor offers again.
    assert stored is not None and stored.text == "changed" and stored.due_at == post.due_at


def test_a_post_whose_account_was_removed_needs_attention(world: World) -> None:
    world.scheduled(timedelta(0))
    world.accounts.remove(world.account.id)
    outcomes = world.runner().run_due()
    assert outcomes[0].problem == PostProblem("account_missing")


def test_next_due_is_the_earliest_waiting_post(world: World) -> None:
    later = world.scheduled(timedelta(hours=3))
    sooner = world.scheduled(timedelta(hours=1))
    runner = world.runner()
    found = runner.next_due()
    assert found is not None and found.id == sooner.id != later.id


def test_opening_an_items_draft_twice_returns_the_same_draft(world: World) -> None:
    first = world.service.open_draft(
        source_id=1, item_id="a", network="x", language="en", suggested_text="one", account_id=None
    )
    second = world.service.open_draft(
        source_id=1, item_id="a", network="x", language="en", suggested_text="two", account_id=None
    )
    assert first.id == second.id and second.text == "one"


# -- exactly once, after a crash (issue 8) --------------------------------------


def test_the_first_run_reconciles_before_it_publishes_anything(world: World) -> None:
    """A caller that never asked for reconcile still cannot skip it (the app once did)."""
    stuck = world.scheduled(timedelta(0))
    world.posts.transition(stuck.id, ["scheduled"], "publishing", world.clock.now())
    runner = world.runner()
    outcomes = runner.run_due()
    assert [(o.post_id, o.state) for o in outcomes] == [(stuck.id, PostState.NEEDS_ATTENTION)]
    assert world.state(stuck) == PostState.NEEDS_ATTENTION
    assert runner.run_due() == []


def test_an_interrupted_outbox_post_is_decided_for_sure_and_goes_out_once(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = OutboxPublisher(tmp_path / "out")
    world = World(tmp_path, clock, publisher)
    post = world.scheduled(timedelta(0))
    world.posts.transition(post.id, ["scheduled"], "publishing", clock.now())
    # What a crash mid-write leaves: a temporary file, no post file.
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / f".post-{post.id}.tmp").write_text('{"half', encoding="utf-8")
    (tmp_path / "out" / ".post-abc123.tmp").write_text("older crash", encoding="utf-8")
    runner = world.runner()
    outcomes = runner.reconcile()
    assert [o.state for o in outcomes] == [PostState.RETRY_WAIT]
    assert list((tmp_path / "out").iterdir()) == []  # the leftovers are gone
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"post-{post.id}.json"]
    details = [e.detail for e in world.posts.events(post.id)]
    assert "interrupted before it went out" in details


def test_an_interrupted_outbox_post_found_long_after_waits_as_missed(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = OutboxPublisher(tmp_path / "out")
    world = World(tmp_path, clock, publisher)
    post = world.scheduled(timedelta(0))
    world.posts.transition(post.id, ["scheduled"], "publishing", clock.now())
    clock.advance(timedelta(days=2))  # the laptop stayed off
    runner = world.runner(grace=timedelta(minutes=30))
    assert [o.state for o in runner.run_due()] == [PostState.RETRY_WAIT, PostState.MISSED]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    world.service.confirm(post.id)
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]


def test_a_retry_due_while_the_app_was_closed_waits_as_missed(
    tmp_path: Path, clock: FakeClock
) -> None:
    world = World(tmp_path, clock, Scripted([PublishError(FailureKind.TRANSIENT, "network_down")]))
    post = world.scheduled(timedelta(0))
    runner = world.runner(grace=timedelta(minutes=30))
    assert [o.state for o in runner.run_due()] == [PostState.RETRY_WAIT]
    clock.advance(timedelta(days=3))
    assert [o.state for o in runner.run_due()] == [PostState.MISSED]
    assert world.publisher.published == []  # type: ignore[attr-defined]
    assert world.state(post) == PostState.MISSED


def test_the_grace_window_is_read_at_every_run(world: World) -> None:
    minutes = [30]
    runner = world.runner(grace=lambda: timedelta(minutes=minutes[0]))
    world.scheduled(timedelta(minutes=10))
    world.clock.advance(timedelta(minutes=50))
    minutes[0] = 60  # the employee widened it in Settings after the runner was built
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]


class VanishingAccounts(AccountRepository):
    """The account disappears between the runner's checks (removed in Settings meanwhile)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.calls = 0

    def get(self, account_id: str):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().get(account_id) if self.calls == 1 else None


def test_an_account_removed_during_a_run_is_that_posts_problem_not_the_runs(
    world: World,
) -> None:
    first = world.scheduled(timedelta(0))
    second = world.scheduled(timedelta(0))
    accounts = VanishingAccounts(world.db)
    runner = Runner(world.posts, accounts, lambda _a: world.publisher, world.clock)
    runner.reconcile()
    accounts.calls = 0
    outcomes = runner.run_due()
    assert {o.post_id for o in outcomes} == {first.id, second.id}
    assert world.state(first) != PostState.PUBLISHING
    assert world.state(second) != PostState.PUBLISHING
