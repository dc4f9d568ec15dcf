"""The Mastodon network's spec: OAuth on the employee's server, images, idempotency keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import (
    AccountConfigError,
    Capabilities,
    Idempotency,
    LinkCard,
)
from advocate_desktop.networks.spec import (
    QT_TRANSLATE_NOOP,
    AuthKind,
    NetworkKey,
    NetworkSpec,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher
    from advocate_desktop.networks.connect import Connector

# Every code of :class:`~.errors.MastodonError`, with what it means in plain English.
ERROR_MESSAGES: dict[str, str] = {
    "rate_limited": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server asks to wait before posting again."
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server cannot be reached right now."
    ),
    "timeout": QT_TRANSLATE_NOOP("NetworkErrors", "The server did not answer in time."),
    "tls": QT_TRANSLATE_NOOP("NetworkErrors", "The secure connection to the server failed."),
    "bad_response": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server sent an answer that cannot be read."
    ),
    "media_processing": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server was still processing an image."
    ),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "The post was sent but no answer came back; it may have been published.",
    ),
    "sign_in_again": QT_TRANSLATE_NOOP("NetworkErrors", "The account needs to be signed in again."),
    "forbidden": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server refused: the account may be limited or suspended."
    ),
    "rejected": QT_TRANSLATE_NOOP("NetworkErrors", "The server refused the post."),
    "not_mastodon": QT_TRANSLATE_NOOP("NetworkErrors", "This address is not a Mastodon server."),
    "bad_address": QT_TRANSLATE_NOOP("NetworkErrors", "This is not a server address."),
    "not_found": QT_TRANSLATE_NOOP("NetworkErrors", "The server no longer has what was asked for."),
    "text_too_long": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The text is longer than the server allows."
    ),
    "too_many_images": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The post has more images than the server allows."
    ),
    "alt_text_missing": QT_TRANSLATE_NOOP("NetworkErrors", "An image has no alt text."),
    "alt_text_too_long": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image's alt text is longer than the server allows."
    ),
    "image_unreadable": QT_TRANSLATE_NOOP("NetworkErrors", "An image file cannot be read."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image is larger than the server allows."
    ),
    "image_type_unsupported": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The server does not accept this kind of image."
    ),
}


def publisher(config: dict[str, Any], account_id: str) -> Publisher:
    """The runner's publisher for a Mastodon account; its token is read from the keyring."""
    # Loaded only for a Mastodon account: requests and the keyring stay off the start.
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import KeyringSecrets
    from advocate_desktop.networks.mastodon.contract import MastodonAccountPublisher
    from advocate_desktop.networks.mastodon.publisher import MastodonPublisher

    if not account_id:
        raise AccountConfigError("a Mastodon account needs its id to find its sign-in")
    secrets = KeyringSecrets(CredentialStore(), account_id)
    return MastodonAccountPublisher(MastodonPublisher.from_config(config, secrets))


def connector() -> Connector:
    """How an account of this network is signed in and out (loaded when one is)."""
    from advocate_desktop.networks.mastodon.connect import MastodonConnector

    return MastodonConnector()


def secret_keys(config: dict[str, Any], account_id: str) -> list[str]:
    """The account's token, and its server's app registration (shared by the accounts
    on that server, removed with "Remove all my data")."""
    from advocate_desktop.networks.mastodon.account import APP_SECRET, TOKEN_SECRET, app_owner

    keys = [f"{account_id}/{TOKEN_SECRET}"]
    instance = config.get("instance")
    if isinstance(instance, str) and instance:
        keys.append(f"{app_owner(instance)}/{APP_SECRET}")
    return keys


SPEC = NetworkSpec(
    key=NetworkKey.MASTODON,
    label="Mastodon",
    text_rules="mastodon",
    auth=AuthKind.OAUTH_INSTANCE,
    # Mastodon keeps an Idempotency-Key for an hour, and the account's own statuses
    # are read back after a crash: None from find_published means it did not go out.
    capabilities=Capabilities(
        idempotency_key=True,
        reads_recent_posts=True,
        idempotency=Idempotency.IDEMPOTENCY_KEY,
        max_images=4,  # Mastodon's default; the instance's configuration says its own
        alt_text=True,
        link_card=LinkCard.SERVER,
        video=False,
        server_scheduling=True,  # POST /api/v1/statuses takes scheduled_at
    ),
    publisher=publisher,
    error_messages=ERROR_MESSAGES,
    secret_keys=secret_keys,
    connector=connector,
)
