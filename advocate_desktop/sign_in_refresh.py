"""Keeping accounts signed in: refresh the tokens that must be refreshed, once a day.

Some networks' tokens expire unless the app refreshes them (Threads: a 60-day token
that may be refreshed once it is a day old).  A publish refreshes the token it uses;
an account that publishes rarely is kept alive here.  A network's connector that can
do this has ``refresh_sign_in(account, secrets, context)``, which refreshes when the
network allows it and returns the configuration keys that describe the token now
(``token_expires_at``, read by the Accounts page and the scheduler's warnings).
Those keys are merged into the account's configuration, so an expiry moved by a
publish's refresh shows up here too.

Network work: call it on a worker (the app's daily check), never on the GUI thread.
Never raises for one account's failure: each result says what happened.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError
from advocate_desktop.networks.connect import ConnectError
from advocate_desktop.networks.registry import connector_for

if TYPE_CHECKING:
    from advocate_desktop.accounts import AccountManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refreshed:
    account_id: str
    #: The configuration keys written (empty when nothing changed).
    changed: dict[str, Any] = field(default_factory=dict)
    #: Why the account could not be kept signed in now ("" when it was).
    problem: str = ""


def keep_signed_in(manager: AccountManager) -> list[Refreshed]:
    """Refresh every account whose network refreshes its tokens; store what changed."""
    from advocate_desktop.credentials import CredentialError
    from advocate_desktop.networks.account_secrets import KeyringSecrets

    results: list[Refreshed] = []
    context = manager.context()
    for account in manager.accounts.all():
        try:
            connector = connector_for(account.network)
        except AccountConfigError:
            continue  # a network this version does not know
        refresh = getattr(connector, "refresh_sign_in", None)
        if refresh is None:
            continue
        try:
            updates = refresh(account, KeyringSecrets(manager.credentials, account.id), context)
        except (ConnectError, CredentialError) as error:
            code = getattr(error, "code", type(error).__name__)
            log.warning("the sign-in of account %s was not refreshed: %s", account.id, code)
            results.append(Refreshed(account.id, problem=str(code)))
            continue
        changed = {k: v for k, v in updates.items() if account.config.get(k) != v}
        if changed and not manager.accounts.merge_config(account.id, changed):
            results.append(Refreshed(account.id, problem="removed meanwhile"))
            continue
        results.append(Refreshed(account.id, changed))
    return results
