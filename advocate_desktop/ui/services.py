"""The services the widgets ask for, built once by app.py and passed in.

Plain Python: every method here may touch the disk, so widgets call them
through :class:`~advocate_desktop.ui.tasks.TaskRunner`, never on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from advocate_desktop.autostart import Autostart, for_this_system, launch_command
from advocate_desktop.feed.cancel import Cancel
from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.pack import Trust, load_pack
from advocate_desktop.feed.signing import KeyFormatError, TrustedKey, parse_public_key

__all__ = ["Services", "build_services", "managed_keys"]
from advocate_desktop import proxy as it_proxy
from advocate_desktop.feed.storage import StoredItem, save_pack, stored_item, stored_items
from advocate_desktop.managed_checks import managed_keys, policy_problem, with_key_checks
from advocate_desktop.networks.base import AccountConfigError, Publisher
from advocate_desktop.networks.registry import MASTODON as MASTODON_NETWORK
from advocate_desktop.networks.registry import (
    publisher_for,
    secret_keys,
    server_scheduling_offered,
    text_network,
)
from advocate_desktop.networks.spec import NetworkKey
from advocate_desktop.networks.text_rules import account_image_limit, account_text_rules
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule import errors
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
from advocate_desktop.settings.allowed_networks import is_allowed, refused_network
from advocate_desktop.settings.company_apps import (
    CompanyApp,
    company_app,
    linkedin_api_version,
    x_api_enabled,
)
from advocate_desktop.settings.disclosure_texts import disclosure_layer
from advocate_desktop.settings.managed import ManagedConfig, log_problems
from advocate_desktop.settings.proxy import proxy_route
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.settings.sources import load_for_this_system
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.feed_repo import FeedRepository, SourceRow
from advocate_desktop.store.post_media_repo import ImageSpec, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.settings_repo import SettingsRepository
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.text.referral import Referral, ReferralError, add_referral, parse_referral
from advocate_desktop.text.utm import add_utm_if_it_fits, site_of

if TYPE_CHECKING:
    from advocate_desktop.accounts import AccountManager
    from advocate_desktop.data_flows import DataFlows
    from advocate_desktop.feed.fetch import FetchLimits
    from advocate_desktop.feed.post_media import ItemMedia
    from advocate_desktop.feed.sync import SyncResult
    from advocate_desktop.networks.share import SharePage
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.model import Rule
    from advocate_desktop.schedule.tokens import ExpiringSignIn
    from advocate_desktop.server_limits import LimitsRefresh
    from advocate_desktop.sign_in_refresh import Refreshed
    from advocate_desktop.text.networks import NetworkRules

log = logging.getLogger(__name__)

DEMO_KIND = "demo"
PACK_KIND = "pack"
FOLDER_KIND = "folder"
URL_KIND = "url"
SIGNED_ONLY_ENGAGED = "signed_only_engaged"
# A feed image the cache lost is fetched again at most this often, within this time.
IMAGE_RETRY_AFTER = timedelta(minutes=10)
IMAGE_FETCH_SECONDS = 20.0


def default_outbox_folder() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Advocate Outbox"


@dataclass
class Services:
    paths: AppPaths
    clock: Clock
    db: Database
    managed: ManagedConfig
    feeds: FeedRepository = field(init=False)
    posts: PostRepository = field(init=False)
    accounts: AccountRepository = field(init=False)
    media: PostMediaRepository = field(init=False)
    settings: SettingsService = field(init=False)
    post_service: PostService = field(init=False)
    drafts: DraftService = field(init=False)
    server_copies: ServerCopies = field(init=False)
    runner: Runner = field(init=False)
    autostart: Autostart = field(default_factory=for_this_system)
    _engine: PolicyEngine | None = field(default=None, init=False)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _policy_generation: int = field(default=0, init=False)
    _engine_generation: int = field(default=-1, init=False)
    downloads: Cancel = field(default_factory=Cancel, init=False)
    _it_policy_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _it_policy_checked: bool = field(default=False, init=False)
    _it_policy_problem: str | None = field(default=None, init=False)
    fetch_limits: FetchLimits | None = field(default=None, init=False)  # None: the defaults
    _account_manager: AccountManager | None = field(default=None, init=False)
    _account_manager_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _image_attempts: dict[str, datetime] = field(default_factory=dict, init=False)
    _image_attempts_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.feeds = FeedRepository(self.db)
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.media = PostMediaRepository(self.db)
        self.settings = SettingsService(SettingsRepository(self.db), self.managed)

        def publishers(account: AccountRow) -> Publisher:
            return publisher_for(account.network, self.publishing_config(account), account.id)

        self.server_copies = ServerCopies(
            self.posts,
            self.accounts,
            publishers,
            self.clock,
            gate=self.publish_gate,
            withdraw=lambda account: not is_allowed(self.managed, account.network),
        )
        self.post_service = PostService(self.posts, self.clock, self.server_copies)
        self.drafts = DraftService(
            self.posts, self.media, self.clock, self.paths.data_dir / OWN_IMAGES_DIR
        )
        self.runner = Runner(
            self.posts,
            self.accounts,
            publishers,
            self.clock,
            grace=self.grace_window,
            gate=self.publish_gate,
            server=self.server_copies,
        )

    def grace_window(self) -> timedelta:
        """How late a scheduled post may still go out; read from the settings at each run."""
        return timedelta(minutes=int(self.settings.get("grace_minutes")))

    # -- feed -------------------------------------------------------------
    def import_demo_pack(self) -> int:
        """Store the bundled demo pack the first time, and again only when its files
        changed (an update of the app); returns its source id.

        The stored source keeps its id across updates, and a new release keeps the
        items it still has with their ``first_seen_at``, so the employee's drafts of
        the demo's items keep their item.  Its version is the digest of its files,
        kept as the source's ETag (a demo source is never fetched over HTTP)."""
        from advocate_desktop.feed.demo import folder_digest

        folder = demo_pack_dir()
        version = folder_digest(folder)
        stored = [s for s in self.feeds.sources() if s.kind == DEMO_KIND]
        current = next((s for s in stored if s.location == str(folder)), None)
        if current is None and stored:  # the app moved: the same source, at its new place
            current = stored[0]
            self.feeds.relocate_source(current.id, str(folder))
        if current is not None and current.etag == version:
            return current.id
        source_id = self.import_pack(folder, kind=DEMO_KIND, etag=version)
        log.info("stored the bundled demo pack (%s)", version)
        return source_id

    def import_pack(self, path: Path, kind: str = PACK_KIND, etag: str | None = None) -> int:
        """Load, verify and store a pack; nothing is stored when any part is bad.

        The bundled demo pack is part of the app and needs no signature.
        """
        from advocate_desktop.policy.loader import PolicyError, load_policy_text

        trust = Trust() if kind == DEMO_KIND else self.trust()
        pack = load_pack(path, self.paths.media_cache, trust)
        if pack.policy_json is not None:
            try:
                load_policy_text(pack.policy_json, f"{path}/policy.json")
                pacing_of_policy(pack.policy_json, f"{path}/policy.json")
            except (PolicyError, PacingError) as error:
                raise FeedError(str(path), f"policy.json{error.pointer}", error.problem) from None
        source_id = save_pack(self.feeds, pack, kind, self.clock.now(), etag=etag)
        self.invalidate_policy()
        return source_id

    def items(self) -> list[StoredItem]:
        return stored_items(self.feeds)

    def content_sources(self) -> list[SourceRow]:
        """The sources with their signature as it stands now: content signed by a key
        that was removed, or whose trust ended, no longer counts as signed."""
        trust = self.trust()
        return [
            s if trust.vouches_for(s.signer_key_id, s.signer) else replace(s, signer=None)
            for s in self.feeds.sources()
        ]

    def shown_items(self) -> tuple[list[StoredItem], dict[int, SourceRow]]:
        """The items the list may show, and their sources: with signed-only on, only
        signed content (and the bundled demo) is shown."""
        sources = {s.id: s for s in self.content_sources()}
        items = self.items()
        if self.trust().require_signed:
            items = [
                i
                for i in items
                if (source := sources.get(i.source_id)) is not None
                and (source.signer is not None or source.kind == DEMO_KIND)
            ]
        return items, sources

    def media_roots(self) -> list[Path]:
        """The folders images may be read from: unpacked packs and imported pack folders."""
        roots = [self.paths.media_cache]
        for source in self.feeds.sources():
            if source.kind != URL_KIND and Path(source.location).is_dir():
                roots.append(Path(source.location))
        return roots

    def media_for_item(self, item: FeedItem, language: str) -> ItemMedia:
        """The images (with alt text in ``language``) and link card a post of the item
        starts with: only files inside the app's media folders."""
        # Loaded when a draft is first opened: it brings the HTTP stack, kept off the start.
        from advocate_desktop.feed.post_media import item_media

        self.fetch_item_images(item)  # what a cleared cache lost comes back first
        return item_media(item, language, self.media_roots(), self.paths.media_cache)

    def fetch_item_images(self, item: FeedItem) -> list[Path]:
        """Download again the item's web images whose cached copy is gone (the cache was
        cleared), under the feed's rules with a shorter deadline; returns the files
        written.  Network: on a worker."""
        return self._fetch_missing_images([item])

    def _fetch_missing_images(self, items: list[FeedItem]) -> list[Path]:
        """The web images of ``items`` the cache lost, fetched again.  One refused as
        unusable (not an image, too large, gone) waits for a changed feed; one that
        failed otherwise, or was tried in the last :data:`IMAGE_RETRY_AFTER`, is not
        tried again yet, so opening a draft stays quick."""
        from advocate_desktop.feed.images import fetch_missing, missing_images

        now = self.clock.now()
        with self._image_attempts_lock:
            urls = [
                url
                for url in missing_images(items, self.paths.media_cache)
                if not (tried := self._image_attempts.get(url)) or now - tried >= IMAGE_RETRY_AFTER
            ]
            self._image_attempts.update((url, now) for url in urls)
        if not urls:
            return []  # the usual case, without loading the network stack
        from advocate_desktop.feed.fetch import FetchLimits, fetch, new_session

        limits = replace(self.fetch_limits or FetchLimits(), total_timeout=IMAGE_FETCH_SECONDS)
        with new_session() as session:
            return fetch_missing(
                urls,
                lambda url: fetch(url, session=session, limits=limits, cancel=self.downloads).body,
                self.paths.media_cache,
            )

    def restore_post_images(self, post: PostRow) -> None:
        """Before publishing: the post's images that were feed downloads the cache lost
        are fetched again from their item's addresses and put back where the post
        expects them.  What cannot be fetched stays missing, and the runner reports
        ``image_missing`` with its file name."""
        from advocate_desktop.feed.images import IMAGES_DIR, cached_image, cached_name, web_images

        folder = self.paths.media_cache / IMAGES_DIR
        missing = [
            image
            for image in self.media.images(post.id)
            if Path(image.path).parent == folder and not Path(image.path).exists()
        ]
        if not missing or post.source_id is None or post.item_id is None:
            return
        item = stored_item(self.feeds, post.source_id, post.item_id)
        if item is None:
            return
        self.fetch_item_images(item)
        addresses = {cached_name(url): url for url in web_images(item)}
        images = [ImageSpec(i.path, i.alt_text) for i in self.media.images(post.id)]
        changed = False
        for image in missing:
            url = addresses.get(Path(image.path).stem)
            found = cached_image(url, self.paths.media_cache) if url else None
            if found is not None and str(found) != image.path:  # another format this time
                images[image.position] = ImageSpec(str(found), image.alt_text)
                changed = True
        if changed:
            self.media.set_images(post.id, images, self.clock.now())

    def referral(self) -> Referral | None:
        """The employee's referral parameter when they turned it on, else None."""
        if not self.settings.get("referral_enabled"):
            return None
        try:
            return parse_referral(str(self.settings.get("referral_parameter")))
        except ReferralError:  # empty, or an old value the rules no longer accept
            return None

    def suggested_text(self, item: FeedItem, network: str, language: str) -> str:
        """The text a new draft of ``item`` starts with: the suggestion for the network and
        language, the campaign's parameters on links to the item's site and, on a job offer
        with the employee's referral turned on, their referral parameter too."""
        site = site_of(item.url)
        text = add_utm_if_it_fits(item.suggested_text(network, language), item.utm, site, network)
        if item.is_job:
            text = add_referral(text, self.referral(), site)
        return text

    def ensure_item_media(self, post_id: str, item: FeedItem, language: str) -> None:
        """A post of an item made before posts had media gets the item's now (once)."""
        if not self.media.attached(post_id):
            media = self.media_for_item(item, language)
            self.media.attach(post_id, media.images, media.link, self.clock.now())

    def data_flows(self) -> DataFlows:
        """What leaves this computer and to whom, from the configuration as it is now
        (Help → What my company can see).  Reads the store: on a worker."""
        from advocate_desktop.data_flows import data_flows
        from advocate_desktop.feed.images import web_images

        items = [stored.item for stored in self.items()]
        referral = self.referral()
        return data_flows(
            self.feeds.sources(),
            self.accounts.all(),
            [url for item in items for url in web_images(item)],
            sync_minutes=int(self.settings.get("sync_minutes")),
            referral=referral.text() if referral else None,
            campaign_parameters=any(item.utm for item in items),
            it_folder=str(self.managed.extra.get("pack_folder") or "") or None,
            proxy=route.host if (route := proxy_route(self.managed)) else None,
        )

    # -- trust ------------------------------------------------------------
    def employee_keys(self) -> list[TrustedKey]:
        keys = []
        for line in self.settings.get("trusted_keys"):
            try:
                keys.append(parse_public_key(line))
            except KeyFormatError:
                log.warning("ignoring a stored trusted key that does not parse")
        return keys

    def trust(self) -> Trust:
        keys = (*managed_keys(self.managed), *self.employee_keys())
        return Trust(keys, self.signed_only(bool(keys)), self.clock.now())

    def signed_only(self, has_keys: bool) -> bool:
        """With "auto", signed-only turns on with the first trusted key and stays on: removing
        keys, or keys arriving and leaving in IT's configuration, never turns it off.
        Only choosing "Never" does."""
        mode = self.settings.get("require_signed")
        if mode in ("on", "off"):
            return bool(mode == "on")
        if self.feeds.flag(SIGNED_ONLY_ENGAGED):
            return True
        if has_keys:
            self.feeds.set_flag(SIGNED_ONLY_ENGAGED, self.clock.now())
            return True
        return False

    def add_trusted_key(self, line: str) -> TrustedKey:
        key = parse_public_key(line)
        lines = [k.line() for k in self.employee_keys() if k.key_id != key.key_id]
        self.settings.set("trusted_keys", [*lines, key.line()])
        return key

    def remove_trusted_key(self, key_id: str) -> None:
        lines = [k.line() for k in self.employee_keys() if k.key_id != key_id]
        self.settings.set("trusted_keys", lines)

    # -- subscriptions ------------------------------------------------------
    def subscribe(self, url: str) -> SourceRow:
        """Subscribe to a feed or pack address; raises FetchError for an unusable one."""
        from advocate_desktop.feed.fetch import check_url

        check_url(url.strip())
        return self.feeds.subscribe(url.strip(), self.clock.now())

    def subscribe_managed_feeds(self) -> None:
        for url in self.managed.extra.get("feeds", []):
            self.feeds.subscribe(url, self.clock.now(), managed=True)

    def remove_source(self, source_id: int) -> None:
        source = self.feeds.source(source_id)
        if source is not None and not source.managed and source.kind != DEMO_KIND:
            self.feeds.remove_source(source_id)
            self.invalidate_policy()

    def sync(self, *, force: bool = False) -> list[SyncResult]:
        """Sync every subscribed source that is due (all of them with ``force``).

        One source's failure is that source's result; :meth:`stop_downloads` ends a
        running sync at once (the download in progress is cut, no later one starts).
        """
        from advocate_desktop.feed.fetch import fetch, new_session
        from advocate_desktop.feed.sync import SyncResult, sync_source
        from advocate_desktop.policy.loader import load_policy_text

        now = self.clock.now()
        interval = timedelta(minutes=int(self.settings.get("sync_minutes")))
        trust = self.trust()
        cancel = self.downloads
        due = [
            source
            for source in self.feeds.sources()
            if source.kind == URL_KIND
            and (force or not source.next_attempt_at or from_db(source.next_attempt_at) <= now)
        ]
        if due:
            log.info("syncing %d content source(s)", len(due))
        results = []
        with new_session() as session:
            for source in due:
                if cancel.is_set:
                    break
                try:
                    result = sync_source(
                        self.feeds,
                        source,
                        lambda url, etag, modified: fetch(
                            url,
                            etag=etag,
                            last_modified=modified,
                            session=session,
                            limits=self.fetch_limits,
                            cancel=cancel,
                        ),
                        now=now,
                        interval=interval,
                        trust=trust,
                        cache=self.paths.media_cache,
                        check_policy=lambda text, origin: load_policy_text(text, origin) and None,
                    )
                except Exception as error:  # e.g. the database refused the error record
                    log.warning("syncing %s failed", source.location, exc_info=True)
                    result = SyncResult(source.id, source.location, "failed", problem=str(error))
                results.append(result)
            if due and not cancel.is_set:
                # Thumbnails and images the cache lost (it was cleared) come back for a
                # feed that did not change too; an updated one fetched its own just now.
                synced = {r.source_id for r in results if r.status == "not_modified"}
                try:
                    self._fetch_missing_images(
                        [s.item for s in self.items() if s.source_id in synced]
                    )
                except Exception:  # an image never costs the sync
                    log.warning("fetching the feeds' missing images failed", exc_info=True)
        if any(r.status == "updated" for r in results):
            self.invalidate_policy()
        return results

    def stop_downloads(self) -> None:
        """Cut every running download and start no new one (the app is quitting)."""
        self.downloads.cancel()

    def import_it_folder(self) -> list[str]:
        """Import every pack in the folder IT chose; returns the problems, one per pack."""
        folder = self.managed.extra.get("pack_folder")
        problems: list[str] = []
        if not folder:
            return problems
        for path in sorted(Path(folder).glob("*.zip")):
            try:
                self.import_pack(path, kind=FOLDER_KIND)
            except (FeedError, OSError) as error:
                log.warning("a pack in IT's folder was refused: %s", error)
                problems.append(str(error))
        return problems

    # -- policy -----------------------------------------------------------
    def invalidate_policy(self) -> None:
        """The next :meth:`policy_engine` builds anew.  Takes no lock: the GUI thread
        calls this, and a build holds the lock for seconds (the lemmatizer loading)."""
        self._policy_generation += 1

    def policy_engine(self) -> PolicyEngine:
        """Built on a worker: the regex-based checks load there, not on the GUI thread."""
        from advocate_desktop.policy.engine import PolicyEngine
        from advocate_desktop.policy.loader import builtin_rules, combine

        with self._engine_lock:
            generation = self._policy_generation
            if self._engine is None or self._engine_generation != generation:
                policy = combine(builtin_rules(), *self._policy_layers())
                for note in policy.notes:  # a layer that tried to weaken a rule
                    log.warning("policy layer ignored: %s", note)
                self._engine = PolicyEngine(policy)
                self._engine_generation = generation  # an invalidation meanwhile rebuilds
            return self._engine

    def _policy_layers(self) -> list[list[Rule]]:
        from advocate_desktop.policy.loader import PolicyError, load_policy_text, parse_policy

        layers: list[list[Rule]] = []
        for source in self.feeds.sources():
            if not source.policy_json:
                continue
            try:
                layers.append(load_policy_text(source.policy_json, source.title or source.location))
            except PolicyError:
                log.warning("a stored pack policy no longer loads: %s", source.location)
        local = self.managed.extra.get("policy")
        if local is not None and self.it_policy_problem() is None:
            try:
                layers.append(parse_policy(local, self.managed.origin("policy")))
            except PolicyError:  # it_policy_problem said it loads: never expected
                log.error("IT's policy stopped loading; publishing is blocked")
        layers.append(disclosure_layer(self.managed))  # IT's wording: last, only tightens
        return layers

    def it_policy_problem(self) -> str | None:
        """Why the policy in IT's managed configuration cannot be used, or None.

        The app then fails safe: content can still be read and drafts written, but
        nothing is published (the editor and the publish gate both refuse) until IT
        fixes it, so no post goes out unchecked by the organisation's rules.
        """
        with self._it_policy_lock:
            if self._it_policy_checked:
                return self._it_policy_problem
        found = policy_problem(self.managed)
        problem = (
            None if found is None else f"{found.source}: {found.pointer or '/'}: {found.problem}"
        )
        if problem is not None:
            log.error("IT's policy cannot be loaded, so publishing is blocked: %s", problem)
        with self._it_policy_lock:
            self._it_policy_checked = True
            self._it_policy_problem = problem
        return problem

    def expired_item(self, post: PostRow) -> datetime | None:
        """When the item a post shares expired, if it has: such a post cannot go out."""
        if post.source_id is None or post.item_id is None:
            return None
        item = stored_item(self.feeds, post.source_id, post.item_id)
        if item is None or not item.is_expired(self.clock.now()):
            return None
        return item.expires_at

    def publish_gate(self, post: PostRow) -> PostProblem | None:
        """The checks again at publish time: IT's policy loads, the item's expiry (or its
        signature's), whether its content is still trusted, and the policy in force then."""
        from advocate_desktop.policy.engine import TextTooLarge

        it_problem = self.it_policy_problem()
        if it_problem is not None:
            return PostProblem(errors.POLICY_UNAVAILABLE, it_problem)
        target = self.accounts.get(post.account_id or "")  # connected before IT changed the list
        refused = refused_network(self.managed, target.network if target else post.network)
        if refused is not None:
            return PostProblem(errors.NETWORK_NOT_ALLOWED, refused)
        try:
            self.restore_post_images(post)
        except Exception:  # never a reason to stop: the runner names a missing image
            log.warning("could not fetch again the images of post %s", post.id, exc_info=True)
        item = None
        if post.source_id is not None and post.item_id is not None:
            item = stored_item(self.feeds, post.source_id, post.item_id)
            now = self.clock.now()
            # Handed to a server ahead of its time, the post goes out unseen by this gate:
            # its content must still be valid when it does.
            when = max(now, from_db(post.due_at)) if post.due_at else now
            if item is not None and item.is_expired(when):
                assert item.expires_at is not None
                return PostProblem(errors.ITEM_EXPIRED, item.expires_at.isoformat())
            source = self.feeds.source(post.source_id)
            trust = self.trust()
            if (
                source is not None
                and source.kind != DEMO_KIND
                and trust.require_signed
                and not trust.vouches_for(source.signer_key_id, source.signer)
            ):
                # Hidden from the list since its key was removed or ended: never published.
                return PostProblem(errors.CONTENT_UNTRUSTED, source.title or source.location)
        account = self.accounts.get(post.account_id or "")
        network = text_network(account.network, account.config) if account else post.network
        # The account's own limits (its Mastodon server's), as the editor checked them.
        rules = {network: self.text_rules_of(account)} if account else None
        try:
            result = self.policy_engine().check(
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

        post = self.posts.get(post_id)
        if post is None:
            raise KeyError(post_id)
        account = self.accounts.get(account_id) if account_id else None
        rules = None
        if account is not None:
            if account.network != MASTODON_NETWORK or network != MASTODON_NETWORK:
                raise BadInstance(f"account {account.id} has no share page on {network}")
            instance = str(account.config.get("instance", ""))
            rules = self.text_rules_of(account)
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
        for source in self.feeds.sources():
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
        planned = planned_from(self.posts.planned_between(start, end, ACTIVE_STATES))
        return assess(
            pacing,
            at,
            account_id=account_id,
            network=network,
            zone=zone,
            planned=planned,
            post_id=post_id,
        )

    # -- accounts ---------------------------------------------------------
    def add_outbox_account(self, name: str, folder: Path, network: str) -> AccountRow:
        if not is_allowed(self.managed, NetworkKey.OUTBOX):
            raise PermissionError("your organization does not allow the Outbox")
        return self.accounts.add(
            "outbox", name, {"folder": str(folder), "network": network}, self.clock.now()
        )

    def account_manager(self) -> AccountManager:
        """Connecting, signing in again and removing accounts.  Built on first use, on a
        worker: it loads the keyring and the networks' code."""
        from advocate_desktop.accounts import AccountManager
        from advocate_desktop.credentials import CredentialStore
        from advocate_desktop.store.account_holds_repo import AccountHoldRepository

        with self._account_manager_lock:  # one manager: it knows which sign-ins run
            if self._account_manager is None:
                self._account_manager = AccountManager(
                    self.accounts,
                    AccountHoldRepository(self.db),
                    self.clock,
                    CredentialStore(),
                    company_app=self.company_app,
                    network_allowed=lambda network: is_allowed(self.managed, network),
                )
            return self._account_manager

    def company_app(self, network: str) -> CompanyApp | None:
        """The app IT registered with ``network`` (LinkedIn, X, Threads), or None."""
        return company_app(self.managed, network)

    def publishing_config(self, account: AccountRow) -> dict[str, Any]:
        """An account's configuration with what IT decides today laid over it: the
        LinkedIn API version IT pinned, and X's paid API turned off.  Raises
        AccountConfigError (the post needs attention, saying why) for an X account
        while IT has X's API off: connected before, it may not publish now."""
        if account.network == NetworkKey.X and not x_api_enabled(self.managed):
            raise AccountConfigError(
                "your organization has turned off publishing to X through its API"
                " (x_api_enabled); share the post through X's page instead"
            )
        version = linkedin_api_version(self.managed)
        if account.network == NetworkKey.LINKEDIN and version:
            return {**account.config, "api_version": version}
        return account.config

    def text_network_of(self, account: AccountRow) -> str:
        return text_network(account.network, account.config)

    def text_rules_of(self, account: AccountRow) -> NetworkRules:
        """The rules the account's posts are counted and checked against: its network's,
        with its Mastodon server's limits.  Pure: safe to call on the GUI thread."""
        return account_text_rules(account.network, account.config)

    def image_limit_of(self, account: AccountRow) -> int:
        """How many images a post to this account may carry (its server's own limit for
        Mastodon).  Pure: safe to call on the GUI thread."""
        return account_image_limit(account.network, account.config)

    def refresh_server_limits(self) -> list[LimitsRefresh]:
        """Read again the limits of every Mastodon account's server not read for a day;
        a server that cannot be read keeps its last good limits.  Network: on a worker."""
        from advocate_desktop.server_limits import refresh_due_limits

        return refresh_due_limits(self.accounts, self.clock.now())

    def keep_accounts_signed_in(self) -> list[Refreshed]:
        """Refresh the tokens that expire unless refreshed (Threads' 60-day token, once
        it is a day old), writing the new expiry to each account.  Network: on a worker."""
        from advocate_desktop.sign_in_refresh import keep_signed_in

        return keep_signed_in(self.account_manager())

    def remove_account(self, account_id: str) -> None:
        """Remove an account; the posts its server holds are taken back first, while its
        sign-in still exists (any the server does not give back stay listed in the Queue)."""
        self.server_copies.bring_back(account_id, "account removed")
        self.accounts.remove(account_id)

    def set_paused(self, paused: bool) -> None:
        """Pause or resume publishing.  Pausing takes back the posts servers hold, so
        nothing goes out while paused; resumed, they are handed over again."""
        self.settings.set("paused", paused)
        if paused:
            self.server_copies.bring_back(None, "publishing paused")

    def offers_server_scheduling(self, account: AccountRow) -> bool:
        return server_scheduling_offered(account.network)

    def sign_ins_expiring(self) -> list[ExpiringSignIn]:
        """Accounts whose sign-in runs out within a week, each once a day (the
        employee's day, on this computer's clock).  Writes the day: on a worker."""
        from advocate_desktop.schedule.tokens import sign_ins_expiring

        now = self.clock.now()
        return sign_ins_expiring(self.accounts, now, now.astimezone().date())

    def set_server_scheduling(self, account_id: str, on: bool) -> AccountRow:
        """Hand this account's scheduled posts to its server's own scheduling (they go out
        with the laptop closed; the publish check then runs at hand-over), or take them
        back.  Raises ValueError for a network without it."""
        account = self.accounts.get(account_id)
        if account is None:
            raise KeyError(account_id)
        if not server_scheduling_offered(account.network):
            raise ValueError(f"{account.network} has no scheduling of its own")
        return self.server_copies.set_option(account_id, on)

    # -- start at login ---------------------------------------------------
    def set_start_at_login(self, on: bool) -> None:
        """Write or remove the login entry, then remember the choice; raises AutostartError."""
        if self.settings.is_locked("start_at_login"):
            raise PermissionError("start at login is set by IT")
        if on:
            self.autostart.enable(launch_command())
        else:
            self.autostart.disable()
        self.settings.set("start_at_login", on)

    def should_offer_start_at_login(self) -> bool:
        """True once: after the first scheduled post, unless it is on already or IT decided."""
        settings = self.settings
        if settings.get("start_at_login_offered") or settings.is_locked("start_at_login"):
            return False
        settings.set("start_at_login_offered", True)
        return not self.autostart.is_enabled()

    # -- everything -------------------------------------------------------
    def remove_all_data(self, credentials: Any) -> Removal:
        """Drafts, queue, cache, settings, consent, the login entry and every stored
        credential.

        Removes everything it can even when a part fails, and says what it could not.
        """
        from advocate_desktop.credentials import CredentialError

        removal = Removal()
        from advocate_desktop.autostart import AutostartError

        try:
            self.autostart.disable()  # the login entry this app wrote goes too
        except (OSError, AutostartError) as error:
            log.warning("cannot remove the login entry: %s", error)
            removal.login_entry_problem = str(error)
        try:
            account_ids = [
                key for a in self.accounts.all() for key in secret_keys(a.network, a.config, a.id)
            ]
        except Exception as error:  # a damaged database must not keep the rest
            log.warning("cannot list the accounts before removing: %s", error)
            account_ids = []
            removal.keyring_problem = str(error)
        try:
            removal.server_posts_left = self.server_copies.still_on_servers()
        except Exception as error:
            log.warning("cannot count the posts servers hold: %s", error)
        if not credentials.available():
            # Secrets are never stored without a keyring, so there are none to remove.
            removal.keyring_missing = True
        else:
            try:
                # Also the secrets of accounts already gone from the database.
                removal.secrets_removed = credentials.delete_everything(account_ids)
            except CredentialError as error:
                removal.keyring_problem = str(error)
        self.db.close()
        removal.folders_left = [str(p) for p in self.paths.remove_all()]
        return removal


@dataclass
class Removal:
    """What "Remove all my data" did, for the message shown before the app quits."""

    secrets_removed: int = 0
    keyring_missing: bool = False
    keyring_problem: str | None = None
    login_entry_problem: str | None = None
    folders_left: list[str] = field(default_factory=list)
    server_posts_left: int = 0  # posts servers hold that could not be taken back

    @property
    def complete(self) -> bool:
        return (
            self.keyring_problem is None
            and self.login_entry_problem is None
            and not self.folders_left
            and not self.server_posts_left
        )


def build_services(paths: AppPaths, clock: Clock, *, expect_existing: bool = False) -> Services:
    """``expect_existing``: the employee agreed before, so an empty database file is
    damage to report, never a fresh start to make over their data."""
    # Never stops the start: an invalid value is ignored alone (and listed on the
    # "Managed by your organization" page), failing safe where ignoring would loosen.
    managed = with_key_checks(load_for_this_system(paths))
    log_problems(managed)
    it_proxy.use(proxy_route(managed))  # every session of the app's HTTP layer follows it
    paths.ensure()
    database = Database(paths.database, expect_existing=expect_existing)
    return Services(paths=paths, clock=clock, db=database, managed=managed)
