"""Connecting a Mastodon account: register the app on the server once, sign in, sign out.

Secrets never leave the keyring handles passed in:

- the app registered on a server (client id and secret) under
  ``KeyringSecrets(store, app_owner(base_url))``, name ``app``, shared by every
  account on that server;
- an account's access token under the account's own handle, name ``access_token``.

Scopes are the least that publish with images and reconcile after a crash:
``read:accounts`` (who signed in), ``read:statuses`` (the account's recent posts,
including non-public ones, and a post's source text, to find a post after a crash;
Mastodon refuses a token without it on those endpoints), ``write:statuses`` and
``write:media``.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from advocate_desktop import APP_NAME
from advocate_desktop.networks import oauth
from advocate_desktop.networks.account_secrets import SecretHandle
from advocate_desktop.networks.mastodon.api import MastodonApi, text_field
from advocate_desktop.networks.mastodon.errors import MastodonError
from advocate_desktop.networks.mastodon.instance import (
    InstanceLimits,
    fetch_auth_server,
    fetch_instance,
)

SCOPES = "read:accounts read:statuses write:statuses write:media"
#: Registered without a port: Mastodon (Doorkeeper) matches a loopback redirect URI
#: whatever its port, as RFC 8252 §7.3 asks, so one registration serves every sign-in.
REDIRECT_URI = f"http://{oauth.LOOPBACK_HOST}{oauth.CALLBACK_PATH}"
WEBSITE = "https://advocate-desktop.org"
APP_SECRET = "app"
TOKEN_SECRET = "access_token"
VISIBILITIES = ("public", "unlisted", "private", "direct")

log = logging.getLogger(__name__)


def app_owner(base_url: str) -> str:
    """The keyring owner of a server's app registration (one per server)."""
    return f"mastodon-app:{urlsplit(base_url).netloc}"


@dataclass(frozen=True)
class AppRegistration:
    client_id: str
    client_secret: str = field(repr=False)
    scopes: str
    redirect_uri: str

    def to_secret(self) -> str:
        return json.dumps(
            {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scopes": self.scopes,
                "redirect_uri": self.redirect_uri,
            }
        )

    @classmethod
    def from_secret(cls, text: str | None) -> AppRegistration | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(
                str(data["client_id"]),
                str(data["client_secret"]),
                str(data["scopes"]),
                str(data["redirect_uri"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class MastodonAccount:
    """Who signed in; what the account's configuration keeps (no secrets)."""

    base_url: str
    account_id: str
    username: str
    acct: str
    display_name: str
    url: str
    avatar_url: str

    @property
    def handle(self) -> str:
        return f"@{self.username}@{urlsplit(self.base_url).hostname}"

    def to_config(
        self, limits: InstanceLimits, visibility: str = "public", checked_at: str = ""
    ) -> dict[str, Any]:
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        return {
            "instance": self.base_url,
            "remote_account_id": self.account_id,
            "handle": self.handle,
            "display_name": self.display_name,
            "profile_url": self.url,
            "avatar_url": self.avatar_url,
            "visibility": visibility,
            "limits": limits.to_config(),
            "limits_checked_at": checked_at,
        }


@dataclass(frozen=True)
class SignedIn:
    account: MastodonAccount
    limits: InstanceLimits
    pkce: bool
    scopes: str


def ensure_app(api: MastodonApi, app_secrets: SecretHandle) -> AppRegistration:
    """The app's registration on this server, registering it (``POST /api/v1/apps``) once."""
    stored = AppRegistration.from_secret(app_secrets.get(APP_SECRET))
    if stored is not None and stored.scopes == SCOPES and stored.redirect_uri == REDIRECT_URI:
        return stored
    response = api.send(
        "POST",
        "/api/v1/apps",
        auth=False,
        data={
            "client_name": APP_NAME,
            "redirect_uris": REDIRECT_URI,
            "scopes": SCOPES,
            "website": WEBSITE,
        },
    )
    data = api.object("/api/v1/apps", api.json(response))
    registration = AppRegistration(
        client_id=text_field(data, "client_id", what="the app registration"),
        client_secret=text_field(data, "client_secret", what="the app registration"),
        scopes=SCOPES,
        redirect_uri=REDIRECT_URI,
    )
    app_secrets.set(APP_SECRET, registration.to_secret())
    return registration


def verify_account(api: MastodonApi) -> MastodonAccount:
    data = api.object(
        "/api/v1/accounts/verify_credentials", api.get("/api/v1/accounts/verify_credentials")
    )
    username = text_field(data, "username", what="the account")
    return MastodonAccount(
        base_url=api.base_url,
        account_id=text_field(data, "id", what="the account"),
        username=username,
        acct=str(data.get("acct") or username),
        display_name=str(data.get("display_name") or username),
        url=str(data.get("url") or ""),
        avatar_url=str(data.get("avatar_static") or data.get("avatar") or ""),
    )


def sign_in(
    api: MastodonApi,
    app_secrets: SecretHandle,
    account_secrets: SecretHandle,
    *,
    open_browser: oauth.Opener,
    cancel: threading.Event | None = None,
    timeout: float = 300.0,
    pages: oauth.CallbackPages | None = None,
) -> SignedIn:
    """Connect an account: check the server, register once, authorize in the browser.

    The token goes straight to ``account_secrets`` once the server confirmed who it
    belongs to.  Raises :class:`MastodonError` for the server's failures and
    :class:`oauth.OAuthError` for the browser step (cancelled, timed out, refused).
    """
    info = fetch_instance(api)
    registration = ensure_app(api, app_secrets)
    server = fetch_auth_server(api)
    client = oauth.OAuthClient(
        client_id=registration.client_id,
        client_secret=registration.client_secret,
        authorize_url=server.authorize_url,
        token_url=server.token_url,
        scope=SCOPES,
        use_pkce=server.pkce_s256,
    )
    try:
        token = oauth.authorize(
            client,
            open_browser=open_browser,
            cancel=cancel,
            timeout=timeout,
            http_timeout=(api.timeouts.connect, api.timeouts.read),
            pages=pages,
        )
    except oauth.OAuthError as error:
        if error.code == "token_refused" and "client" in error.detail.lower():
            # The server forgot our registration (e.g. its admin removed it): register
            # anew on the next attempt instead of failing the same way forever.
            app_secrets.delete(APP_SECRET)
        raise
    signed_in_api = MastodonApi(
        api.base_url, session=api.session, timeouts=api.timeouts, token=lambda: token.access_token
    )
    account = verify_account(signed_in_api)
    account_secrets.set(TOKEN_SECRET, token.access_token)
    return SignedIn(account, info.limits, pkce=server.pkce_s256, scopes=token.scope)


def sign_out(api: MastodonApi, app_secrets: SecretHandle, account_secrets: SecretHandle) -> bool:
    """Revoke the account's token on the server where it can, and delete it here.

    The local secret is deleted even when the server cannot be reached: removing an
    account must not depend on the server.  True when the server confirmed.
    """
    token = account_secrets.get(TOKEN_SECRET)
    registration = AppRegistration.from_secret(app_secrets.get(APP_SECRET))
    revoked = False
    if token and registration is not None:
        try:
            api.send(
                "POST",
                "/oauth/revoke",
                auth=False,
                data={
                    "client_id": registration.client_id,
                    "client_secret": registration.client_secret,
                    "token": token,
                },
            )
            revoked = True
        except MastodonError as error:
            log.warning("the token was not revoked on %s: %s", api.host, error.code)
    account_secrets.delete(TOKEN_SECRET)
    return revoked
