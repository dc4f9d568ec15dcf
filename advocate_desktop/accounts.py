"""The employee's accounts: connect one, sign in again, remove one, and say how each stands.

No Qt: the Accounts page calls these on a worker thread, and tests call them directly.

Every failure is an :class:`AccountError` with a stable ``code`` the UI translates
(the networks' own codes are passed through, see :data:`CODES`).  Nothing about an
account is kept until every step succeeded: a sign-in's token is first held in
memory (:class:`MemorySecrets`), and only once the server confirmed who signed in
is it written to the keyring, then the account row.  A cancelled or refused
attempt leaves neither a token nor an account behind.
"""

from __future__ import annotations

import logging
import math
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError
from advocate_desktop.networks.connect import (
    ConnectContext,
    ConnectError,
    Connector,
    MemorySecrets,
    SignInRequest,
    stop_if,
)
from advocate_desktop.networks.registry import (
    BLUESKY,
    MASTODON,
    OUTBOX,
    account_networks,
    connector_for,
    secret_keys,
    spec_for,
)
from advocate_desktop.networks.spec import AuthKind
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.tokens import TokenExpiryError, token_expiry
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.timestamps import to_db

if TYPE_CHECKING:
    import requests

    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.mastodon.api import Timeouts
    from advocate_desktop.networks.oauth import CallbackPages, Opener

log = logging.getLogger(__name__)

__all__ = ["AccountError", "MemorySecrets", "SignInRequest"]


def addable_networks() -> tuple[str, ...]:
    """The networks "Add account" offers, in the order shown: the registry's, real
    networks first and the Outbox folder last."""
    specs = account_networks()
    return tuple(
        spec.key.value for spec in sorted(specs, key=lambda spec: spec.auth is AuthKind.FOLDER)
    )


#: An account could not be added, signed in or read.  ``code`` is stable (see CODES).
AccountError = ConnectError


#: The codes an :class:`AccountError` may carry, besides the networks' own
#: (Mastodon's ``MastodonError`` codes, ``oauth.OAuthError`` codes and Bluesky's
#: ``SignInError`` codes are passed through unchanged).
CODES = {
    "cancelled": "The employee cancelled.",
    "already_added": "This account is connected already.",
    "different_account": "Signing in again gave another account than this one.",
    "no_such_account": "The account is gone (removed meanwhile).",
    "not_signable": "This kind of account has no sign-in.",
    "keyring": "The system keyring refused or is missing.",
    "broken_account": "The account's stored settings cannot be read.",
    "not_allowed": "The employee's organization does not allow this network.",
}


class AccountState:
    CONNECTED = "connected"
    SIGN_IN_NEEDED = "sign_in_needed"
    EXPIRES = "expires"  # the token stops working in ``days_left`` days
    UNKNOWN = "unknown"  # the keyring could not be read


@dataclass(frozen=True)
class AccountStatus:
    account: AccountRow
    state: str
    days_left: int | None = None
    detail: str = ""

    @property
    def handle(self) -> str:
        if self.account.network == OUTBOX:
            return str(self.account.config.get("folder", ""))
        return str(self.account.config.get("handle", ""))

    @property
    def can_sign_in(self) -> bool:
        try:
            return spec_for(self.account.network).connector is not None
        except AccountConfigError:
            return False


@dataclass(frozen=True)
class Removed:
    """What removing an account did.

    ``revoked``: True when the network confirmed the sign-in was ended, False when it
    could not be reached (the account is removed here all the same), None when there
    was nothing to end (an Outbox folder, or no sign-in stored).
    """

    account: AccountRow
    revoked: bool | None
    secrets_removed: int
    keyring_problem: str = ""


@dataclass
class AccountManager:
    accounts: AccountRepository
    holds: AccountHoldRepository
    clock: Clock
    credentials: CredentialStore
    #: A requests session for each operation; None: the app's own.
    session_factory: Callable[[], requests.Session] | None = None
    #: Mastodon's timeouts (None: the defaults); tests shorten them.
    timeouts: Timeouts | None = None
    #: How long the browser step may take before giving up.
    oauth_timeout: float = 300.0
    #: The company's registered app for a network (LinkedIn, X, Threads) from IT's
    #: configuration, or None.
    company_app: Callable[[str], Any] = lambda _network: None
    #: Whether IT allows accounts of a network (allowed_networks); all by default.
    network_allowed: Callable[[str], bool] = lambda _network: True
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    #: Sign-ins under way per shared keyring owner (a Mastodon server's app
    #: registration): what they share must stay.
    _signing_in: dict[str, int] = field(default_factory=dict, init=False)

    # -- reading ------------------------------------------------------------
    def statuses(self) -> list[AccountStatus]:
        """Every account with its state, oldest first.  Reads the keyring: call on a worker."""
        from advocate_desktop.credentials import CredentialError

        holds = self.holds.all()
        now = self.clock.now()
        result = []
        for account in self.accounts.all():
            hold = holds.get(account.id)
            if hold is not None and hold.paused == errors.SIGN_IN_NEEDED:
                result.append(AccountStatus(account, AccountState.SIGN_IN_NEEDED, detail="held"))
                continue
            connector = connector_for(account.network) if self._known(account) else None
            if connector is not None:
                try:
                    stored = self._has_sign_in(account, connector)
                except CredentialError as error:
                    result.append(AccountStatus(account, AccountState.UNKNOWN, detail=str(error)))
                    continue
                if not stored:
                    result.append(
                        AccountStatus(account, AccountState.SIGN_IN_NEEDED, detail="no_secret")
                    )
                    continue
            try:
                expiry = token_expiry(account)
            except TokenExpiryError as error:
                result.append(AccountStatus(account, AccountState.UNKNOWN, detail=str(error)))
                continue
            if expiry is None:
                result.append(AccountStatus(account, AccountState.CONNECTED))
            elif expiry <= now:
                result.append(AccountStatus(account, AccountState.SIGN_IN_NEEDED, detail="expired"))
            else:
                days = math.ceil((expiry - now) / timedelta(days=1))
                result.append(AccountStatus(account, AccountState.EXPIRES, days_left=days))
        return result

    def _has_sign_in(self, account: AccountRow, connector: Connector) -> bool:
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        return connector.has_sign_in(account, KeyringSecrets(self.credentials, account.id))

    # -- connecting ---------------------------------------------------------
    def context(self, *, short: bool = False) -> ConnectContext:
        """What a network's connector may use."""
        return ConnectContext(
            credentials=self.credentials,
            now=self.clock.now,
            stamp=lambda: to_db(self.clock.now()),
            session_factory=self.session_factory,
            timeouts=self.timeouts,
            oauth_timeout=self.oauth_timeout,
            short=short,
            company_app=self.company_app,
        )

    def _connector(self, network: str) -> Connector:
        connector = connector_for(network)
        if connector is None:
            raise AccountError("not_signable", network)
        return connector

    def add(self, network: str, request: SignInRequest) -> AccountRow:
        """Connect an account of ``network`` from what the employee gave.

        Nothing is kept unless the network confirmed who signed in, the account is not
        connected already and the employee did not cancel meanwhile.
        """
        if not self.network_allowed(network):
            raise AccountError("not_allowed", network)
        connector = self._connector(network)
        context = self.context()
        stop_if(request.cancel)
        owner = connector.shared_owner(request)
        with self._signing_in_on(owner):
            try:
                connected = connector.sign_in(request, context)
                identity = connector.identity(connected.config)
                duplicate = next(
                    (
                        a
                        for a in self.accounts.all()
                        if a.network == network and connector.identity(a.config) == identity
                    ),
                    None,
                )
                if duplicate is not None or request.cancel.is_set():
                    # Cancelled after the network gave the token, or a second copy:
                    # end it there, keep nothing.
                    connector.discard(connected, context)
                    if duplicate is not None:
                        raise AccountError("already_added", duplicate.display_name)
                    raise AccountError("cancelled")
                return self._store_new(
                    str(uuid.uuid4()),
                    network,
                    connected.name,
                    connected.config,
                    connected.tokens,
                )
            except BaseException:
                self._forget_unused_shared(connector, owner, context)
                raise

    def add_mastodon(
        self,
        address: str,
        *,
        open_browser: Opener,
        cancel: threading.Event | None = None,
        pages: CallbackPages | None = None,
    ) -> AccountRow:
        """Connect a Mastodon account: the server at ``address``, approved in the browser."""
        request = SignInRequest(
            address=address,
            open_browser=open_browser,
            pages=pages,
            cancel=cancel or threading.Event(),
        )
        return self.add(MASTODON, request)

    def add_bluesky(
        self,
        identifier: str,
        app_password: str,
        *,
        service: str = "",
        cancel: threading.Event | None = None,
    ) -> AccountRow:
        """Connect a Bluesky account with its handle (or e-mail) and an app password.

        ``service``: the account's server, https://bsky.social unless it is elsewhere.
        """
        request = SignInRequest(
            address=service,
            identifier=identifier,
            app_password=app_password,
            cancel=cancel or threading.Event(),
        )
        return self.add(BLUESKY, request)

    @contextmanager
    def _signing_in_on(self, owner: str | None) -> Iterator[None]:
        if owner is None:
            yield
            return
        with self._lock:
            self._signing_in[owner] = self._signing_in.get(owner, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                left = self._signing_in[owner] - 1
                if left:
                    self._signing_in[owner] = left
                else:
                    del self._signing_in[owner]

    def _forget_unused_shared(
        self, connector: Connector, owner: str | None, context: ConnectContext
    ) -> None:
        """A failed first connection to a server leaves no shared registration behind."""
        if owner is None or self._shared_needed(connector, owner, attempts_besides_mine=1):
            return
        connector.forget_shared(owner, context)

    def _shared_needed(
        self, connector: Connector, owner: str, *, besides: str = "", attempts_besides_mine: int = 0
    ) -> bool:
        """Whether secrets shared on one server are still used: by a stored account other
        than ``besides``, or by a sign-in under way other than the caller's own."""
        with self._lock:
            if self._signing_in.get(owner, 0) > attempts_besides_mine:
                return True
        return any(
            connector.shared_owner(a.config) == owner and a.id != besides
            for a in self.accounts.all()
        )

    def sign_in_again(
        self,
        account_id: str,
        *,
        open_browser: Opener | None = None,
        app_password: str = "",
        cancel: threading.Event | None = None,
        pages: CallbackPages | None = None,
    ) -> AccountRow:
        """A fresh sign-in for an existing account: same id, so its posts keep going.

        The new sign-in must be the same account on the network; its hold
        ("sign-in needed") is lifted once the new token is in the keyring.
        """
        request = SignInRequest(
            app_password=app_password,
            open_browser=open_browser,
            pages=pages,
            cancel=cancel or threading.Event(),
        )
        account = self.accounts.get(account_id)
        if account is None:
            raise AccountError("no_such_account", account_id)
        connector = self._connector(account.network)
        context = self.context()
        owner = connector.shared_owner(account.config)
        with self._signing_in_on(owner):
            connected = connector.sign_in_again(account, request, context)
            if connector.identity(connected.config) != connector.identity(account.config):
                connector.discard(connected, context)
                raise AccountError(
                    "different_account", str(connected.config.get("handle", connected.name))
                )
            if request.cancel.is_set():
                connector.discard(connected, context)
                raise AccountError("cancelled")
            return self._store_again(account, connected.name, connected.config, connected.tokens)

    def remove(self, account_id: str) -> Removed:
        """End the account's sign-in where the network offers it, delete its secrets and it.

        Works when the network is unreachable or the keyring refuses: the account goes
        regardless, and :class:`Removed` says what could not be done.
        """
        from advocate_desktop.credentials import CredentialError

        account = self.accounts.get(account_id)
        if account is None:
            raise AccountError("no_such_account", account_id)
        connector = connector_for(account.network) if self._known(account) else None
        revoked = self._end_sign_in(account, connector)
        keys = secret_keys(account.network, account.config, account.id)
        owner = connector.shared_owner(account.config) if connector is not None else None
        if (
            connector is not None
            and owner is not None
            and self._shared_needed(connector, owner, besides=account.id)
        ):
            # Other accounts on this server still sign in with the app's registration.
            keys = [k for k in keys if not k.startswith(owner + "/")]
        removed, problem = 0, ""
        try:
            # Without a keyring nothing was ever stored (there is no fallback store).
            if self.credentials.available():
                removed = self.credentials.delete_all(keys)
        except CredentialError as error:
            problem = str(error)
            log.warning("account %s removed, but its secrets stay: %s", account.id, error)
        self.accounts.remove(account.id)  # its hold goes with it (ON DELETE CASCADE)
        return Removed(account, revoked, removed, problem)

    @staticmethod
    def _known(account: AccountRow) -> bool:
        try:
            spec_for(account.network)
        except AccountConfigError:
            return False
        return True

    def _end_sign_in(self, account: AccountRow, connector: Connector | None) -> bool | None:
        """Revoke the token on the server; None when there is none to revoke."""
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        if connector is None:
            return None
        secrets = KeyringSecrets(self.credentials, account.id)
        try:
            return connector.end_sign_in(account, secrets, self.context(short=True))
        except (CredentialError, AccountConfigError) as error:
            log.warning("the sign-in of account %s was not ended: %s", account.id, error)
            return False

    # -- storing --------------------------------------------------------------
    def _find(
        self, network: str, key: str, value: str, instance: str | None = None
    ) -> AccountRow | None:
        for account in self.accounts.all():
            if account.network != network or str(account.config.get(key)) != value:
                continue
            if instance is None or account.config.get("instance") == instance:
                return account
        return None

    def _store_new(
        self,
        account_id: str,
        network: str,
        name: str,
        config: dict[str, Any],
        tokens: dict[str, str],
    ) -> AccountRow:
        """The tokens into the keyring, then the account; the keyring is undone if that fails."""
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        secrets = KeyringSecrets(self.credentials, account_id)
        try:
            for secret_name, value in tokens.items():
                secrets.set(secret_name, value)
            return self.accounts.add(network, name, config, self.clock.now(), account_id=account_id)
        except CredentialError as error:
            self._delete_quietly(secrets, tokens)
            raise AccountError("keyring", str(error)) from None
        except BaseException:
            self._delete_quietly(secrets, tokens)
            raise

    def _store_again(
        self, account: AccountRow, name: str, config: dict[str, Any], tokens: dict[str, str]
    ) -> AccountRow:
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        secrets = KeyringSecrets(self.credentials, account.id)
        try:
            for secret_name, value in tokens.items():
                secrets.set(secret_name, value)
        except CredentialError as error:
            raise AccountError("keyring", str(error)) from None
        updated = self.accounts.update(account.id, name, config)
        if updated is None:  # removed while the employee was signing in
            self._delete_quietly(secrets, tokens)
            raise AccountError("no_such_account", account.id)
        self.holds.resume(account.id)
        return updated

    @staticmethod
    def _delete_quietly(secrets: Any, tokens: dict[str, str]) -> None:
        from advocate_desktop.credentials import CredentialError

        for secret_name in tokens:
            try:
                secrets.delete(secret_name)
            except CredentialError:
                log.warning("a secret of an account never stored stays in the keyring")
