"""Secrets per account, only ever in the operating system's keyring.

There is deliberately no fallback: if no real keyring is available, storing a
secret fails with a clear error instead of silently writing it to a file.
"""

from __future__ import annotations

from typing import Any

import keyring
import keyring.errors

SERVICE = "advocate-desktop"


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
