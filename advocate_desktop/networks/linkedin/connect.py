"""Connecting a LinkedIn account through the company's registered LinkedIn app.

IT configures the app (:class:`ConnectContext.company_app`): its client id, and
either its client secret or the address of the company's token exchange, which
adds the secret on the company's side so none is on the laptop.  The member
approves in the browser (authorization code, PKCE, the loopback redirect on the
registered port); the member's id comes from the OpenID userinfo endpoint.

LinkedIn's access tokens last 60 days and most apps get no refresh token, so the
account stores when its token expires (``token_expires_at``): the Accounts page and
the tray warn a week ahead, and a post due after it is flagged when scheduled.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from advocate_desktop.networks import oauth
from advocate_desktop.networks.connect import (
    ConnectContext,
    Connected,
    ConnectError,
    NoSharedSecrets,
    SignInRequest,
    stop_if,
)
from advocate_desktop.networks.linkedin import endpoints
from advocate_desktop.networks.linkedin.spec import TOKEN_SECRET

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle

log = logging.getLogger(__name__)


class StoredAccount(Protocol):
    """What a connector reads of a stored account (networks/ does not import store/)."""

    @property
    def config(self) -> dict[str, Any]: ...


NETWORK = "linkedin"
#: How long LinkedIn's access tokens last when the answer does not say (60 days).
DEFAULT_LIFETIME = timedelta(days=60)
REVOKE_TIMEOUTS = (5.0, 10.0)


def company_app(context: ConnectContext) -> Any:
    """IT's LinkedIn app, or ``no_company_app``."""
    app = context.company_app(NETWORK)
    client_id = getattr(app, "client_id", None) if app is not None else None
    if not isinstance(client_id, str) or not client_id.strip():
        raise ConnectError("no_company_app")
    return app


def oauth_client(app: Any, where: endpoints.Endpoints) -> oauth.OAuthClient:
    """The OAuth client for IT's app: with the token exchange, no secret on the laptop."""
    exchange = getattr(app, "token_exchange_url", None) or None
    secret = None if exchange else (getattr(app, "client_secret", None) or None)
    port = getattr(app, "redirect_port", None)
    return oauth.OAuthClient(
        client_id=str(app.client_id).strip(),
        client_secret=secret,
        authorize_url=where.authorize_url,
        token_url=exchange or where.token_url,
        scope=endpoints.SCOPES,
        use_pkce=bool(getattr(app, "pkce", True)),
        redirect_port=port if isinstance(port, int) else endpoints.REDIRECT_PORT,
    )


class LinkedInConnector(NoSharedSecrets):
    def __init__(self, where: endpoints.Endpoints | None = None) -> None:
        # Tests point it at their loopback LinkedIn; the app at LinkedIn itself.
        self.where = where or endpoints.LINKEDIN

    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        return self._sign_in(request, context, {})

    def sign_in_again(
        self, account: StoredAccount, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        return self._sign_in(request, context, account.config)

    def _sign_in(
        self, request: SignInRequest, context: ConnectContext, previous: dict[str, Any]
    ) -> Connected:
        from advocate_desktop.networks.base import OutcomeUnknown, PublishError
        from advocate_desktop.networks.linkedin.api import LinkedInApi
        from advocate_desktop.networks.linkedin.publisher import api_version

        if request.open_browser is None:
            raise ValueError("a LinkedIn sign-in needs a browser")
        app = company_app(context)
        stop_if(request.cancel)
        try:
            token = oauth.authorize(
                oauth_client(app, self.where),
                open_browser=request.open_browser,
                cancel=request.cancel,
                timeout=context.oauth_timeout,
                pages=request.pages,
            )
        except oauth.OAuthError as error:
            raise ConnectError(error.code, error.detail) from None
        now = context.now()
        config: dict[str, Any] = {
            **previous,
            "api_base": self.where.api_base,
            "feed_base": self.where.feed_base,
        }
        chosen = getattr(app, "api_version", None)
        if isinstance(chosen, str) and chosen.strip():
            config["api_version"] = chosen.strip()
        api = LinkedInApi(
            token.access_token,
            api_base=self.where.api_base,
            version=api_version(config),
            session=context.session(),
        )
        try:
            member = api.userinfo()
        except PublishError as error:
            self._revoke(app, token.access_token, context)
            raise ConnectError(error.code, error.detail) from None
        except OutcomeUnknown as error:  # a GET never posts; read as "unavailable"
            raise ConnectError("server_unavailable", error.detail) from None
        finally:
            api.close()
        config.update(
            remote_account_id=member.sub,
            author=member.urn,
            token_expires_at=expires_at(token, now).astimezone(UTC).isoformat(),
        )
        return Connected(member.name, config, {TOKEN_SECRET: token.access_token})

    def identity(self, config: dict[str, Any]) -> str:
        return f"linkedin#{config.get('remote_account_id')}"

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        token = connected.tokens.get(TOKEN_SECRET)
        try:
            app = company_app(context)
        except ConnectError:
            return False
        return bool(token) and self._revoke(app, str(token), context)

    def has_sign_in(self, account: StoredAccount, secrets: SecretHandle) -> bool:
        return bool(secrets.get(TOKEN_SECRET))

    def end_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        token = secrets.get(TOKEN_SECRET)
        if not token:
            return None
        try:
            app = company_app(context)
        except ConnectError:
            return False
        return self._revoke(app, token, context)

    def _revoke(self, app: Any, token: str, context: ConnectContext) -> bool:
        """End a token at LinkedIn (``/oauth/v2/revoke`` takes the client secret, so
        with a token exchange the laptop cannot: False, the token runs out by itself)."""
        import requests

        from advocate_desktop.http import new_session

        secret = getattr(app, "client_secret", None)
        if getattr(app, "token_exchange_url", None) or not secret:
            return False
        session = context.session() or new_session()
        try:
            response = session.post(
                self.where.revoke_url,
                data={"client_id": app.client_id, "client_secret": secret, "token": token},
                timeout=REVOKE_TIMEOUTS,
            )
        except requests.RequestException as error:
            log.warning("the LinkedIn sign-in was not ended: %s", type(error).__name__)
            return False
        finally:
            session.close()
        return response.status_code == 200


def expires_at(token: oauth.Token, now: datetime) -> datetime:
    """When the token stops working, on the app's clock: what is left of its life as
    the server gave it (``expires_in``), counted from ``now``."""
    if token.expires_at is None:
        return now + DEFAULT_LIFETIME
    left = token.expires_at - datetime.now(UTC).timestamp()
    return now + timedelta(seconds=max(0.0, left))


def connector() -> LinkedInConnector:
    return LinkedInConnector()
