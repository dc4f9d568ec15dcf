"""IT's company apps reach the sign-in and the publishers through the AppServices: X's
paid API gates even accounts connected before, and LinkedIn's pinned version is laid
over every LinkedIn account's configuration when it publishes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from advocate_desktop.networks.base import AccountConfigError
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices
from advocate_desktop.settings.company_apps import CompanyApp
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.store.connection import Database

APPS = {
    "linkedin": {"client_id": "86abc", "token_exchange_url": "https://sso.example/li"},
    "x": {"client_id": "x-id"},
    "threads": {"client_id": "t-id", "redirect_url": "https://sso.example/threads"},
}


def services_with(paths: AppPaths, clock: FakeClock, extra: dict[str, Any]) -> AppServices:
    paths.ensure()
    return AppServices(
        paths=paths, clock=clock, db=Database(paths.database), managed=ManagedConfig(extra=extra)
    )


@pytest.fixture
def closing() -> Iterator[list[AppServices]]:
    made: list[AppServices] = []
    yield made
    for services in made:
        services.db.close()


def test_the_sign_in_gets_each_networks_app_and_x_only_while_its_api_is_on(
    paths: AppPaths, clock: FakeClock, closing: list[AppServices]
) -> None:
    off = services_with(paths, clock, {"company_apps": APPS, "linkedin_api_version": "202609"})
    closing.append(off)
    manager = off.accounts.account_manager()
    assert manager.company_app("x") is None
    assert manager.company_app("linkedin") == CompanyApp(
        "86abc", None, "https://sso.example/li", api_version="202609"
    )
    threads = manager.company_app("threads")
    assert threads is not None and threads.redirect_url == "https://sso.example/threads"
    off.db.close()
    closing.clear()
    on = services_with(paths, clock, {"company_apps": APPS, "x_api_enabled": True})
    closing.append(on)
    assert on.accounts.account_manager().company_app("x") == CompanyApp("x-id")


def test_an_x_account_connected_before_may_not_publish_once_it_turned_the_api_off(
    paths: AppPaths, clock: FakeClock, closing: list[AppServices]
) -> None:
    off = services_with(paths, clock, {"company_apps": APPS})
    closing.append(off)
    account = off.accounts.repo.add("x", "@ola", {"user_id": "1", "handle": "ola"}, clock.now())
    with pytest.raises(AccountConfigError, match="x_api_enabled"):
        off.accounts.publishing_config(account)
    off.db.close()
    closing.clear()
    on = services_with(paths, clock, {"company_apps": APPS, "x_api_enabled": True})
    closing.append(on)
    assert on.accounts.publishing_config(account) == account.config


def test_linkedin_publishes_with_the_version_it_pins_today(
    paths: AppPaths, clock: FakeClock, closing: list[AppServices]
) -> None:
    pinned = services_with(paths, clock, {"company_apps": APPS, "linkedin_api_version": "202609"})
    closing.append(pinned)
    account = pinned.accounts.repo.add(
        "linkedin", "Ola", {"member_id": "abc", "api_version": "202511"}, clock.now()
    )
    assert pinned.accounts.publishing_config(account)["api_version"] == "202609"
    assert account.config["api_version"] == "202511"  # the stored one is left alone
    mastodon = pinned.accounts.repo.add(
        "mastodon", "@o", {"instance": "https://m.example"}, clock.now()
    )
    assert pinned.accounts.publishing_config(mastodon) == mastodon.config
