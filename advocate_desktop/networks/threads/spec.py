"""The Threads network's spec: the company's Threads app, one image by public address.

Threads has no sign-in of its own for a desktop app: the company registers a Threads
app at Meta (IT's managed configuration carries its id, and its secret or the
company's token-exchange address).  A post is a container made from text and at
most one image Threads fetches itself from a public https address, then published.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError, Capabilities, Idempotency, LinkCard
from advocate_desktop.networks.spec import (
    QT_TRANSLATE_NOOP,
    AuthKind,
    NetworkKey,
    NetworkSpec,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher
    from advocate_desktop.networks.connect import Connector

# Threads refuses a post with more than 500 characters or more than 5 links.
MAX_CHARACTERS = 500
MAX_LINKS = 5

# Codes that are worth trying again later (the rest need the employee).
TRANSIENT_CODES = frozenset(
    {"rate_limited", "server_unavailable", "timeout", "tls", "bad_response", "still_processing"}
)

# Every code the publisher and the sign-in report, with what it means in plain English.
ERROR_MESSAGES: dict[str, str] = {
    # Signing in.
    "no_company_app": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Your company has not set up a Threads app for Advocate Desktop, so Threads is"
        " offered through its share page only.",
    ),
    "no_threads_account": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads did not say which account signed in."
    ),
    "token_refused": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Threads did not accept the sign-in. Try again, or ask IT to check the app.",
    ),
    # Publishing.
    "rate_limited": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads asks to wait before posting again."
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads cannot be reached right now."
    ),
    "timeout": QT_TRANSLATE_NOOP("NetworkErrors", "Threads did not answer in time."),
    "tls": QT_TRANSLATE_NOOP("NetworkErrors", "The secure connection to Threads failed."),
    "bad_response": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads sent an answer that cannot be read."
    ),
    "still_processing": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads was still preparing the post; the app tries again later."
    ),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "The post was sent to Threads but no answer came back; the app checks the"
        " account's posts before trying again.",
    ),
    "sign_in_again": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The Threads account needs to be signed in again."
    ),
    "rejected": QT_TRANSLATE_NOOP("NetworkErrors", "Threads refused the post."),
    "container_error": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads could not prepare the post (%1). Check its image and text."
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The text is longer than the 500 characters Threads allows."
    ),
    "too_many_links": QT_TRANSLATE_NOOP(
        "NetworkErrors", "The post has more than the 5 links Threads allows."
    ),
    "too_many_images": QT_TRANSLATE_NOOP(
        "NetworkErrors", "Threads takes one image per post from this app."
    ),
    "image_not_public": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Threads takes only an image at a public https address, such as the news item's"
        " own picture. Your own files are never uploaded anywhere: remove the image, or"
        " share the post through Threads' share page.",
    ),
}


def publisher(config: dict[str, Any], account_id: str) -> Publisher:
    """The runner's publisher for a Threads account; its token is read from the keyring."""
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import KeyringSecrets
    from advocate_desktop.networks.threads.publisher import ThreadsPublisher

    if not account_id:
        raise AccountConfigError("a Threads account needs its id to find its sign-in")
    return ThreadsPublisher.from_config(config, KeyringSecrets(CredentialStore(), account_id))


def connector() -> Connector:
    """How a Threads account is signed in and out (loaded when one is)."""
    from advocate_desktop.networks.threads.connect import ThreadsConnector

    return ThreadsConnector()


def secret_keys(config: dict[str, Any], account_id: str) -> list[str]:
    """The account's token and what the keyring keeps about it."""
    from advocate_desktop.networks.threads.tokens import SECRET_NAMES

    return [f"{account_id}/{name}" for name in SECRET_NAMES]


SPEC = NetworkSpec(
    key=NetworkKey.THREADS,
    label="Threads",
    text_rules="threads",
    auth=AuthKind.OAUTH_APP,
    # No idempotency key; the account's own posts are read back (GET /me/threads), and
    # a container whose publish lost its answer says itself whether it was published.
    capabilities=Capabilities(
        idempotency_key=False,
        reads_recent_posts=True,
        idempotency=Idempotency.NONE,
        max_images=1,  # a carousel (2 to 20) is not offered
        alt_text=True,  # alt_text on an IMAGE container
        link_card=LinkCard.SERVER,  # Threads previews the text's first link
        video=False,
        server_scheduling=False,
        images_by_public_url=True,
    ),
    publisher=publisher,
    error_messages=ERROR_MESSAGES,
    secret_keys=secret_keys,
    connector=connector,
)
