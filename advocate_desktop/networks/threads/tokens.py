"""A Threads account's token in the keyring, and keeping it alive.

A sign-in gives a one-hour token that is exchanged at once for a long-lived one
(60 days).  A long-lived token can be refreshed once it is at least 24 hours old
and has not expired; the refreshed one lasts 60 days from then.  A token never
refreshed for 60 days is gone: the employee signs in again.

The token, when it was issued and when it expires are one keyring entry (a small
JSON object), written whole, so a crash cannot leave a new token with an old
expiry.  A refreshed token is written to the keyring before it is used.  The
account's configuration carries the expiry too (``token_expires_at``, read by the
Accounts page and the scheduler's warnings): :func:`config_updates` says what to
merge into it after a refresh.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .errors import ThreadsError

if TYPE_CHECKING:
    from advocate_desktop.networks.account_secrets import SecretHandle

    from .api import IssuedToken, ThreadsApi

log = logging.getLogger(__name__)

TOKEN_SECRET = "token"
#: Every keyring entry a Threads account has (under ``<account id>/``).
SECRET_NAMES = (TOKEN_SECRET,)
#: Threads refreshes a long-lived token only once it is this old.
REFRESH_AFTER = timedelta(hours=24)
#: How long a long-lived token lasts when Threads does not say.
LONG_LIVED = timedelta(days=60)
#: The configuration key the scheduler and the Accounts page read.
EXPIRY_KEY = "token_expires_at"

# One refresh at a time per account: the daily check and a publish may meet.
_refreshing: dict[str, threading.Lock] = {}
_refreshing_guard = threading.Lock()


@dataclass(frozen=True)
class StoredToken:
    access_token: str = field(repr=False)
    issued_at: datetime
    expires_at: datetime

    @classmethod
    def issued(cls, issued: IssuedToken, now: datetime) -> StoredToken:
        lasts = timedelta(seconds=issued.expires_in) if issued.expires_in else LONG_LIVED
        return cls(issued.access_token, now, now + lasts)

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at

    def refreshable(self, now: datetime) -> bool:
        """Threads takes a refresh of a token a day old or older that still works."""
        return now - self.issued_at >= REFRESH_AFTER and not self.expired(now)

    def to_secret(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "issued_at": self.issued_at.isoformat(),
                "expires_at": self.expires_at.isoformat(),
            }
        )

    @classmethod
    def from_secret(cls, raw: str) -> StoredToken | None:
        try:
            values = json.loads(raw)
            token = values["access_token"]
            issued_at = datetime.fromisoformat(values["issued_at"])
            expires_at = datetime.fromisoformat(values["expires_at"])
        except (ValueError, KeyError, TypeError):
            return None
        if not isinstance(token, str) or not token:
            return None
        if issued_at.tzinfo is None or expires_at.tzinfo is None:
            return None
        return cls(token, issued_at.astimezone(UTC), expires_at.astimezone(UTC))


def stored(secrets: SecretHandle) -> StoredToken | None:
    """The account's token from the keyring; None when there is none (or it is damaged)."""
    raw = secrets.get(TOKEN_SECRET)
    return StoredToken.from_secret(raw) if raw else None


def store(secrets: SecretHandle, token: StoredToken) -> None:
    secrets.set(TOKEN_SECRET, token.to_secret())


def config_updates(token: StoredToken) -> dict[str, Any]:
    """What the account's configuration says about its token."""
    return {EXPIRY_KEY: token.expires_at.isoformat()}


def _lock_for(owner: str) -> threading.Lock:
    with _refreshing_guard:
        return _refreshing.setdefault(owner, threading.Lock())


def usable_token(
    api: ThreadsApi, secrets: SecretHandle, now: datetime, *, owner: str = ""
) -> StoredToken:
    """The token to call Threads with, refreshed first when it may be.

    ``sign_in_again`` when there is none or it expired.  A refresh that fails for a
    passing reason leaves the current token in use (it still works); one Threads
    refuses because the token is no longer valid means signing in again.
    """
    with _lock_for(owner):
        token = stored(secrets)
        if token is None:
            raise ThreadsError("sign_in_again", "no Threads token in the keyring")
        if token.expired(now):
            raise ThreadsError("sign_in_again", "the Threads token expired")
        if not token.refreshable(now):
            return token
        try:
            fresh = StoredToken.issued(api.refresh(token.access_token), now)
        except ThreadsError as error:
            if error.code == "sign_in_again":
                raise
            log.warning(
                "the Threads token was not refreshed (%s); the current one is used", error.code
            )
            return token
        store(secrets, fresh)  # before it is used: the old one may stop working
        return fresh
