"""Settings → Accounts and Add account for LinkedIn, with and without the company's app.

The strict loopback LinkedIn (tests/peers/linkedin.py) answers the sign-in; its
Browser follows the authorization and the redirect back to the app's listener.
The company's app is injected into the AccountManager the page uses, as IT's
configuration will.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from advocate_desktop.accounts import AccountManager
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.account_secrets import KeyringSecrets
from advocate_desktop.networks.linkedin import endpoints
from advocate_desktop.networks.linkedin.spec import TOKEN_SECRET
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.tokens import token_expiry
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.ui.employee.accounts_page import AccountsPage
from advocate_desktop.ui.employee.add_account import AddAccountDialog
from advocate_desktop.ui.tasks import TaskRunner
from tests.peers.linkedin import Browser, LinkedInPeer

pytestmark = [pytest.mark.gui, pytest.mark.integration, pytest.mark.keyring]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def peer(monkeypatch: pytest.MonkeyPatch) -> Iterator[LinkedInPeer]:
    server = LinkedInPeer().start()
    monkeypatch.setattr(endpoints, "LINKEDIN", server.endpoints())
    yield server
    server.stop()


@pytest.fixture
def keyring_store() -> CredentialStore:
    store = CredentialStore(service=f"advocate-desktop-test-{uuid.uuid4().hex[:8]}")
    if not store.available():
        message = f"no real keyring here (backend: {store.backend_name()})"
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail(message + "; run the tests through scripts/run-tests.sh")
        pytest.skip(message)
    return store


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)


def company_app(peer: LinkedInPeer) -> SimpleNamespace:
    port = free_port()
    peer.registered_redirects.add(f"http://127.0.0.1:{port}/callback")
    return SimpleNamespace(
        client_id=peer.client_id,
        client_secret=peer.client_secret,
        token_exchange_url=None,
        redirect_port=port,
    )


def make_page(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    clock: FakeClock,
    store: CredentialStore,
    app: Any,
    browser: Browser,
) -> tuple[AccountsPage, AccountManager]:
    manager = AccountManager(
        services.accounts.repo,
        AccountHoldRepository(services.db),
        clock,
        store,
        oauth_timeout=20,
        company_app=lambda network: app if network == "linkedin" else None,
    )
    page = AccountsPage(services.accounts, tasks, manager=lambda: manager, opener=browser)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(qtbot, tasks)
    return page, manager


def idle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=30000)


def rows(page: AccountsPage) -> list[str]:
    return [page.accounts.item(i).text() for i in range(page.accounts.count())]


def open_linkedin(qtbot: QtBot, page: AccountsPage, tasks: TaskRunner) -> AddAccountDialog:
    dialog = page.start_adding()
    idle(qtbot, tasks)  # which company apps IT configured, read on a worker
    dialog.network_choice["linkedin"].setChecked(True)
    dialog.next.click()
    assert dialog.pages.currentWidget() is dialog.oauth_app_page
    return dialog


def test_linkedin_signs_in_through_the_company_app_in_the_browser(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    clock: FakeClock,
    keyring_store: CredentialStore,
    peer: LinkedInPeer,
) -> None:
    browser = Browser()
    page, _manager = make_page(
        qtbot, services, tasks, clock, keyring_store, company_app(peer), browser
    )
    dialog = open_linkedin(qtbot, page, tasks)
    assert dialog.oauth_app_title.text() == "Sign in with LinkedIn in your browser"
    assert not dialog.oauth_app_unavailable.isVisible()
    assert dialog.next.isEnabled() and dialog.next.text() == "Connect"
    with qtbot.waitSignal(dialog.added, timeout=30000):
        dialog.next.click()
    idle(qtbot, tasks)
    [row] = rows(page)
    assert "Zofia Łęcka — LinkedIn" in row
    assert "Connected; the sign-in expires in 60 days" in row
    assert len(browser.opened) == 1
    [account] = services.accounts.repo.all()
    assert KeyringSecrets(keyring_store, account.id).get(TOKEN_SECRET) in peer.tokens
    assert not page.expiry_row.isVisible()


def test_without_the_company_app_linkedin_is_not_available_and_says_why(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    clock: FakeClock,
    keyring_store: CredentialStore,
) -> None:
    browser = Browser()
    page, _manager = make_page(qtbot, services, tasks, clock, keyring_store, None, browser)
    dialog = page.start_adding()
    idle(qtbot, tasks)
    why = (
        "Your organization has not set up LinkedIn for this app; you can still share"
        " through LinkedIn's share page."
    )
    assert dialog.network_choice["linkedin"].text() == "LinkedIn — not available"
    assert dialog.network_notes["linkedin"].text() == why
    dialog.network_choice["linkedin"].setChecked(True)
    dialog.next.click()
    assert dialog.oauth_app_unavailable.isVisible()
    assert dialog.oauth_app_unavailable.text() == why
    assert not dialog.next.isEnabled()
    # Back to Mastodon: its Connect works as before.
    dialog.back.click()
    dialog.network_choice["mastodon"].setChecked(True)
    dialog.next.click()
    assert dialog.next.isEnabled()
    assert browser.opened == [] and services.accounts.repo.all() == []


def test_an_expiring_sign_in_is_renewed_in_two_clicks(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    clock: FakeClock,
    keyring_store: CredentialStore,
    peer: LinkedInPeer,
) -> None:
    browser = Browser()
    page, manager = make_page(
        qtbot, services, tasks, clock, keyring_store, company_app(peer), browser
    )
    from advocate_desktop.networks.connect import SignInRequest

    account = manager.add("linkedin", SignInRequest(open_browser=Browser()))
    clock.advance(timedelta(days=55))
    page.refresh()
    idle(qtbot, tasks)
    assert page.expiry_row.isVisible()
    assert page.expiry_note.text() == (
        "The sign-in of Zofia Łęcka (LinkedIn) expires in 5 days. Sign in again so its posts"
        " keep going out."
    )
    assert "Sign in again: the sign-in expires in 5 days" in rows(page)[0]
    page.expiry_sign_in.click()  # one
    dialog = page.dialog
    assert dialog is not None and dialog.pages.currentWidget() is dialog.oauth_app_page
    idle(qtbot, tasks)
    assert dialog.next.text() == "Sign in" and dialog.next.isEnabled()
    with qtbot.waitSignal(dialog.added, timeout=30000):
        dialog.next.click()  # two
    idle(qtbot, tasks)
    renewed = services.accounts.repo.get(account.id)
    assert renewed is not None
    expiry = token_expiry(renewed)
    assert expiry is not None and expiry - clock.now() > timedelta(days=59)
    assert not page.expiry_row.isVisible()


def test_a_notice_opens_the_sign_in_of_its_account(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    clock: FakeClock,
    keyring_store: CredentialStore,
    peer: LinkedInPeer,
) -> None:
    from advocate_desktop.networks.connect import SignInRequest

    browser = Browser()
    page, manager = make_page(
        qtbot, services, tasks, clock, keyring_store, company_app(peer), browser
    )
    account = manager.add("linkedin", SignInRequest(open_browser=Browser()))
    assert page.sign_in_again_for(account.id) is None  # not listed yet: once it is
    page.refresh()
    idle(qtbot, tasks)
    dialog = page.dialog
    assert dialog is not None and dialog.pages.currentWidget() is dialog.oauth_app_page
    assert "Sign in again as Zofia Łęcka" in dialog.oauth_app_intro.text()
