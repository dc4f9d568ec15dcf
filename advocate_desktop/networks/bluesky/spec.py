"""The Bluesky network's spec: app passwords, up to four images, a record key per post."""

from __future__ import annotations

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

# Every code the publisher (:class:`~.errors.BlueskyError`) and the sign-in
# (:class:`~.session.SignInError`) report, in plain English.
#: Where an employee makes an app password (the sign-in explains it and links here).
APP_PASSWORDS_URL = "https://bsky.app/settings/app-passwords"

ERROR_MESSAGES: dict[str, str] = {
    # Publishing.
    "rate_limited": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server asks to wait before posting again."
    ),
    "sign_in_again": QT_TRANSLATE_NOOP("NetworkErrors", "The account needs to be signed in again."),
    "rejected": QT_TRANSLATE_NOOP("NetworkErrors", "The server refused the post."),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "The post was sent but no answer came back; the app checks whether it went out"
        " before trying again.",
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server cannot be reached right now."
    ),
    "too_long": QT_TRANSLATE_NOOP("NetworkErrors", "The text is longer than the server allows."),
    "too_many_images": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The post has more images than the server allows."
    ),
    "alt_text_missing": QT_TRANSLATE_NOOP("NetworkErrors", "An image has no alt text."),
    "image_unreadable": QT_TRANSLATE_NOOP("NetworkErrors", "An image file cannot be read."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image is larger than the server allows."
    ),
    # Signing in.
    "handle_not_found": QT_TRANSLATE_NOOP("NetworkErrors", "No Bluesky account has this handle."),
    "wrong_password": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The handle or the app password is not right."
    ),
    "main_password": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "This is the account's main password. Make an app password in Bluesky's settings"
        " and use that instead.",
    ),
    "account_takendown": QT_TRANSLATE_NOOP("NetworkErrors", "Bluesky has taken this account down."),
    "not_bluesky": QT_TRANSLATE_NOOP("NetworkErrors", "This address is not a Bluesky server."),
}

#: Codes worth trying again later.
TRANSIENT_CODES = frozenset({"rate_limited", "unknown_outcome", "server_unavailable"})


def publisher(config: dict[str, Any], account_id: str) -> Publisher:
    """The runner's publisher for a Bluesky account; its session is kept in the keyring."""
    # Loaded only for a Bluesky account: requests and the keyring stay off the start.
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.base import AccountConfigError
    from advocate_desktop.networks.bluesky.contract import BlueskyAccountPublisher
    from advocate_desktop.networks.bluesky.publisher import BlueskyPublisher
    from advocate_desktop.networks.bluesky.secrets import KeyringSecrets

    if not account_id:
        raise AccountConfigError("a Bluesky account needs its id to find its sign-in")
    secrets = KeyringSecrets(CredentialStore(), account_id)
    return BlueskyAccountPublisher(BlueskyPublisher.from_config(config, secrets))


def connector() -> Connector:
    """How an account of this network is signed in and out (loaded when one is)."""
    from advocate_desktop.networks.bluesky.connect import BlueskyConnector

    return BlueskyConnector()


def secret_keys(config: dict[str, Any], account_id: str) -> list[str]:
    """The account's session tokens."""
    from advocate_desktop.networks.bluesky.secrets import SESSION_NAMES

    return [f"{account_id}/{name}" for name in SESSION_NAMES]


SPEC = NetworkSpec(
    key=NetworkKey.BLUESKY,
    label="Bluesky",
    text_rules="bluesky",
    auth=AuthKind.APP_PASSWORD,
    # The record is written under a key derived from the post id, so a retry can never
    # make two, and find_published reads that record back.
    capabilities=Capabilities(
        idempotency_key=True,
        reads_recent_posts=True,
        idempotency=Idempotency.RECORD_KEY,
        max_images=4,
        alt_text=True,
        link_card=LinkCard.CLIENT,
        video=False,
        server_scheduling=False,
    ),
    publisher=publisher,
    error_messages=ERROR_MESSAGES,
    secret_keys=secret_keys,
    connector=connector,
)
