"""Publishes due posts exactly once.

Each step writes the new state before the side effect it announces: a post is
``publishing`` in the database before the publisher is called, so a crash leaves
a trace that :meth:`Runner.reconcile` resolves on the next start by asking the
publisher whether the post went out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from advocate_desktop.networks.base import (
    AccountConfigError,
    FailureKind,
    OutgoingPost,
    Publisher,
    PublishError,
)
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db, to_db

log = logging.getLogger(__name__)

PublisherFactory = Callable[[AccountRow], Publisher]
PublishGate = Callable[[PostRow], PostProblem | None]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=1)

    def delay(self, attempts: int) -> timedelta:
        delay: timedelta = self.first_delay * (2 ** max(attempts - 1, 0))
        return min(delay, self.max_delay)


@dataclass(frozen=True)
class Outcome:
    post_id: str
    state: PostState
    problem: PostProblem | None = None


def _no_gate(_: PostRow) -> PostProblem | None:
    return None


class Runner:
    def __init__(
        self,
        posts: PostRepository,
        accounts: AccountRepository,
        publishers: PublisherFactory,
        clock: Clock,
        *,
        grace: timedelta = timedelta(minutes=30),
        retry: RetryPolicy | None = None,
        gate: PublishGate = _no_gate,
    ) -> None:
        self._posts = posts
        self._accounts = accounts
        self._publishers = publishers
        self._clock = clock
        self.grace = grace
        self._retry = retry or RetryPolicy()
        self._gate = gate

    def reconcile(self) -> list[Outcome]:
        """Settle posts left ``publishing`` by a crash: published if it went out, else flagged."""
        outcomes: list[Outcome] = []
        for post in self._posts.in_states([PostState.PUBLISHING]):
            now = self._clock.now()
            receipt = None
            account = self._accounts.get(post.account_id or "")
            if account is not None:
                try:
                    receipt = self._publishers(account).find_published(self._outgoing(post))
                except (AccountConfigError, PublishError, OSError) as error:
                    log.warning("cannot check post %s after a restart: %s", post.id, error)
            if receipt is not None:
                self._posts.transition(
                    post.id,
                    [PostState.PUBLISHING],
                    PostState.PUBLISHED,
                    now,
                    "found after restart",
                    remote_id=receipt.remote_id,
                    remote_url=receipt.url,
                )
                outcomes.append(Outcome(post.id, PostState.PUBLISHED))
            else:
                problem = PostProblem(errors.UNKNOWN_OUTCOME)
                self._posts.transition(
                    post.id,
                    [PostState.PUBLISHING],
                    PostState.NEEDS_ATTENTION,
                    now,
                    "interrupted",
                    error=problem.to_db(),
                )
                outcomes.append(Outcome(post.id, PostState.NEEDS_ATTENTION, problem))
        return outcomes

    def next_due(self) -> PostRow | None:
        """The next post that will want the runner, for timers that sleep until then."""
        return self._posts.next_waiting()

    @staticmethod
    def _due_text(post: PostRow) -> str:
        if post.state == PostState.RETRY_WAIT and post.next_attempt_at:
            return post.next_attempt_at
        return post.due_at or ""

    def run_due(self) -> list[Outcome]:
        """Publish every post whose time has come; mark the ones long overdue as missed."""
        outcomes: list[Outcome] = []
        now = self._clock.now()
        # Only what is due is read: 10,000 future posts must not cost every tick.
        for post in self._posts.due_by(now):
            due_text = self._due_text(post)
            if not due_text or from_db(due_text) > now:
                continue
            if post.state == PostState.SCHEDULED and from_db(due_text) < now - self.grace:
                if self._posts.transition(
                    post.id, [PostState.SCHEDULED], PostState.MISSED, now, "overdue"
                ):
                    outcomes.append(Outcome(post.id, PostState.MISSED))
                continue
            outcome = self.publish_one(post)
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def publish_one(self, post: PostRow) -> Outcome | None:
        now = self._clock.now()
        claimable = [PostState.SCHEDULED, PostState.RETRY_WAIT]
        problem = self._gate(post)
        if problem is None and self._accounts.get(post.account_id or "") is None:
            problem = PostProblem(errors.ACCOUNT_MISSING)
        if problem is not None:
            if self._posts.transition(
                post.id, claimable, PostState.PUBLISHING, now, "checked before publishing"
            ):
                self._flag(post.id, problem)
                return Outcome(post.id, PostState.NEEDS_ATTENTION, problem)
            return None
        attempts = post.attempts + 1
        if not self._posts.transition(
            post.id,
            claimable,
            PostState.PUBLISHING,
            now,
            f"attempt {attempts}",
            attempts=attempts,
        ):
            return None  # another runner claimed it, or the employee cancelled it
        account = self._accounts.get(post.account_id or "")
        assert account is not None
        outgoing = self._outgoing(post)
        try:
            receipt = self._publishers(account).publish(outgoing)
        except AccountConfigError as error:
            return self._flag(post.id, PostProblem(errors.ACCOUNT_BROKEN, str(error)))
        except PublishError as error:
            if error.kind is FailureKind.TRANSIENT and attempts < self._retry.max_attempts:
                later = self._clock.now() + self._retry.delay(attempts)
                problem = PostProblem(error.code, error.detail)
                self._posts.transition(
                    post.id,
                    [PostState.PUBLISHING],
                    PostState.RETRY_WAIT,
                    self._clock.now(),
                    error.code,
                    next_attempt_at=to_db(later),
                    error=problem.to_db(),
                )
                return Outcome(post.id, PostState.RETRY_WAIT, problem)
            code = error.code if error.kind is FailureKind.PERMANENT else errors.RETRIES_EXHAUSTED
            return self._flag(post.id, PostProblem(code, error.detail or error.code))
        except Exception as error:  # an unknown failure may or may not have published
            log.exception("publishing post %s failed unexpectedly", post.id)
            return self._flag(post.id, PostProblem(errors.UNKNOWN_OUTCOME, repr(error)))
        self._posts.transition(
            post.id,
            [PostState.PUBLISHING],
            PostState.PUBLISHED,
            self._clock.now(),
            "published",
            remote_id=receipt.remote_id,
            remote_url=receipt.url,
            error=None,
        )
        return Outcome(post.id, PostState.PUBLISHED)

    def _flag(self, post_id: str, problem: PostProblem) -> Outcome:
        self._posts.transition(
            post_id,
            [PostState.PUBLISHING],
            PostState.NEEDS_ATTENTION,
            self._clock.now(),
            problem.code,
            error=problem.to_db(),
        )
        return Outcome(post_id, PostState.NEEDS_ATTENTION, problem)

    def _outgoing(self, post: PostRow) -> OutgoingPost:
        return OutgoingPost(
            post_id=post.id,
            account_id=post.account_id or "",
            network=post.network,
            language=post.language,
            text=post.text,
            item_id=post.item_id,
            due_at=from_db(post.due_at) if post.due_at else self._clock.now(),
        )
