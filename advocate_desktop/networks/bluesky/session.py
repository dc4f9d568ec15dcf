"""Signing in with an app password, and keeping the session fresh.

The server says which kind of password opened a session: the access token's
``scope`` claim is ``com.atproto.appPass`` (or ``com.atproto.appPassPrivileged``)
for an app password and ``com.atproto.access`` for the account's main password
(reference PDS, ``auth-scope.ts``).  A main-password session is closed again at
once and refused: the app never holds the password that can delete the account.
A server that does not say (an opaque token) is taken at its word.

Only the access and refresh tokens are kept, in the account's secrets; the app
password itself is never stored.  When the server answers ``ExpiredToken`` the
refresh token buys a new pair, written back before it is used.  A refresh the
server refuses means the session was revoked (or the app password deleted):
the employee must sign in again.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests

from advocate_desktop.networks.base import AccountConfigError, require_str
from advocate_desktop.text.facets import is_handle

from .secrets import ACCESS_JWT, REFRESH_JWT, SESSION_NAMES, AccountSecrets
from .xrpc import TransportError, XrpcClient, XrpcError

DEFAULT_SERVICE = "https://bsky.social"
MAIN_PASSWORD_SCOPE = "com.atproto.access"
APP_PASSWORD_SCOPES = frozenset({"com.atproto.appPass", "com.atproto.appPassPrivileged"})
EXPIRED = "ExpiredToken"
# Answers that mean the tokens we hold are no good any more.
SESSION_GONE = frozenset({"InvalidToken", "AuthenticationRequired", "AccountTakedown"})

T = TypeVar("T")


class SignInError(Exception):
    """Sign-in refused.  ``code`` is stable for the UI to translate; ``detail`` is the server's."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class SessionExpired(Exception):
    """The session can no longer be refreshed: the employee has to sign in again."""


@dataclass(frozen=True)
class BlueskyAccount:
    """What the app keeps about an account outside the keyring (nothing secret)."""

    service: str  # the account's PDS, where its repository lives
    did: str
    handle: str

    def to_config(self) -> dict[str, str]:
        return {"service": self.service, "did": self.did, "handle": self.handle}

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> BlueskyAccount:
        did = require_str(config, "did")
        if not did.startswith("did:"):
            raise AccountConfigError(f"{did!r} is not a DID")
        return cls(require_str(config, "service"), did, require_str(config, "handle"))


def token_scope(jwt: str) -> str | None:
    """The ``scope`` claim of a JWT, read without verifying it (it is the server's own)."""
    try:
        payload = jwt.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return None
    scope = claims.get("scope") if isinstance(claims, dict) else None
    return scope if isinstance(scope, str) else None


def normalize_identifier(identifier: str) -> str:
    """A handle as typed (``@alice.bsky.social ``) to ``alice.bsky.social``; e-mail kept."""
    cleaned = identifier.strip()
    if "@" in cleaned[1:]:
        return cleaned  # an e-mail address
    return cleaned.removeprefix("@").lower()


def sign_in(
    service: str,
    identifier: str,
    app_password: str,
    secrets: AccountSecrets,
    *,
    session: requests.Session | None = None,
) -> BlueskyAccount:
    """Open a session with an app password and keep its tokens in ``secrets``.

    Raises :class:`SignInError` with ``handle_not_found``, ``wrong_password``,
    ``main_password``, ``rate_limited``, ``account_takendown``,
    ``server_unavailable`` or ``not_bluesky``.
    """
    client = XrpcClient(service, session)
    name = normalize_identifier(identifier)
    if not name or not app_password:
        raise SignInError("wrong_password", "")
    is_email = "@" in name
    if not is_email and not name.startswith("did:"):
        if not is_handle(name):
            raise SignInError("handle_not_found", name)
        _sign_in_call(lambda: client.query("com.atproto.identity.resolveHandle", {"handle": name}))
    answer = _sign_in_call(
        lambda: client.procedure(
            "com.atproto.server.createSession", {"identifier": name, "password": app_password}
        )
    )
    access, refresh = answer.get("accessJwt"), answer.get("refreshJwt")
    did, handle = answer.get("did"), answer.get("handle")
    if not all(isinstance(value, str) and value for value in (access, refresh, did, handle)):
        raise SignInError("not_bluesky", "the sign-in answer lacks a session")
    assert isinstance(access, str) and isinstance(refresh, str)
    assert isinstance(did, str) and isinstance(handle, str)
    if token_scope(access) == MAIN_PASSWORD_SCOPE:
        # Closed at once; if that fails it expires on its own, and nothing of it is kept.
        with contextlib.suppress(XrpcError, TransportError):
            client.procedure("com.atproto.server.deleteSession", token=refresh)
        raise SignInError("main_password", "")
    secrets.set(ACCESS_JWT, access)
    secrets.set(REFRESH_JWT, refresh)
    return BlueskyAccount(_pds_endpoint(answer.get("didDoc")) or client.service, did, handle)


def sign_out(
    account: BlueskyAccount,
    secrets: AccountSecrets,
    *,
    session: requests.Session | None = None,
) -> bool:
    """End the session on the server (where it can still be reached) and forget its tokens.

    True when the server confirmed; the tokens are removed from the keyring either way,
    so removing an account never leaves its secrets behind.
    """
    refresh = secrets.get(REFRESH_JWT)
    confirmed = False
    if refresh:
        try:
            XrpcClient(account.service, session).procedure(
                "com.atproto.server.deleteSession", token=refresh
            )
            confirmed = True
        except (XrpcError, TransportError):
            pass  # already revoked, or the server is away: the token expires on its own
    for name in SESSION_NAMES:
        secrets.delete(name)
    return confirmed


def _sign_in_call(call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return call()
    except TransportError as error:
        raise SignInError("server_unavailable", str(error)) from None
    except XrpcError as error:
        if error.status == 429:
            raise SignInError("rate_limited", error.headers.get("ratelimit-reset", "")) from None
        if error.error == "AuthFactorTokenRequired":
            # Only the main password is asked for an e-mailed code; app passwords never are.
            raise SignInError("main_password", error.message) from None
        if error.error == "AccountTakedown":
            raise SignInError("account_takendown", error.message) from None
        if error.error == "AuthenticationRequired" or error.status == 401:
            raise SignInError("wrong_password", error.message) from None
        if error.status >= 500:
            raise SignInError("server_unavailable", str(error)) from None
        if not error.error:
            raise SignInError("not_bluesky", str(error)) from None
        if "handle" in error.message.lower():
            raise SignInError("handle_not_found", error.message) from None
        raise SignInError("wrong_password", error.message) from None


def _pds_endpoint(did_doc: Any) -> str | None:
    """The ``#atproto_pds`` service of a DID document, where the repository lives."""
    if not isinstance(did_doc, dict):
        return None
    for service in did_doc.get("service") or []:
        if not isinstance(service, dict):
            continue
        if str(service.get("id", "")).endswith("#atproto_pds"):
            endpoint = service.get("serviceEndpoint")
            if isinstance(endpoint, str) and endpoint.startswith(("https://", "http://")):
                return endpoint.rstrip("/")
    return None


_refresh_locks: dict[tuple[str, str], threading.Lock] = {}
_refresh_locks_guard = threading.Lock()


def _refresh_lock(account: BlueskyAccount) -> threading.Lock:
    with _refresh_locks_guard:
        return _refresh_locks.setdefault((account.service, account.did), threading.Lock())


class Tokens:
    """The account's current access token, refreshed when the server says it expired.

    One refresh at a time per account: a second caller that held the old token
    finds the new one already in the keyring instead of spending the refresh
    token twice.
    """

    def __init__(self, account: BlueskyAccount, client: XrpcClient, secrets: AccountSecrets):
        self._account = account
        self._client = client
        self._secrets = secrets

    def access(self) -> str:
        token = self._secrets.get(ACCESS_JWT)
        if not token:
            raise SessionExpired("no session is stored for this account")
        return token

    def call(self, request: Callable[[str], T]) -> T:
        """``request(access_token)``; on ``ExpiredToken`` refresh once and repeat it."""
        token = self.access()
        try:
            return request(token)
        except XrpcError as error:
            if error.error != EXPIRED:
                if error.error in SESSION_GONE or error.status == 401:
                    raise SessionExpired(str(error)) from None
                raise
        return request(self.refresh(token))

    def refresh(self, stale: str) -> str:
        with _refresh_lock(self._account):
            current = self.access()
            if current != stale:
                return current  # another publish refreshed it meanwhile
            refresh = self._secrets.get(REFRESH_JWT)
            if not refresh:
                raise SessionExpired("no refresh token is stored for this account")
            try:
                answer = self._client.procedure("com.atproto.server.refreshSession", token=refresh)
            except XrpcError as error:
                if error.status in (400, 401) and error.error:
                    raise SessionExpired(str(error)) from None
                raise
            access, new_refresh = answer.get("accessJwt"), answer.get("refreshJwt")
            if not (isinstance(access, str) and access and isinstance(new_refresh, str)):
                raise XrpcError(200, "", "the refresh answer lacks a session")
            self._secrets.set(ACCESS_JWT, access)
            self._secrets.set(REFRESH_JWT, new_refresh)
            return access
