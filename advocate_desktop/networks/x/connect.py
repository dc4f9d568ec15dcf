"""Connecting an X account: OAuth 2.0 with PKCE through the company's X app.

The company's app comes from IT (``context.company_app("x")``): its client id, and
optionally a token-exchange address the company runs.  X's app is a public client
(a "Native App"): the laptop holds no client secret, the PKCE verifier proves the
sign-in is ours.  With a token-exchange address, that address is the token endpoint
for the code and for every refresh (RFC 6749 form parameters, the PKCE verifier
included); the company's service adds what it must and forwards to X.

No company app (IT did not turn X's API on: X charges the company per post) is
``no_company_app``: X is then offered through its share page only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import requests

from advocate_desktop.http import Timeouts, new_session
from advocate_desktop.networks.connect import (
    ConnectContext,
    Connected,
    ConnectError,
    MemorySecrets,
    NoSharedSecrets,
    SignInRequest,
    stop_if,
)

from . import spec as x_spec

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle


class AccountRow(Protocol):
    """What a connector reads of a stored account (networks/ does not import store/)."""

    @property
    def config(self) -> dict[str, Any]: ...


log = logging.getLogger(__name__)

#: Removing must not wait long on X: the account goes regardless.
REMOVE_TIMEOUTS = Timeouts(connect=5.0, read=10.0)


def company_app(context: ConnectContext) -> tuple[str, str | None]:
    """The company's X app: its client id and token-exchange address (or None)."""
    app = context.company_app(x_spec.SPEC.key.value)
    client_id = getattr(app, "client_id", None) if app is not None else None
    if not isinstance(client_id, str) or not client_id.strip():
        raise ConnectError("no_company_app")
    exchange = getattr(app, "token_exchange_url", None)
    return client_id.strip(), exchange if isinstance(exchange, str) and exchange else None


class XConnector(NoSharedSecrets):
    def __init__(
        self,
        *,
        endpoints: x_spec.Endpoints | None = None,
        ports: Sequence[int] | None = None,
    ) -> None:
        # Read when used, so a test that points X at a loopback server is followed.
        self._endpoints = endpoints
        self._ports = ports

    @property
    def endpoints(self) -> x_spec.Endpoints:
        return self._endpoints or x_spec.ENDPOINTS

    @property
    def ports(self) -> Sequence[int]:
        return self._ports or x_spec.CALLBACK_PORTS

    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        return self._sign_in(request, context, {})

    def sign_in_again(
        self, account: AccountRow, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        return self._sign_in(request, context, account.config)

    def _sign_in(
        self, request: SignInRequest, context: ConnectContext, previous: dict[str, Any]
    ) -> Connected:
        from advocate_desktop.networks.oauth import OAuthClient, OAuthError, authorize
        from advocate_desktop.networks.x.api import me
        from advocate_desktop.networks.x.errors import XError
        from advocate_desktop.networks.x.tokens import store_tokens

        client_id, exchange = company_app(context)
        if request.open_browser is None:
            raise ValueError("an X sign-in needs a browser")
        stop_if(request.cancel)
        endpoints = self.endpoints
        token_url = exchange or endpoints.token
        client = OAuthClient(
            client_id,
            None,  # a public client: X's PKCE flow needs no secret on the laptop
            endpoints.authorize,
            token_url,
            " ".join(x_spec.SCOPES),
            use_pkce=True,
        )
        timeouts = self._timeouts(context)
        try:
            token = authorize(
                client,
                open_browser=request.open_browser,
                cancel=request.cancel,
                timeout=context.oauth_timeout,
                http_timeout=timeouts.pair(),
                pages=request.pages,
                ports=self.ports,
            )
        except OAuthError as error:
            raise ConnectError(error.code, error.detail) from None
        staged = MemorySecrets()
        store_tokens(staged, token.access_token, token.refresh_token, token.expires_at)
        session = context.session() or new_session()
        try:
            who = me(endpoints.api, token.access_token, session, timeouts)
        except XError as error:
            # The tokens X gave are not kept: end them there, as for a cancelled sign-in.
            self._revoke(staged.items(), client_id, exchange, context)
            raise ConnectError(
                "not_x" if error.code == "bad_response" else error.code, error.detail
            ) from None
        finally:
            session.close()
        config = {
            **previous,
            "user_id": who["id"],
            "handle": who["username"],
            "name": who["name"],
            "client_id": client_id,
            "token_url": token_url,
            "scopes": token.scope,
        }
        return Connected(f"@{who['username']}", config, staged.items())

    def identity(self, config: dict[str, Any]) -> str:
        return str(config.get("user_id"))

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        client_id = connected.config.get("client_id")
        token_url = connected.config.get("token_url")
        if not isinstance(client_id, str):
            return False
        exchange = token_url if token_url != self.endpoints.token else None
        return self._revoke(connected.tokens, client_id, exchange, context)

    def has_sign_in(self, account: AccountRow, secrets: SecretHandle) -> bool:
        from advocate_desktop.networks.x.tokens import ACCESS_TOKEN, REFRESH_TOKEN

        return bool(secrets.get(REFRESH_TOKEN) or secrets.get(ACCESS_TOKEN))

    def end_sign_in(
        self, account: AccountRow, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        from advocate_desktop.networks.x.tokens import TOKEN_NAMES

        tokens = {name: value for name in TOKEN_NAMES if (value := secrets.get(name))}
        client_id = account.config.get("client_id")
        if not tokens or not isinstance(client_id, str):
            return None
        token_url = account.config.get("token_url")
        exchange = token_url if token_url != self.endpoints.token else None
        return self._revoke(tokens, client_id, exchange, context)

    def _revoke(
        self,
        tokens: dict[str, str],
        client_id: str,
        exchange: object,
        context: ConnectContext,
    ) -> bool:
        """End the tokens at X (``POST /2/oauth2/revoke``, a public client names itself
        by its client id); True when X confirmed.  With a token-exchange address the
        app is the company's confidential client, which the laptop cannot authenticate
        as: the tokens are only forgotten here, and expire at X."""
        from advocate_desktop.networks.x.tokens import ACCESS_TOKEN, REFRESH_TOKEN

        if exchange:
            return False
        session = context.session() or new_session()
        confirmed = False
        try:
            for name, hint in ((REFRESH_TOKEN, "refresh_token"), (ACCESS_TOKEN, "access_token")):
                token = tokens.get(name)
                if not token:
                    continue
                try:
                    response = session.post(
                        self.endpoints.revoke,
                        data={"token": token, "token_type_hint": hint, "client_id": client_id},
                        timeout=REMOVE_TIMEOUTS.pair(),
                    )
                except requests.RequestException as error:
                    log.info("X did not confirm the sign-out: %s", type(error).__name__)
                    return False
                confirmed = response.status_code == 200
        finally:
            session.close()
        return confirmed

    @staticmethod
    def _timeouts(context: ConnectContext) -> Timeouts:
        given = context.timeouts
        if given is None:
            return Timeouts()
        return Timeouts(connect=given.connect, read=given.read)


def connector() -> XConnector:
    return XConnector()
