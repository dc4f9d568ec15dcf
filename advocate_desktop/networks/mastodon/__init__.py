"""Mastodon: connect an account on any server, publish with images, reconcile after a crash.

Plain ``requests`` (see :mod:`.api` for why not Mastodon.py); OAuth through
:mod:`advocate_desktop.networks.oauth`.  Error codes: :mod:`.errors`.
"""

from advocate_desktop.networks.mastodon.account import (
    SCOPES,
    AppRegistration,
    MastodonAccount,
    SignedIn,
    app_owner,
    ensure_app,
    sign_in,
    sign_out,
)
from advocate_desktop.networks.mastodon.api import MastodonApi, Timeouts, base_url_from
from advocate_desktop.networks.mastodon.errors import CODES, MastodonError
from advocate_desktop.networks.mastodon.instance import InstanceLimits, fetch_instance
from advocate_desktop.networks.mastodon.media import PostImage
from advocate_desktop.networks.mastodon.publisher import NETWORK, MastodonPublisher

__all__ = [
    "CODES",
    "NETWORK",
    "SCOPES",
    "AppRegistration",
    "InstanceLimits",
    "MastodonAccount",
    "MastodonApi",
    "MastodonError",
    "MastodonPublisher",
    "PostImage",
    "SignedIn",
    "Timeouts",
    "app_owner",
    "base_url_from",
    "ensure_app",
    "fetch_instance",
    "sign_in",
    "sign_out",
]
