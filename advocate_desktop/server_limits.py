"""Keeps each Mastodon account's server limits current in the account's configuration.

A Mastodon server publishes its limits in ``/api/v2/instance`` (``/api/v1/instance``
on older ones): how many characters a post takes, how much a link weighs, how many
images.  Signing in reads them once (``networks/mastodon/account.sign_in``); this
module reads them again when asked and once a day, and writes them into the
account's configuration, where the counter, the policy check and the publish gate
read them (``networks/text_rules.account_text_rules``).

A server that cannot be read (down, not answering, an HTML error page, no longer a
Mastodon server) changes nothing: the last good limits stay, and the next run tries
again.  No Qt: the window's timer calls :func:`refresh_due_limits` on a worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.mastodon import NETWORK as MASTODON
from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.timestamps import from_db, to_db

if TYPE_CHECKING:
    import requests

    from advocate_desktop.networks.mastodon.api import Timeouts

log = logging.getLogger(__name__)

#: How old an account's limits may grow before they are read again.
REFRESH_EVERY = timedelta(days=1)
LIMITS = "limits"
CHECKED_AT = "limits_checked_at"


@dataclass(frozen=True)
class LimitsRefresh:
    """What one refresh did.  ``problem`` says why the server could not be read (its
    error code and detail); the limits stored before are kept then."""

    account_id: str
    limits: InstanceLimits
    changed: bool = False
    problem: str | None = None


def stored_limits(account: AccountRow) -> InstanceLimits:
    """The limits kept for a Mastodon account (Mastodon's defaults when none are)."""
    return InstanceLimits.from_config(account.config.get(LIMITS))


def limits_due(account: AccountRow, now: datetime, every: timedelta = REFRESH_EVERY) -> bool:
    """True for a Mastodon account whose limits were last read ``every`` ago or more,
    never, at an unreadable time, or in the future (a clock set back)."""
    if account.network != MASTODON:
        return False
    checked = account.config.get(CHECKED_AT)
    if not isinstance(checked, str) or not checked:
        return True
    try:
        when = from_db(checked)
    except ValueError:
        return True
    return not (now - every < when <= now)


def limits_config(limits: InstanceLimits, now: datetime) -> dict[str, Any]:
    """The configuration keys that hold ``limits`` read at ``now``."""
    return {LIMITS: limits.to_config(), CHECKED_AT: to_db(now)}


def read_limits(
    base_url: str,
    *,
    session: requests.Session | None = None,
    timeouts: Timeouts | None = None,
) -> InstanceLimits:
    """The server's limits as it publishes them now.

    Raises ``MastodonError``, also ``bad_response`` when the server's document does not
    state its length limit: Mastodon's defaults then would replace limits it did state.
    """
    from advocate_desktop.networks.mastodon.api import MastodonApi
    from advocate_desktop.networks.mastodon.errors import MastodonError
    from advocate_desktop.networks.mastodon.instance import fetch_instance

    info = fetch_instance(MastodonApi(base_url, session=session, timeouts=timeouts))
    if not info.limits_stated:
        raise MastodonError("bad_response", f"{info.domain} does not state its length limit")
    return info.limits


def refresh_account_limits(
    accounts: AccountRepository,
    account: AccountRow,
    now: datetime,
    *,
    session: requests.Session | None = None,
    timeouts: Timeouts | None = None,
) -> LimitsRefresh:
    """Read a Mastodon account's server limits and store them in its configuration.

    Call it when an account is added (if the sign-in did not already store them) and
    whenever they may have changed.  Never raises for the server's failures: the
    stored limits stay and the result's ``problem`` says why.
    """
    from advocate_desktop.networks.mastodon.errors import MastodonError

    before = stored_limits(account)
    base_url = account.config.get("instance")
    if account.network != MASTODON or not isinstance(base_url, str) or not base_url:
        return LimitsRefresh(account.id, before, problem="not a Mastodon account with a server")
    try:
        limits = read_limits(base_url, session=session, timeouts=timeouts)
    except MastodonError as error:
        log.warning(
            "the limits of %s could not be read (%s); the last good ones are kept",
            base_url,
            error.code,
        )
        return LimitsRefresh(account.id, before, problem=f"{error.code}: {error.detail}")
    if not accounts.merge_config(account.id, limits_config(limits, now)):
        return LimitsRefresh(account.id, before, problem="the account was removed meanwhile")
    if limits != before:
        log.info("the limits of %s changed: %s", base_url, limits)
    return LimitsRefresh(account.id, limits, changed=limits != before)


def refresh_due_limits(
    accounts: AccountRepository,
    now: datetime,
    *,
    every: timedelta = REFRESH_EVERY,
    session: requests.Session | None = None,
    timeouts: Timeouts | None = None,
) -> list[LimitsRefresh]:
    """Refresh every Mastodon account whose limits are due (see :func:`limits_due`).

    One server's failure is that account's result; the others are still read.
    """
    due = [a for a in accounts.all() if limits_due(a, now, every)]
    if not due:
        return []
    from advocate_desktop.http import new_session
    from advocate_desktop.networks.mastodon.api import Timeouts

    # Short: a hanging server must not hold the app's quit (which waits for workers).
    timeouts = timeouts or Timeouts(connect=5.0, read=10.0)
    http = session or new_session()
    try:
        return [
            refresh_account_limits(accounts, account, now, session=http, timeouts=timeouts)
            for account in due
        ]
    finally:
        if session is None:
            http.close()
