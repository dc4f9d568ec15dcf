"""IT's allowed_networks in the windows: Add account, Share on… and the Accounts page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocate_desktop.accounts import AccountState, AccountStatus, addable_networks
from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.ui.employee.accounts_page import AccountsPage
from advocate_desktop.ui.employee.add_account import AddAccountDialog
from advocate_desktop.ui.employee.share_flow import ShareFlow
from advocate_desktop.ui.messages import problem_text
from advocate_desktop.ui.tasks import TaskRunner
from tests.qt.conftest import Harness

pytestmark = [pytest.mark.gui]


def it_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: object) -> None:
    path = tmp_path / "managed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(path))


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)


@pytest.fixture
def built(paths: AppPaths, clock: FakeClock) -> Iterator[list[AppServices]]:
    made: list[AppServices] = []
    yield made
    for services in made:
        services.db.close()


def dialog_for(qtbot: QtBot, services: AppServices, tasks: TaskRunner) -> AddAccountDialog:
    dialog = AddAccountDialog(services.accounts, tasks, services.accounts.account_manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10000)  # the company apps are read
    return dialog


def test_add_account_offers_only_the_networks_it_allows(
    qtbot: QtBot,
    tasks: TaskRunner,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    built: list[AppServices],
) -> None:
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["bluesky", "linkedin"]})
    services = build_services(paths, clock)
    built.append(services)
    dialog = dialog_for(qtbot, services, tasks)
    enabled = [n for n in addable_networks() if dialog.network_choice[n].isEnabled()]
    assert enabled == ["bluesky", "linkedin"]
    for network in ("mastodon", "x", "threads"):
        note = dialog.network_notes[network].text()
        assert note == f"Your organization does not allow {dialog.network_choice[network].text()}."
    assert (
        dialog.network_notes["outbox"].text() == "Your organization does not allow Outbox folder."
    )
    # The first allowed one is chosen, and Next leads to it.
    assert dialog.network_buttons.checkedButton() is dialog.network_choice["bluesky"]
    assert dialog.next.isEnabled()
    dialog.next.click()
    assert dialog.pages.currentWidget() is dialog.bluesky_page
    dialog.reject()


@pytest.mark.parametrize("value", [["facebook"], "linkedin"])
def test_add_account_with_no_network_allowed_cannot_go_on(
    value: object,
    qtbot: QtBot,
    tasks: TaskRunner,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    built: list[AppServices],
) -> None:
    # Only a share page allowed, or a value that is not a list (failing safe: none).
    it_sets(tmp_path, monkeypatch, {"allowed_networks": value})
    services = build_services(paths, clock)
    built.append(services)
    dialog = dialog_for(qtbot, services, tasks)
    assert not any(button.isEnabled() for button in dialog.network_choice.values())
    assert dialog.network_buttons.checkedButton() is None
    assert not dialog.next.isEnabled()
    texts = [label.text() for label in dialog.choose_page.findChildren(type(dialog.problem))]
    assert "Your organization allows no network, so no account can be added." in texts
    dialog.reject()


def test_the_share_menu_offers_only_the_networks_it_allows(
    harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["outbox", "linkedin", "mastodon"]})
    window = harness.window()
    entries = [text for text, _choice in window.editor.share.menu.choices()]
    assert entries == ["Mastodon…", "LinkedIn"]
    networks = {choice.network for _text, choice in window.editor.share.menu.choices()}
    assert networks == {"mastodon", "linkedin"}


def test_without_the_key_the_share_menu_has_every_network(harness: Harness) -> None:
    window = harness.window()
    networks = [choice.network for _text, choice in window.editor.share.menu.choices()]
    assert networks == ["x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram"]


def test_a_refused_share_says_why(
    qtbot: QtBot,
    tasks: TaskRunner,
    paths: AppPaths,
    clock: FakeClock,
    built: list[AppServices],
) -> None:
    services = build_services(paths, clock)
    built.append(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = ShareFlow(services.posts, tasks, parent)
    problem = PostProblem(errors.NETWORK_NOT_ALLOWED, "facebook")
    assert flow.blocked_text(problem, "facebook") == (
        "Not opened: your organization does not allow Facebook."
    )
    assert problem_text(PostProblem(errors.NETWORK_NOT_ALLOWED, "linkedin")).startswith(
        "Your organization no longer allows posting to LinkedIn, so this post was not sent."
    )


def test_the_accounts_page_marks_an_account_it_no_longer_allows(
    qtbot: QtBot,
    tasks: TaskRunner,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    built: list[AppServices],
) -> None:
    before = build_services(paths, clock)
    before.accounts.add_outbox_account("Próby", tmp_path / "outbox", "linkedin")
    before.db.close()
    it_sets(tmp_path, monkeypatch, {"allowed_networks": ["linkedin"]})
    services = build_services(paths, clock)
    built.append(services)
    page = AccountsPage(services.accounts, tasks)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.accounts.count() == 1, timeout=10000)
    text = page.accounts.item(0).text()
    assert "Not allowed by your organization: nothing is published with it" in text
    (account,) = services.accounts.repo.all()
    assert page.state_text(AccountStatus(account, AccountState.CONNECTED)).startswith("Not allowed")
