"""The profile on this computer as a whole: starting at login, what leaves the computer
and to whom (Help → What my company can see), and removing every trace of the app."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from advocate_desktop.autostart import Autostart, launch_command
from advocate_desktop.networks.registry import secret_keys
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.handoff import ServerCopies
from advocate_desktop.services.content import ContentService
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.settings.proxy import proxy_route
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database

if TYPE_CHECKING:
    from advocate_desktop.data_flows import DataFlows

__all__ = ["Credentials", "ProfileService", "Removal"]

log = logging.getLogger(__name__)


class Credentials(Protocol):
    """The keyring as removing everything needs it (credentials.CredentialStore)."""

    def available(self) -> bool: ...

    def delete_everything(self, known: Iterable[str] = ()) -> int: ...


class ProfileService:
    def __init__(
        self,
        *,
        paths: AppPaths,
        db: Database,
        settings: SettingsService,
        managed: ManagedConfig,
        accounts: AccountRepository,
        content: ContentService,
        server_copies: ServerCopies,
        autostart: Autostart,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.autostart = autostart
        self._db = db
        self._managed = managed
        self._accounts = accounts
        self._content = content
        self._server_copies = server_copies

    def data_flows(self) -> DataFlows:
        """What leaves this computer and to whom, from the configuration as it is now
        (Help → What my company can see).  Reads the store: on a worker."""
        from advocate_desktop.data_flows import data_flows
        from advocate_desktop.feed.images import web_images

        items = [stored.item for stored in self._content.items()]
        referral = self._content.referral()
        return data_flows(
            self._content.repo.sources(),
            self._accounts.all(),
            [url for item in items for url in web_images(item)],
            sync_minutes=int(self.settings.get("sync_minutes")),
            referral=referral.text() if referral else None,
            campaign_parameters=any(item.utm for item in items),
            it_folder=str(self._managed.extra.get("pack_folder") or "") or None,
            proxy=route.host if (route := proxy_route(self._managed)) else None,
        )

    # -- start at login ---------------------------------------------------
    def starts_at_login(self) -> bool:
        """Whether the login entry is there now (read from the system: on a worker)."""
        return self.autostart.is_enabled()

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
    def take_back_server_posts(self) -> None:
        """Before removing everything: the posts servers hold would still go out, so
        they are taken back while the sign-ins exist.  Network: on a worker."""
        self._server_copies.bring_back(None, "removing all data")

    def remove_all_data(self, credentials: Credentials) -> Removal:
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
                key for a in self._accounts.all() for key in secret_keys(a.network, a.config, a.id)
            ]
        except Exception as error:  # a damaged database must not keep the rest
            log.warning("cannot list the accounts before removing: %s", error)
            account_ids = []
            removal.keyring_problem = str(error)
        try:
            removal.server_posts_left = self._server_copies.still_on_servers()
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
        self._db.close()
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
