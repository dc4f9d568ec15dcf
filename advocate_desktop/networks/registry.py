"""Which publisher serves an account, by its network."""

from __future__ import annotations

from typing import Any

from advocate_desktop.networks.base import AccountConfigError, Publisher
from advocate_desktop.networks.mastodon import NETWORK as MASTODON
from advocate_desktop.networks.outbox import NETWORK as OUTBOX
from advocate_desktop.networks.outbox import OutboxPublisher

BLUESKY = "bluesky"


def publisher_for(network: str, config: dict[str, Any], account_id: str = "") -> Publisher:
    """The publisher of an account; its secrets are read from the keyring under its id."""
    if network == OUTBOX:
        return OutboxPublisher.from_config(config)
    if network == MASTODON:
        # Loaded only for a Mastodon account: requests and the keyring stay off the start.
        from advocate_desktop.credentials import CredentialStore
        from advocate_desktop.networks.account_secrets import KeyringSecrets
        from advocate_desktop.networks.mastodon.contract import MastodonAccountPublisher
        from advocate_desktop.networks.mastodon.publisher import MastodonPublisher

        if not account_id:
            raise AccountConfigError("a Mastodon account needs its id to find its sign-in")
        secrets = KeyringSecrets(CredentialStore(), account_id)
        return MastodonAccountPublisher(MastodonPublisher.from_config(config, secrets))
    raise AccountConfigError(f"no publisher for network {network!r}")


def server_scheduling_offered(network: str) -> bool:
    """Whether an account of this network can hand posts to its server's own scheduling."""
    return network == MASTODON


def text_network(network: str, config: dict[str, Any]) -> str:
    """The network whose text rules apply to an account's posts.

    An Outbox account stands in for a real network of the employee's choice so the
    policy check and the counting match what they rehearse.
    """
    if network == OUTBOX:
        target = config.get("network", "linkedin")
        return target if isinstance(target, str) else "linkedin"
    return network


def secret_keys(network: str, config: dict[str, Any], account_id: str) -> list[str]:
    """Every keyring entry an account may have, for "Remove all my data": its sign-in
    (``<account id>/<name>``, as KeyringSecrets names them), the server's app
    registration for Mastodon, and the bare id older versions used."""
    keys = [account_id]
    if network == MASTODON:
        from advocate_desktop.networks.mastodon.account import APP_SECRET, TOKEN_SECRET, app_owner

        keys.append(f"{account_id}/{TOKEN_SECRET}")
        instance = config.get("instance")
        if isinstance(instance, str) and instance:
            keys.append(f"{app_owner(instance)}/{APP_SECRET}")
    elif network == BLUESKY:
        from advocate_desktop.networks.bluesky.secrets import SESSION_NAMES

        keys += [f"{account_id}/{name}" for name in SESSION_NAMES]
    return keys
