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
from advocate_desktop.networks.registry import (
    BLUESKY,
    MASTODON,
    OUTBOX,
    account_networks,
    secret_keys,
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
    from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts
    from advocate_desktop.networks.oauth import CallbackPages, Opener

log = logging.getLogger(__name__)


#: Removing must not wait long on a server that is away: the account goes regardless.
REMOVE_CONNECT_TIMEOUT = 5.0
REMOVE_READ_TIMEOUT = 10.0


def addable_networks() -> tuple[str, ...]:
    """The networks "Add account" offers, in the order shown: the registry's, real
    networks first and the Outbox folder last."""
    specs = account_networks()
    return tuple(
        spec.key.value for spec in sorted(specs, key=lambda spec: spec.auth is AuthKind.FOLDER)
    )


class AccountError(Exception):
    """An account could not be added, signed in or read.  ``code`` is stable (see CODES)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


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
}


class MemorySecrets:
    """Secrets held in memory while a sign-in is unfinished; never written anywhere."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> bool:
        return self._values.pop(name, None) is not None


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
        return self.account.network in (MASTODON, BLUESKY)


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
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    #: Mastodon sign-ins under way, per server: their app registration must stay.
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
            if account.network in (MASTODON, BLUESKY):
                try:
                    stored = self._has_sign_in(account)
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

    def _has_sign_in(self, account: AccountRow) -> bool:
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        secrets = KeyringSecrets(self.credentials, account.id)
        if account.network == MASTODON:
            from advocate_desktop.networks.mastodon.account import TOKEN_SECRET

            return bool(secrets.get(TOKEN_SECRET))
        from advocate_desktop.networks.bluesky.secrets import REFRESH_JWT

        return bool(secrets.get(REFRESH_JWT))

    # -- Mastodon -------------------------------------------------------------
    def add_mastodon(
        self,
        address: str,
        *,
        open_browser: Opener,
        cancel: threading.Event | None = None,
        pages: CallbackPages | None = None,
    ) -> AccountRow:
        """Connect a Mastodon account: the server at ``address``, approved in the browser."""
        from advocate_desktop.networks.mastodon.api import base_url_from

        cancel = cancel or threading.Event()
        base_url = _mastodon_call(lambda: base_url_from(address))
        with self._signing_in_on(base_url):
            try:
                signed, token = self._mastodon_sign_in(base_url, open_browser, cancel, pages)
                duplicate = self._find(
                    MASTODON, "remote_account_id", signed.account.account_id, base_url
                )
                if duplicate is not None:
                    self._revoke_mastodon(base_url, token)
                    raise AccountError("already_added", duplicate.display_name)
                config = signed.account.to_config(signed.limits, checked_at=to_db(self.clock.now()))
                return self._store_new(
                    str(uuid.uuid4()),
                    MASTODON,
                    signed.account.display_name,
                    config,
                    {_mastodon_token_name(): token},
                )
            except BaseException:
                self._forget_unused_app(base_url)
                raise

    @contextmanager
    def _signing_in_on(self, base_url: str) -> Iterator[None]:
        with self._lock:
            self._signing_in[base_url] = self._signing_in.get(base_url, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                left = self._signing_in[base_url] - 1
                if left:
                    self._signing_in[base_url] = left
                else:
                    del self._signing_in[base_url]

    def _mastodon_sign_in(
        self,
        base_url: str,
        open_browser: Opener,
        cancel: threading.Event,
        pages: CallbackPages | None,
    ) -> tuple[Any, str]:
        """The browser sign-in, its token held in memory; (SignedIn, token)."""
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon import account as mastodon
        from advocate_desktop.networks.oauth import OAuthError

        _stop_if(cancel)
        api = self._mastodon_api(base_url)
        staged = MemorySecrets()
        app_secrets = KeyringSecrets(self.credentials, mastodon.app_owner(base_url))
        try:
            signed = _mastodon_call(
                lambda: mastodon.sign_in(
                    api,
                    app_secrets,
                    staged,
                    open_browser=open_browser,
                    cancel=cancel,
                    timeout=self.oauth_timeout,
                    pages=pages,
                )
            )
        except OAuthError as error:
            raise AccountError(error.code, error.detail) from None
        except CredentialError as error:
            raise AccountError("keyring", str(error)) from None
        finally:
            api.session.close()
        token = staged.get(mastodon.TOKEN_SECRET)
        assert token is not None  # sign_in stores it before returning
        if cancel.is_set():
            # Cancelled after the server gave the token: end it there, keep nothing.
            self._revoke_mastodon(base_url, token)
            raise AccountError("cancelled")
        return signed, token

    def _mastodon_api(self, base_url: str, *, short: bool = False) -> MastodonApi:
        from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts

        timeouts = self.timeouts or Timeouts()
        if short:
            timeouts = Timeouts(
                connect=min(timeouts.connect, REMOVE_CONNECT_TIMEOUT),
                read=min(timeouts.read, REMOVE_READ_TIMEOUT),
            )
        session = self.session_factory() if self.session_factory else None
        return MastodonApi(base_url, session=session, timeouts=timeouts)

    def _revoke_mastodon(self, base_url: str, token: str) -> bool:
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon import account as mastodon

        staged = MemorySecrets()
        staged.set(mastodon.TOKEN_SECRET, token)
        app_secrets = KeyringSecrets(self.credentials, mastodon.app_owner(base_url))
        api = self._mastodon_api(base_url, short=True)
        try:
            return mastodon.sign_out(api, app_secrets, staged)
        except CredentialError:
            return False
        finally:
            api.session.close()

    def _forget_unused_app(self, base_url: str) -> None:
        """A failed first connection to a server leaves no app registration behind."""
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon import account as mastodon

        if self._app_needed(base_url, attempts_besides_mine=1):
            return
        try:
            KeyringSecrets(self.credentials, mastodon.app_owner(base_url)).delete(
                mastodon.APP_SECRET
            )
        except CredentialError:
            log.warning("the app registration on %s stays in the keyring", base_url)

    def _app_needed(
        self, base_url: str, *, besides: str = "", attempts_besides_mine: int = 0
    ) -> bool:
        """Whether a server's app registration is still used: by a stored account other
        than ``besides``, or by a sign-in under way other than the caller's own."""
        with self._lock:
            if self._signing_in.get(base_url, 0) > attempts_besides_mine:
                return True
        return self._instance_in_use(base_url, besides=besides)

    def _instance_in_use(self, base_url: str, *, besides: str = "") -> bool:
        return any(
            a.network == MASTODON and a.config.get("instance") == base_url and a.id != besides
            for a in self.accounts.all()
        )

    # -- Bluesky --------------------------------------------------------------
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
        cancel = cancel or threading.Event()
        signed, tokens, service_url = self._bluesky_sign_in(identifier, app_password, service)
        duplicate = self._find(BLUESKY, "did", signed.did)
        if duplicate is not None or cancel.is_set():
            self._end_bluesky_session(signed, tokens)
            if duplicate is not None:
                raise AccountError("already_added", duplicate.display_name)
            raise AccountError("cancelled")
        config: dict[str, Any] = {**signed.to_config(), "sign_in_service": service_url}
        return self._store_new(str(uuid.uuid4()), BLUESKY, signed.handle, config, tokens)

    def _bluesky_sign_in(
        self, identifier: str, app_password: str, service: str
    ) -> tuple[Any, dict[str, str], str]:
        from advocate_desktop.networks.bluesky import session as bluesky

        service_url = self._bluesky_service(service)
        staged = MemorySecrets()
        try:
            signed = bluesky.sign_in(
                service_url, identifier, app_password, staged, session=self._session()
            )
        except bluesky.SignInError as error:
            raise AccountError(error.code, error.detail) from None
        tokens = {name: value for name in _bluesky_token_names() if (value := staged.get(name))}
        return signed, tokens, service_url

    def _bluesky_service(self, service: str) -> str:
        from advocate_desktop.networks.bluesky.session import DEFAULT_SERVICE
        from advocate_desktop.networks.mastodon.api import base_url_from

        if not service.strip():
            return DEFAULT_SERVICE
        # The same rules as a Mastodon server's address: https, or http to this computer.
        result: str = _mastodon_call(lambda: base_url_from(service))
        return result

    def _end_bluesky_session(self, signed: Any, tokens: dict[str, str]) -> bool:
        from advocate_desktop.networks.bluesky import session as bluesky

        staged = MemorySecrets()
        for name, value in tokens.items():
            staged.set(name, value)
        return bluesky.sign_out(signed, staged, session=self._session())

    def _session(self) -> requests.Session | None:
        return self.session_factory() if self.session_factory else None

    # -- both -----------------------------------------------------------------
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
        cancel = cancel or threading.Event()
        account = self.accounts.get(account_id)
        if account is None:
            raise AccountError("no_such_account", account_id)
        if account.network == MASTODON:
            if open_browser is None:
                raise ValueError("a Mastodon sign-in needs a browser")
            return self._mastodon_again(account, open_browser, cancel, pages)
        if account.network == BLUESKY:
            return self._bluesky_again(account, app_password, cancel)
        raise AccountError("not_signable", account.network)

    def _mastodon_again(
        self,
        account: AccountRow,
        open_browser: Opener,
        cancel: threading.Event,
        pages: CallbackPages | None,
    ) -> AccountRow:
        base_url = account.config.get("instance")
        if not isinstance(base_url, str) or not base_url:
            raise AccountError("broken_account", "no server address")
        signed, token = self._mastodon_sign_in(base_url, open_browser, cancel, pages)
        if signed.account.account_id != str(account.config.get("remote_account_id")):
            self._revoke_mastodon(base_url, token)
            raise AccountError("different_account", signed.account.handle)
        visibility = account.config.get("visibility", "public")
        config = {
            **account.config,
            **signed.account.to_config(
                signed.limits,
                visibility=visibility if isinstance(visibility, str) else "public",
                checked_at=to_db(self.clock.now()),
            ),
        }
        return self._store_again(
            account, signed.account.display_name, config, {_mastodon_token_name(): token}
        )

    def _bluesky_again(
        self, account: AccountRow, app_password: str, cancel: threading.Event
    ) -> AccountRow:
        handle = account.config.get("handle")
        did = account.config.get("did")
        if not isinstance(handle, str) or not isinstance(did, str):
            raise AccountError("broken_account", "no handle")
        service = account.config.get("sign_in_service") or account.config.get("service") or ""
        signed, tokens, _ = self._bluesky_sign_in(
            did, app_password, service if isinstance(service, str) else ""
        )
        if signed.did != did or cancel.is_set():
            self._end_bluesky_session(signed, tokens)
            if cancel.is_set():
                raise AccountError("cancelled")
            raise AccountError("different_account", signed.handle)
        config = {**account.config, **signed.to_config()}
        return self._store_again(account, signed.handle, config, tokens)

    def remove(self, account_id: str) -> Removed:
        """End the account's sign-in where the network offers it, delete its secrets and it.

        Works when the network is unreachable or the keyring refuses: the account goes
        regardless, and :class:`Removed` says what could not be done.
        """
        from advocate_desktop.credentials import CredentialError

        account = self.accounts.get(account_id)
        if account is None:
            raise AccountError("no_such_account", account_id)
        revoked = self._end_sign_in(account)
        keys = secret_keys(account.network, account.config, account.id)
        instance = account.config.get("instance")
        shared = isinstance(instance, str) and self._app_needed(instance, besides=account.id)
        if account.network == MASTODON and isinstance(instance, str) and shared:
            # Other accounts on this server still sign in with the app's registration.
            keys = [k for k in keys if not k.startswith(_app_prefix(instance))]
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

    def _end_sign_in(self, account: AccountRow) -> bool | None:
        """Revoke the token on the server; None when there is none to revoke."""
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets

        secrets = KeyringSecrets(self.credentials, account.id)
        try:
            if account.network == MASTODON:
                from advocate_desktop.networks.mastodon import account as mastodon

                instance = account.config.get("instance")
                token = secrets.get(mastodon.TOKEN_SECRET)
                if not token or not isinstance(instance, str) or not instance:
                    return None
                return self._revoke_mastodon(instance, token)
            if account.network == BLUESKY:
                from advocate_desktop.networks.bluesky import session as bluesky
                from advocate_desktop.networks.bluesky.secrets import REFRESH_JWT

                if not secrets.get(REFRESH_JWT):
                    return None
                return bluesky.sign_out(
                    bluesky.BlueskyAccount.from_config(account.config),
                    secrets,
                    session=self._session(),
                )
        except (CredentialError, AccountConfigError) as error:
            log.warning("the sign-in of account %s was not ended: %s", account.id, error)
            return False
        return None

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


def _stop_if(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise AccountError("cancelled")


def _mastodon_call(call: Callable[[], Any]) -> Any:
    """``call()``, its MastodonError turned into an AccountError with the same code."""
    from advocate_desktop.networks.mastodon.errors import MastodonError

    try:
        return call()
    except MastodonError as error:
        raise AccountError(error.code, error.detail) from None


def _mastodon_token_name() -> str:
    from advocate_desktop.networks.mastodon.account import TOKEN_SECRET

    return TOKEN_SECRET


def _bluesky_token_names() -> tuple[str, ...]:
    from advocate_desktop.networks.bluesky.secrets import SESSION_NAMES

    return SESSION_NAMES


def _app_prefix(instance: str) -> str:
    from advocate_desktop.networks.mastodon.account import app_owner

    return app_owner(instance) + "/"
