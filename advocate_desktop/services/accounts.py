"""Accounts: connecting, signing in again and removing the employee's accounts, what IT
decides about them (company apps, X's paid API, LinkedIn's pinned version), their
servers' limits and scheduling, and sign-ins about to run out."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError, Publisher
from advocate_desktop.networks.registry import (
    MASTODON,
    OUTBOX,
    publisher_for,
    server_scheduling_offered,
    text_network,
)
from advocate_desktop.networks.spec import NetworkKey
from advocate_desktop.networks.text_rules import account_image_limit, account_text_rules
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.handoff import ServerCopies, wants_server
from advocate_desktop.schedule.tokens import EXPIRY_NOTICE_AHEAD
from advocate_desktop.settings.allowed_networks import allowed_only, is_allowed
from advocate_desktop.settings.company_apps import (
    CompanyApp,
    company_app,
    linkedin_api_version,
    x_api_enabled,
)
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database

if TYPE_CHECKING:
    from collections.abc import Callable

    from advocate_desktop.accounts import AccountManager, AccountStatus, Removed
    from advocate_desktop.schedule.tokens import ExpiringSignIn
    from advocate_desktop.server_limits import LimitsRefresh
    from advocate_desktop.sign_in_refresh import Refreshed
    from advocate_desktop.text.networks import NetworkRules

__all__ = [
    "AccountsService",
    "ServerScheduling",
    "publishing_config",
    "sign_in_expires_soon",
]


def publishing_config(managed: ManagedConfig, account: AccountRow) -> dict[str, Any]:
    """An account's configuration with what IT decides today laid over it: the
    LinkedIn API version IT pinned, and X's paid API turned off.  Raises
    AccountConfigError (the post needs attention, saying why) for an X account
    while IT has X's API off: connected before, it may not publish now."""
    if account.network == NetworkKey.X and not x_api_enabled(managed):
        raise AccountConfigError(
            "your organization has turned off publishing to X through its API"
            " (x_api_enabled); share the post through X's page instead"
        )
    version = linkedin_api_version(managed)
    if account.network == NetworkKey.LINKEDIN and version:
        return {**account.config, "api_version": version}
    return account.config


def publisher_of(managed: ManagedConfig) -> Callable[[AccountRow], Publisher]:
    """The publisher of each account, with IT's decisions of the moment laid over it."""

    def publishers(account: AccountRow) -> Publisher:
        return publisher_for(account.network, publishing_config(managed, account), account.id)

    return publishers


def sign_in_expires_soon(status: AccountStatus) -> bool:
    """The sign-in runs out within a week, or ran out (LinkedIn's 60-day tokens)."""
    from advocate_desktop.accounts import AccountState

    if status.state == AccountState.SIGN_IN_NEEDED:
        return status.detail == "expired"
    return (
        status.state == AccountState.EXPIRES
        and status.days_left is not None
        and status.days_left <= EXPIRY_NOTICE_AHEAD.days
    )


@dataclass(frozen=True)
class ServerScheduling:
    """Whether an account's server can hold its scheduled posts, and whether it does."""

    offered: bool
    on: bool


class AccountsService:
    def __init__(
        self,
        *,
        db: Database,
        accounts: AccountRepository,
        clock: Clock,
        managed: ManagedConfig,
        server_copies: ServerCopies,
    ) -> None:
        self.repo = accounts
        self.clock = clock
        self.managed = managed
        self._db = db
        self._server_copies = server_copies
        self._manager: AccountManager | None = None
        self._manager_lock = threading.Lock()

    def add_outbox_account(self, name: str, folder: Path, network: str) -> AccountRow:
        """An outbox: posts written as files into ``folder``, as they would read on
        ``network`` (the demo account, and a way to post by hand)."""
        if not is_allowed(self.managed, OUTBOX):
            raise PermissionError("your organization does not allow the Outbox")
        return self.repo.add(
            OUTBOX, name, {"folder": str(folder), "network": network}, self.clock.now()
        )

    def account_manager(self) -> AccountManager:
        """Connecting, signing in again and removing accounts.  Built on first use, on a
        worker: it loads the keyring and the networks' code."""
        from advocate_desktop.accounts import AccountManager
        from advocate_desktop.credentials import CredentialStore
        from advocate_desktop.store.account_holds_repo import AccountHoldRepository

        with self._manager_lock:  # one manager: it knows which sign-ins run
            if self._manager is None:
                self._manager = AccountManager(
                    self.repo,
                    AccountHoldRepository(self._db),
                    self.clock,
                    CredentialStore(),
                    company_app=self.company_app,
                    network_allowed=self.network_allowed,
                )
            return self._manager

    def network_allowed(self, network: str) -> bool:
        """Whether IT's ``allowed_networks`` lets this network be used (all when unset)."""
        return is_allowed(self.managed, network)

    def allowed_networks(self, networks: Iterable[str]) -> list[str]:
        """Those of ``networks`` IT allows, in their order."""
        return allowed_only(self.managed, networks)

    def company_app(self, network: str) -> CompanyApp | None:
        """The app IT registered with ``network`` (LinkedIn, X, Threads), or None."""
        return company_app(self.managed, network)

    def publishing_config(self, account: AccountRow) -> dict[str, Any]:
        """See :func:`publishing_config`."""
        return publishing_config(self.managed, account)

    # -- text and images: pure, safe on the GUI thread ---------------------
    @staticmethod
    def text_network_of(account: AccountRow) -> str:
        """The network whose text rules the account's posts follow (an outbox writes as
        the network it was set up for)."""
        return text_network(account.network, account.config)

    @staticmethod
    def text_rules_of(account: AccountRow) -> NetworkRules:
        """The rules the account's posts are counted and checked against: its network's,
        with its Mastodon server's limits.  Pure: safe to call on the GUI thread."""
        return account_text_rules(account.network, account.config)

    @staticmethod
    def image_limit_of(account: AccountRow) -> int:
        """How many images a post to this account may carry (its server's own limit for
        Mastodon).  Pure: safe to call on the GUI thread."""
        return account_image_limit(account.network, account.config)

    @staticmethod
    def has_visibility_choice(account: AccountRow) -> bool:
        """Whether the account's posts have a visibility to choose (Mastodon's)."""
        return account.network == MASTODON

    # -- keeping them working -----------------------------------------------
    def refresh_server_limits(self) -> list[LimitsRefresh]:
        """Read again the limits of every Mastodon account's server not read for a day;
        a server that cannot be read keeps its last good limits.  Network: on a worker."""
        from advocate_desktop.server_limits import refresh_due_limits

        return refresh_due_limits(self.repo, self.clock.now())

    def keep_accounts_signed_in(self) -> list[Refreshed]:
        """Refresh the tokens that expire unless refreshed (Threads' 60-day token, once
        it is a day old), writing the new expiry to each account.  Network: on a worker."""
        from advocate_desktop.sign_in_refresh import keep_signed_in

        return keep_signed_in(self.account_manager())

    def sign_ins_expiring(self) -> list[ExpiringSignIn]:
        """Accounts whose sign-in runs out within a week, each once a day (the
        employee's day, on this computer's clock).  Writes the day: on a worker."""
        from advocate_desktop.schedule.tokens import sign_ins_expiring

        now = self.clock.now()
        return sign_ins_expiring(self.repo, now, now.astimezone().date())

    def remove(
        self, account_id: str, manager: Callable[[], AccountManager] | None = None
    ) -> Removed:
        """Remove an account: the posts its server holds are taken back first, while its
        sign-in still exists (any the server does not give back stay listed in the
        Queue), then its sign-in is ended and its secrets deleted.  Network: on a worker."""
        self._server_copies.bring_back(account_id, "account removed")
        return (manager or self.account_manager)().remove(account_id)

    # -- the server's own scheduling ------------------------------------------
    @staticmethod
    def offers_server_scheduling(account: AccountRow) -> bool:
        return server_scheduling_offered(account.network)

    @staticmethod
    def server_scheduling(account: AccountRow) -> ServerScheduling:
        """Whether the account's server can hold its posts, and whether it was chosen."""
        offered = server_scheduling_offered(account.network)
        return ServerScheduling(offered, offered and wants_server(account))

    def set_server_scheduling(self, account_id: str, on: bool) -> AccountRow:
        """Hand this account's scheduled posts to its server's own scheduling (they go out
        with the laptop closed; the publish check then runs at hand-over), or take them
        back.  Raises ValueError for a network without it."""
        account = self.repo.get(account_id)
        if account is None:
            raise KeyError(account_id)
        if not server_scheduling_offered(account.network):
            raise ValueError(f"{account.network} has no scheduling of its own")
        return self._server_copies.set_option(account_id, on)
