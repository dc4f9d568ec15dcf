"""Publishes due posts exactly once.

Each step writes the new state before the side effect it announces: a post is
``publishing`` in the database before the publisher is called, so a crash leaves
a trace that :meth:`Runner.reconcile` resolves on the next start by asking the
publisher whether the post went out.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from advocate_desktop.networks.base import (
    AccountConfigError,
    FailureKind,
    OutcomeUnknown,
    OutgoingPost,
    Publisher,
    PublishError,
    RateLimited,
    Receipt,
    Rejected,
    SignInNeeded,
    capabilities_of,
    profile_url_of,
)
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.outgoing import is_file, outgoing_post
from advocate_desktop.schedule.retry import RetryPolicy
from advocate_desktop.schedule.states import PostState
from advocate_desktop.schedule.tokens import warn_day_before
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db, to_db

if TYPE_CHECKING:
    from advocate_desktop.schedule.handoff import ServerCopies

log = logging.getLogger(__name__)

PublisherFactory = Callable[[AccountRow], Publisher]
PublishGate = Callable[[PostRow], PostProblem | None]
GraceWindow = Callable[[], timedelta]


#: How long an image uploaded for a post that then failed is sent again by its id instead
#: of its file.  Servers drop media never attached to a post after about a day (Mastodon's
#: media clean-up, X's media ids expire after 24 hours); a post confirmed later than this
#: uploads its images anew, which cannot double the post.

__all__ = ["Outcome", "PublishGate", "PublisherFactory", "RetryPolicy", "Runner"]


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
        grace: timedelta | GraceWindow = timedelta(minutes=30),
        retry: RetryPolicy | None = None,
        gate: PublishGate = _no_gate,
        holds: AccountHoldRepository | None = None,
        rng: random.Random | None = None,
        media: PostMediaRepository | None = None,
        server: ServerCopies | None = None,
    ) -> None:
        self._posts = posts
        self._accounts = accounts
        self._publishers = publishers
        self._clock = clock
        # One source of truth: the settings are read at every run, never copied here.
        self._grace: GraceWindow = grace if callable(grace) else (lambda: grace)
        self._retry = retry or RetryPolicy()
        self._gate = gate
        self._holds = holds or AccountHoldRepository(posts.database)
        self._media = media or PostMediaRepository(posts.database)
        self._rng = rng or random.Random()
        self._server = server  # the posts servers publish themselves (schedule/handoff.py)
        self._reconciled = False

    @property
    def grace(self) -> timedelta:
        return self._grace()

    def reconcile(self) -> list[Outcome]:
        """Settle posts left ``publishing`` by a crash: published if it went out, tried again
        if it surely did not, flagged when nobody can tell.

        :meth:`run_due` calls this itself before its first run, so no caller can publish
        anything while an earlier run's post is still unsettled.
        """
        outcomes: list[Outcome] = []
        for post in self._posts.in_states([PostState.PUBLISHING]):
            now = self._clock.now()
            receipt = None
            surely_not = False
            account = self._accounts.get(post.account_id or "")
            if account is not None:
                try:
                    publisher = self._publishers(account)
                    receipt = publisher.find_published(self._outgoing(post))
                    knows = capabilities_of(publisher).reads_recent_posts
                    surely_not = receipt is None and knows
                except (AccountConfigError, PublishError, OSError) as error:
                    log.warning("cannot check post %s after a restart: %s", post.id, error)
            if receipt is None and surely_not:
                # It never went out: back in line at the time it was claimed, so the grace
                # window decides, as for any post, whether it goes now or waits as missed.
                self._posts.transition(
                    post.id,
                    [PostState.PUBLISHING],
                    PostState.RETRY_WAIT,
                    now,
                    "interrupted before it went out",
                    next_attempt_at=post.updated_at,
                )
                outcomes.append(Outcome(post.id, PostState.RETRY_WAIT))
            elif receipt is not None:
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
        self._reconciled = True
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
        outcomes: list[Outcome] = [] if self._reconciled else self.reconcile()
        if self._server is not None:
            # First: a change that brings a post back from its server ("publish now")
            # makes it due in this same pass.
            outcomes.extend(self._server.run())
        now = self._clock.now()
        holds = self._holds.all()
        for post in self._posts.due(now):
            due_text = self._due_text(post)
            if not due_text or from_db(due_text) > now:
                continue
            # A post (or a retry) whose time passed long ago, e.g. while the laptop slept,
            # would go out stale: the employee decides instead.
            if from_db(due_text) < now - self.grace:
                if self._posts.transition(
                    post.id, [PostState(post.state)], PostState.MISSED, now, "overdue"
                ):
                    outcomes.append(Outcome(post.id, PostState.MISSED))
                continue
            hold = holds.get(post.account_id or "")
            if hold is not None and hold.blocks(now):
                continue  # the account backs off, waits out a rate limit or needs sign-in
            outcome = self.publish_one(post)
            if outcome is not None:
                outcomes.append(outcome)
        outcomes.extend(self._token_warnings(now))
        return outcomes

    def _token_warnings(self, now: datetime) -> list[Outcome]:
        """A day before a post, say once if its account's token will have expired by then."""
        return [
            Outcome(
                w.post_id,
                PostState.SCHEDULED,
                PostProblem(errors.TOKEN_EXPIRES, w.expires_at.isoformat()),
            )
            for w in warn_day_before(self._posts, self._accounts, now)
        ]

    def publish_one(self, post: PostRow) -> Outcome | None:
        now = self._clock.now()
        claimable = [PostState.SCHEDULED, PostState.RETRY_WAIT]
        problem = self._gate(post)
        # Looked up once: an account removed meanwhile is this post's problem, not the run's.
        account = self._accounts.get(post.account_id or "")
        if problem is None and account is None:
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
        assert account is not None  # checked above; a problem returned before the claim
        claimed = self._posts.get(post.id) or post
        if _content(claimed) != _content(post):
            # Edited and scheduled again between the read and the claim: what goes out is
            # the post as it is now, never the text read before with the images of now,
            # and it is checked as it is now.
            problem = self._gate(claimed)
            account = self._accounts.get(claimed.account_id or "")
            if problem is None and account is None:
                problem = PostProblem(errors.ACCOUNT_MISSING)
            if problem is not None:
                return self._flag(post.id, problem)
            assert account is not None
        return self._publish(claimed, account, attempts)

    def _publish(self, post: PostRow, account: AccountRow, attempts: int) -> Outcome:
        """Call the publisher once and settle the post by what its failure says about it."""
        outgoing = self._outgoing(post, record_uploads=True)
        missing = _missing_image(outgoing)
        if missing is not None:
            # Nothing can post a file that is gone: the employee fixes the post, and its
            # text, its other images and their uploads stay as they are.
            return self._flag(post.id, PostProblem(errors.IMAGE_MISSING, missing))
        try:
            publisher = self._publishers(account)
        except AccountConfigError as error:
            return self._flag(post.id, PostProblem(errors.ACCOUNT_BROKEN, str(error)))
        try:
            receipt = publisher.publish(outgoing)
        except AccountConfigError as error:
            return self._flag(post.id, PostProblem(errors.ACCOUNT_BROKEN, str(error)))
        except RateLimited as error:
            problem = PostProblem(errors.RATE_LIMITED, error.detail)
            return self._retry_later(post, account, attempts, problem, error.retry_at)
        except SignInNeeded as error:
            self._holds.pause(account.id, errors.SIGN_IN_NEEDED, error.detail, self._clock.now())
            return self._flag(
                post.id, PostProblem(errors.SIGN_IN_NEEDED, error.detail or account.display_name)
            )
        except Rejected as error:
            return self._flag(post.id, PostProblem(error.code, error.detail))
        except PublishError as error:
            problem = PostProblem(error.code, error.detail)
            if error.kind is FailureKind.TRANSIENT:
                return self._retry_later(post, account, attempts, problem)
            return self._flag(post.id, PostProblem(error.code, error.detail or error.code))
        except OutcomeUnknown as error:
            return self._settle_unknown(post, account, publisher, attempts, error.detail)
        except Exception as error:  # an unknown failure may or may not have published
            log.exception("publishing post %s failed unexpectedly", post.id)
            return self._settle_unknown(post, account, publisher, attempts, repr(error))
        return self._published(post, account, receipt, "published")

    def _published(
        self, post: PostRow, account: AccountRow, receipt: Receipt, detail: str
    ) -> Outcome:
        self._posts.transition(
            post.id,
            [PostState.PUBLISHING],
            PostState.PUBLISHED,
            self._clock.now(),
            detail,
            remote_id=receipt.remote_id,
            remote_url=receipt.url,
            error=None,
        )
        if self._holds.get(account.id) is not None:
            self._holds.clear(account.id)  # the account works: no more back-off
        return Outcome(post.id, PostState.PUBLISHED)

    def _retry_later(
        self,
        post: PostRow,
        account: AccountRow,
        attempts: int,
        problem: PostProblem,
        at: datetime | None = None,
    ) -> Outcome:
        """RETRY_WAIT, with the whole account backing off (or waiting out a rate limit)."""
        if attempts >= self._retry.max_attempts:
            return self._flag(
                post.id, PostProblem(errors.RETRIES_EXHAUSTED, problem.detail or problem.code)
            )
        now = self._clock.now()
        if at is None or at <= now:
            hold = self._holds.get(account.id)
            failures = (hold.failures if hold else 0) + 1
            at = now + self._retry.delay(failures, self._rng)
        hold = self._holds.wait(account.id, at, problem.code, now)
        later = max(at, from_db(hold.not_before)) if hold.not_before else at
        if later - now > self._retry.max_delay:
            # Waiting that long (a daily rate limit) would publish hours late: ask instead.
            return self._flag(post.id, PostProblem(errors.RATE_LIMITED_UNTIL, later.isoformat()))
        self._posts.transition(
            post.id,
            [PostState.PUBLISHING],
            PostState.RETRY_WAIT,
            now,
            problem.code,
            next_attempt_at=to_db(later),
            error=problem.to_db(),
        )
        return Outcome(post.id, PostState.RETRY_WAIT, problem)

    def _settle_unknown(
        self, post: PostRow, account: AccountRow, publisher: Publisher, attempts: int, detail: str
    ) -> Outcome:
        """The request may have posted.  Retry only when that cannot double the post."""
        capabilities = capabilities_of(publisher)
        problem = PostProblem(errors.UNKNOWN_OUTCOME, detail)
        if capabilities.idempotency_key:
            return self._retry_later(post, account, attempts, problem)
        if capabilities.reads_recent_posts:
            try:
                receipt = publisher.find_published(self._outgoing(post))
            except (AccountConfigError, PublishError, OutcomeUnknown, OSError) as error:
                log.warning("cannot read the account's posts for %s: %s", post.id, error)
            else:
                if receipt is not None:
                    return self._published(post, account, receipt, "found on the account")
                return self._retry_later(post, account, attempts, problem)
        link = profile_url_of(publisher)
        return self._flag(post.id, PostProblem(errors.UNKNOWN_OUTCOME, detail, link))

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

    def _outgoing(self, post: PostRow, *, record_uploads: bool = False) -> OutgoingPost:
        return outgoing_post(post, self._media, self._clock, record_uploads=record_uploads)


def _content(post: PostRow) -> tuple[object, ...]:
    """What the employee may change in a post: its text and where it goes."""
    return (post.text, post.account_id, post.network, post.language, post.source_id)


def _missing_image(post: OutgoingPost) -> str | None:
    """The name of the first image whose file is no longer there, or None."""
    for image in post.images:
        if not is_file(image.path):
            return str(image.path)
    return None
