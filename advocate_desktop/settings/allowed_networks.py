"""Which networks IT allows the employee to post to (``allowed_networks``).

One list of network names in the managed configuration.  Absent: every network.
Set: only those listed may get an account, a share page or a published post; an
account connected before IT changed the list stays listed but publishes nothing.

Fail-safe, as for IT's other restricting keys: a name the app does not know is
ignored alone and allows nothing; a value that is not a list at all makes the app
act as if the list were empty (no network allowed) until it is fixed, since
ignoring it would allow every network.

The decisions live here, without Qt: the Add account dialog, the share menu, the
Accounts page and the publish gate each ask :func:`is_allowed` /
:func:`refused_network`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.spec import NetworkKey
from advocate_desktop.settings.setting import QT_TRANSLATE_NOOP, InvalidValue, shown

if TYPE_CHECKING:
    from advocate_desktop.settings.managed import ManagedConfig

KEY = "allowed_networks"

# Networks reached only through their share page (networks/share.py), never an account.
SHARE_ONLY_NETWORKS: tuple[str, ...] = ("facebook", "instagram")
# Every name the list may hold: the account networks and the share-only ones.
KNOWN_NETWORKS: tuple[str, ...] = (*(key.value for key in NetworkKey), *SHARE_ONLY_NETWORKS)

NOT_A_NAME = QT_TRANSLATE_NOOP("ManagedConfig", "expected a network name as text, got %1")
UNKNOWN_NAME = QT_TRANSLATE_NOOP(
    "ManagedConfig", "unknown network %1, so it allows nothing; the names are %2"
)

Problems = list[tuple[str, InvalidValue]]


def clean_allowed_networks(value: list[Any]) -> tuple[list[str], Problems]:
    """The known names, in lower case, each once; each other entry is a problem (it
    allows nothing, which is never less strict than leaving it out)."""
    kept: list[str] = []
    problems: Problems = []
    for index, entry in enumerate(value):
        if not isinstance(entry, str):
            problems.append((f"/{index}", InvalidValue(NOT_A_NAME, shown(entry))))
            continue
        name = entry.strip().lower()
        if name not in KNOWN_NETWORKS:
            problems.append(
                (f"/{index}", InvalidValue(UNKNOWN_NAME, shown(entry), ", ".join(KNOWN_NETWORKS)))
            )
        elif name not in kept:
            kept.append(name)
    return kept, problems


def allowed_networks(managed: ManagedConfig) -> frozenset[str] | None:
    """The networks IT allows; None when IT sets no list (every network)."""
    if KEY in managed.strict:  # the value was unusable: as if nothing were allowed
        return frozenset()
    value = managed.extra.get(KEY)
    if value is None:
        return None
    return frozenset(value)


def is_allowed(managed: ManagedConfig, network: str) -> bool:
    """Whether IT allows ``network`` (an account network or a share-only one)."""
    allowed = allowed_networks(managed)
    return allowed is None or network in allowed


def allowed_only(managed: ManagedConfig, networks: Iterable[str]) -> list[str]:
    """``networks`` without those IT does not allow, in their order."""
    return [network for network in networks if is_allowed(managed, network)]


def refused_network(managed: ManagedConfig, network: str) -> str | None:
    """The network a post may not go to because IT does not allow it, or None.

    For the publish gate: ``network`` is the account's network (an account connected
    before IT changed the list), or the share page's for a post without an account."""
    return None if is_allowed(managed, network) else network
