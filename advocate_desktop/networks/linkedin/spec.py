"""The LinkedIn network's spec: the company's app, one image with alt text, article cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import AccountConfigError, Capabilities, LinkCard
from advocate_desktop.networks.spec import (
    QT_TRANSLATE_NOOP,
    AuthKind,
    NetworkKey,
    NetworkSpec,
)

if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher
    from advocate_desktop.networks.connect import Connector

# The keyring name of an account's access token ("<account id>/access_token").
TOKEN_SECRET = "access_token"

# Every code LinkedIn's publisher and sign-in report, in plain English.
ERROR_MESSAGES: dict[str, str] = {
    "no_company_app": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Your organization has not set up LinkedIn for this app; you can still share"
        " through LinkedIn's share page.",
    ),
    "version_retired": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "LinkedIn no longer accepts the version of its interface this app uses (%1)."
        " Update Advocate Desktop, or ask IT to set a newer LinkedIn version"
        " (linkedin_api_version).",
    ),
    "callback_port_busy": QT_TRANSLATE_NOOP(
        "NetworkErrors",
        "Another program uses port %1 on this computer, where LinkedIn's sign-in comes"
        " back to the app. Close that program and try again.",
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "NetworkErrors", "LinkedIn asks to wait before posting again."
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "NetworkErrors", "LinkedIn cannot be reached right now."
    ),
    "timeout": QT_TRANSLATE_NOOP("NetworkErrors", "LinkedIn did not answer in time."),
    "tls": QT_TRANSLATE_NOOP("NetworkErrors", "The secure connection to LinkedIn failed."),
    "bad_response": QT_TRANSLATE_NOOP(
        "NetworkErrors", "LinkedIn sent an answer that cannot be read."
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "NetworkErrors", "LinkedIn refused: the account may be restricted."
    ),
    "rejected": QT_TRANSLATE_NOOP("NetworkErrors", "LinkedIn refused the post."),
    "too_many_images": QT_TRANSLATE_NOOP(
        "NetworkErrors", "A LinkedIn post from this app carries one image."
    ),
    "alt_text_missing": QT_TRANSLATE_NOOP("NetworkErrors", "An image has no alt text."),
    "alt_text_too_long": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image's alt text is longer than LinkedIn allows."
    ),
    "image_unreadable": QT_TRANSLATE_NOOP("NetworkErrors", "An image file cannot be read."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "NetworkErrors", "An image is larger than LinkedIn allows."
    ),
    "image_type_unsupported": QT_TRANSLATE_NOOP(
        "NetworkErrors", "LinkedIn takes JPEG, PNG and GIF images only."
    ),
}


def publisher(config: dict[str, Any], account_id: str) -> Publisher:
    """The runner's publisher for a LinkedIn account; its token is read from the keyring."""
    from advocate_desktop.credentials import CredentialStore
    from advocate_desktop.networks.account_secrets import KeyringSecrets
    from advocate_desktop.networks.linkedin.publisher import LinkedInPublisher

    if not account_id:
        raise AccountConfigError("a LinkedIn account needs its id to find its sign-in")
    return LinkedInPublisher(config, KeyringSecrets(CredentialStore(), account_id))


def connector() -> Connector:
    """How a LinkedIn account is signed in and out (loaded when one is)."""
    from advocate_desktop.networks.linkedin.connect import LinkedInConnector

    return LinkedInConnector()


def secret_keys(config: dict[str, Any], account_id: str) -> list[str]:
    return [f"{account_id}/{TOKEN_SECRET}"]


SPEC = NetworkSpec(
    key=NetworkKey.LINKEDIN,
    label="LinkedIn",
    text_rules="linkedin",
    auth=AuthKind.OAUTH_APP,
    # No idempotency key, and reading a member's posts back needs r_member_social,
    # which companies' apps do not get: an unknown outcome is the employee's to check.
    capabilities=Capabilities(
        max_images=1,
        alt_text=True,
        link_card=LinkCard.CLIENT,  # the article's address and title are sent
        server_scheduling=False,
    ),
    publisher=publisher,
    error_messages=ERROR_MESSAGES,
    secret_keys=secret_keys,
    connector=connector,
)
