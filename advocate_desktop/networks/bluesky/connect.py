"""Connecting a Bluesky account: its handle (or e-mail) and an app password."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.connect import (
    ConnectContext,
    Connected,
    ConnectError,
    MemorySecrets,
    NoSharedSecrets,
    SignInRequest,
    StoredAccount,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle


def service_url(address: str) -> str:
    """The account's sign-in server: https://bsky.social unless the employee named one."""
    from advocate_desktop.networks.bluesky.session import DEFAULT_SERVICE
    from advocate_desktop.networks.mastodon.connect import base_url

    if not address.strip():
        return DEFAULT_SERVICE
    # The same rules as a Mastodon server's address: https, or http to this computer.
    return base_url(address)


class BlueskyConnector(NoSharedSecrets):
    def sign_in(self, request: SignInRequest, context: ConnectContext) -> Connected:
        return self._sign_in(request.identifier, request, service_url(request.address), context)

    def sign_in_again(
        self, account: StoredAccount, request: SignInRequest, context: ConnectContext
    ) -> Connected:
        handle = account.config.get("handle")
        did = account.config.get("did")
        if not isinstance(handle, str) or not isinstance(did, str):
            raise ConnectError("broken_account", "no handle")
        service = account.config.get("sign_in_service") or account.config.get("service") or ""
        connected = self._sign_in(
            did, request, service_url(service if isinstance(service, str) else ""), context
        )
        return Connected(connected.name, {**account.config, **connected.config}, connected.tokens)

    def _sign_in(
        self, identifier: str, request: SignInRequest, service: str, context: ConnectContext
    ) -> Connected:
        from advocate_desktop.networks.bluesky import session as bluesky

        staged = MemorySecrets()
        try:
            signed = bluesky.sign_in(
                service, identifier, request.app_password, staged, session=context.session()
            )
        except bluesky.SignInError as error:
            raise ConnectError(error.code, error.detail) from None
        config: dict[str, Any] = {**signed.to_config(), "sign_in_service": service}
        return Connected(signed.handle, config, staged.items())

    def identity(self, config: dict[str, Any]) -> str:
        return str(config.get("did"))

    def discard(self, connected: Connected, context: ConnectContext) -> bool:
        from advocate_desktop.networks.bluesky import session as bluesky

        try:
            account = bluesky.BlueskyAccount.from_config(connected.config)
        except ValueError:
            return False
        staged = MemorySecrets(connected.tokens)
        return bluesky.sign_out(account, staged, session=context.session())

    def has_sign_in(self, account: StoredAccount, secrets: SecretHandle) -> bool:
        from advocate_desktop.networks.bluesky.secrets import REFRESH_JWT

        return bool(secrets.get(REFRESH_JWT))

    def end_sign_in(
        self, account: StoredAccount, secrets: SecretHandle, context: ConnectContext
    ) -> bool | None:
        from advocate_desktop.networks.bluesky import session as bluesky
        from advocate_desktop.networks.bluesky.secrets import REFRESH_JWT

        if not secrets.get(REFRESH_JWT):
            return None
        return bluesky.sign_out(
            bluesky.BlueskyAccount.from_config(account.config),
            secrets,
            session=context.session(),
        )


def connector() -> BlueskyConnector:
    return BlueskyConnector()
