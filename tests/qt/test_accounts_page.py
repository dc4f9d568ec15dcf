"""Settings → Accounts against real servers: the Mastodon mock and the reference PDS.

The browser step is the mock's :class:`Browser` (it follows the authorization page
and the redirect back to our loopback listener), injected as the opener; secrets go
to the real Secret Service keyring.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtCore import QCoreApplication, Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from advocate_desktop.accounts import AccountManager, AccountState, addable_networks
from advocate_desktop.credentials import CredentialStore
from advocate_desktop.networks.mastodon.account import APP_SECRET, TOKEN_SECRET, app_owner
from advocate_desktop.networks.mastodon.api import Timeouts
from advocate_desktop.networks.registry import DEFAULT_TEXT_TARGET, text_targets
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.store.account_holds_repo import AccountHoldRepository
from advocate_desktop.ui.employee.accounts_page import AccountsPage, StatusRole
from advocate_desktop.ui.employee.add_account import AddAccountDialog
from advocate_desktop.ui.tasks import TaskRunner
from tests.peers.bluesky import LocalPds, PdsAccount
from tests.peers.lossy_proxy import LossyProxy
from tests.peers.mastodon import Browser, MastodonMock
from tests.peers.raw_http import RawServer

pytestmark = [pytest.mark.gui, pytest.mark.integration, pytest.mark.keyring]

FAST = Timeouts(connect=2, read=2, upload_read=5, media_processing=5, poll_interval=0.05)


# --- the servers and the app's parts ---


@pytest.fixture(scope="module")
def mastodon_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MastodonMock]:
    server = MastodonMock(tmp_path_factory.mktemp("mastodon"))
    yield server
    server.stop()


@pytest.fixture
def mastodon(mastodon_server: MastodonMock) -> MastodonMock:
    mastodon_server.reset()
    mastodon_server.add_user("alice")
    mastodon_server.add_user("bob")
    return mastodon_server


@pytest.fixture(scope="module")
def pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPds]:
    server = LocalPds(tmp_path_factory.mktemp("pds"))
    yield server
    server.stop()


@pytest.fixture
def keyring_store() -> Iterator[CredentialStore]:
    """The real Secret Service under a service name of this test's own."""
    store = CredentialStore(service=f"advocate-desktop-test-{uuid.uuid4().hex[:8]}")
    if not store.available():
        message = f"no real keyring here (backend: {store.backend_name()})"
        if os.environ.get("ADVOCATE_REQUIRE_KEYRING") == "1":
            pytest.fail(message + "; run the tests through scripts/run-tests.sh")
        pytest.skip(message)
    yield store


@pytest.fixture
def services(paths: AppPaths, clock: FakeClock) -> Iterator[AppServices]:
    built = build_services(paths, clock)
    yield built
    built.db.close()


@pytest.fixture
def manager(
    services: AppServices, clock: FakeClock, keyring_store: CredentialStore
) -> AccountManager:
    return AccountManager(
        services.accounts.repo,
        AccountHoldRepository(services.db),
        clock,
        keyring_store,
        timeouts=FAST,
        oauth_timeout=20,
    )


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)


class Opener:
    """The injected browser: the mock's Browser as a given user, or one nobody answers."""

    def __init__(self) -> None:
        self.browser: Callable[[str], object] = Browser("alice")
        self.opened: list[str] = []

    def __call__(self, url: str) -> object:
        self.opened.append(url)
        return self.browser(url)


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def page(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    manager: AccountManager,
    opener: Opener,
    monkeypatch: pytest.MonkeyPatch,
) -> AccountsPage:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    widget = AccountsPage(services.accounts, tasks, manager=lambda: manager, opener=opener)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    idle(qtbot, tasks)
    return widget


def idle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=30000)


def rows(page: AccountsPage) -> list[str]:
    return [page.accounts.item(i).text() for i in range(page.accounts.count())]


def select(page: AccountsPage, text: str) -> None:
    for i in range(page.accounts.count()):
        if text in page.accounts.item(i).text():
            page.accounts.setCurrentRow(i)
            return
    raise AssertionError(f"{text!r} not in {rows(page)}")


def choose(dialog: AddAccountDialog, network: str) -> None:
    dialog.network_choice[network].setChecked(True)
    dialog.next.click()


def connect_mastodon(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, address: str
) -> AddAccountDialog:
    dialog = page.start_adding()
    choose(dialog, "mastodon")
    assert dialog.pages.currentWidget() is dialog.mastodon_page
    dialog.server.setText(address)
    dialog.next.click()
    idle(qtbot, tasks)
    return dialog


def connect_bluesky(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, pds: LocalPds, handle: str, password: str
) -> AddAccountDialog:
    dialog = page.start_adding()
    choose(dialog, "bluesky")
    assert dialog.pages.currentWidget() is dialog.bluesky_page
    dialog.handle.setText(handle)
    dialog.app_password.setText(password)
    dialog.bluesky_server.setText(pds.url)
    dialog.next.click()
    idle(qtbot, tasks)
    return dialog


def all_entries(store: CredentialStore, manager: AccountManager, *names: str) -> dict[str, Any]:
    return {name: store.get(name) for name in names}


def verify(mastodon: MastodonMock, token: str) -> int:
    return requests.get(
        mastodon.url("/api/v1/accounts/verify_credentials"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).status_code


def refresh_works(pds: LocalPds, refresh_token: str) -> bool:
    answer = requests.post(
        f"{pds.url}/xrpc/com.atproto.server.refreshSession",
        headers={"Authorization": f"Bearer {refresh_token}"},
        timeout=10,
    )
    return answer.status_code == 200


def refused(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture
def bluesky_user(pds: LocalPds) -> tuple[PdsAccount, str]:
    account = pds.create_account()
    return account, pds.create_app_password(account)


# --- adding ---


def test_add_a_mastodon_account_through_the_browser(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    dialog = connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    assert not dialog.isVisible(), dialog.problem.text()
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    assert account.network == "mastodon"
    assert account.config["handle"] == "@alice@127.0.0.1"
    assert account.config["limits"]["max_characters"] == 500
    [text] = rows(page)
    assert "alice" in text and "Mastodon" in text and "@alice@127.0.0.1" in text
    assert "Connected" in text
    # The browser went to the server's authorization page, with PKCE.
    query = parse_qs(urlsplit(opener.opened[0]).query)
    assert query["code_challenge_method"] == ["S256"]
    token = keyring_store.get(f"{account.id}/{TOKEN_SECRET}")
    assert token and verify(mastodon, token) == 200
    assert keyring_store.get(f"{app_owner(mastodon.base_url)}/{APP_SECRET}")
    assert token not in services.paths.database.read_bytes().decode("latin-1")


def test_add_a_bluesky_account_with_an_app_password(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    pds: LocalPds,
    bluesky_user: tuple[PdsAccount, str],
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    user, app_password = bluesky_user
    dialog = connect_bluesky(qtbot, page, tasks, pds, "@" + user.handle.upper(), app_password)
    assert not dialog.isVisible(), dialog.problem.text()
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    assert account.network == "bluesky"
    assert account.config["did"] == user.did
    assert account.config["handle"] == user.handle
    [text] = rows(page)
    assert user.handle in text and "Bluesky" in text and "Connected" in text
    refresh = keyring_store.get(f"{account.id}/refresh_jwt")
    assert refresh and keyring_store.get(f"{account.id}/access_jwt")
    assert app_password not in services.paths.database.read_bytes().decode("latin-1")


def test_several_accounts_on_one_server_share_one_app_registration(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    manager: AccountManager,
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    opener.browser = Browser("bob")
    connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    idle(qtbot, tasks)
    assert sorted(a.config["handle"] for a in services.accounts.repo.all()) == [
        "@alice@127.0.0.1",
        "@bob@127.0.0.1",
    ]
    assert len(rows(page)) == 2
    # The same account twice is refused, and its new token ended on the server.
    opener.browser = Browser("alice")
    dialog = connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    assert dialog.isVisible()
    assert "connected already" in dialog.problem.text()
    assert len(services.accounts.repo.all()) == 2
    # Removing alice keeps the registration bob still signs in with.
    select(page, "@alice@")
    page.remove_account.click()
    idle(qtbot, tasks)
    assert keyring_store.get(f"{app_owner(mastodon.base_url)}/{APP_SECRET}")
    [bob] = services.accounts.repo.all()
    token = keyring_store.get(f"{bob.id}/{TOKEN_SECRET}")
    assert token and verify(mastodon, token) == 200


def test_cancel_while_waiting_for_the_browser_keeps_nothing(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    opener.browser = lambda url: None  # the employee never approves
    dialog = page.start_adding()
    choose(dialog, "mastodon")
    dialog.server.setText(mastodon.base_url)
    dialog.next.click()
    qtbot.waitUntil(lambda: bool(dialog.address.text()), timeout=20000)
    assert dialog.pages.currentWidget() is dialog.waiting_page
    redirect = parse_qs(urlsplit(dialog.address.text()).query)["redirect_uri"][0]
    port = urlsplit(redirect).port
    assert port is not None and not refused(port)  # the listener waits for the browser
    dialog.cancel.click()
    assert dialog.pages.currentWidget() is dialog.mastodon_page
    assert dialog.server.text() == mastodon.base_url  # what was typed stays
    assert dialog.problem.text() == "Cancelled."
    idle(qtbot, tasks)
    assert refused(port)  # the listener is closed
    assert services.accounts.repo.all() == []
    assert keyring_store.get(f"{app_owner(mastodon.base_url)}/{APP_SECRET}") is None
    assert rows(page) == []
    # The approval arriving late finds nobody listening.
    with pytest.raises(requests.ConnectionError):
        Browser("alice")(opener.opened[0])


def test_no_approval_in_time_says_so(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    manager: AccountManager,
    services: AppServices,
) -> None:
    manager.oauth_timeout = 0.5
    opener.browser = lambda url: None
    dialog = connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    assert "No approval came from the browser in time" in dialog.problem.text()
    assert dialog.pages.currentWidget() is dialog.mastodon_page
    assert services.accounts.repo.all() == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 44\r\n"
            b"Connection: close\r\n\r\n<html><body>Welcome to our shop</body></html>",
            "does not answer as a Mastodon server",
        ),
        (
            b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 40\r\n"
            b"Connection: close\r\n\r\n<html><body>502 Bad Gateway</body></html>",
            "not working right now",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
            b'Connection: close\r\n\r\n{"ok": true}',
            "does not answer as a Mastodon server",
        ),
        (None, "did not answer in time"),  # a server that hangs
    ],
    ids=["html-page", "html-error-page", "other-json", "hangs"],
)
def test_an_address_that_is_no_mastodon_server_is_refused(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    opener: Opener,
    keyring_store: CredentialStore,
    services: AppServices,
    answer: bytes | None,
    expected: str,
) -> None:
    server = RawServer(answer, hold_seconds=5 if answer is None else 0)
    address = f"http://127.0.0.1:{server.port}"
    try:
        dialog = connect_mastodon(qtbot, page, tasks, address)
    finally:
        server.stop()
    assert expected in dialog.problem.text()
    assert dialog.server.text() == address
    assert opener.opened == []  # the browser never opened
    assert services.accounts.repo.all() == []
    assert keyring_store.get(f"{app_owner(address)}/{APP_SECRET}") is None


def test_not_an_address_is_refused_before_anything_is_sent(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, opener: Opener
) -> None:
    for typed in ("not a server", "http://example.org", "ftp://mastodon.social", "@"):
        dialog = connect_mastodon(qtbot, page, tasks, typed)
        assert "This is not a server address" in dialog.problem.text(), typed
        dialog.close()
    assert opener.opened == []


def test_a_wrong_app_password_is_refused_and_nothing_is_kept(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    pds: LocalPds,
    bluesky_user: tuple[PdsAccount, str],
    services: AppServices,
) -> None:
    user, _ = bluesky_user
    dialog = connect_bluesky(qtbot, page, tasks, pds, user.handle, "aaaa-bbbb-cccc-dddd")
    assert dialog.problem.text() == "The handle or the app password is wrong."
    assert dialog.pages.currentWidget() is dialog.bluesky_page
    assert dialog.handle.text() == user.handle
    assert services.accounts.repo.all() == []


def test_the_main_password_is_refused(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    pds: LocalPds,
    bluesky_user: tuple[PdsAccount, str],
    services: AppServices,
) -> None:
    user, _ = bluesky_user
    dialog = connect_bluesky(qtbot, page, tasks, pds, user.handle, user.password)
    assert "main password" in dialog.problem.text()
    assert "app password" in dialog.problem.text()
    assert services.accounts.repo.all() == []


def test_a_handle_that_does_not_resolve_is_refused(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, pds: LocalPds, services: AppServices
) -> None:
    dialog = connect_bluesky(qtbot, page, tasks, pds, "nobody-here.test", "aaaa-bbbb-cccc-dddd")
    assert "No account has this handle" in dialog.problem.text()
    assert services.accounts.repo.all() == []


def test_an_unreachable_bluesky_server_says_so(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, services: AppServices
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = page.start_adding()
    choose(dialog, "bluesky")
    dialog.handle.setText("alice.test")
    dialog.app_password.setText("aaaa-bbbb-cccc-dddd")
    dialog.bluesky_server.setText(f"http://127.0.0.1:{port}")
    dialog.next.click()
    idle(qtbot, tasks)
    assert "cannot be reached" in dialog.problem.text()
    assert services.accounts.repo.all() == []


def test_the_dialog_links_to_where_app_passwords_are_made(
    page: AccountsPage,
) -> None:
    dialog = page.start_adding()
    choose(dialog, "bluesky")
    assert "https://bsky.app/settings/app-passwords" in dialog.app_password_link.text()
    assert dialog.app_password_link.openExternalLinks()


def test_the_outbox_folder_offers_every_text_target_from_the_registry(
    page: AccountsPage,
) -> None:
    dialog = page.start_adding()
    assert list(dialog.network_choice) == list(addable_networks())
    assert list(addable_networks())[-1] == "outbox"  # real networks first
    choose(dialog, "outbox")
    offered = [dialog.write_as.itemData(i) for i in range(dialog.write_as.count())]
    assert offered == list(text_targets())
    assert dialog.write_as.currentData() == DEFAULT_TEXT_TARGET
    assert dialog.write_as.itemText(offered.index("linkedin")) == "LinkedIn"
    dialog.reject()


def test_add_an_outbox_folder(
    qtbot: QtBot, page: AccountsPage, tasks: TaskRunner, services: AppServices, tmp_path: Path
) -> None:
    dialog = page.start_adding()
    choose(dialog, "outbox")
    dialog.outbox_name.setText("Drafts for LinkedIn")
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.next.click()
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    assert account.network == "outbox" and account.config["folder"] == str(tmp_path / "out")
    assert "Drafts for LinkedIn" in rows(page)[0]
    assert not page.sign_in_again.isEnabled() or page.current_status() is None


# --- removing ---


def test_remove_a_mastodon_account_revokes_its_token_and_deletes_its_secrets(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    token = keyring_store.get(f"{account.id}/{TOKEN_SECRET}")
    assert token
    select(page, "alice")
    page.remove_account.click()
    idle(qtbot, tasks)
    assert services.accounts.repo.all() == []
    assert rows(page) == []
    assert keyring_store.get(f"{account.id}/{TOKEN_SECRET}") is None
    assert keyring_store.get(f"{app_owner(mastodon.base_url)}/{APP_SECRET}") is None
    assert verify(mastodon, token) == 401  # revoked on the server
    assert page.message.text() == f"{account.display_name} was removed."


def test_remove_a_bluesky_account_ends_its_session(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    pds: LocalPds,
    bluesky_user: tuple[PdsAccount, str],
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    user, app_password = bluesky_user
    connect_bluesky(qtbot, page, tasks, pds, user.handle, app_password)
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    refresh = keyring_store.get(f"{account.id}/refresh_jwt")
    assert refresh
    select(page, user.handle)
    page.remove_account.click()
    idle(qtbot, tasks)
    assert services.accounts.repo.all() == []
    assert keyring_store.get(f"{account.id}/refresh_jwt") is None
    assert keyring_store.get(f"{account.id}/access_jwt") is None
    assert not refresh_works(pds, refresh)  # the session is gone on the server


def test_remove_works_when_the_server_is_unreachable_and_says_so(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    keyring_store: CredentialStore,
    services: AppServices,
) -> None:
    proxy = LossyProxy(mastodon.port, lose_prefix=b"NEVER MATCHES")
    try:
        connect_mastodon(qtbot, page, tasks, proxy.base_url)
        idle(qtbot, tasks)
    finally:
        proxy.stop()  # the server is now out of reach
    [account] = services.accounts.repo.all()
    token = keyring_store.get(f"{account.id}/{TOKEN_SECRET}")
    assert token
    select(page, "alice")
    page.remove_account.click()
    idle(qtbot, tasks)
    assert services.accounts.repo.all() == []
    assert keyring_store.get(f"{account.id}/{TOKEN_SECRET}") is None
    assert keyring_store.get(f"{app_owner(proxy.base_url)}/{APP_SECRET}") is None
    assert "could not be ended on the network" in page.message.text()
    assert verify(mastodon, token) == 200  # what the message warns about


# --- signing in again ---


def test_sign_in_again_keeps_the_account_and_lifts_its_hold(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    keyring_store: CredentialStore,
    services: AppServices,
    clock: FakeClock,
) -> None:
    connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    old = keyring_store.get(f"{account.id}/{TOKEN_SECRET}")
    holds = AccountHoldRepository(services.db)
    holds.pause(account.id, errors.SIGN_IN_NEEDED, "401", clock.now())
    page.refresh()
    idle(qtbot, tasks)
    assert "Needs sign-in" in rows(page)[0]
    select(page, "alice")
    # Signing in as someone else is refused: the token and the hold stay as they were.
    opener.browser = Browser("bob")
    dialog = page.start_sign_in_again()
    assert dialog is not None and dialog.server.isReadOnly()
    dialog.next.click()
    idle(qtbot, tasks)
    assert "another account" in dialog.problem.text()
    assert keyring_store.get(f"{account.id}/{TOKEN_SECRET}") == old
    assert holds.get(account.id) is not None
    dialog.close()
    opener.browser = Browser("alice")
    dialog = page.start_sign_in_again()
    assert dialog is not None
    dialog.next.click()
    idle(qtbot, tasks)
    assert not dialog.isVisible(), dialog.problem.text()
    idle(qtbot, tasks)
    [again] = services.accounts.repo.all()
    assert again.id == account.id
    assert holds.get(account.id) is None
    new = keyring_store.get(f"{account.id}/{TOKEN_SECRET}")
    assert new and new != old and verify(mastodon, new) == 200
    assert "Connected" in rows(page)[0]


def test_sign_in_again_on_bluesky_with_a_new_app_password(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    pds: LocalPds,
    bluesky_user: tuple[PdsAccount, str],
    keyring_store: CredentialStore,
    services: AppServices,
    clock: FakeClock,
) -> None:
    user, app_password = bluesky_user
    connect_bluesky(qtbot, page, tasks, pds, user.handle, app_password)
    idle(qtbot, tasks)
    [account] = services.accounts.repo.all()
    pds.revoke_app_password(user)
    AccountHoldRepository(services.db).pause(account.id, errors.SIGN_IN_NEEDED, "", clock.now())
    page.refresh()
    idle(qtbot, tasks)
    select(page, user.handle)
    dialog = page.start_sign_in_again()
    assert dialog is not None
    assert dialog.handle.text() == user.handle and dialog.handle.isReadOnly()
    dialog.app_password.setText(app_password)  # the revoked one
    dialog.next.click()
    idle(qtbot, tasks)
    assert dialog.problem.text() == "The handle or the app password is wrong."
    dialog.app_password.setText(pds.create_app_password(user, "Advocate Desktop 2"))
    dialog.next.click()
    idle(qtbot, tasks)
    assert not dialog.isVisible(), dialog.problem.text()
    idle(qtbot, tasks)
    [again] = services.accounts.repo.all()
    assert again.id == account.id
    assert AccountHoldRepository(services.db).get(account.id) is None
    refresh = keyring_store.get(f"{account.id}/refresh_jwt")
    assert refresh and refresh_works(pds, refresh)


def test_states_connected_needs_sign_in_and_expiring(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    services: AppServices,
    manager: AccountManager,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    now = clock.now().isoformat()
    expiring = services.accounts.repo.add(
        "outbox",
        "Expiring",
        {
            "folder": str(tmp_path),
            "token_expires_at": (clock.now() + timedelta(days=2, hours=1)).isoformat(),
        },
        clock.now(),
    )
    services.accounts.repo.add(
        "mastodon",
        "Tokenless",
        {"instance": "https://example.org", "handle": "@x@example.org"},
        clock.now(),
    )
    services.accounts.repo.add(
        "outbox", "Expired", {"folder": str(tmp_path), "token_expires_at": now}, clock.now()
    )
    states = {s.account.display_name: s for s in manager.statuses()}
    assert states["Expiring"].state == AccountState.EXPIRES
    assert states["Expiring"].days_left == 3
    assert states["Tokenless"].state == AccountState.SIGN_IN_NEEDED
    assert states["Expired"].state == AccountState.SIGN_IN_NEEDED
    page.refresh()
    idle(qtbot, tasks)
    texts = {text.split(" — ")[0]: text for text in rows(page)}
    assert "Sign in again: the sign-in expires in 3 days" in texts["Expiring"]
    assert "Needs sign-in" in texts["Tokenless"] and "Needs sign-in" in texts["Expired"]
    select(page, "Expiring")
    assert page.accounts.currentItem().data(StatusRole).account.id == expiring.id
    assert not page.sign_in_again.isEnabled()  # an Outbox folder has no sign-in
    select(page, "Tokenless")
    assert page.sign_in_again.isEnabled()


def test_closing_the_dialog_mid_sign_in_cancels_it(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    services: AppServices,
) -> None:
    opened = threading.Event()
    opener.browser = lambda url: opened.set()
    dialog = page.start_adding()
    choose(dialog, "mastodon")
    dialog.server.setText(mastodon.base_url)
    dialog.next.click()
    assert opened.wait(20)
    dialog.close()
    idle(qtbot, tasks)
    assert services.accounts.repo.all() == []


# --- the system browser, and the newest attempt winning ---


def test_the_app_opens_the_system_browser_on_the_gui_thread(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    manager: AccountManager,
    mastodon: MastodonMock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No opener injected: QDesktopServices.openUrl, called where Qt wants it."""
    gui_thread = QThread.currentThread()
    calls: list[tuple[str, bool]] = []

    def system_opens(url: QUrl) -> bool:
        calls.append((url.toString(), QThread.currentThread() is gui_thread))
        # The real browser follows the page in its own process; here, a thread.
        threading.Thread(target=Browser("alice"), args=(url.toString(),), daemon=True).start()
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(system_opens))
    page = AccountsPage(services.accounts, tasks, manager=lambda: manager)
    qtbot.addWidget(page)
    dialog = connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    assert not dialog.isVisible(), dialog.problem.text()
    [(url, on_gui_thread)] = calls
    assert url.startswith(mastodon.base_url + "/oauth/authorize?") and on_gui_thread
    assert len(services.accounts.repo.all()) == 1


def test_a_browser_that_cannot_be_opened_says_so(
    qtbot: QtBot,
    services: AppServices,
    tasks: TaskRunner,
    manager: AccountManager,
    mastodon: MastodonMock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    page = AccountsPage(services.accounts, tasks, manager=lambda: manager)
    qtbot.addWidget(page)
    dialog = connect_mastodon(qtbot, page, tasks, mastodon.base_url)
    assert dialog.problem.text() == "Your browser could not be opened."
    assert services.accounts.repo.all() == []


def test_after_cancel_the_next_attempt_wins(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    services: AppServices,
) -> None:
    opener.browser = lambda url: None
    dialog = page.start_adding()
    choose(dialog, "mastodon")
    dialog.server.setText(mastodon.base_url)
    dialog.next.click()
    qtbot.waitUntil(lambda: bool(dialog.address.text()), timeout=20000)
    dialog.cancel.click()
    opener.browser = Browser("alice")
    dialog.next.click()  # at once, while the first attempt may still be winding down
    idle(qtbot, tasks)
    assert not dialog.isVisible(), dialog.problem.text()
    assert len(services.accounts.repo.all()) == 1


HOSTILE = '<h1>X</h1><a href="https://evil.example/">Forbidden</a>'


def test_names_from_the_network_are_shown_as_plain_text(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    services: AppServices,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.accounts.repo.add(
        "mastodon",
        HOSTILE,
        {"instance": "https://example.org", "handle": HOSTILE, "remote_account_id": "1"},
        clock.now(),
    )
    page.refresh()
    idle(qtbot, tasks)
    assert rows(page)[0].startswith(HOSTILE)
    page.accounts.setCurrentRow(0)
    dialog = page.start_sign_in_again()
    assert dialog is not None
    assert dialog.mastodon_intro.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in dialog.mastodon_intro.text()
    dialog.close()
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        boxes.append(box)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.remove_account.click()
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText and HOSTILE in box.text()
    idle(qtbot, tasks)
    assert len(services.accounts.repo.all()) == 1  # cancelled: nothing removed


def test_quitting_the_app_ends_a_sign_in_that_waits_for_the_browser(
    qtbot: QtBot,
    page: AccountsPage,
    tasks: TaskRunner,
    mastodon: MastodonMock,
    opener: Opener,
    services: AppServices,
) -> None:
    """Else the thread pool would hold the app's exit until the sign-in timed out."""
    opener.browser = lambda url: None
    dialog = page.start_adding()
    choose(dialog, "mastodon")
    dialog.server.setText(mastodon.base_url)
    dialog.next.click()
    qtbot.waitUntil(lambda: bool(dialog.address.text()), timeout=20000)
    application = QCoreApplication.instance()
    assert application is not None
    application.aboutToQuit.emit()
    assert tasks.wait(5000)  # well before the 20 s the sign-in would wait
    idle(qtbot, tasks)
    assert services.accounts.repo.all() == []
