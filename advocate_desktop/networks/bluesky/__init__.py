"""Bluesky: sign in with an app password, publish ``app.bsky.feed.post`` records.

XRPC over ``requests`` (see :mod:`.xrpc`); no Qt, no SDK.  The counter counts a
post the way the server will with :func:`advocate_desktop.text.bluesky.server_length`.
"""

from __future__ import annotations

from .images import MAX_IMAGES, PostImage
from .publisher import NETWORK, BlueskyPublisher, LinkCard
from .record_key import record_key
from .secrets import AccountSecrets, KeyringSecrets
from .session import (
    APP_PASSWORDS_URL,
    DEFAULT_SERVICE,
    BlueskyAccount,
    SignInError,
    sign_in,
    sign_out,
)

__all__ = [
    "APP_PASSWORDS_URL",
    "DEFAULT_SERVICE",
    "MAX_IMAGES",
    "NETWORK",
    "AccountSecrets",
    "BlueskyAccount",
    "BlueskyPublisher",
    "KeyringSecrets",
    "LinkCard",
    "PostImage",
    "SignInError",
    "record_key",
    "sign_in",
    "sign_out",
]
