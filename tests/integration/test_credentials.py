"""Secrets go to the real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import keyring
import pytest

from advocate_desktop.credentials import CredentialError, CredentialStore

pytestmark = pytest.mark.keyring


def test_the_backend_is_the_secret_service(keyring_store: CredentialStore) -> None:
    assert "SecretService" in keyring_store.backend_name()


def test_set_get_delete_round_trip(keyring_store: CredentialStore) -> None:
    keyring_store.set("account-1", "tøken-ĄĘ-🔑")
    assert keyring_store.get("account-1") == "tøken-ĄĘ-🔑"
    assert keyring_store.delete("account-1") is True
    assert keyring_store.get("account-1") is None
    assert keyring_store.delete("account-1") is False


def test_delete_all_removes_every_listed_account(keyring_store: CredentialStore) -> None:
    for number in range(3):
        keyring_store.set(f"acct-{number}", f"secret-{number}")
    assert keyring_store.delete_all(["acct-0", "acct-1", "acct-2", "acct-none"]) == 3
    assert all(keyring_store.get(f"acct-{n}") is None for n in range(3))


def test_the_secret_is_visible_to_other_keyring_clients(keyring_store: CredentialStore) -> None:
    keyring_store.set("shared", "s3cret")
    service = keyring_store._service
    assert keyring.get_password(service, "shared") == "s3cret"
    keyring_store.delete("shared")


def test_without_a_real_keyring_storing_fails_instead_of_falling_back() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    store = CredentialStore(backend=FailKeyring())
    assert not store.available()
    with pytest.raises(CredentialError) as caught:
        store.set("a", "never-in-a-message")
    assert "never-in-a-message" not in str(caught.value)
