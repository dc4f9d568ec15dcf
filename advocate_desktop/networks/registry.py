"""Which publisher serves an account, by its network."""

from __future__ import annotations

from typing import Any

from advocate_desktop.networks.base import AccountConfigError, Publisher
from advocate_desktop.networks.outbox import NETWORK as OUTBOX
from advocate_desktop.networks.outbox import OutboxPublisher


def publisher_for(network: str, config: dict[str, Any]) -> Publisher:
    if network == OUTBOX:
        return OutboxPublisher.from_config(config)
    raise AccountConfigError(f"no publisher for network {network!r}")


def text_network(network: str, config: dict[str, Any]) -> str:
    """The network whose text rules apply to an account's posts.

    An Outbox account stands in for a real network of the employee's choice so the
    policy check and the counting match what they rehearse.
    """
    if network == OUTBOX:
        target = config.get("network", "linkedin")
        return target if isinstance(target, str) else "linkedin"
    return network
