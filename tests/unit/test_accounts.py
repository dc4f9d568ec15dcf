"""The account use cases' own parts: storing under a chosen id, lifting a hold, states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.accounts import (
    AccountError,
    AccountManager,
    AccountState,
    MemorySecrets,
    addable_networks,
)
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "a.sqlite3")
    yield database
    database.close()


@pytest.fixture
def manager(db: Database, clock: FakeClock) -> AccountManager:
    # Outbox accounts never touch the keyring, so no real one is needed here.
    return AccountManager(
        AccountRepository(db), AccountHoldRepository(db), clock, CredentialStore()
    )


def test_the_networks_offered_are_listed_once() -> None:
    assert addable_networks() == ("mastodon", "bluesky", "linkedin", "x", "threads", "outbox")


def test_an_account_is_stored_under_the_id_its_secrets_use(db: Database, clock: FakeClock) -> None:
    accounts = AccountRepository(db)
    row = accounts.add("bluesky", "a.test", {"did": "did:plc:x"}, clock.now(), account_id="fixed")
    assert row.id == "fixed" and accounts.get("fixed") == row
    updated = accounts.update("fixed", "b.test", {"did": "did:plc:x", "handle": "b.test"})
    assert updated is not None and updated.display_name == "b.test"
    assert accounts.update("gone", "x", {}) is None


def test_signing_in_again_lifts_the_pause_but_not_a_rate_limit_wait(
    db: Database, clock: FakeClock
) -> None:
    accounts = AccountRepository(db)
    holds = AccountHoldRepository(db)
    paused = accounts.add("outbox", "p", {}, clock.now())
    waiting = accounts.add("outbox", "w", {}, clock.now())
    holds.pause(paused.id, errors.SIGN_IN_NEEDED, "401", clock.now())
    holds.wait(waiting.id, clock.now() + timedelta(hours=1), "rate_limited", clock.now())
    holds.pause(waiting.id, errors.SIGN_IN_NEEDED, "401", clock.now())
    holds.resume(paused.id)
    holds.resume(waiting.id)
    assert holds.get(paused.id) is None
    still = holds.get(waiting.id)
    assert still is not None and still.paused is None and still.blocks(clock.now())


def test_states_of_accounts_without_network_sign_in(
    manager: AccountManager, db: Database, clock: FakeClock, tmp_path: Path
) -> None:
    accounts = AccountRepository(db)
    plain = accounts.add("outbox", "Plain", {"folder": str(tmp_path)}, clock.now())
    broken = accounts.add("outbox", "Broken", {"token_expires_at": "soon"}, clock.now())
    held = accounts.add("outbox", "Held", {}, clock.now())
    AccountHoldRepository(db).pause(held.id, errors.SIGN_IN_NEEDED, "", clock.now())
    states = {s.account.id: s for s in manager.statuses()}
    assert states[plain.id].state == AccountState.CONNECTED
    assert states[plain.id].handle == str(tmp_path)
    assert not states[plain.id].can_sign_in
    assert states[broken.id].state == AccountState.UNKNOWN
    assert states[held.id].state == AccountState.SIGN_IN_NEEDED


def test_an_outbox_account_has_no_sign_in_and_removes_without_a_network(
    manager: AccountManager, db: Database, clock: FakeClock
) -> None:
    row = AccountRepository(db).add("outbox", "O", {}, clock.now())
    with pytest.raises(AccountError) as refused:
        manager.sign_in_again(row.id)
    assert refused.value.code == "not_signable"
    with pytest.raises(AccountError) as gone:
        manager.remove("no-such-id")
    assert gone.value.code == "no_such_account"


def test_memory_secrets_never_outlive_the_object() -> None:
    secrets = MemorySecrets()
    secrets.set("access_token", "t")
    assert secrets.get("access_token") == "t"
    assert secrets.delete("access_token") and not secrets.delete("access_token")
