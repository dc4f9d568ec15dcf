"""Connecting a Mastodon account: OAuth on the employee's server, in the browser.

The app registers itself once per server (``POST /api/v1/apps``); that registration is
a secret shared by every account on the server (:func:`~.account.app_owner`), kept
while an account or a sign-in still uses it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.connect import (
    ConnectContext,
    Connected,
    ConnectError,
    MemorySecrets,
    SignInRequest,
    StoredAccount,
    stop_if,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle
    from advocate_desktop.networks.mastodon.api import MastodonApi

log = logging.getLogger(__name__)

#: Removing must not wait long on a server that is away: the account goes regardless.
REMOVE_CONNECT_TIMEOUT = 5.0
REMOVE_READ_TIMEOUT = 10.0


def mastodon_call(call: Callable[[], Any]) -> Any:
    """``call()``, its MastodonError turned into a ConnectError with the same code."""
    from advocate_desktop.networks.mastodon.errors import MastodonError

    try:
        return call()
    except MastodonError as error:
        raise ConnectError(error.code, error.detail) from None


def base_url(address: str) -> str:
    """A server's address as the employee typed it, checked and normalised."""
    from advocate_desktop.networks.mastodon.api import base_url_from

    result: str = mastodon_call(lambda: base_url_from(address))
    return result


class MastodonConnector:
    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        return self._sign_in(base_url(request.address), request, context, {})

    def sign_in_again(
        self, account: StoredAccount, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        instance = account.config.get("instance")
        if not isinstance(instance, str) or not instance:
            raise ConnectError("broken_account", "no server address")
        return self._sign_in(instance, request, context, account.config)

    def _sign_in(
        self,
        server: str,
        request: SignInRequest,
        context: ConnectContext,
        previous: dict[str, Any],
    ) -> Connected:
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon import account as mastodon
        from advocate_desktop.networks.oauth import OAuthError

        if request.open_browser is None:
            raise ValueError("a Mastodon sign-in needs a browser")
        open_browser = request.open_browser
        stop_if(request.cancel)
        api = self._api(server, context)
        staged = MemorySecrets()
        app_secrets = KeyringSecrets(context.credentials, mastodon.app_owner(server))
        try:
            signed = mastodon_call(
                lambda: mastodon.sign_in(
                    api,
                    app_secrets,
                    staged,
                    open_browser=open_browser,
                    cancel=request.cancel,
                    timeout=context.oauth_timeout,
                    pages=request.pages,
                )
            )
        except OAuthError as error:
            raise ConnectError(error.code, error.detail) from None
        except CredentialError as error:
            raise ConnectError("keyring", str(error)) from None
        finally:
            api.session.close()
        visibility = previous.get("visibility", "public")
        config = {
            **previous,
            **signed.account.to_config(
                signed.limits,
                visibility=visibility if isinstance(visibility, str) else "public",
                checked_at=context.stamp(),
            ),
        }
        return Connected(signed.account.display_name, config, staged.items())

    def identity(self, config: dict[str, Any]) -> str:
        return f"{config.get('instance')}#{config.get('remote_account_id')}"

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        from advocate_desktop.networks.mastodon.account import TOKEN_SECRET

        token = connected.tokens.get(TOKEN_SECRET)
        instance = connected.config.get("instance")
        if not token or not isinstance(instance, str):
            return False
        return self._revoke(instance, token, context)

    def has_sign_in(self, account: StoredAccount, secrets: SecretHandle) -> bool:
        from advocate_desktop.networks.mastodon.account import TOKEN_SECRET

        return bool(secrets.get(TOKEN_SECRET))

    def end_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        from advocate_desktop.networks.mastodon.account import TOKEN_SECRET

        instance = account.config.get("instance")
        token = secrets.get(TOKEN_SECRET)
        if not token or not isinstance(instance, str) or not instance:
            return None
        return self._revoke(instance, token, context)

    def shared_owner(self, request_or_config: SignInRequest | dict[str, Any]) -> str | None:
        from advocate_desktop.networks.mastodon.account import app_owner

        if isinstance(request_or_config, SignInRequest):
            return app_owner(base_url(request_or_config.address))
        instance = request_or_config.get("instance")
        return app_owner(instance) if isinstance(instance, str) and instance else None

    def forget_shared(self, owner: str, context: ConnectContext) -> None:
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon.account import APP_SECRET

        try:
            KeyringSecrets(context.credentials, owner).delete(APP_SECRET)
        except CredentialError:
            log.warning("the app registration %s stays in the keyring", owner)

    def _api(self, server: str, context: ConnectContext, *, short: bool = False) -> MastodonApi:
        from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts

        timeouts = context.timeouts or Timeouts()
        if short or context.short:
            timeouts = Timeouts(
                connect=min(timeouts.connect, REMOVE_CONNECT_TIMEOUT),
                read=min(timeouts.read, REMOVE_READ_TIMEOUT),
            )
        return MastodonApi(server, session=context.session(), timeouts=timeouts)

    def _revoke(self, server: str, token: str, context: ConnectContext) -> bool:
        from advocate_desktop.credentials import CredentialError
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon import account as mastodon

        staged = MemorySecrets({mastodon.TOKEN_SECRET: token})
        app_secrets = KeyringSecrets(context.credentials, mastodon.app_owner(server))
        api = self._api(server, context, short=True)
        try:
            return mastodon.sign_out(api, app_secrets, staged)
        except CredentialError:
            return False
        finally:
            api.session.close()


def connector() -> MastodonConnector:
    return MastodonConnector()
