"""Content: the sources the employee follows (packs, feeds, IT's folder, the bundled
demo), syncing them, the items they list and the media a post of an item starts with."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from advocate_desktop.feed.cancel import Cancel
from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.model import FeedItem
from advocate_desktop.feed.pack import Trust, load_pack
from advocate_desktop.feed.storage import StoredItem, save_pack, stored_item, stored_items
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.pacing import PacingError, pacing_of_policy
from advocate_desktop.services.policy import PolicyService
from advocate_desktop.services.trust import TrustService
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.feed_repo import FeedRepository, SourceRow
from advocate_desktop.store.post_media_repo import ImageSpec, PostMediaRepository
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.text.referral import Referral, ReferralError, add_referral, parse_referral
from advocate_desktop.text.utm import add_utm_if_it_fits, site_of

if TYPE_CHECKING:
    from advocate_desktop.feed.fetch import FetchLimits
    from advocate_desktop.feed.post_media import ItemMedia
    from advocate_desktop.feed.sync import SyncResult

__all__ = [
    "DEMO_KIND",
    "FOLDER_KIND",
    "IMAGE_RETRY_AFTER",
    "PACK_KIND",
    "URL_KIND",
    "ContentService",
    "ListedItem",
    "PostOrigin",
]

log = logging.getLogger(__name__)

DEMO_KIND = "demo"
PACK_KIND = "pack"
FOLDER_KIND = "folder"
URL_KIND = "url"
# A feed image the cache lost is fetched again at most this often, within this time.
IMAGE_RETRY_AFTER = timedelta(minutes=10)
IMAGE_FETCH_SECONDS = 20.0


@dataclass(frozen=True)
class ListedItem:
    """An item the content list shows, with what the list says about it."""

    source_id: int
    item: FeedItem
    newest: bool  # in the newest batch, when the list holds more than one
    expired: bool
    origin: str  # its source's title (or address)
    signer: str | None  # who signed it, as the trust stands now


@dataclass(frozen=True)
class PostOrigin:
    """The item a post shares and where it comes from (None for the employee's own)."""

    item: FeedItem | None
    origin: str = ""
    signer: str | None = None


class ContentService:
    def __init__(
        self,
        *,
        paths: AppPaths,
        clock: Clock,
        feeds: FeedRepository,
        media: PostMediaRepository,
        settings: SettingsService,
        managed: ManagedConfig,
        trust: TrustService,
        policy: PolicyService,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.repo = feeds
        self.settings = settings
        self.managed = managed
        self._media = media
        self._trust = trust
        self._policy = policy
        self.downloads = Cancel()
        self.fetch_limits: FetchLimits | None = None  # None: the defaults
        self._image_attempts: dict[str, datetime] = {}
        self._image_attempts_lock = threading.Lock()

    # -- importing ----------------------------------------------------------
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
        stored = [s for s in self.repo.sources() if s.kind == DEMO_KIND]
        current = next((s for s in stored if s.location == str(folder)), None)
        if current is None and stored:  # the app moved: the same source, at its new place
            current = stored[0]
            self.repo.relocate_source(current.id, str(folder))
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

        trust = Trust() if kind == DEMO_KIND else self._trust.current()
        pack = load_pack(path, self.paths.media_cache, trust)
        if pack.policy_json is not None:
            try:
                load_policy_text(pack.policy_json, f"{path}/policy.json")
                pacing_of_policy(pack.policy_json, f"{path}/policy.json")
            except (PolicyError, PacingError) as error:
                raise FeedError(str(path), f"policy.json{error.pointer}", error.problem) from None
        source_id = save_pack(self.repo, pack, kind, self.clock.now(), etag=etag)
        self._policy.invalidate()
        return source_id

    def items(self) -> list[StoredItem]:
        return stored_items(self.repo)

    def content_sources(self) -> list[SourceRow]:
        """The sources with their signature as it stands now: content signed by a key
        that was removed, or whose trust ended, no longer counts as signed."""
        trust = self._trust.current()
        return [TrustService.signed_now(s, trust) for s in self.repo.sources()]

    def shown_items(self) -> tuple[list[StoredItem], dict[int, SourceRow]]:
        """The items the list may show, and their sources: with signed-only on, only
        signed content (and the bundled demo) is shown."""
        trust = self._trust.current()
        sources = {s.id: TrustService.signed_now(s, trust) for s in self.repo.sources()}
        items = [i for i in self.items() if TrustService.may_show(sources.get(i.source_id), trust)]
        return items, sources

    def listed_items(self) -> list[ListedItem]:
        """The items the content list shows now, newest batch marked; reads the store.

        Items before their ``not_before`` stay hidden; expired ones are listed as such.
        """
        now = self.clock.now()
        shown, sources = self.shown_items()
        stored = [s for s in shown if s.item.is_visible(now)]
        newest = max((s.first_seen_at for s in stored), default="")
        oldest = min((s.first_seen_at for s in stored), default="")
        listed = []
        for s in stored:
            source = sources.get(s.source_id)
            listed.append(
                ListedItem(
                    s.source_id,
                    s.item,
                    newest != oldest and s.first_seen_at == newest,
                    s.item.is_expired(now),
                    (source.title or source.location) if source else "",
                    source.signer if source else None,
                )
            )
        return listed

    def post_origin(self, post: PostRow) -> PostOrigin:
        """The item ``post`` shares, and its source's name and signer as stored."""
        if post.source_id is None or post.item_id is None:
            return PostOrigin(None)
        source = self.repo.source(post.source_id)
        return PostOrigin(
            stored_item(self.repo, post.source_id, post.item_id),
            (source.title or source.location) if source else "",
            source.signer if source else None,
        )

    def item_of(self, post: PostRow) -> FeedItem | None:
        """The stored item a post shares, or None (the employee's own post, or gone)."""
        if post.source_id is None or post.item_id is None:
            return None
        return stored_item(self.repo, post.source_id, post.item_id)

    @staticmethod
    def removable(source: SourceRow) -> bool:
        """Whether Settings offers to remove ``source``: an address the employee added.
        The demo, packs imported by hand and IT's folder and feeds stay."""
        return source.kind == URL_KIND and not source.managed

    def media_roots(self) -> list[Path]:
        """The folders images may be read from: unpacked packs and imported pack folders."""
        roots = [self.paths.media_cache]
        for source in self.repo.sources():
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
            for image in self._media.images(post.id)
            if Path(image.path).parent == folder and not Path(image.path).exists()
        ]
        if not missing or post.source_id is None or post.item_id is None:
            return
        item = stored_item(self.repo, post.source_id, post.item_id)
        if item is None:
            return
        self.fetch_item_images(item)
        addresses = {cached_name(url): url for url in web_images(item)}
        images = [ImageSpec(i.path, i.alt_text) for i in self._media.images(post.id)]
        changed = False
        for image in missing:
            url = addresses.get(Path(image.path).stem)
            found = cached_image(url, self.paths.media_cache) if url else None
            if found is not None and str(found) != image.path:  # another format this time
                images[image.position] = ImageSpec(str(found), image.alt_text)
                changed = True
        if changed:
            self._media.set_images(post.id, images, self.clock.now())

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
        if not self._media.attached(post_id):
            media = self.media_for_item(item, language)
            self._media.attach(post_id, media.images, media.link, self.clock.now())

    # -- subscriptions ------------------------------------------------------
    def subscribe(self, url: str) -> SourceRow:
        """Subscribe to a feed or pack address; raises FetchError for an unusable one."""
        from advocate_desktop.feed.fetch import check_url

        check_url(url.strip())
        return self.repo.subscribe(url.strip(), self.clock.now())

    def subscribe_managed_feeds(self) -> None:
        for url in self.managed.extra.get("feeds", []):
            self.repo.subscribe(url, self.clock.now(), managed=True)

    def remove_source(self, source_id: int) -> None:
        source = self.repo.source(source_id)
        if source is not None and not source.managed and source.kind != DEMO_KIND:
            self.repo.remove_source(source_id)
            self._policy.invalidate()

    def sync(self, *, force: bool = False) -> list[SyncResult]:
        """Sync every subscribed source that is due (all of them with ``force``).

        One source's failure is that source's result; :meth:`stop_downloads` ends a
        running sync at once (the download in progress is cut, no later one starts).
        """
        from advocate_desktop.feed.fetch import fetch, new_session
        from advocate_desktop.feed.sync import SyncResult, sync_source

        now = self.clock.now()
        interval = timedelta(minutes=int(self.settings.get("sync_minutes")))
        trust = self._trust.current()
        cancel = self.downloads
        due = [
            source
            for source in self.repo.sources()
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
                        self.repo,
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
                        check_policy=_policy_loads,
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
            self._policy.invalidate()
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


def _policy_loads(text: str, origin: str) -> None:
    """A synced pack's policy must load (raises PolicyError, located, when not)."""
    from advocate_desktop.policy.loader import load_policy_text

    load_policy_text(text, origin)
