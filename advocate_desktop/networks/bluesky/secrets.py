"""Where a Bluesky account's session tokens live: named secrets of one account.

The publisher only sees :class:`AccountSecrets`; the app hands it a
:class:`KeyringSecrets`, which keeps every name in the OS keyring through
:class:`~advocate_desktop.credentials.CredentialStore`, so a refreshed token is
written back the moment the server issues it.
"""

from __future__ import annotations

from typing import Protocol

from advocate_desktop.credentials import CredentialStore

ACCESS_JWT = "access_jwt"
REFRESH_JWT = "refresh_jwt"
SESSION_NAMES = (ACCESS_JWT, REFRESH_JWT)


class AccountSecrets(Protocol):
    """Named secrets of one account (get/set/delete), never written anywhere but their store."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> object: ...


class KeyringSecrets:
    """:class:`AccountSecrets` in the OS keyring, under ``<account id>/<name>``."""

    def __init__(self, store: CredentialStore, account_id: str) -> None:
        self._store = store
        self._account_id = account_id

    def key(self, name: str) -> str:
        return f"{self._account_id}/{name}"

    def get(self, name: str) -> str | None:
        return self._store.get(self.key(name))

    def set(self, name: str, value: str) -> None:
        self._store.set(self.key(name), value)

    def delete(self, name: str) -> None:
        self._store.delete(self.key(name))

    def forget_session(self) -> None:
        """Remove the account's tokens (when the account is removed)."""
        for name in SESSION_NAMES:
            self.delete(name)
