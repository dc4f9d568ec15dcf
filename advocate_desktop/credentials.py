"""Secrets per account, only ever in the operating system's keyring.

There is deliberately no fallback: if no real keyring is available, storing a
secret fails with a clear error instead of silently writing it to a file.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

import keyring
import keyring.errors

SERVICE = "advocate-desktop"
#: A keyring entry that lists the names of every secret the app stored (names only, no
#: secrets), so "Remove all my data" finds secrets of accounts already gone from the
#: database, on keyrings that cannot be searched.
INDEX = "_index"

_index_lock = threading.Lock()


class CredentialError(Exception):
    """The keyring refused or is missing.  Never carries the secret itself."""


class CredentialStore:
    def __init__(self, service: str = SERVICE, backend: Any | None = None) -> None:
        self._service = service
        self._backend = backend

    def _keyring(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def backend_name(self) -> str:
        backend = self._keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def available(self) -> bool:
        """False for keyring's ``fail`` and ``null`` backends and anything of priority <= 0."""
        backend = self._keyring()
        module = type(backend).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return False
        try:
            return float(getattr(type(backend), "priority", 1)) > 0
        except Exception:  # priority may raise when the backend cannot work here
            return False

    def set(self, account_id: str, secret: str) -> None:
        try:
            with _index_lock:
                # The name first: a crash in between leaves a name with no secret, which
                # is harmless, never a secret nobody can find.
                names = self._names()
                if account_id not in names:
                    self._write_names(names | {account_id})
            self._keyring().set_password(self._service, account_id, secret)
        except keyring.errors.KeyringError as error:
            raise CredentialError(
                f"the system keyring did not store the secret ({type(error).__name__})"
            ) from None

    def get(self, account_id: str) -> str | None:
        try:
            value = self._keyring().get_password(self._service, account_id)
        except keyring.errors.KeyringError as error:
            raise CredentialError(
                f"the system keyring did not answer ({type(error).__name__})"
            ) from None
        return value if isinstance(value, str) else None

    def delete(self, account_id: str) -> bool:
        """True when a secret was removed, False when there was none."""
        try:
            self._keyring().delete_password(self._service, account_id)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as error:
            raise CredentialError(
                f"the system keyring did not delete the secret ({type(error).__name__})"
            ) from None
        return True

    def delete_all(self, account_ids: list[str]) -> int:
        return sum(1 for account_id in account_ids if self.delete(account_id))

    def delete_everything(self, known: Iterable[str] = ()) -> int:
        """Every secret of this app: the names given, the names in the index, and on a
        keyring that can be searched (the Secret Service) every entry under the app's
        service name.  Returns how many secrets were removed."""
        with _index_lock:
            try:
                names = {*known, *self._names(), *self._searchable_names()}
            except keyring.errors.KeyringError as error:
                raise CredentialError(
                    f"the system keyring did not answer ({type(error).__name__})"
                ) from None
            names.discard(INDEX)
            removed = self.delete_all(sorted(names))
            self.delete(INDEX)
        return removed

    def _names(self) -> frozenset[str]:
        raw = self._keyring().get_password(self._service, INDEX)
        try:
            names = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            names = []  # a damaged index only loses the names; the search still works
        if not isinstance(names, list):
            return frozenset()
        return frozenset(n for n in names if isinstance(n, str))

    def _write_names(self, names: frozenset[str]) -> None:
        self._keyring().set_password(self._service, INDEX, json.dumps(sorted(names)))

    def _searchable_names(self) -> frozenset[str]:
        """The Secret Service's entries whose ``service`` attribute is this app's."""
        backend = self._keyring()
        collection_of = getattr(backend, "get_preferred_collection", None)
        if not callable(collection_of):
            return frozenset()
        try:
            collection = collection_of()
        except Exception:  # the index and the known names are still removed
            return frozenset()
        try:
            items = collection.search_items({"service": self._service})
            found = frozenset(str(item.get_attributes().get("username", "")) for item in items)
            return found - {""}
        except Exception:
            return frozenset()
        finally:
            connection = getattr(collection, "connection", None)
            if connection is not None:
                connection.close()  # keyring opens one D-Bus connection per collection
