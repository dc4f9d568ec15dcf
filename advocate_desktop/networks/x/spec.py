"""The X network's spec: the company's X app, up to four images with alt text.

X has no sign-in a desktop app can use on its own: the company registers an app at
X (a public client, OAuth 2.0 with PKCE) and IT configures its client id, or a
token-exchange address the company runs (docs/deployment.md).  X also charges the
company per post, more for a post with a link (pay-per-use since February 2026), so
posting through X's API is off unless IT turned it on (``x_api_enabled``); without
it, X is offered through its share page only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import Capabilities, Idempotency, LinkCard
from advocate_desktop.networks.spec import (
    QT_TRANSLATE_NOOP,
    AuthKind,
    NetworkKey,
    NetworkSpec,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher
    from advocate_desktop.networks.connect import Connector


@dataclass(frozen=True)
class Endpoints:
    """Where X's sign-in and API answer (tests point them at a loopback server)."""

    authorize: str = "https://x.com/i/oauth2/authorize"
    token: str = "https://api.x.com/2/oauth2/token"
    revoke: str = "https://api.x.com/2/oauth2/revoke"
    api: str = "https://api.x.com"
    # Where the employee's posts are seen.
    web: str = "https://x.com"


ENDPOINTS = Endpoints()

# What the app asks for: post and read its own posts, who signed in, a refresh token
# (``offline.access``, else the sign-in lasts two hours) and image uploads.
SCOPES = ("tweet.read", "tweet.write", "users.read", "offline.access", "media.write")

# X matches the callback address exactly, port included (it does not follow RFC 8252
# §7.3's "any port on loopback"), so the sign-in listens on the first free one of
# these and the company registers ``http://127.0.0.1:<port>/callback`` for each.
CALLBACK_PORTS = (53682, 53683, 53684)

ERROR_MESSAGES: dict[str, str] = {
    # Publishing.
    "rate_limited": QT_TRANSLATE_NOOP("NetworkErrors", "X asks to wait before posting again."),
    "server_unavailable": QT_TRANSLATE_NOOP("NetworkErrors", "X cannot be reached right now."),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "The post was sent to X but no answer came back; it may have been published."
        " Look at your X profile before trying again.",
    ),
    "sign_in_again": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The X account needs to be signed in again."
    ),
    "rejected": QT_TRANSLATE_NOOP("NetworkErrors", "X refused the post."),
    "duplicate": QT_TRANSLATE_NOOP(
        "NetworkErrors", "X refuses a post with the same text as one already on the account."
    ),
    "payment_required": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "X refused because the company's X app has no paid API access left. Tell IT.",
    ),
    "bad_response": QT_TRANSLATE_NOOP("NetworkErrors", "X sent an answer that cannot be read."),
    "text_too_long": QT_TRANSLATE_NOOP("NetworkErrors", "The text is longer than X allows."),
    "too_many_images": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The post has more images than X allows."
    ),
    "alt_text_missing": QT_TRANSLATE_NOOP("NetworkErrors", "An image has no alt text."),
    "alt_text_too_long": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image's alt text is longer than X allows (1,000 characters)."
    ),
    "image_unreadable": QT_TRANSLATE_NOOP("NetworkErrors", "An image file cannot be read."),
    "image_too_large": QT_TRANSLATE_NOOP("NetworkErrors", "An image is larger than X allows."),
    "keyring": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The system keyring refused to keep the X account's new sign-in."
    ),
    # Signing in.
    "no_company_app": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Your company has not turned on posting to X through its API (X charges the"
        " company for every post, more for a post with a link), so X is offered through"
        " its share page only.",
    ),
    "callback_port_busy": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Other programs use every port the X sign-in may come back on. Close them and try again.",
    ),
    "not_x": QT_TRANSLATE_NOOP("NetworkErrors", "X's answer about who signed in cannot be read."),
}

# Codes worth trying again later by themselves.
TRANSIENT_CODES = frozenset({"rate_limited", "server_unavailable", "bad_response"})


def publisher(config: dict[str, Any], account_id: str) -> Publisher:
    """The runner's publisher for an X account; its tokens are read from the keyring."""
    # Loaded only for an X account: requests and the keyring stay off the start.
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import KeyringSecrets
    from advocate_desktop.networks.base import AccountConfigError
    from advocate_desktop.networks.x.contract import XAccountPublisher
    from advocate_desktop.networks.x.publisher import XPublisher

    if not account_id:
        raise AccountConfigError("an X account needs its id to find its sign-in")
    secrets = KeyringSecrets(CredentialStore(), account_id)
    return XAccountPublisher(XPublisher.from_config(config, secrets, account_id))


def connector() -> Connector:
    """How an account of this network is signed in and out (loaded when one is)."""
    from advocate_desktop.networks.x.connect import XConnector

    return XConnector()


def secret_keys(config: dict[str, Any], account_id: str) -> list[str]:
    """The account's access and refresh tokens and when the access token expires."""
    from advocate_desktop.networks.x.tokens import TOKEN_NAMES

    return [f"{account_id}/{name}" for name in TOKEN_NAMES]


SPEC = NetworkSpec(
    key=NetworkKey.X,
    label="X",
    text_rules="x",
    auth=AuthKind.OAUTH_APP,
    # POST /2/tweets takes no idempotency key and the app does not read the account's
    # timeline back (every read is charged): an unknown outcome is left to the employee,
    # with a link to their profile.
    capabilities=Capabilities(
        idempotency_key=False,
        reads_recent_posts=False,
        idempotency=Idempotency.NONE,
        max_images=4,
        alt_text=True,
        link_card=LinkCard.SERVER,
        video=False,
        server_scheduling=False,
    ),
    publisher=publisher,
    error_messages=ERROR_MESSAGES,
    secret_keys=secret_keys,
    connector=connector,
)
