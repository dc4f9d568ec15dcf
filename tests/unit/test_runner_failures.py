"""How the runner settles each kind of failure: retry only when it cannot double a post."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advocate_desktop.networks.base import (
    Capabilities,
    NotSent,
    OutcomeUnknown,
    OutgoingPost,
    PublishError,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
)
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import Action, PostProblem
from advocate_desktop.schedule.retry import RetryPolicy
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository, PostRow

NO_JITTER = RetryPolicy(max_attempts=5, first_delay=timedelta(minutes=1), jitter=0.0)


class StrictPublisher:
    """A network double that does only what the test scripted and nothing else.

    ``script`` is consumed one entry per publish call: an exception to raise, or
    "ok" to publish.  ``on_network`` is what really reached the network, so a test
    can tell a double post.  Any call the capabilities do not allow fails the test.
    """

    def __init__(
        self,
        script: list[BaseException | str],
        capabilities: Capabilities | None = None,
        *,
        landed: bool = False,
        profile: str = "https://social.example/@me",
    ) -> None:
        self.script = list(script)
        self.capabilities = capabilities or Capabilities()
        self.on_network: list[str] = []
        self.calls: list[str] = []
        self.landed = landed  # an OutcomeUnknown that did post
        self.profile = profile
        self.keys: list[str] = []

    def publish(self, post: OutgoingPost) -> Receipt:
        self.calls.append("publish")
        self.keys.append(post.idempotency_key)
        if not self.script:
            pytest.fail("publish called more often than scripted")
        step = self.script.pop(0)
        if isinstance(step, OutcomeUnknown) and self.landed:
            self.on_network.append(post.post_id)
        if isinstance(step, BaseException):
            raise step
        if self.capabilities.idempotency_key and post.post_id in self.on_network:
            return Receipt(f"r-{post.post_id}", f"https://social.example/{post.post_id}")
        self.on_network.append(post.post_id)
        return Receipt(f"r-{post.post_id}", f"https://social.example/{post.post_id}")

    def find_published(self, post: OutgoingPost) -> Receipt | None:
        self.calls.append("find")
        if not self.capabilities.reads_recent_posts:
            pytest.fail("find_published used to settle an outcome it cannot settle")
        if post.post_id in self.on_network:
            return Receipt(f"r-{post.post_id}", f"https://social.example/{post.post_id}")
        return None

    def profile_url(self) -> str:
        return self.profile


class World:
    def __init__(self, tmp_path: Path, clock: FakeClock, publisher: StrictPublisher) -> None:
        self.db = Database(tmp_path / "db.sqlite3")
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.holds = AccountHoldRepository(self.db)
        self.clock = clock
        self.publisher = publisher
        self.account = self.accounts.add("outbox", "Me", {"folder": "x"}, clock.now())
        self.other = self.accounts.add("outbox", "Other", {"folder": "y"}, clock.now())
        self.service = PostService(self.posts, clock)

    def runner(self, retry: RetryPolicy = NO_JITTER, publisher: object = None) -> Runner:
        chosen = publisher or self.publisher
        return Runner(
            self.posts,
            self.accounts,
            lambda _a: chosen,  # type: ignore[arg-type,return-value]
            self.clock,
            retry=retry,
            holds=self.holds,
        )

    def scheduled(
        self, account: AccountRow | None = None, delay: timedelta = timedelta(0)
    ) -> PostRow:
        owner = account or self.account
        draft = self.service.open_draft(
            source_id=None,
            item_id=None,
            network="mastodon",
            language="en",
            suggested_text="Hello",
            account_id=owner.id,
        )
        return self.service.schedule(
            draft.id,
            text="Hello",
            account_id=owner.id,
            network="mastodon",
            due_at=self.clock.now() + delay,
        )

    def post(self, post: PostRow) -> PostRow:
        found = self.posts.get(post.id)
        assert found is not None
        return found


def world_with(tmp_path: Path, clock: FakeClock, publisher: StrictPublisher) -> World:
    return World(tmp_path, clock, publisher)


def test_not_sent_is_retried_with_the_account_backing_off(tmp_path: Path, clock: FakeClock) -> None:
    publisher = StrictPublisher([NotSent("connection_refused"), "ok", "ok"])
    world = world_with(tmp_path, clock, publisher)
    mine = world.scheduled()
    runner = world.runner()
    [outcome] = runner.run_due()
    assert outcome.state is PostState.RETRY_WAIT
    assert outcome.problem == PostProblem("connection_refused")
    # Another post of the same account, due now, waits for the back-off as well.
    second = world.scheduled()
    assert runner.run_due() == []
    clock.advance(timedelta(minutes=1))
    assert sorted(o.post_id for o in runner.run_due()) == sorted([mine.id, second.id])
    assert sorted(publisher.on_network) == sorted([mine.id, second.id])
    assert world.holds.get(world.account.id) is None  # success clears the back-off


def test_other_accounts_do_not_wait_for_one_that_backs_off(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([NotSent("dns"), "ok"])
    world = world_with(tmp_path, clock, publisher)
    world.scheduled()
    runner = world.runner()
    runner.run_due()
    theirs = world.scheduled(world.other)
    assert [(o.post_id, o.state) for o in runner.run_due()] == [(theirs.id, PostState.PUBLISHED)]


def test_back_off_grows_per_account_with_jitter_inside_its_bounds(
    tmp_path: Path, clock: FakeClock
) -> None:
    policy = RetryPolicy(max_attempts=10, first_delay=timedelta(minutes=1), jitter=0.5)
    rng = random.Random(7)
    delays = [policy.delay(n, rng) for n in (1, 2, 3, 4)]
    for n, delay in zip((1, 2, 3, 4), delays, strict=True):
        full = timedelta(minutes=2 ** (n - 1))
        assert full / 2 <= delay <= full
    assert len({policy.delay(3, rng) for _ in range(20)}) > 1  # really random
    assert policy.delay(10_000) <= policy.max_delay  # no overflow, capped
    with pytest.raises(ValueError):
        RetryPolicy(jitter=1.5)
    # The account's wait grows with its consecutive failures, across posts.
    publisher = StrictPublisher([NotSent(), NotSent(), "ok"])
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    runner.run_due()
    assert world.post(post).next_attempt_at == (clock.now() + timedelta(minutes=1)).isoformat(
        timespec="microseconds"
    )
    clock.advance(timedelta(minutes=1))
    runner.run_due()
    hold = world.holds.get(world.account.id)
    assert hold is not None and hold.failures == 2
    assert world.post(post).next_attempt_at == (clock.now() + timedelta(minutes=2)).isoformat(
        timespec="microseconds"
    )


def test_a_429_waits_for_the_networks_reset_time(tmp_path: Path, clock: FakeClock) -> None:
    reset = clock.now() + timedelta(minutes=17)
    publisher = StrictPublisher([RateLimited(reset, "300 per 5 minutes"), "ok"])
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    [outcome] = runner.run_due()
    assert outcome.state is PostState.RETRY_WAIT and outcome.problem is not None
    assert outcome.problem.code == errors.RATE_LIMITED
    clock.advance(timedelta(minutes=16))
    assert runner.run_due() == []  # not a minute back-off: the network said 17
    clock.advance(timedelta(minutes=1))
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    assert publisher.on_network == [post.id]


def test_a_401_pauses_the_accounts_posts_and_asks_for_sign_in(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([SignInNeeded("The access token was revoked")])
    world = world_with(tmp_path, clock, publisher)
    first = world.scheduled()
    second = world.scheduled(delay=timedelta(minutes=5))
    runner = world.runner()
    [outcome] = runner.run_due()
    assert outcome.state is PostState.NEEDS_ATTENTION and outcome.problem is not None
    assert outcome.problem.code == errors.SIGN_IN_NEEDED
    assert outcome.problem.action is Action.SIGN_IN
    hold = world.holds.get(world.account.id)
    assert hold is not None and hold.paused == errors.SIGN_IN_NEEDED
    clock.advance(timedelta(minutes=10))
    assert runner.run_due() == []  # the second post waits; publish is not called again
    assert world.post(second).state == PostState.SCHEDULED
    assert publisher.calls == ["publish"]
    assert world.post(first).state == PostState.NEEDS_ATTENTION


def test_a_rejected_post_goes_back_to_the_editor_with_the_networks_words(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([Rejected("Text character limit of 500 exceeded")])
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    [outcome] = world.runner().run_due()
    assert outcome.problem == PostProblem(errors.REJECTED, "Text character limit of 500 exceeded")
    assert outcome.problem.action is Action.EDIT
    world.service.unschedule(post.id)  # the Queue's "Edit"
    assert world.post(post).state == PostState.DRAFT


def test_an_unknown_outcome_is_never_retried_blindly(tmp_path: Path, clock: FakeClock) -> None:
    publisher = StrictPublisher([OutcomeUnknown("read timed out")], landed=True)
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    [outcome] = world.runner().run_due()
    assert outcome.state is PostState.NEEDS_ATTENTION
    assert outcome.problem == PostProblem(
        errors.UNKNOWN_OUTCOME, "read timed out", "https://social.example/@me"
    )
    assert outcome.problem.action is Action.CHECK_PROFILE
    assert publisher.calls == ["publish"]  # neither retried nor "found" by a blind search
    assert world.post(post).state == PostState.NEEDS_ATTENTION


@pytest.mark.parametrize("landed", [True, False])
def test_an_unknown_outcome_is_settled_by_reading_the_accounts_posts(
    tmp_path: Path, clock: FakeClock, landed: bool
) -> None:
    publisher = StrictPublisher(
        [OutcomeUnknown("connection reset"), "ok"],
        Capabilities(reads_recent_posts=True),
        landed=landed,
    )
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    [outcome] = runner.run_due()
    if landed:
        assert outcome.state is PostState.PUBLISHED
        assert world.post(post).remote_id == f"r-{post.id}"
    else:
        assert outcome.state is PostState.RETRY_WAIT  # surely not there: safe to try again
        clock.advance(timedelta(minutes=1))
        assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    assert publisher.on_network == [post.id]


def test_an_idempotency_key_makes_an_unknown_outcome_safe_to_retry(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher(
        [OutcomeUnknown("502 after sending"), "ok"], Capabilities(idempotency_key=True), landed=True
    )
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    assert [o.state for o in runner.run_due()] == [PostState.RETRY_WAIT]
    clock.advance(timedelta(minutes=1))
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    assert publisher.on_network == [post.id]  # the network deduplicated the second call
    assert len(set(publisher.keys)) == 1  # with the same key both times


def test_a_post_cancelled_while_waiting_to_retry_never_goes_out(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([NotSent()])
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    runner.run_due()
    world.service.cancel(post.id)
    clock.advance(timedelta(hours=2))
    assert runner.run_due() == []
    assert publisher.on_network == []


def test_a_plain_publish_error_still_works_as_before(tmp_path: Path, clock: FakeClock) -> None:
    from advocate_desktop.networks.base import FailureKind

    publisher = StrictPublisher([PublishError(FailureKind.PERMANENT, "too_long", "501 > 500")])
    world = world_with(tmp_path, clock, publisher)
    world.scheduled()
    [outcome] = world.runner().run_due()
    assert outcome.problem == PostProblem("too_long", "501 > 500")


def test_problems_round_trip_through_the_database_with_their_link() -> None:
    problem = PostProblem(errors.UNKNOWN_OUTCOME, "timeout", "https://social.example/@me")
    assert PostProblem.from_db(problem.to_db()) == problem
    assert PostProblem.from_db('{"code": "x"}') == PostProblem("x")
    assert PostProblem("anything_else").action is Action.CONFIRM


def test_holds_keep_the_longer_wait(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    holds = AccountHoldRepository(db)
    accounts = AccountRepository(db)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    account = accounts.add("outbox", "A", {}, now)
    holds.wait(account.id, now + timedelta(hours=1), "rate_limited", now)
    hold = holds.wait(account.id, now + timedelta(minutes=1), "not_sent", now)
    assert hold.failures == 2
    assert hold.blocks(now + timedelta(minutes=30))
    assert not hold.blocks(now + timedelta(hours=1, seconds=1))
    accounts.remove(account.id)
    assert holds.get(account.id) is None  # removed with its account


def test_confirming_a_sign_in_post_releases_the_accounts_other_posts(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([SignInNeeded(), "ok", "ok"])
    world = world_with(tmp_path, clock, publisher)
    first = world.scheduled()
    second = world.scheduled(delay=timedelta(minutes=1))
    runner = world.runner()
    runner.run_due()
    clock.advance(timedelta(minutes=2))
    assert runner.run_due() == []
    world.service.confirm(first.id)  # "I signed in again; publish it now"
    assert world.holds.get(world.account.id) is None
    assert sorted(o.post_id for o in runner.run_due()) == sorted([first.id, second.id])


@pytest.mark.allow_log_errors  # the stack trace is logged on purpose
def test_a_crash_inside_the_publisher_is_settled_like_an_unknown_outcome(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher(
        [KeyError("id"), "ok"], Capabilities(reads_recent_posts=True), landed=False
    )
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    [outcome] = runner.run_due()
    assert outcome.state is PostState.RETRY_WAIT  # the account shows it is not there
    clock.advance(timedelta(minutes=1))
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]
    assert publisher.on_network == [post.id]


def test_a_retry_slept_through_is_missed_not_published_stale(
    tmp_path: Path, clock: FakeClock
) -> None:
    publisher = StrictPublisher([NotSent("connection_refused")])
    world = world_with(tmp_path, clock, publisher)
    post = world.scheduled()
    runner = world.runner()
    runner.run_due()
    clock.advance(timedelta(hours=8))  # the lid closed during the one-minute wait
    assert [(o.post_id, o.state) for o in runner.run_due()] == [(post.id, PostState.MISSED)]
    assert publisher.calls == ["publish"]
    world.service.confirm(post.id)  # the employee's go-ahead
    publisher.script.append("ok")
    assert [o.state for o in runner.run_due()] == [PostState.PUBLISHED]


def test_a_rate_limit_for_hours_asks_instead_of_publishing_late(
    tmp_path: Path, clock: FakeClock
) -> None:
    reset = clock.now() + timedelta(hours=20)
    publisher = StrictPublisher([RateLimited(reset, "daily limit")])
    world = world_with(tmp_path, clock, publisher)
    world.scheduled()
    later = world.scheduled(delay=timedelta(minutes=5))
    runner = world.runner()
    [outcome] = runner.run_due()
    assert outcome.problem == PostProblem(errors.RATE_LIMITED_UNTIL, reset.isoformat())
    # The account's other posts wait for the reset (and are missed, not sent late).
    clock.advance(timedelta(minutes=5))
    assert runner.run_due() == []
    clock.advance(timedelta(hours=1))
    assert [(o.post_id, o.state) for o in runner.run_due()] == [(later.id, PostState.MISSED)]
    assert publisher.calls == ["publish"]
