"""What the accounts page asks of services/accounts.py: which sign-ins to warn about,
whether the server's own scheduling is offered and chosen, and removing an account
after its server's copies came back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from advocate_desktop.accounts import AccountManager, AccountState, AccountStatus
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.handoff import OPTION
from advocate_desktop.services.accounts import AccountsService, sign_in_expires_soon
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.accounts_repo import AccountRow

MASTODON = {"instance": "https://m.example", "handle": "ola"}


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


def row(network: str, **config: object) -> AccountRow:
    return AccountRow("a", network, "Ola", dict(config))


@pytest.mark.parametrize(
    ("state", "days_left", "detail", "soon"),
    [
        (AccountState.EXPIRES, 7, "", True),
        (AccountState.EXPIRES, 8, "", False),
        (AccountState.EXPIRES, None, "", False),
        (AccountState.SIGN_IN_NEEDED, None, "expired", True),
        (AccountState.SIGN_IN_NEEDED, None, "revoked", False),
        (AccountState.CONNECTED, None, "", False),
    ],
)
def test_a_sign_in_is_about_to_run_out_within_a_week_or_ran_out(
    state: str, days_left: int | None, detail: str, soon: bool
) -> None:
    status = AccountStatus(row("linkedin"), state, days_left, detail)
    assert sign_in_expires_soon(status) is soon


def test_the_server_scheduling_is_offered_for_mastodon_and_on_once_chosen() -> None:
    off = AccountsService.server_scheduling(row("mastodon", **MASTODON))
    assert off.offered and not off.on
    on = AccountsService.server_scheduling(row("mastodon", **MASTODON, **{OPTION: True}))
    assert on.offered and on.on
    # Chosen on a network without it (a hand-edited row): not offered, so not on.
    other = AccountsService.server_scheduling(row("bluesky", **{OPTION: True}))
    assert not other.offered and not other.on
    assert AccountsService.has_visibility_choice(row("mastodon", **MASTODON))
    assert not AccountsService.has_visibility_choice(row("bluesky"))


def test_setting_the_server_scheduling_on_a_network_without_it_is_refused(
    services: AppServices,
) -> None:
    outbox = services.accounts.add_outbox_account("Outbox", Path("/tmp/o"), "mastodon")
    with pytest.raises(ValueError, match="no scheduling of its own"):
        services.accounts.set_server_scheduling(outbox.id, True)
    with pytest.raises(KeyError):
        services.accounts.set_server_scheduling("gone", True)


def test_removing_an_account_asks_its_server_for_its_posts_first(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox = services.accounts.add_outbox_account("Outbox", Path("/tmp/o"), "linkedin")
    order: list[str] = []
    copies = services.posts.server_copies
    bring_back = copies.bring_back

    def recorded(account_id: str | None, detail: str) -> int:
        order.append(f"bring back {account_id}: {detail}")
        return bring_back(account_id, detail)

    monkeypatch.setattr(copies, "bring_back", recorded)
    manager = services.accounts.account_manager()
    remove = manager.remove

    def removing(account_id: str) -> object:
        order.append(f"remove {account_id}")
        return remove(account_id)

    monkeypatch.setattr(manager, "remove", removing)
    removed = services.accounts.remove(outbox.id, lambda: manager)
    assert removed.account.id == outbox.id
    assert order == [f"bring back {outbox.id}: account removed", f"remove {outbox.id}"]
    assert services.accounts.repo.get(outbox.id) is None
    assert isinstance(services.accounts.account_manager(), AccountManager)
