"""Handing posts to a server that publishes them itself, so they go out with the laptop closed.

An account with the ``server_scheduling`` option on (Mastodon: scheduled statuses)
gives the server each scheduled post due at least :data:`LEAD` ahead.  The trade-off
the employee is told: the publish gate (IT's policy, the item's expiry, trust) runs
when the post is handed over, not at its time.  A post the gate stops, or the server
refuses, or that cannot be handed over (offline) stays in the app and goes out the
usual way.

Each step is written before the request it announces (DESIGN: "every transition is
written before the side effect"), and every pass of the runner settles what a crash
or a lost answer left behind by reading the server's list:

- ``scheduled → handing_over`` before ``POST /api/v1/statuses`` with ``scheduled_at``;
  then ``held_by_server`` with the server's id, or back to ``scheduled`` when the
  server surely holds nothing.  Left ``handing_over``, the post is looked for in the
  server's list (``held_by_server``), then among the account's posts (``published``);
  found in neither, it never reached the server: ``scheduled`` again, or, when its
  time has passed meanwhile, ``needs_attention`` (nobody can be sure).
- ``held_by_server → published`` once it is gone from the list and found among the
  account's posts after its time; gone and not found (deleted on the server):
  ``needs_attention``, never posted again without the employee.
- The employee's cancel, edit or new time: ``held_by_server → updating_server`` with
  their choice in ``server_change``, then ``DELETE`` (or ``PUT`` for a new time still
  far enough ahead) and the choice; if the server had published it meanwhile,
  ``published``.  Offline, the post waits in ``updating_server`` and the runner
  tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from advocate_desktop.networks.base import (
    AccountConfigError,
    HeldCopy,
    OutgoingPost,
    PublishError,
    Receipt,
    ServerScheduling,
    profile_url_of,
    scheduling_of,
)
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.outgoing import outgoing_post
from advocate_desktop.schedule.runner import Outcome, PublisherFactory, PublishGate
from advocate_desktop.schedule.states import IllegalTransition, PostState
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db, to_db

log = logging.getLogger(__name__)

#: The account setting that turns hand-over on.
OPTION = "server_scheduling"
#: Hand over only posts due at least this far ahead: Mastodon needs five minutes, the
#: rest covers a server clock running ahead and a slow request.
LEAD = timedelta(minutes=10)
#: After a post could not be handed over (offline, refused, stopped by the gate).
RETRY_AFTER = timedelta(minutes=5)
#: How often the server's list is read while a post there is due or unsettled, and
#: while all of them are still ahead (to notice one deleted on the server).
CHECK_DUE_EVERY = timedelta(minutes=1)
CHECK_AHEAD_EVERY = timedelta(minutes=15)
#: Mastodon publishes scheduled statuses every few minutes: how long around its time a
#: post may be missing from both lists before it counts as gone.
PATIENCE = timedelta(minutes=15)
#: Servers round the time they were given.
SAME_TIME = timedelta(seconds=1)
#: Hand-overs in one pass, so a pass stays short with a long queue.
MOST_PER_PASS = 20

S = PostState


def wants_server(account: AccountRow) -> bool:
    """Whether the employee chose the server's own scheduling for this account."""
    return account.config.get(OPTION) is True


def _no_gate(_: PostRow) -> PostProblem | None:
    return None


@dataclass
class _Account:
    row: AccountRow
    scheduling: ServerScheduling
    profile_url: str


class ServerCopies:
    """The posts servers hold: hand-over, the employee's changes, confirmation.

    The runner calls :meth:`run` at every pass; :class:`~.service.PostService` calls
    :meth:`change` for the employee.  One lock keeps the two from talking to a server
    about the same post at once.
    """

    def __init__(
        self,
        posts: PostRepository,
        accounts: AccountRepository,
        publishers: PublisherFactory,
        clock: Clock,
        *,
        gate: PublishGate = _no_gate,
        lead: timedelta = LEAD,
        withdraw: Callable[[AccountRow], bool] = lambda _account: False,
    ) -> None:
        self._posts = posts
        self._accounts = accounts
        self._publishers = publishers
        self._clock = clock
        self._gate = gate
        self._lead = lead
        # Accounts whose posts no server may keep (IT no longer allows their network):
        # brought back at every pass, they then meet the publish gate at their time.
        self._withdraw = withdraw
        self._holds = AccountHoldRepository(posts.database)
        self._media = PostMediaRepository(posts.database)
        self._lock = threading.Lock()
        self._not_before: dict[str, datetime] = {}  # post id → next hand-over attempt
        self._checked: dict[str, datetime] = {}  # account id → when its list was read
        self._told: set[str] = set()  # removed accounts already logged

    # -- the runner's pass ---------------------------------------------------------
    def run(self) -> list[Outcome]:
        """Settle what is unsettled, confirm what the servers published, hand over more."""
        held = {p.account_id for p in self._posts.in_states([S.HELD_BY_SERVER])}
        for account_id in sorted(a for a in held if a):
            row = self._accounts.get(account_id)
            if row is not None and self._withdraw(row):
                self.bring_back(account_id, "its network is no longer allowed")
        with self._lock:
            now = self._clock.now()
            outcomes: list[Outcome] = []
            waiting = self._posts.in_states([S.HANDING_OVER, S.HELD_BY_SERVER, S.UPDATING_SERVER])
            by_account: dict[str, list[PostRow]] = {}
            for post in waiting:
                by_account.setdefault(post.account_id or "", []).append(post)
            for account_id, posts in by_account.items():
                account = self._account(account_id)
                if account is None:
                    continue
                outcomes.extend(self._settle(account, posts, now))
            outcomes.extend(self._hand_over_due(now))
            return outcomes

    def _account(self, account_id: str) -> _Account | None:
        row = self._accounts.get(account_id)
        if row is None:
            if account_id not in self._told:
                self._told.add(account_id)
                log.warning("posts held by a server belong to a removed account %s", account_id)
            return None
        try:
            publisher = self._publishers(row)
        except AccountConfigError as error:
            log.warning("account %s cannot reach its server: %s", account_id, error)
            return None
        scheduling = scheduling_of(publisher)
        if scheduling is None:
            return None
        return _Account(row, scheduling, profile_url_of(publisher))

    def _settle(self, account: _Account, posts: list[PostRow], now: datetime) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for post in posts:
            if post.state == S.UPDATING_SERVER:
                outcome = self._apply_change(post, account, now)
                if outcome is not None:
                    outcomes.append(outcome)
        rest = [p for p in posts if p.state in (S.HANDING_OVER, S.HELD_BY_SERVER)]
        if not rest or not self._time_to_check(account.row.id, rest, now):
            return outcomes
        self._checked[account.row.id] = now
        try:
            copies = account.scheduling.held_copies()
        except Exception as error:  # offline, signed out, the keyring locked: next time
            log.info("cannot read the server's scheduled posts now: %r", error)
            return outcomes
        claimed = {p.server_hold_id for p in posts if p.server_hold_id}
        by_id = {c.server_id: c for c in copies}
        for post in rest:
            try:
                if post.state == S.HANDING_OVER:
                    outcome = self._find_handed(post, account, copies, claimed, now)
                else:
                    outcome = self._confirm(
                        post, account, by_id.get(post.server_hold_id or ""), now
                    )
            except Exception as error:
                log.info("cannot settle post %s with its server now: %r", post.id, error)
                continue
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def _time_to_check(self, account_id: str, posts: list[PostRow], now: datetime) -> bool:
        last = self._checked.get(account_id)
        if last is None:
            return True
        pressing = any(
            p.state == S.HANDING_OVER or (p.due_at and from_db(p.due_at) <= now) for p in posts
        )
        return now - last >= (CHECK_DUE_EVERY if pressing else CHECK_AHEAD_EVERY)

    def _find_handed(
        self,
        post: PostRow,
        account: _Account,
        copies: list[HeldCopy],
        claimed: set[str],
        now: datetime,
    ) -> Outcome | None:
        """A hand-over that got no answer: where is the post now?"""
        due = from_db(post.due_at) if post.due_at else now
        for copy in copies:
            if (
                copy.server_id not in claimed
                and _same_text(copy.text, post.text)
                and abs(copy.scheduled_at - due) <= SAME_TIME
            ):
                claimed.add(copy.server_id)
                return self._held(post, copy, "found on the server after an interruption")
        receipt = account.scheduling.find_published(self._outgoing(post))
        if receipt is not None:
            return self._published(post, S.HANDING_OVER, receipt, "found published")
        if due > now:
            self._move(post, S.HANDING_OVER, S.SCHEDULED, "not on the server: kept in the app")
            return None
        # Its time passed before anyone could look: too late to tell for sure.
        problem = PostProblem(errors.UNKNOWN_OUTCOME, "", account.profile_url)
        return self._flag(post, S.HANDING_OVER, problem)

    def _confirm(
        self, post: PostRow, account: _Account, copy: HeldCopy | None, now: datetime
    ) -> Outcome | None:
        """A held post: still there, published at its time, or gone from the server."""
        due = from_db(post.due_at) if post.due_at else now
        if copy is not None:
            if abs(copy.scheduled_at - due) > SAME_TIME:
                # Moved on the server (its web interface): the app shows the server's time.
                self._posts.transition(
                    post.id,
                    [S.HELD_BY_SERVER],
                    S.HELD_BY_SERVER,
                    now,
                    "time changed on the server",
                    due_at=to_db(copy.scheduled_at),
                )
            return None
        receipt = account.scheduling.find_published(self._outgoing(post))
        if receipt is not None:
            return self._published(post, S.HELD_BY_SERVER, receipt, "published by the server")
        if abs(now - due) < PATIENCE:
            return None  # the server may be publishing it right now: look again later
        problem = PostProblem(errors.SERVER_COPY_GONE, "", account.profile_url)
        return self._flag(post, S.HELD_BY_SERVER, problem)

    # -- the employee's changes ----------------------------------------------------
    def change(self, post_id: str, choice: PostState, due_at: datetime | None = None) -> PostRow:
        """Cancel (CANCELLED), edit (DRAFT) or re-time (SCHEDULED at ``due_at``) a post a
        server holds: written first, then the server's copy is changed at once if the
        server answers, else by the runner's next passes."""
        if choice not in (S.CANCELLED, S.DRAFT, S.SCHEDULED):
            raise IllegalTransition(f"a post the server holds cannot go to {choice}")
        with self._lock:
            now = self._clock.now()
            target: PostState = choice
            if choice is S.SCHEDULED and due_at is not None and due_at - now >= self._lead:
                target = S.HELD_BY_SERVER  # the server keeps it, at the new time
            fields: dict[str, object] = {"server_change": str(target)}
            if due_at is not None:
                fields["due_at"] = to_db(due_at)
            if not self._posts.transition(
                post_id,
                [S.HELD_BY_SERVER],
                S.UPDATING_SERVER,
                now,
                "changed by the employee",
                **fields,
            ):
                raise IllegalTransition(f"post {post_id} is no longer held by a server")
            post = self._get(post_id)
            account = self._account(post.account_id or "")
            if account is not None:
                self._apply_change(post, account, now)
            return self._get(post_id)

    def _apply_change(self, post: PostRow, account: _Account, now: datetime) -> Outcome | None:
        try:
            target = PostState(post.server_change or "")
        except ValueError:
            log.error("post %s waits for an unknown change %r", post.id, post.server_change)
            return None
        hold_id = post.server_hold_id or ""
        try:
            if target is S.HELD_BY_SERVER:
                due = from_db(post.due_at) if post.due_at else now
                try:
                    copy = account.scheduling.retime(hold_id, due)
                except PublishError as error:
                    if error.code != "rejected":
                        raise
                    # Refused (too close now, or over the server's daily limit): the
                    # post leaves the server and goes out from the app at its new time.
                    log.info("the server refused the new time of %s: %s", post.id, error)
                    target = S.SCHEDULED
                else:
                    if copy is not None:
                        return self._held(post, copy, "re-timed on the server", S.UPDATING_SERVER)
                    return self._gone_during_change(post, account, S.SCHEDULED)
            if not account.scheduling.withdraw(hold_id):
                return self._gone_during_change(post, account, target)
        except Exception as error:  # one post's server must never stop the runner's pass
            log.info("the server's copy of %s is changed later: %r", post.id, error)
            return None
        self._finish_change(post, target, "withdrawn from the server")
        return None

    def _gone_during_change(
        self, post: PostRow, account: _Account, target: PostState
    ) -> Outcome | None:
        """The server no longer held the post: published meanwhile, or deleted there."""
        receipt = account.scheduling.find_published(self._outgoing(post))
        if receipt is not None:
            return self._published(post, S.UPDATING_SERVER, receipt, "published before the change")
        self._finish_change(post, target, "no longer on the server")
        return None

    def _finish_change(self, post: PostRow, target: PostState, detail: str) -> None:
        # A post back to a draft keeps its time: the editor offers it again.
        fields: dict[str, object] = {"server_change": None, "server_hold_id": None}
        self._posts.transition(
            post.id, [S.UPDATING_SERVER], target, self._clock.now(), detail, **fields
        )

    # -- handing over --------------------------------------------------------------
    def _hand_over_due(self, now: datetime) -> list[Outcome]:
        chosen = [a for a in self._accounts.all() if wants_server(a)]
        if not chosen:
            return []
        holds = self._holds.all()
        ready = [a.id for a in chosen if (h := holds.get(a.id)) is None or not h.blocks(now)]
        accounts: dict[str, _Account | None] = {}
        outcomes: list[Outcome] = []
        handed = 0
        for post in self._posts.scheduled_of_accounts(ready, now + self._lead):
            if handed >= MOST_PER_PASS:
                break
            if self._not_before.get(post.id, now) > now:
                continue
            account_id = post.account_id or ""
            if account_id not in accounts:
                accounts[account_id] = self._account(account_id)
            account = accounts[account_id]
            if account is None:
                continue
            problem = self._gate(post)
            if problem is not None:
                # The same check runs again at its time, in the app, and decides there.
                log.info("post %s stays in the app: %s", post.id, problem.code)
                self._not_before[post.id] = now + RETRY_AFTER
                continue
            handed += 1
            outcome = self._hand_over(post, account, now)
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    def _hand_over(self, post: PostRow, account: _Account, now: datetime) -> Outcome | None:
        stamp = to_db(now)
        if not self._posts.transition(
            post.id, [S.SCHEDULED], S.HANDING_OVER, now, "handing over to the server"
        ):
            return None  # the employee changed it meanwhile
        try:
            answer = account.scheduling.hand_over(
                self._outgoing(post, record_uploads=True), f"{post.id}@{stamp}"
            )
        except PublishError as error:
            # Refused, or never reached: nothing is on the server; it goes out from here.
            self._not_before[post.id] = now + RETRY_AFTER
            self._move(post, S.HANDING_OVER, S.SCHEDULED, f"kept in the app: {error.code}")
            return None
        except Exception as error:  # an answer lost on the way: the server's list will tell
            log.warning("handing over %s got no answer: %r", post.id, error)
            self._checked.pop(account.row.id, None)
            return None
        if isinstance(answer, Receipt):
            return self._published(post, S.HANDING_OVER, answer, "published by the server at once")
        self._not_before.pop(post.id, None)
        return self._held(post, answer, "held by the server")

    # -- moves -----------------------------------------------------------------------
    def _held(
        self, post: PostRow, copy: HeldCopy, detail: str, source: PostState = S.HANDING_OVER
    ) -> Outcome:
        self._posts.transition(
            post.id,
            [source],
            S.HELD_BY_SERVER,
            self._clock.now(),
            detail,
            server_hold_id=copy.server_id,
            server_change=None,
            due_at=to_db(copy.scheduled_at),
        )
        return Outcome(post.id, S.HELD_BY_SERVER)

    def _published(
        self, post: PostRow, source: PostState, receipt: Receipt, detail: str
    ) -> Outcome | None:
        if not self._posts.transition(
            post.id,
            [source],
            S.PUBLISHED,
            self._clock.now(),
            detail,
            remote_id=receipt.remote_id,
            remote_url=receipt.url,
            server_hold_id=None,
            server_change=None,
            error=None,
        ):
            return None
        return Outcome(post.id, S.PUBLISHED)

    def _flag(self, post: PostRow, source: PostState, problem: PostProblem) -> Outcome | None:
        if not self._posts.transition(
            post.id,
            [source],
            S.NEEDS_ATTENTION,
            self._clock.now(),
            problem.code,
            error=problem.to_db(),
            server_hold_id=None,
            server_change=None,
        ):
            return None
        return Outcome(post.id, S.NEEDS_ATTENTION, problem)

    def _move(self, post: PostRow, source: PostState, target: PostState, detail: str) -> None:
        self._posts.transition(post.id, [source], target, self._clock.now(), detail)

    def _get(self, post_id: str) -> PostRow:
        post = self._posts.get(post_id)
        if post is None:
            raise KeyError(post_id)
        return post

    def _outgoing(self, post: PostRow, *, record_uploads: bool = False) -> OutgoingPost:
        """The same post, images and link card as the runner would publish."""
        return outgoing_post(post, self._media, self._clock, record_uploads=record_uploads)

    # -- the account option ----------------------------------------------------------
    def set_option(self, account_id: str, on: bool) -> AccountRow:
        """Turn the server's scheduling on or off for an account; turned off, the posts
        its server holds come back into the app (withdrawn there, scheduled here)."""
        changed = self._accounts.merge_config(account_id, {OPTION: on})
        account = self._accounts.get(account_id) if changed else None
        if account is None:
            raise KeyError(account_id)
        if not on:
            self.bring_back(account_id, "server scheduling turned off")
        return account

    def bring_back(self, account_id: str | None, detail: str) -> int:
        """Withdraw the posts servers hold (of one account, or all) into the app, where
        they wait as scheduled posts (pausing publishing pauses them too), and make the
        changes still waiting for a server.  Returns how many are settled; the others
        wait in ``updating_server`` for their server."""
        held = [
            p
            for p in self._posts.in_states([S.HELD_BY_SERVER, S.UPDATING_SERVER])
            if account_id is None or p.account_id == account_id
        ]
        back = 0
        for post in held:
            with self._lock:
                now = self._clock.now()
                if post.state == S.HELD_BY_SERVER:
                    moved = self._posts.transition(
                        post.id,
                        [S.HELD_BY_SERVER],
                        S.UPDATING_SERVER,
                        now,
                        detail,
                        server_change=str(S.SCHEDULED),
                    )
                else:  # a change already waiting: made now, and a new time withdraws it too
                    moved = post.server_change != S.HELD_BY_SERVER or (
                        self._posts.update_fields_in_state(
                            post.id, S.UPDATING_SERVER, now, server_change=str(S.SCHEDULED)
                        )
                    )
                if not moved:
                    continue
                account = self._account(post.account_id or "")
                if account is not None:
                    self._apply_change(self._get(post.id), account, now)
                back += self._get(post.id).state not in (S.UPDATING_SERVER, S.HELD_BY_SERVER)
        return back

    def still_on_servers(self) -> int:
        """How many posts a server holds, or may hold, now."""
        return len(self._posts.in_states([S.HANDING_OVER, S.HELD_BY_SERVER, S.UPDATING_SERVER]))


def _same_text(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()
