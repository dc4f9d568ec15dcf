"""The services the widgets ask for, built once by app.py and passed in.

Plain Python: every method here may touch the disk, so widgets call them
through :class:`~advocate_desktop.ui.tasks.TaskRunner`, never on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from advocate_desktop.autostart import Autostart, for_this_system, launch_command
from advocate_desktop.feed.errors import FeedError
from advocate_desktop.feed.pack import Trust, load_pack
from advocate_desktop.feed.signing import KeyFormatError, TrustedKey, parse_public_key
from advocate_desktop.feed.storage import StoredItem, save_pack, stored_item, stored_items
from advocate_desktop.networks.registry import publisher_for, text_network
from advocate_desktop.paths import AppPaths, demo_pack_dir
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.settings.managed import ManagedConfig, ManagedConfigError, load_managed
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.feed_repo import FeedRepository, SourceRow
from advocate_desktop.store.posts_repo import PostRepository, PostRow
from advocate_desktop.store.settings_repo import SettingsRepository
from advocate_desktop.store.timestamps import from_db

if TYPE_CHECKING:
    from advocate_desktop.feed.sync import SyncResult
    from advocate_desktop.policy.engine import PolicyEngine
    from advocate_desktop.policy.model import Rule

log = logging.getLogger(__name__)

DEMO_KIND = "demo"
PACK_KIND = "pack"
FOLDER_KIND = "folder"
URL_KIND = "url"


def managed_keys(managed: ManagedConfig) -> tuple[TrustedKey, ...]:
    """IT's trusted keys; a malformed one stops the start with its JSON pointer."""
    keys = []
    for index, entry in enumerate(managed.extra.get("trusted_keys", [])):
        try:
            keys.append(parse_public_key(entry["key"], entry["name"]))
        except KeyFormatError as error:
            raise ManagedConfigError(
                managed.source or "managed", f"/trusted_keys/{index}/key", str(error)
            ) from None
    return tuple(keys)


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
    settings: SettingsService = field(init=False)
    post_service: PostService = field(init=False)
    runner: Runner = field(init=False)
    autostart: Autostart = field(default_factory=for_this_system)
    _engine: PolicyEngine | None = field(default=None, init=False)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.feeds = FeedRepository(self.db)
        self.posts = PostRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.settings = SettingsService(SettingsRepository(self.db), self.managed)
        self.post_service = PostService(self.posts, self.clock)
        self.runner = Runner(
            self.posts,
            self.accounts,
            lambda account: publisher_for(account.network, account.config),
            self.clock,
            grace=timedelta(minutes=int(self.settings.get("grace_minutes"))),
            gate=self.publish_gate,
        )

    # -- feed -------------------------------------------------------------
    def import_demo_pack(self) -> int:
        return self.import_pack(demo_pack_dir(), kind=DEMO_KIND)

    def import_pack(self, path: Path, kind: str = PACK_KIND) -> int:
        """Load, verify and store a pack; nothing is stored when any part is bad.

        The bundled demo pack is part of the app and needs no signature.
        """
        from advocate_desktop.policy.loader import PolicyError, load_policy_text

        trust = Trust() if kind == DEMO_KIND else self.trust()
        pack = load_pack(path, self.paths.media_cache, trust)
        if pack.policy_json is not None:
            try:
                load_policy_text(pack.policy_json, f"{path}/policy.json")
            except PolicyError as error:
                raise FeedError(str(path), f"policy.json{error.pointer}", error.problem) from None
        source_id = save_pack(self.feeds, pack, kind, self.clock.now())
        self.invalidate_policy()
        return source_id

    def items(self) -> list[StoredItem]:
        return stored_items(self.feeds)

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
        mode = self.settings.get("require_signed")
        return Trust(keys, mode == "on" or (mode == "auto" and bool(keys)))

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
        """Sync every subscribed source that is due (all of them with ``force``)."""
        from advocate_desktop.feed.fetch import fetch, new_session
        from advocate_desktop.feed.sync import sync_source
        from advocate_desktop.policy.loader import load_policy_text

        now = self.clock.now()
        interval = timedelta(minutes=int(self.settings.get("sync_minutes")))
        trust = self.trust()
        results = []
        with new_session() as session:
            for source in self.feeds.sources():
                if source.kind != URL_KIND:
                    continue
                if not force and source.next_attempt_at and from_db(source.next_attempt_at) > now:
                    continue
                results.append(
                    sync_source(
                        self.feeds,
                        source,
                        lambda url, etag, modified: fetch(
                            url, etag=etag, last_modified=modified, session=session
                        ),
                        now=now,
                        interval=interval,
                        trust=trust,
                        cache=self.paths.media_cache,
                        check_policy=lambda text, origin: load_policy_text(text, origin) and None,
                    )
                )
        if any(r.status == "updated" for r in results):
            self.invalidate_policy()
        return results

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
        with self._engine_lock:
            self._engine = None

    def policy_engine(self) -> PolicyEngine:
        """Built on a worker: the regex-based checks load there, not on the GUI thread."""
        from advocate_desktop.policy.engine import PolicyEngine
        from advocate_desktop.policy.loader import builtin_rules, combine

        with self._engine_lock:
            if self._engine is None:
                self._engine = PolicyEngine(combine(builtin_rules(), *self._policy_layers()))
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
        if local is not None:
            try:
                layers.append(parse_policy(local, self.managed.source or "managed"))
            except PolicyError:
                log.warning("IT's local policy does not load; using the others")
        return layers

    def publish_gate(self, post: PostRow) -> PostProblem | None:
        """The checks again at publish time: the item's expiry and the policy in force then."""
        if post.source_id is not None and post.item_id is not None:
            item = stored_item(self.feeds, post.source_id, post.item_id)
            if item is not None and item.is_expired(self.clock.now()):
                assert item.expires_at is not None
                return PostProblem(errors.ITEM_EXPIRED, item.expires_at.isoformat())
        account = self.accounts.get(post.account_id or "")
        network = text_network(account.network, account.config) if account else post.network
        result = self.policy_engine().check(post.text, networks=[network], language=post.language)
        if result.blocking:
            return PostProblem(
                errors.POLICY_BLOCKED, "; ".join(f"{f.rule}: {f.text}" for f in result.blocking)
            )
        return None

    # -- accounts ---------------------------------------------------------
    def add_outbox_account(self, name: str, folder: Path, network: str) -> AccountRow:
        return self.accounts.add(
            "outbox", name, {"folder": str(folder), "network": network}, self.clock.now()
        )

    def text_network_of(self, account: AccountRow) -> str:
        return text_network(account.network, account.config)

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
    def remove_all_data(self, credentials: Any) -> None:
        """Drafts, queue, cache, settings, consent, the login entry and every stored credential."""
        account_ids = [a.id for a in self.accounts.all()]
        self.autostart.disable()  # the login entry this app wrote goes too
        credentials.delete_all(account_ids)
        self.db.close()
        self.paths.remove_all()


def build_services(paths: AppPaths, clock: Clock) -> Services:
    managed = load_managed(paths.managed_config_file())
    managed_keys(managed)  # a malformed IT key stops here, before anything is written
    paths.ensure()
    return Services(paths=paths, clock=clock, db=Database(paths.database), managed=managed)
