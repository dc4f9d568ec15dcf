"""The networks the app publishes to, one spec each, and what is built from them.

Adding a network is one folder exporting a ``SPEC`` (:mod:`.spec`) plus one line in
:data:`SPECS`.  Importing this module loads the specs only: a network's publisher,
``requests`` and the keyring load when the first account of that network publishes.

Two lists are kept apart: the *account networks* (who publishes: the Outbox,
Mastodon, Bluesky…) and the *text targets* (whose rules a post is counted and
checked against: LinkedIn, X, Mastodon…).  An account network names its text
rules in its spec; the Outbox stands in for a text target of the employee's choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError, Publisher
from advocate_desktop.networks.bluesky.spec import SPEC as BLUESKY_SPEC
from advocate_desktop.networks.linkedin.spec import SPEC as LINKEDIN_SPEC
from advocate_desktop.networks.mastodon.spec import SPEC as MASTODON_SPEC
from advocate_desktop.networks.outbox import SPEC as OUTBOX_SPEC
from advocate_desktop.networks.spec import NetworkKey, NetworkSpec
from advocate_desktop.networks.threads.spec import SPEC as THREADS_SPEC
from advocate_desktop.networks.x.spec import SPEC as X_SPEC
from advocate_desktop.text.catalog import DEFAULT_TEXT_TARGET, PREVIEWED, text_targets
from advocate_desktop.text.catalog import LABELS as TEXT_LABELS

if TYPE_CHECKING:
    from advocate_desktop.networks.connect import Connector

__all__ = ["DEFAULT_TEXT_TARGET", "PREVIEWED", "text_targets"]

#: Every network an account can publish to, in the order the app offers them.
SPECS: tuple[NetworkSpec, ...] = (
    OUTBOX_SPEC,
    MASTODON_SPEC,
    BLUESKY_SPEC,
    LINKEDIN_SPEC,
    X_SPEC,
    THREADS_SPEC,
)

_BY_KEY: dict[str, NetworkSpec] = {spec.key.value: spec for spec in SPECS}

# text/catalog names the text rules without loading the counting code (text/networks).

# PREVIEWED, DEFAULT_TEXT_TARGET and text_targets live with the text rules' names
# (text/catalog), so the pack tool lists them without loading the networks.

# Kept for callers that name a network by its key.
OUTBOX = NetworkKey.OUTBOX.value
MASTODON = NetworkKey.MASTODON.value
BLUESKY = NetworkKey.BLUESKY.value


class UnknownNetwork(AccountConfigError):
    """An account names a network no spec describes (a newer version's, or damage)."""


def spec_for(network: str) -> NetworkSpec:
    """The spec of an account network; :class:`UnknownNetwork` for any other name."""
    try:
        return _BY_KEY[network]
    except (KeyError, TypeError):
        raise UnknownNetwork(f"no publisher for network {network!r}") from None


def account_networks() -> tuple[NetworkSpec, ...]:
    """The networks an employee can add an account for."""
    return SPECS


def connector_for(network: str) -> Connector | None:
    """How accounts of ``network`` sign in and out; None when they have no sign-in."""
    factory = spec_for(network).connector
    return factory() if factory is not None else None


def label(network: str) -> str:
    """The display name of an account network or a text target; the name itself else.

    Networks' names are their own brands: they are not translated."""
    spec = _BY_KEY.get(network)
    if spec is not None:
        return spec.label
    return TEXT_LABELS.get(network, network)


def error_message(code: str, network: str = "") -> str | None:
    """The English message of a network's error code (translated by ui/ in the
    ``NetworkErrors`` context): ``network``'s own, else the first network's that has
    the code; None when none has it."""
    spec = _BY_KEY.get(network)
    if spec is not None and code in spec.error_messages:
        return spec.error_messages[code]
    for spec in SPECS:
        if code in spec.error_messages:
            return spec.error_messages[code]
    return None


def publisher_for(network: str, config: dict[str, Any], account_id: str = "") -> Publisher:
    """The publisher of an account; its secrets are read from the keyring under its id."""
    return spec_for(network).publisher(config, account_id)


def server_scheduling_offered(network: str) -> bool:
    """Whether an account of this network can hand posts to its server's own scheduling."""
    spec = _BY_KEY.get(network)
    return spec is not None and spec.capabilities.server_scheduling


def text_network(network: str, config: dict[str, Any]) -> str:
    """The network whose text rules apply to an account's posts.

    An account network with its own rules uses them; one without (the Outbox)
    stands in for the network its configuration names, so the policy check and the
    counting match what the employee rehearses.
    """
    spec = _BY_KEY.get(network)
    if spec is None:
        return network
    if spec.text_rules is not None:
        return spec.text_rules
    target = config.get("network", DEFAULT_TEXT_TARGET)
    return target if isinstance(target, str) else DEFAULT_TEXT_TARGET


def secret_keys(network: str, config: dict[str, Any], account_id: str) -> list[str]:
    """Every keyring entry an account may have, for "Remove all my data": its network's
    own (``<account id>/<name>``, as the publishers name them, and any shared by the
    accounts of one server) and the bare id older versions used."""
    keys = [account_id]
    spec = _BY_KEY.get(network)
    if spec is not None:
        keys += spec.secret_keys(config, account_id)
    return keys
