"""Tokens that expire before a post's time: flagged when scheduled, and once a day before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.networks.outbox import OutboxPublisher
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.schedule.service import PostService
from advocate_desktop.schedule.states import PostState
from advocate_desktop.schedule.tokens import (
    TokenExpiryError,
    expired_by,
    token_expiry,
    warn_day_before,
)
from advocate_desktop.store.accounts_repo import AccountRepository, AccountRow
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository


def outbox_account(
    accounts: AccountRepository, clock: FakeClock, folder: Path, expiry: str
) -> AccountRow:
    config = {"folder": str(folder), "network": "linkedin", "token_expires_at": expiry}
    return accounts.add("outbox", "Outbox with a token", config, clock.now())


def test_expiry_is_read_from_the_accounts_configuration(clock: FakeClock) -> None:
    plain = AccountRow("a", "outbox", "A", {"folder": "x"})
    assert token_expiry(plain) is None
    dated = AccountRow("b", "outbox", "B", {"token_expires_at": "2026-12-01T10:00:00+01:00"})
    expiry = token_expiry(dated)
    assert expiry is not None and expiry.isoformat() == "2026-12-01T09:00:00+00:00"
    assert expired_by(dated, expiry) == expiry  # expiring at the due time is too late
    assert expired_by(dated, expiry - timedelta(seconds=1)) is None
    for bad in ("tomorrow", "2026-12-01T10:00:00", 12):
        with pytest.raises(TokenExpiryError):
            token_expiry(AccountRow("c", "outbox", "C", {"token_expires_at": bad}))


def test_a_day_before_the_post_the_warning_comes_once(tmp_path: Path, clock: FakeClock) -> None:
    db = Database(tmp_path / "db.sqlite3")
    posts, accounts = PostRepository(db), AccountRepository(db)
    due = clock.now() + timedelta(days=3)
    account = outbox_account(
        accounts, clock, tmp_path / "out", (due - timedelta(hours=2)).isoformat()
    )
    fine = accounts.add("outbox", "No expiry", {"folder": str(tmp_path / "o2")}, clock.now())
    service = PostService(posts, clock)
    ids = []
    for owner in (account, fine):
        draft = service.open_draft(
            source_id=None,
            item_id=None,
            network="linkedin",
            language="en",
            suggested_text="Hi",
            account_id=owner.id,
        )
        ids.append(
            service.schedule(
                draft.id, text="Hi", account_id=owner.id, network="linkedin", due_at=due
            ).id
        )
    assert warn_day_before(posts, accounts, clock.now()) == []  # three days ahead: not yet
    clock.advance(timedelta(days=2, hours=1))
    [warning] = warn_day_before(posts, accounts, clock.now())
    assert warning.post_id == ids[0] and warning.due_at == due
    assert warning.expires_at == due - timedelta(hours=2)
    assert warn_day_before(posts, accounts, clock.now()) == []  # once
    # Rescheduling re-arms the warning.
    service.unschedule(ids[0])
    service.schedule(ids[0], text="Hi", account_id=account.id, network="linkedin", due_at=due)
    assert [w.post_id for w in warn_day_before(posts, accounts, clock.now())] == [ids[0]]


def test_the_runner_reports_the_warning_as_an_outcome(tmp_path: Path, clock: FakeClock) -> None:
    db = Database(tmp_path / "db.sqlite3")
    posts, accounts = PostRepository(db), AccountRepository(db)
    due = clock.now() + timedelta(hours=5)
    account = outbox_account(
        accounts, clock, tmp_path / "out", (due - timedelta(hours=1)).isoformat()
    )
    service = PostService(posts, clock)
    draft = service.open_draft(
        source_id=None,
        item_id=None,
        network="linkedin",
        language="en",
        suggested_text="Hi",
        account_id=account.id,
    )
    service.schedule(draft.id, text="Hi", account_id=account.id, network="linkedin", due_at=due)
    runner = Runner(posts, accounts, lambda a: OutboxPublisher.from_config(a.config), clock)
    [outcome] = runner.run_due()
    assert outcome.state is PostState.SCHEDULED and outcome.problem is not None
    assert outcome.problem.code == errors.TOKEN_EXPIRES
    assert runner.run_due() == []
