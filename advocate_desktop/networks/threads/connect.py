"""Connecting a Threads account through the company's Threads app, in the browser.

1. IT's configuration names the company's Threads app (``context.company_app``):
   its id, and either its secret or the company's token-exchange address.  Without
   one the sign-in stops with ``no_company_app``.
2. The authorization code flow runs in the employee's browser
   (:func:`advocate_desktop.networks.oauth.authorize`, PKCE included).  Meta accepts
   only https redirect addresses, so a company that registered an https relay
   (``redirect_url``) has the browser sent on through it to the app's loopback
   listener; without one the loopback address itself is the redirect.
3. The code goes to Threads' token endpoint with the app's secret, or to the
   company's token-exchange address without it (the service adds the secret).
4. The one-hour token is exchanged for a long-lived one (60 days): with the secret
   at Threads, or through the exchange service (``grant_type=th_exchange_token``).
5. ``GET /me`` says who signed in; the token, with its times, is held in memory
   until the account manager writes it to the keyring.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from advocate_desktop.networks.connect import (
    ConnectContext,
    Connected,
    ConnectError,
    NoSharedSecrets,
    SignInRequest,
    stop_if,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle

    from .api import Endpoints, ThreadsApi
    from .tokens import StoredToken

log = logging.getLogger(__name__)


class StoredAccount(Protocol):
    """What the connector reads of a stored account (the store's row has it; networks/
    does not import the store)."""

    @property
    def id(self) -> str: ...

    @property
    def config(self) -> dict[str, Any]: ...


NETWORK = "threads"
#: A token from the code exchange that lasts longer than this is long-lived already
#: (a company's exchange service may hand one back at once).
SHORT_LIVED_AT_MOST = timedelta(days=1)


class ThreadsConnector(NoSharedSecrets):
    def __init__(self, endpoints: Endpoints | None = None) -> None:
        self._endpoints = endpoints

    def endpoints(self) -> Endpoints:
        from . import api

        return self._endpoints or api.ENDPOINTS

    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        return self._sign_in(request, context, {})

    def sign_in_again(
        self, account: StoredAccount, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        return self._sign_in(request, context, account.config)

    def _sign_in(
        self, request: SignInRequest, context: ConnectContext, previous: dict[str, Any]
    ) -> Connected:
        from advocate_desktop.networks.oauth import OAuthClient, OAuthError, authorize

        from .api import SCOPE, ThreadsApi
        from .errors import ThreadsError
        from .tokens import TOKEN_SECRET, config_updates

        app = context.company_app(NETWORK)
        client_id = _text(app, "client_id")
        secret = _text(app, "client_secret")
        exchange = _text(app, "token_exchange_url")
        if app is None or not client_id or not (secret or exchange):
            raise ConnectError("no_company_app")
        if request.open_browser is None:
            raise ValueError("a Threads sign-in needs a browser")
        stop_if(request.cancel)
        endpoints = self.endpoints()
        client = OAuthClient(
            client_id=client_id,
            # With an exchange service the secret stays with the company.
            client_secret=None if exchange else secret,
            authorize_url=endpoints.authorize_url,
            token_url=exchange or endpoints.token_url,
            scope=SCOPE,
        )
        try:
            token = authorize(
                client,
                open_browser=request.open_browser,
                cancel=request.cancel,
                timeout=context.oauth_timeout,
                pages=request.pages,
                relay_url=_text(app, "redirect_url") or None,
            )
        except OAuthError as error:
            raise ConnectError(error.code, error.detail) from None
        stop_if(request.cancel)
        now = context.now()
        api = ThreadsApi(endpoints, session=context.session())
        try:
            long_lived = self._long_lived(api, token.access_token, token.expires_at, now, app)
            user_id, username = api.me(long_lived.access_token)
        except ThreadsError as error:
            raise ConnectError(error.code, error.detail) from None
        finally:
            api.close()
        if not user_id:
            raise ConnectError("no_threads_account")
        config = {
            **previous,
            "remote_account_id": user_id,
            "username": username,
            "handle": f"@{username}" if username else "",
            "graph": endpoints.graph,
            **config_updates(long_lived),
        }
        name = f"@{username}" if username else user_id
        return Connected(name, config, {TOKEN_SECRET: long_lived.to_secret()})

    @staticmethod
    def _long_lived(
        api: ThreadsApi, access_token: str, expires_at: float | None, now: datetime, app: Any
    ) -> StoredToken:
        from .api import IssuedToken
        from .tokens import StoredToken

        if expires_at is not None:
            lasts = expires_at - now.timestamp()
            if lasts > SHORT_LIVED_AT_MOST.total_seconds():
                return StoredToken.issued(IssuedToken(access_token, int(lasts)), now)
        exchange = _text(app, "token_exchange_url")
        if exchange:
            issued = api.exchange_through(exchange, access_token, _text(app, "client_id"))
        else:
            issued = api.exchange_long_lived(access_token, _text(app, "client_secret"))
        return StoredToken.issued(issued, now)

    def identity(self, config: dict[str, Any]) -> str:
        return f"threads#{config.get('remote_account_id')}"

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        """Threads gives apps no way to end a user's token: it is dropped unused."""
        return False

    def has_sign_in(self, account: StoredAccount, secrets: SecretHandle) -> bool:
        from .tokens import stored

        return stored(secrets) is not None

    def end_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        """None: Threads has no call that ends an app's token.  The token is deleted
        from the keyring with the account; the employee can also remove the app in
        Threads' own settings (Account → Website permissions)."""
        return None

    def refresh_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> dict[str, Any]:
        """The daily check: refresh the token when Threads allows it; the configuration
        keys to merge (its expiry, also when a publish refreshed it meanwhile)."""
        from advocate_desktop.networks.base import AccountConfigError

        from .api import ThreadsApi, endpoints_for
        from .errors import ThreadsError
        from .tokens import config_updates, stored, usable_token

        try:
            endpoints = endpoints_for({"graph": self.endpoints().graph, **account.config})
        except AccountConfigError as error:
            raise ConnectError("broken_account", str(error)) from None
        api = ThreadsApi(endpoints, session=context.session())
        try:
            token = usable_token(api, secrets, context.now(), owner=account.id)
        except ThreadsError as error:
            current = stored(secrets)
            if current is None:
                raise ConnectError(error.code, error.detail) from None
            return config_updates(current)  # expired: the Accounts page says so by itself
        finally:
            api.close()
        return config_updates(token)


def _text(app: object, name: str) -> str:
    value = getattr(app, name, None) if app is not None else None
    return value.strip() if isinstance(value, str) else ""


def connector() -> ThreadsConnector:
    return ThreadsConnector()
