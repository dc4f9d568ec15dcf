"""What the employee does to posts: draft, edit, schedule, cancel, confirm."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from advocate_desktop.schedule import errors
from advocate_desktop.schedule.actions import can_retime
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import (
    IllegalTransition,
    PostState,
    check_transition,
)
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import to_db

if TYPE_CHECKING:
    from advocate_desktop.schedule.handoff import ServerCopies


#: The history's reason for a post the employee posted on a share page.
SHARED_BY_EMPLOYEE = "posted by the employee on its share page"


class PastTime(ValueError):
    """A time that has already passed was chosen for a post."""

    def __init__(self, moment: datetime) -> None:
        super().__init__(f"{moment.isoformat()} has already passed")
        self.moment = moment


class StillOnServer(RuntimeError):
    """The post's server could not be reached to take it back yet; the app keeps trying."""

    def __init__(self, post_id: str) -> None:
        super().__init__(f"post {post_id} is still held by its server")
        self.post_id = post_id


class PostService:
    def __init__(
        self, posts: PostRepository, clock: Clock, server: ServerCopies | None = None
    ) -> None:
        self._posts = posts
        self._clock = clock
        self._media = PostMediaRepository(posts.database)
        self._server = server  # for posts a server holds: changes go through it first

    def _held(self, post_id: str) -> bool:
        return self._server is not None and self._get(post_id).state == PostState.HELD_BY_SERVER

    def open_draft(
        self,
        *,
        source_id: int | None,
        item_id: str | None,
        network: str,
        language: str,
        suggested_text: str,
        account_id: str | None,
        images: Sequence[ImageSpec] = (),
        link: PostLink | None = None,
    ) -> PostRow:
        """The item's existing draft, or a new one holding the suggested text.

        A new draft gets the item's ``images`` and ``link`` card at once, so they are
        stored with it and go out with it whenever it is published.  A draft made before
        posts had media gets them when it is next opened; a draft that has its media
        keeps them as they are (the employee may have changed them).
        """
        if source_id is not None and item_id is not None:
            existing = self._posts.draft_for_item(source_id, item_id)
            if existing is not None:
                if not self._media.attached(existing.id):
                    self._media.attach(existing.id, images, link, self._clock.now())
                return existing
        post = self._posts.create(
            state=PostState.DRAFT,
            source_id=source_id,
            item_id=item_id,
            account_id=account_id,
            network=network,
            language=language,
            text=suggested_text,
            now=self._clock.now(),
        )
        if source_id is not None or images or link is not None:
            self._media.attach(post.id, images, link, self._clock.now())
        return post

    def save_text(self, post_id: str, text: str) -> bool:
        """Autosave; False when the post is no longer a draft (it was scheduled meanwhile)."""
        return self._posts.update_fields_in_state(
            post_id, PostState.DRAFT, self._clock.now(), text=text
        )

    def schedule(
        self,
        post_id: str,
        *,
        text: str,
        account_id: str,
        network: str,
        due_at: datetime,
        acknowledged: tuple[str, ...] = (),
        zone: str | None = None,
    ) -> PostRow:
        """``zone``: the IANA zone the employee planned in, kept to show the time as planned."""
        self._move(
            post_id,
            PostState.SCHEDULED,
            "scheduled by the employee",
            text=text,
            account_id=account_id,
            network=network,
            due_at=to_db(due_at),
            acknowledged=acknowledged,
            attempts=0,
            error=None,
            next_attempt_at=None,
            token_warned_at=None,
            zone=zone,
        )
        return self._get(post_id)

    def cancel(self, post_id: str) -> None:
        """Cancelled; a post its server holds is withdrawn there first (or as soon as the
        server answers: until then the Queue shows it being changed)."""
        if self._held(post_id):
            assert self._server is not None
            self._server.change(post_id, PostState.CANCELLED)
            return
        self._move(post_id, PostState.CANCELLED, "cancelled by the employee")

    def unschedule(self, post_id: str) -> None:
        """Back to a draft for editing, keeping its time.  Raises :class:`StillOnServer`
        when the post's server could not take its copy back now (it will be, and the post
        becomes a draft)."""
        if self._held(post_id):
            assert self._server is not None
            if self._server.change(post_id, PostState.DRAFT).state != PostState.DRAFT:
                raise StillOnServer(post_id)
            return
        # The time stays with it: the editor offers it again when it is scheduled.
        self._move(post_id, PostState.DRAFT, "back to draft")

    def confirm(self, post_id: str, due_at: datetime | None = None) -> None:
        """The employee's go-ahead for a missed post or one that needs attention.

        For a post that stopped because the account needed signing in, the go-ahead
        says the account works again, so its other posts are released too.
        """
        when = due_at or self._clock.now()
        post = self._get(post_id)
        problem = PostProblem.from_db(post.error)
        if problem is not None and problem.code == errors.SIGN_IN_NEEDED and post.account_id:
            AccountHoldRepository(self._posts.database).clear(post.account_id)
        self._move(
            post_id,
            PostState.SCHEDULED,
            "confirmed by the employee",
            due_at=to_db(when),
            attempts=0,
            error=None,
            next_attempt_at=None,
            token_warned_at=None,
        )

    def hand_off(
        self, post_id: str, *, text: str, network: str, account_id: str | None = None
    ) -> PostRow:
        """The employee says they posted it themselves on ``network``'s share page: recorded
        with the time (as its ``due_at`` and in its history), with the text they shared.

        Only from a state the runner leaves alone (a draft, a missed post, one that needs
        attention), so the app can never publish it as well."""
        now = self._clock.now()
        self._move(
            post_id,
            PostState.HANDED_OFF,
            SHARED_BY_EMPLOYEE,
            text=text,
            network=network,
            account_id=account_id,
            due_at=to_db(now),
            next_attempt_at=None,
            error=None,
        )
        return self._get(post_id)

    def _get(self, post_id: str) -> PostRow:
        post = self._posts.get(post_id)
        if post is None:
            raise KeyError(post_id)
        return post

    def _move(self, post_id: str, target: PostState, detail: str, **fields: object) -> None:
        current = PostState(self._get(post_id).state)
        check_transition(current, target)
        if not self._posts.transition(
            post_id, [current], target, self._clock.now(), detail, **fields
        ):
            raise IllegalTransition(f"post {post_id} changed state meanwhile")

    def reschedule(self, post_id: str, due_at: datetime) -> None:
        """A new time for a scheduled post, or the go-ahead for a missed or troubled one.

        Re-timing a scheduled post is recorded in its history like a move.
        """
        if due_at < self._clock.now():
            raise PastTime(due_at)
        self._retime(post_id, due_at)

    def publish_now(self, post_id: str) -> None:
        """Due at once; the runner's next pass publishes it."""
        self._retime(post_id, self._clock.now())

    def _retime(self, post_id: str, due_at: datetime) -> None:
        current = PostState(self._get(post_id).state)
        if not can_retime(current):
            raise IllegalTransition(f"a post cannot be rescheduled from {current}")
        if current is PostState.HELD_BY_SERVER and self._server is not None:
            # Far enough ahead it stays on the server at the new time, else it comes back.
            self._server.change(post_id, PostState.SCHEDULED, due_at)
            return
        if current is not PostState.SCHEDULED:
            self.confirm(post_id, due_at)
            return
        if not self._posts.transition(
            post_id,
            [PostState.SCHEDULED],
            PostState.SCHEDULED,
            self._clock.now(),
            "rescheduled by the employee",
            due_at=to_db(due_at),
        ):
            raise IllegalTransition(f"post {post_id} changed state meanwhile")
