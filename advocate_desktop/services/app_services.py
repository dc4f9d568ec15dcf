"""The composition of the feature services, built once by app.py from the profile's
folders, the clock, the database and IT's configuration.

app.py and the main window (the employee mode's composition) hold this object; every
other widget gets only the feature services it uses, as constructor parameters.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from advocate_desktop import proxy as it_proxy
from advocate_desktop.autostart import Autostart, for_this_system
from advocate_desktop.managed_checks import with_key_checks
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.content import ContentService
from advocate_desktop.services.policy import PolicyService
from advocate_desktop.services.posts import PostsService
from advocate_desktop.services.profile import ProfileService
from advocate_desktop.services.trust import TrustService
from advocate_desktop.settings.managed import ManagedConfig, log_problems
from advocate_desktop.settings.proxy import proxy_route
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.settings.sources import load_for_this_system
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.feed_repo import FeedRepository
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.settings_repo import SettingsRepository

__all__ = ["AppServices", "build_services", "default_outbox_folder"]


def default_outbox_folder() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Advocate Outbox"


class AppServices:
    """Every feature service of one profile, sharing one database and one clock."""

    def __init__(
        self,
        *,
        paths: AppPaths,
        clock: Clock,
        db: Database,
        managed: ManagedConfig,
        autostart: Autostart | None = None,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.db = db
        self.managed = managed
        self.settings = SettingsService(SettingsRepository(db), managed)
        feeds = FeedRepository(db)
        posts = PostRepository(db)
        accounts = AccountRepository(db)
        media = PostMediaRepository(db)
        self.trust = TrustService(self.settings, managed, feeds, clock)
        self.policy = PolicyService(feeds, managed)
        self.content = ContentService(
            paths=paths,
            clock=clock,
            feeds=feeds,
            media=media,
            settings=self.settings,
            managed=managed,
            trust=self.trust,
            policy=self.policy,
        )
        self.posts = PostsService(
            paths=paths,
            clock=clock,
            posts=posts,
            media=media,
            accounts=accounts,
            settings=self.settings,
            managed=managed,
            content=self.content,
            trust=self.trust,
            policy=self.policy,
        )
        self.accounts = AccountsService(
            db=db,
            accounts=accounts,
            clock=clock,
            managed=managed,
            server_copies=self.posts.server_copies,
        )
        self.profile = ProfileService(
            paths=paths,
            db=db,
            settings=self.settings,
            managed=managed,
            accounts=accounts,
            content=self.content,
            server_copies=self.posts.server_copies,
            autostart=autostart if autostart is not None else for_this_system(),
        )


def build_services(paths: AppPaths, clock: Clock, *, expect_existing: bool = False) -> AppServices:
    """``expect_existing``: the employee agreed before, so an empty database file is
    damage to report, never a fresh start to make over their data."""
    # Never stops the start: an invalid value is ignored alone (and listed on the
    # "Managed by your organization" page), failing safe where ignoring would loosen.
    managed = with_key_checks(load_for_this_system(paths))
    log_problems(managed)
    it_proxy.use(proxy_route(managed))  # every session of the app's HTTP layer follows it
    paths.ensure()
    database = Database(paths.database, expect_existing=expect_existing)
    return AppServices(paths=paths, clock=clock, db=database, managed=managed)
