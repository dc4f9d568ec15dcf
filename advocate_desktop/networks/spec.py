"""What the app knows about a network before it loads any of its code: its spec.

Each network's folder (or module) exports one :class:`NetworkSpec` as ``SPEC``;
:mod:`advocate_desktop.networks.registry` lists them.  A spec names the network
(:class:`NetworkKey`), says which text rules its posts are checked against, how
its accounts sign in (:class:`AuthKind`), what it can do
(:class:`~advocate_desktop.networks.base.Capabilities`), which error codes its
publisher and sign-in report with an English message for each, and how to build
the publisher of one of its accounts (a factory imported only when called, so
naming a network loads neither ``requests`` nor the keyring).

The messages are English source texts marked with :func:`QT_TRANSLATE_NOOP`, a
no-op here: ``pyside6-lupdate`` reads the marker from the spec modules into the
``NetworkErrors`` context of the translations, and ``ui/`` translates them with
``QCoreApplication.translate(ERRORS_CONTEXT, message)``.  Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from advocate_desktop.networks.base import Capabilities

if TYPE_CHECKING:
    from advocate_desktop.networks.base import Publisher
    from advocate_desktop.networks.connect import Connector

#: The translation context of every network's error messages.
ERRORS_CONTEXT = "NetworkErrors"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged."""
    return source


class NetworkKey(StrEnum):
    """The networks an account can publish to; the value is what the database stores."""

    OUTBOX = "outbox"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    X = "x"
    THREADS = "threads"
    LINKEDIN = "linkedin"


class AuthKind(StrEnum):
    """How an account of the network is connected."""

    FOLDER = "folder"  # no sign-in: the employee picks a folder (the Outbox)
    OAUTH_INSTANCE = "oauth_instance"  # OAuth on a server the employee names (Mastodon)
    APP_PASSWORD = "app_password"  # a handle and an app password (Bluesky)
    OAUTH_APP = "oauth_app"  # OAuth with the app registered once at the network (LinkedIn, X…)


#: Builds the publisher of one account from its stored configuration and its id
#: (the id names its secrets in the keyring).  Raises AccountConfigError.
PublisherFactory = Callable[[dict[str, Any], str], "Publisher"]

#: The keyring user names an account's secrets are stored under, from its
#: configuration and id.
SecretKeys = Callable[[dict[str, Any], str], list[str]]


@dataclass(frozen=True)
class NetworkSpec:
    key: NetworkKey
    label: str  # the network's own name: not translated
    # The text rules (a name in advocate_desktop.text.networks.NETWORKS) a post to this
    # network is counted and checked against; None when each account chooses (the
    # Outbox stands in for a network of the employee's choice).
    text_rules: str | None
    auth: AuthKind
    capabilities: Capabilities
    publisher: PublisherFactory = field(repr=False)
    # Every error code the network's publisher or sign-in reports, with its English
    # message (marked with QT_TRANSLATE_NOOP in ERRORS_CONTEXT).  A message may hold
    # ``%1`` for the detail the error carries.
    error_messages: Mapping[str, str] = field(default_factory=dict)
    # The keyring entries an account may have beyond its bare id, for "Remove all
    # my data" (the publisher's own names are "<account id>/<name>").
    secret_keys: SecretKeys = field(default=lambda _config, _account_id: [], repr=False)
    # How its accounts are signed in, again, and out (networks/connect.py); None for a
    # network without a sign-in (the Outbox folder).  Imported only when called.
    connector: Callable[[], Connector] | None = field(default=None, repr=False)

    def message(self, code: str) -> str | None:
        """The English message of one of this network's error codes."""
        return self.error_messages.get(code)
