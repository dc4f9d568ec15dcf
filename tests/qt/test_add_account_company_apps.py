"""Add account offers LinkedIn, X and Threads as IT configured them: through the real
AppServices, whose account manager reads ``company_apps`` and ``x_api_enabled`` from the
managed configuration (X's paid API counts only when IT turned it on)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices
from advocate_desktop.settings.managed import ManagedConfig
from advocate_desktop.store.connection import Database
from advocate_desktop.ui.employee.accounts_page import AccountsPage
from advocate_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

APPS = {
    "linkedin": {"client_id": "86abc", "token_exchange_url": "https://sso.example/li"},
    "x": {"client_id": "x-id"},
    "threads": {"client_id": "t-id", "redirect_url": "https://sso.example/threads"},
}


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)


def offered(qtbot: QtBot, tasks: TaskRunner, services: AppServices) -> dict[str, str]:
    page = AccountsPage(services.accounts, tasks)
    qtbot.addWidget(page)
    page.show()
    dialog = page.start_adding()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10000)
    assert dialog is not None
    return {n: dialog.network_choice[n].text() for n in ("linkedin", "x", "threads")}


@pytest.mark.parametrize(
    ("extra", "available"),
    [
        ({}, set()),
        ({"company_apps": APPS}, {"linkedin", "threads"}),
        ({"company_apps": APPS, "x_api_enabled": True}, {"linkedin", "x", "threads"}),
    ],
)
def test_each_company_app_network_is_offered_only_as_it_configured_it(
    qtbot: QtBot,
    tasks: TaskRunner,
    paths: AppPaths,
    clock: FakeClock,
    extra: dict[str, Any],
    available: set[str],
) -> None:
    paths.ensure()
    services = AppServices(
        paths=paths, clock=clock, db=Database(paths.database), managed=ManagedConfig(extra=extra)
    )
    try:
        labels = offered(qtbot, tasks, services)
    finally:
        tasks.wait()
        services.db.close()
    for network, label in labels.items():
        assert label.endswith("not available") == (network not in available), labels
