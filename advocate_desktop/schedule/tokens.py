"""Tokens that will have expired by a post's time: flagged when scheduled and a day before.

An account may carry ``token_expires_at`` (ISO 8601 with an offset) in its
configuration; networks whose tokens do not expire leave it out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.timestamps import from_db, to_db

log = logging.getLogger(__name__)

EXPIRY_KEY = "token_expires_at"
WARN_AHEAD = timedelta(days=1)


class TokenExpiryError(ValueError):
    """The account's ``token_expires_at`` is not an instant."""


def token_expiry(account: AccountRow) -> datetime | None:
    """When the account's token stops working, or None when it does not expire."""
    raw = account.config.get(EXPIRY_KEY)
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise TokenExpiryError(f"{EXPIRY_KEY} must be a date and time, got {raw!r}")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise TokenExpiryError(f"{EXPIRY_KEY} is not an ISO 8601 date and time: {raw!r}") from None
    if moment.tzinfo is None:
        raise TokenExpiryError(f"{EXPIRY_KEY} needs a UTC offset: {raw!r}")
    return moment.astimezone(UTC)


def expired_by(account: AccountRow, due_at: datetime) -> datetime | None:
    """The token's expiry when it comes at or before ``due_at``; None when the post is fine."""
    expiry = token_expiry(account)
    return expiry if expiry is not None and expiry <= due_at else None


@dataclass(frozen=True)
class TokenWarning:
    post_id: str
    account_id: str
    account_name: str
    expires_at: datetime
    due_at: datetime


def warn_day_before(
    posts: PostRepository,
    accounts: AccountRepository,
    now: datetime,
    ahead: timedelta = WARN_AHEAD,
) -> list[TokenWarning]:
    """Scheduled posts due within ``ahead`` whose account's token will have expired by then.

    Each post is warned once: the warning is written on the post before it is returned.
    """
    expiring: dict[str, tuple[AccountRow, datetime]] = {}
    for account in accounts.all():
        try:
            expiry = token_expiry(account)
        except TokenExpiryError as error:
            log.warning("account %s: %s", account.id, error)
            continue
        if expiry is not None:
            expiring[account.id] = (account, expiry)
    if not expiring:
        return []  # the common case, every tick: no token expires
    warnings: list[TokenWarning] = []
    for post in posts.planned_between(now, now + ahead, [PostState.SCHEDULED]):
        if post.token_warned_at or not post.due_at or post.account_id not in expiring:
            continue
        account, expiry = expiring[post.account_id]
        due = from_db(post.due_at)
        if expiry > due:
            continue
        if posts.update_fields_in_state(
            post.id, PostState.SCHEDULED, now, token_warned_at=to_db(now)
        ):
            warnings.append(TokenWarning(post.id, account.id, account.display_name, expiry, due))
    return warnings


#: How long before a sign-in expires the employee is told (LinkedIn's 60-day tokens).
EXPIRY_NOTICE_AHEAD = timedelta(days=7)
#: The account's configuration remembers the day it was last told, so it is told once
#: a day however often the app starts.
WARNED_ON_KEY = "token_expiry_warned_on"


@dataclass(frozen=True)
class ExpiringSignIn:
    account_id: str
    account_name: str
    network: str
    expires_at: datetime
    #: Whole days left, rounded up; 0 when it has expired.
    days_left: int


def days_left(expiry: datetime, now: datetime) -> int:
    """Whole days until ``expiry``, rounded up (0 once it passed)."""
    seconds = (expiry - now).total_seconds()
    return max(0, -int(-seconds // 86400))


def sign_ins_expiring(
    accounts: AccountRepository,
    now: datetime,
    today: date,
    ahead: timedelta = EXPIRY_NOTICE_AHEAD,
) -> list[ExpiringSignIn]:
    """Accounts whose sign-in expires within ``ahead`` (or has expired), each once on
    ``today`` (the employee's date): the day is written on the account first."""
    found: list[ExpiringSignIn] = []
    for account in accounts.all():
        try:
            expiry = token_expiry(account)
        except TokenExpiryError as error:
            log.warning("account %s: %s", account.id, error)
            continue
        if expiry is None or expiry - now > ahead:
            continue
        if account.config.get(WARNED_ON_KEY) == today.isoformat():
            continue
        if accounts.merge_config(account.id, {WARNED_ON_KEY: today.isoformat()}):
            found.append(
                ExpiringSignIn(
                    account.id,
                    account.display_name,
                    account.network,
                    expiry,
                    days_left(expiry, now),
                )
            )
    return found
