"""Per-network text rules: how a network counts and how much it takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from advocate_desktop.text.counting import graphemes, mastodon_length, utf8_bytes, x_weighted_length


@dataclass(frozen=True)
class NetworkRules:
    name: str
    label: str
    limit: int
    count: Callable[[str], int]
    byte_limit: int | None = None


@dataclass(frozen=True)
class Measure:
    network: str
    length: int
    limit: int
    fits: bool


NETWORKS: dict[str, NetworkRules] = {
    rules.name: rules
    for rules in (
        NetworkRules("x", "X", 280, x_weighted_length),
        NetworkRules("linkedin", "LinkedIn", 3000, len),
        NetworkRules("mastodon", "Mastodon", 500, mastodon_length),
        NetworkRules("bluesky", "Bluesky", 300, graphemes, byte_limit=3000),
        NetworkRules("threads", "Threads", 500, graphemes),
        NetworkRules("facebook", "Facebook", 63206, len),
        NetworkRules("instagram", "Instagram", 2200, graphemes),
    )
}


class UnknownNetwork(KeyError):
    pass


def rules_for(network: str) -> NetworkRules:
    try:
        return NETWORKS[network]
    except KeyError:
        raise UnknownNetwork(network) from None


def measure(network: str, text: str, *, limit: int | None = None) -> Measure:
    rules = rules_for(network)
    cap = limit if limit is not None else rules.limit
    length = rules.count(text)
    fits = length <= cap and (rules.byte_limit is None or utf8_bytes(text) <= rules.byte_limit)
    return Measure(network, length, cap, fits)
