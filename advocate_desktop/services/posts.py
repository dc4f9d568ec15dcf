"""Posts: the post service and drafts, the runner, the checks at publish time (the
publish gate), share pages, the posting pace and the pause."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from advocate_desktop.feed.model import FeedItem
from advocate_desktop.networks.registry import MASTODON as MASTODON_NETWORK
from advocate_desktop.networks.registry import text_network
from advocate_desktop.networks.text_rules import account_text_rules
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.actions import QueueAction, available_actions
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.drafts import DraftService
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.handoff import ServerCopies
from advocate_desktop.schedule.own_images import OWN_IMAGES_DIR
from advocate_desktop.schedule.pacing import (
    ACTIVE_STATES,
    PaceReport,
    Pacing,
    PacingError,
    assess,
    pacing_of_policy,
    pacing_of_settings,
    parse_pacing,
    planned_from,
    planning_window,
    stricter,
)
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.accounts import publisher_of
from advocate_desktop.services.content import ContentService
from advocate_desktop.services.policy import PolicyService
from advocate_desktop.services.trust import TrustService
from advocate_desktop.settings.allowed_networks import is_allowed, refused_network
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.timestamps import from_db

if TYPE_CHECKING:
    from advocate_desktop.networks.share import SharePage

__all__ = ["PostsService", "queue_actions"]

log = logging.getLogger(__name__)


def queue_actions(post: PostRow, expired_at: datetime | None) -> frozenset[QueueAction]:
    """What the Queue offers for ``post``: the state machine's moves, less publishing
    and re-timing when the item it shares has expired (the publish gate would refuse)."""
    actions = available_actions(post.state, post.remote_url)
    if expired_at is not None:
        actions -= {QueueAction.PUBLISH_NOW, QueueAction.RESCHEDULE}
    return actions


class PostsService:
    def __init__(
        self,
        *,
        paths: AppPaths,
        clock: Clock,
        posts: PostRepository,
        media: PostMediaRepository,
        accounts: AccountRepository,
        settings: SettingsService,
        managed: ManagedConfig,
        content: ContentService,
        trust: TrustService,
        policy: PolicyService,
    ) -> None:
        self.clock = clock
        self.repo = posts
        self.media = media
        self.settings = settings
        self.managed = managed
        self._accounts = accounts
        self._content = content
        self._trust = trust
        self._policy = policy
        publishers = publisher_of(managed)
        self.server_copies = ServerCopies(
            posts,
            accounts,
            publishers,
            clock,
            gate=self.publish_gate,
            withdraw=lambda account: not is_allowed(managed, account.network),
        )
        self.post_service = PostService(posts, clock, self.server_copies)
        self.drafts = DraftService(posts, media, clock, paths.data_dir / OWN_IMAGES_DIR)
        self.runner = Runner(
            posts,
            accounts,
            publishers,
            clock,
            grace=self.grace_window,
            gate=self.publish_gate,
            server=self.server_copies,
        )

    def grace_window(self) -> timedelta:
        """How late a scheduled post may still go out; read from the settings at each run."""
        return timedelta(minutes=int(self.settings.get("grace_minutes")))

    def expired_item(self, post: PostRow) -> datetime | None:
        """When the item a post shares expired, if it has: such a post cannot go out."""
        item = self._content.item_of(post)
        if item is None or not self.is_expired(item):
            return None
        return item.expires_at

    def is_expired(self, item: FeedItem) -> bool:
        """The item has expired: no post of it may go out now."""
        return item.is_expired(self.clock.now())

    @staticmethod
    def expires_by(item: FeedItem, due: datetime) -> datetime | None:
        """When ``item`` expires, if that is at or before ``due``: a post of it cannot be
        scheduled for then (it would be held as expired at its time)."""
        if item.expires_at is not None and due >= item.expires_at:
            return item.expires_at
        return None

    def may_share_on(self, network: str) -> bool:
        """Whether IT's ``allowed_networks`` lets a post go to this network's share page."""
        return is_allowed(self.managed, network)

    def publish_gate(self, post: PostRow) -> PostProblem | None:
        """The checks again at publish time: IT's policy loads, the item's expiry (or its
        signature's), whether its content is still trusted, and the policy in force then."""
        from advocate_desktop.policy.engine import TextTooLarge

        it_problem = self._policy.it_policy_problem()
        if it_problem is not None:
            return PostProblem(errors.POLICY_UNAVAILABLE, it_problem)
        target = self._accounts.get(post.account_id or "")  # connected before IT changed the list
        refused = refused_network(self.managed, target.network if target else post.network)
        if refused is not None:
            return PostProblem(errors.NETWORK_NOT_ALLOWED, refused)
        try:
            self._content.restore_post_images(post)
        except Exception:  # never a reason to stop: the runner names a missing image
            log.warning("could not fetch again the images of post %s", post.id, exc_info=True)
        item = None
        if post.source_id is not None and post.item_id is not None:
            item = self._content.item_of(post)
            now = self.clock.now()
            # Handed to a server ahead of its time, the post goes out unseen by this gate:
            # its content must still be valid when it does.
            when = max(now, from_db(post.due_at)) if post.due_at else now
            if item is not None and item.is_expired(when):
                assert item.expires_at is not None
                return PostProblem(errors.ITEM_EXPIRED, item.expires_at.isoformat())
            source = self._content.repo.source(post.source_id)
            if source is not None and not TrustService.may_publish(source, self._trust.current()):
                # Hidden from the list since its key was removed or ended: never published.
                return PostProblem(errors.CONTENT_UNTRUSTED, source.title or source.location)
        account = self._accounts.get(post.account_id or "")
        network = text_network(account.network, account.config) if account else post.network
        # The account's own limits (its Mastodon server's), as the editor checked them.
        rules = {network: account_text_rules(account.network, account.config)} if account else None
        try:
            result = self._policy.engine().check(
                post.text,
                networks=[network],
                language=post.language,
                company_content=post.source_id is not None,
                labels=item.disclosure if item is not None else None,
                rules=rules,
            )
        except TextTooLarge as error:
            return PostProblem(errors.POLICY_BLOCKED, str(error))
        if result.blocking:
            return PostProblem(
                errors.POLICY_BLOCKED, "; ".join(f"{f.rule}: {f.text}" for f in result.blocking)
            )
        return None

    # -- share pages ------------------------------------------------------
    def prepare_share(
        self,
        post_id: str,
        text: str,
        network: str,
        *,
        account_id: str | None = None,
        instance: str | None = None,
    ) -> SharePage | PostProblem:
        """A post's share page on ``network`` (networks/share.py), after the checks that run
        before publishing (:meth:`publish_gate`, on this text and this network's rules): with
        a problem nothing may open.  ``account_id``: a Mastodon account whose server's page
        and limits to use; else ``instance`` names the server.  Raises ShareError for a
        server address that cannot be used, KeyError when the post is gone."""
        from advocate_desktop.networks.share import BadInstance, share_page

        post = self.repo.get(post_id)
        if post is None:
            raise KeyError(post_id)
        account = self._accounts.get(account_id) if account_id else None
        rules = None
        if account is not None:
            if account.network != MASTODON_NETWORK or network != MASTODON_NETWORK:
                raise BadInstance(f"account {account.id} has no share page on {network}")
            instance = str(account.config.get("instance", ""))
            rules = account_text_rules(account.network, account.config)
        checked = replace(
            post,
            text=text,
            network=network,
            account_id=account.id if account else None,
            due_at=None,
        )
        problem = self.publish_gate(checked)
        if problem is not None:
            return problem
        link = self.media.link(post_id)
        return share_page(
            network, text, link=link.url if link else None, instance=instance, rules=rules
        )

    # -- pacing -----------------------------------------------------------
    def pacing(self) -> Pacing:
        """The strictest of every pack's pacing, IT's and the employee's own."""
        layers: list[Pacing] = []
        for source in self._content.repo.sources():
            try:
                layers.append(pacing_of_policy(source.policy_json, source.title or source.location))
            except PacingError:
                log.warning("a stored pack's pacing no longer loads: %s", source.location)
        local = self.managed.extra.get("policy")
        if isinstance(local, dict) and "pacing" in local:
            try:
                layers.append(parse_pacing(local["pacing"], self.managed.origin("policy")))
            except PacingError:
                log.warning("IT's pacing does not load; using the others")
        it = self.managed.values
        layers.append(
            pacing_of_settings(
                int(it.get("pacing_min_gap_minutes", 0)),
                int(it.get("pacing_daily_cap", 0)),
                str(it.get("pacing_quiet_hours", "")),
            )
        )
        layers.append(
            pacing_of_settings(
                int(self.settings.get("pacing_min_gap_minutes")),
                int(self.settings.get("pacing_daily_cap")),
                str(self.settings.get("pacing_quiet_hours")),
            )
        )
        return stricter(*layers)

    def pace_report(
        self, *, post_id: str, account_id: str, network: str, at: datetime, zone: str
    ) -> PaceReport:
        """Whether a post at ``at`` keeps the pace, and the next times that do if not."""
        pacing = self.pacing()
        start, end = planning_window(pacing, at)
        planned = planned_from(self.repo.planned_between(start, end, ACTIVE_STATES))
        return assess(
            pacing,
            at,
            account_id=account_id,
            network=network,
            zone=zone,
            planned=planned,
            post_id=post_id,
        )

    def paused(self) -> bool:
        """Publishing is paused (by the employee, or by IT)."""
        return bool(self.settings.get("paused"))

    def pause_locked(self) -> bool:
        """IT decides whether publishing is paused: the employee cannot change it."""
        return self.settings.is_locked("paused")

    def set_paused(self, paused: bool) -> None:
        """Pause or resume publishing.  Pausing takes back the posts servers hold, so
        nothing goes out while paused; resumed, they are handed over again."""
        self.settings.set("paused", paused)
        if paused:
            self.server_copies.bring_back(None, "publishing paused")

    # -- the Queue --------------------------------------------------------
    def actions(self, post: PostRow) -> frozenset[QueueAction]:
        """What the Queue offers for ``post`` now (:func:`queue_actions`).  Reads the
        store: on a worker."""
        return queue_actions(post, self.expired_item(post))

    def open_for_editing(self, post_id: str, state: str) -> PostRow | None:
        """The post as the editor opens it, ``state`` being the one the Queue shows.  A
        post a server holds is taken back from the server first (it becomes a draft);
        raises StillOnServer when the server cannot be reached now.  Any other post stays
        as it is until the employee changes it in the editor."""
        if state == PostState.HELD_BY_SERVER:
            self.post_service.unschedule(post_id)
        return self.repo.get(post_id)
