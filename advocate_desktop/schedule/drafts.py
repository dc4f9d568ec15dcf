"""Drafts: made on the first edit, kept whole, deleted with an undo.

Opening an item writes nothing: the editor shows the suggested text and the item's
images as an *unsaved* draft (:attr:`Draft.stored` False) with an id of its own,
and the first edit stores it under that id.  A stored draft keeps everything the
employee chose (account, network, text, images and alt texts, the time they
picked), written whole at each save (:class:`~advocate_desktop.store.drafts_repo.DraftRepository`).

Editing a scheduled post (or a missed one, or one that needs attention) leaves it
as it is until the first edit: then it becomes a draft *in the same transaction*
as the edit is stored, keeping its time, so the runner can never publish a post
half edited (it publishes only ``scheduled`` posts) and a post nobody changed
stays scheduled.  Scheduling it again runs the policy check again (the editor
waits for a check of exactly the text it schedules) and offers the kept time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from advocate_desktop.schedule import own_images
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.states import PostState, check_transition
from advocate_desktop.store.drafts_repo import DraftGone, DraftRepository, DraftWrite, RemovedPost
from advocate_desktop.store.post_media_repo import ImageSpec, PostLink, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import to_db

__all__ = ["Draft", "DraftGone", "DraftService", "ItemMediaSource", "RemovedPost"]

#: The item's images and link card for a post of it: (images, link).
ItemMediaSource = Callable[[], tuple[Sequence[ImageSpec], PostLink | None]]


@dataclass(frozen=True)
class Draft:
    """A post as the editor opens it: the row (stored or not yet), its images and link."""

    post: PostRow
    images: tuple[ImageSpec, ...]
    link: PostLink | None
    stored: bool  # False: opened from an item and not edited yet, nothing written


class DraftService:
    def __init__(
        self,
        posts: PostRepository,
        media: PostMediaRepository,
        clock: Clock,
        images_folder: Path,
    ) -> None:
        self._posts = posts
        self._drafts = DraftRepository(posts.database)
        self._media = media
        self._clock = clock
        self.images_folder = images_folder

    # -- opening --------------------------------------------------------------
    def for_item(
        self,
        *,
        source_id: int,
        item_id: str,
        network: str,
        language: str,
        suggested_text: str,
        account_id: str | None,
        item_media: ItemMediaSource,
    ) -> Draft:
        """The item's stored draft, or an unsaved one with the suggested text and the
        item's images and link card (nothing is written until the first edit)."""
        existing = self._posts.draft_for_item(source_id, item_id)
        if existing is not None:
            return self.of_post(existing, item_media)
        now = to_db(self._clock.now())
        post = PostRow(
            id=str(uuid.uuid4()),
            source_id=source_id,
            item_id=item_id,
            account_id=account_id,
            network=network,
            language=language,
            text=suggested_text,
            state=PostState.DRAFT.value,
            due_at=None,
            attempts=0,
            next_attempt_at=None,
            remote_id=None,
            remote_url=None,
            error=None,
            acknowledged=(),
            created_at=now,
            updated_at=now,
        )
        images, link = item_media()
        return Draft(post, tuple(images), link, stored=False)

    def of_post(self, post: PostRow, item_media: ItemMediaSource | None = None) -> Draft:
        """A stored post with its images and link card as stored.  A post made before
        posts had media gets its item's (``item_media``), written at its next save."""
        if not self._media.attached(post.id) and item_media is not None:
            images, link = item_media()
            return Draft(post, tuple(images), link, stored=True)
        images = tuple(ImageSpec(r.path, r.alt_text) for r in self._media.images(post.id))
        return Draft(post, images, self._media.link(post.id), stored=True)

    def unsaved_copy(self, draft: Draft) -> Draft:
        """The same content under a new id, not stored: for edits that can no longer go
        to the post they were made on (it went out, or was deleted, meanwhile)."""
        now = to_db(self._clock.now())
        post = replace(
            draft.post,
            id=str(uuid.uuid4()),
            state=PostState.DRAFT.value,
            remote_id=None,
            remote_url=None,
            error=None,
            attempts=0,
            created_at=now,
            updated_at=now,
        )
        return replace(draft, post=post, stored=False)

    # -- saving ---------------------------------------------------------------
    def save(self, draft: DraftWrite, *, stored: bool, state: str = PostState.DRAFT) -> None:
        """Store the whole draft.  ``stored`` False: the first edit, the draft is made;
        ``state``: the state the post had when it was opened (a scheduled post becomes a
        draft with this first edit, keeping its time).  Raises :class:`DraftGone` when the
        post is no longer where the editor left it (deleted, scheduled or published)."""
        current = PostState(state)
        if current is not PostState.DRAFT:
            check_transition(current, PostState.DRAFT)
        self._drafts.write(draft, self._clock.now(), create=not stored, from_state=current)

    # -- deleting -------------------------------------------------------------
    def delete(self, post_id: str) -> RemovedPost:
        """Delete a draft (its images' copies stay until the next start's sweep, so
        :meth:`restore` brings back the same draft); :class:`DraftGone` if it is no
        longer a draft."""
        return self._drafts.take_out(post_id)

    def restore(self, removed: RemovedPost) -> None:
        self._drafts.put_back(removed)

    # -- the employee's own images ----------------------------------------------
    def add_own_image(self, path: Path) -> ImageSpec:
        """A checked copy of the employee's file, to go on a post (no alt text yet);
        raises :class:`~advocate_desktop.schedule.own_images.ImageRefused` or OSError."""
        return ImageSpec(str(own_images.copy_in(path, self.images_folder)))

    def sweep_images(self) -> int:
        """Remove the copies of own images no post refers to any more."""
        return own_images.sweep(self.images_folder, self._drafts.image_paths())
