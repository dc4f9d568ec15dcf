"""Named secrets of one owner (an account, or an app registered on a server).

Publishers and sign-in flows receive a :class:`SecretHandle` instead of a token, so a
token obtained or refreshed is written to the keyring at once and never travels
through the database, a log or a return value.  :class:`KeyringSecrets` is the real
one: each named secret is one keyring entry whose user name is ``owner/name``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from advocate_desktop.credentials import CredentialStore


class SecretHandle(Protocol):
    def get(self, name: str) -> str | None:
        """The stored secret, or None when there is none."""

    def set(self, name: str, value: str) -> None:
        """Store (or replace) a secret.  Raises CredentialError when the keyring refuses."""

    def delete(self, name: str) -> bool:
        """Remove a secret; True when one was there."""


class KeyringSecrets:
    """A :class:`SecretHandle` over the OS keyring (``CredentialStore``)."""

    def __init__(self, store: CredentialStore, owner: str) -> None:
        if not owner or "/" in owner:
            # The owner is the first part of the keyring user name; a slash inside it
            # would let two owners' names collide.
            raise ValueError(f"a secret owner may not be empty or contain '/': {owner!r}")
        self._store = store
        self.owner = owner

    def key(self, name: str) -> str:
        if not name or "/" in name:
            raise ValueError(f"a secret name may not be empty or contain '/': {name!r}")
        return f"{self.owner}/{name}"

    def get(self, name: str) -> str | None:
        return self._store.get(self.key(name))

    def set(self, name: str, value: str) -> None:
        self._store.set(self.key(name), value)

    def delete(self, name: str) -> bool:
        return self._store.delete(self.key(name))
