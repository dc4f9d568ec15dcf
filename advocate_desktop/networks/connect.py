"""How an account of a network is connected, signed in again and ended: its connector.

Each network that has accounts to sign in to exports a :class:`Connector` through its
spec (``NetworkSpec.connector``, imported only when called).  The account manager
(:mod:`advocate_desktop.accounts`) does what every network shares — holding a new
sign-in in memory until the network confirmed who signed in, refusing duplicates,
writing the tokens to the keyring before the account row, lifting a "sign in again"
hold, removing secrets — and asks the connector only what differs:

- :meth:`Connector.sign_in`: the network's own sign-in from what the employee gave
  (:class:`SignInRequest`), its tokens held in a :class:`MemorySecrets` and returned
  in a :class:`Connected`;
- :meth:`Connector.identity`: which remote account a stored account or a new sign-in
  is, so the same account is not added twice and a fresh sign-in of an existing
  account is refused when it is someone else;
- :meth:`Connector.discard`: end a sign-in that will not be kept (cancelled,
  duplicate, someone else);
- :meth:`Connector.has_sign_in` and :meth:`Connector.end_sign_in`: whether a stored
  account still has its tokens, and ending its sign-in on the network when it is
  removed.

A network whose accounts share secrets (Mastodon registers the app once per server)
names their keyring owner with :meth:`Connector.shared_owner`; the manager keeps that
owner's secrets while another account or sign-in still uses them.

Every failure is a :class:`ConnectError` with a stable ``code`` that ``ui/``
translates; the networks' own codes are passed through.  Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import requests

    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import SecretHandle
    from advocate_desktop.networks.mastodon.api import Timeouts
    from advocate_desktop.networks.oauth import CallbackPages, Opener


class StoredAccount(Protocol):
    """An account as the app keeps it (``store``'s row; networks/ may not import store)."""

    @property
    def id(self) -> str: ...

    @property
    def network(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def config(self) -> dict[str, Any]: ...


class ConnectError(Exception):
    """An account could not be added, signed in or read.  ``code`` is stable."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class MemorySecrets:
    """Secrets held in memory while a sign-in is unfinished; never written anywhere."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values: dict[str, str] = dict(values or {})

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> bool:
        return self._values.pop(name, None) is not None

    def items(self) -> dict[str, str]:
        return dict(self._values)


@dataclass(frozen=True)
class SignInRequest:
    """What the employee gave to sign in; each network reads its own part."""

    #: A server's address (Mastodon's instance, a Bluesky account's own server).
    address: str = ""
    #: A handle or e-mail address (Bluesky).
    identifier: str = ""
    #: An app password (Bluesky).  Never stored.
    app_password: str = field(default="", repr=False)
    #: Opens an authorization page in the employee's browser (OAuth networks).
    open_browser: Opener | None = None
    #: What the browser shows when it comes back (translated by the UI).
    pages: CallbackPages | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class Connected:
    """A sign-in the network confirmed, held in memory until it is stored."""

    #: The account's display name.
    name: str
    #: What the account row keeps (no secrets).
    config: dict[str, Any]
    #: The secrets to write to the keyring under the account's id, by name.
    tokens: dict[str, str] = field(repr=False)


@dataclass
class ConnectContext:
    """What a connector may use: the keyring, HTTP sessions, time limits, IT's apps."""

    credentials: CredentialStore
    #: The time now (the app's clock; tests move it).
    now: Callable[[], datetime]
    #: The same time as the app's database keeps it.
    stamp: Callable[[], str]
    #: A requests session for each operation; None: the app's own.
    session_factory: Callable[[], requests.Session] | None = None
    #: Mastodon's timeouts (None: the defaults); tests shorten them.
    timeouts: Timeouts | None = None
    #: How long the browser step may take before giving up.
    oauth_timeout: float = 300.0
    #: Whether an operation that must not wait long (removing) is under way.
    short: bool = False
    #: The company's registered app for a network (LinkedIn, X, Threads), from IT's
    #: configuration; None when there is none.  Returns an object with
    #: ``client_id``, ``client_secret`` and ``token_exchange_url``.
    company_app: Callable[[str], Any] = field(default=lambda _network: None)

    def session(self) -> requests.Session | None:
        return self.session_factory() if self.session_factory else None


class Connector(Protocol):
    """The network-specific half of connecting an account (see the module's text)."""

    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        """Sign in from what the employee gave; the tokens are only in the result."""
        ...

    def sign_in_again(
        self, account: StoredAccount, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        """A fresh sign-in of a stored account (its server and handle from its config)."""
        ...

    def identity(self, config: dict[str, Any]) -> str:
        """Which remote account a configuration is (for duplicates and re-sign-ins)."""
        ...

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        """End a sign-in that will not be kept; whether the network confirmed it."""
        ...

    def has_sign_in(self, account: StoredAccount, secrets: SecretHandle) -> bool:
        """Whether a stored account's tokens are in the keyring."""
        ...

    def end_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        """End a stored account's sign-in on the network; None when there is none."""
        ...

    def shared_owner(self, request_or_config: SignInRequest | dict[str, Any]) -> str | None:
        """The keyring owner of secrets shared by the accounts of one server, if any."""
        ...

    def forget_shared(self, owner: str, context: ConnectContext) -> None:
        """Delete the shared secrets of ``owner`` (no account or sign-in uses them)."""
        ...


#: Builds the connector of a network (imported when an account is connected).
ConnectorFactory = Callable[[], Connector]


class NoSharedSecrets:
    """For connectors whose accounts share nothing in the keyring."""

    def shared_owner(self, request_or_config: SignInRequest | dict[str, Any]) -> str | None:
        return None

    def forget_shared(self, owner: str, context: ConnectContext) -> None:
        return None


def stop_if(cancel: threading.Event) -> None:
    """Raise ``cancelled`` when the employee pressed Cancel."""
    if cancel.is_set():
        raise ConnectError("cancelled")
