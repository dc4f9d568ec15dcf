"""An X account's tokens: two-hour access tokens, refresh tokens that rotate.

X gives a new refresh token with every refresh and refuses the old one from then on.
So the order of writes is what keeps an account usable:

1. the new refresh token goes to the keyring first, the moment X answers;
2. then the new access token, then its expiry;
3. only then is the new access token used.

A crash (or a keyring refusal) after 1 leaves the new refresh token with an old
access token: the next publish finds the access token expired or refused (401) and
refreshes again with the refresh token that is there.  A crash between X's answer
and step 1 loses the only refresh token X still takes; nothing can save that (the
window is one keyring write), and the next refresh is refused: the account asks to
be signed in again, nothing else is harmed.

Two publishes of one account never refresh at once: a lock per account, and a caller
that held the old access token finds the new one in the keyring instead of spending
the refresh token a second time (X would refuse it and the account would have to
sign in again).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import requests

from advocate_desktop.credentials import CredentialError

from .errors import XError, error_for_status, error_for_transport

if TYPE_CHECKING:
    from advocate_desktop.http import Timeouts
    from advocate_desktop.networks.account_secrets import SecretHandle

log = logging.getLogger(__name__)

ACCESS_TOKEN = "access_token"
REFRESH_TOKEN = "refresh_token"
EXPIRES_AT = "access_expires_at"  # seconds since the epoch; not secret, kept beside them
TOKEN_NAMES = (ACCESS_TOKEN, REFRESH_TOKEN, EXPIRES_AT)

#: Refresh this long before X's stated expiry (clocks differ; a publish takes time).
EARLY = 120.0

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def refresh_lock(owner: str) -> threading.Lock:
    """The one lock of an account's refreshes, for the whole process."""
    with _locks_guard:
        return _locks.setdefault(owner, threading.Lock())


def store_tokens(
    secrets: SecretHandle, access: str, refresh: str | None, expires_at: float | None
) -> None:
    """Write a token pair in the order that survives a crash (see the module's text)."""
    if refresh:
        secrets.set(REFRESH_TOKEN, refresh)
    else:
        # Without ``offline.access`` X gives none; the spent one must not be tried.
        secrets.delete(REFRESH_TOKEN)
    secrets.set(ACCESS_TOKEN, access)
    if expires_at is not None:
        secrets.set(EXPIRES_AT, f"{expires_at:.0f}")
    else:
        secrets.delete(EXPIRES_AT)


class XTokens:
    """The current access token of one account, refreshed when it expires or X refuses it."""

    def __init__(
        self,
        owner: str,
        secrets: SecretHandle,
        *,
        client_id: str,
        token_url: str,
        session: requests.Session,
        timeouts: Timeouts,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.owner = owner
        self._secrets = secrets
        self._client_id = client_id
        self._token_url = token_url
        self._session = session
        self._timeouts = timeouts
        self._clock = clock

    def _read(self, name: str) -> str | None:
        try:
            return self._secrets.get(name)
        except CredentialError as error:
            raise XError("keyring", str(error)) from None

    def _expiring(self) -> bool:
        raw = self._read(EXPIRES_AT)
        try:
            return raw is not None and float(raw) - EARLY <= self._clock()
        except ValueError:
            return True  # unreadable: treat as expired, a refresh sets it right

    def access(self) -> str:
        """A usable access token: the stored one, refreshed first when it is about to expire."""
        token = self._read(ACCESS_TOKEN)
        if not token or self._expiring():
            # No access token with a refresh token beside it: a keyring that lost one
            # entry; the refresh token still opens the account.
            return self.refresh(token or "")
        return token

    def call(self, request: Callable[[str], requests.Response]) -> requests.Response:
        """``request(access_token)``; when X answers 401, refresh once and ask again
        (a 401 means X did nothing with the request, so asking again is safe)."""
        token = self.access()
        response = request(token)
        if response.status_code != 401:
            return response
        return request(self.refresh(token))

    def refresh(self, stale: str) -> str:
        """A new access token in place of ``stale``, from the refresh token (rotated)."""
        with refresh_lock(self.owner):
            current = self._read(ACCESS_TOKEN)
            if current and current != stale and not self._expiring():
                return current  # another publish refreshed meanwhile
            refresh = self._read(REFRESH_TOKEN)
            if not refresh:
                raise XError("sign_in_again", "no X sign-in is stored for this account")
            answer = self._ask(refresh)
            access = answer.get("access_token")
            new_refresh = answer.get("refresh_token")
            if not isinstance(access, str) or not access:
                raise XError("bad_response", "the refresh answer has no access token")
            expires_in = answer.get("expires_in")
            expires_at = (
                self._clock() + float(expires_in)
                if isinstance(expires_in, int | float) and not isinstance(expires_in, bool)
                else None
            )
            try:
                if isinstance(new_refresh, str) and new_refresh:
                    self._secrets.set(REFRESH_TOKEN, new_refresh)
                else:
                    # Without ``offline.access`` X gives none; the spent one must not be tried.
                    self._secrets.delete(REFRESH_TOKEN)
            except CredentialError as error:
                # The old refresh token is spent and the new one could not be kept:
                # signing in again is the only way back.
                raise XError("keyring", str(error)) from None
            try:
                self._secrets.set(ACCESS_TOKEN, access)
                if expires_at is not None:
                    self._secrets.set(EXPIRES_AT, f"{expires_at:.0f}")
            except CredentialError as error:
                # The refresh token is safe; this publish uses the new access token from
                # memory, the next one refreshes again.
                log.warning("the new X access token was not kept: %s", error)
            return access

    def _ask(self, refresh: str) -> dict[str, Any]:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": refresh,
            "client_id": self._client_id,
        }
        try:
            response = self._session.post(self._token_url, data=form, timeout=self._timeouts.pair())
        except requests.RequestException as error:
            raise error_for_transport(error) from None
        if response.status_code in (400, 401):
            # invalid_grant: revoked, spent or expired; the employee signs in again.
            raise XError("sign_in_again", _oauth_reason(response))
        if response.status_code != 200:
            raise error_for_status(response)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise XError("bad_response", "the refresh answer is not a JSON object")
        return answer


def _oauth_reason(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict):
        for key in ("error_description", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:300]
    return f"HTTP {response.status_code}"
