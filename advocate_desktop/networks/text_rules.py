"""The text rules an account's posts are counted and checked against.

A network's rules (``text/networks.py``) with the account's own limits applied: a
Mastodon account's server publishes its length limit, the weight of a link and how
many images a post may carry (kept in the account's configuration, see
:mod:`.mastodon.limits`); a Bluesky account counts as its server does (links
shortened, ``text/bluesky.py``); an Outbox account stands in for the network the
employee chose.  Pure and cheap: the editor asks on every check, the publish gate
at publish time, and neither loads the network stack for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advocate_desktop.networks.mastodon import NETWORK as MASTODON
from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.networks.registry import UnknownNetwork, spec_for, text_network
from advocate_desktop.text.networks import NetworkRules, mastodon_rules, rules_for


def account_text_rules(network: str, config: Mapping[str, Any]) -> NetworkRules:
    """The rules for a post to an account of ``network`` with configuration ``config``.

    A Mastodon account without stored limits (added before they were kept, or a
    damaged configuration) gets Mastodon's defaults: 500 characters, links 23.
    Raises :class:`~advocate_desktop.text.networks.UnknownNetwork` for a network
    without text rules.
    """
    if network == MASTODON:
        limits = InstanceLimits.from_config(config.get("limits"))
        return mastodon_rules(
            limits.max_characters,
            limits.characters_reserved_per_url,
            limits.max_media_attachments,
        )
    return rules_for(text_network(network, dict(config)))


def account_image_limit(network: str, config: Mapping[str, Any]) -> int:
    """How many images a post to an account of ``network`` may carry: its network's
    capability, a Mastodon server's own ``max_media_attachments``; 0 for a network
    without images (or one no spec describes)."""
    if network == MASTODON:
        return InstanceLimits.from_config(config.get("limits")).max_media_attachments
    try:
        return spec_for(network).capabilities.max_images
    except UnknownNetwork:
        return 0
