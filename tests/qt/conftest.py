from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.services.app_services import AppServices, build_services
from advocate_desktop.ui.employee.main_window import CloseChoice, MainWindow
from advocate_desktop.ui.i18n import install_translators
from advocate_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no collection on worker threads."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_installs_it(qapp: QApplication) -> Iterator[None]:
    """The app always installs a translator (English plural forms come from it)."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


class Harness:
    """Builds windows on one data folder, as successive runs of the app would."""

    def __init__(self, qtbot: QtBot, paths: AppPaths, clock: FakeClock, outbox: Path) -> None:
        self.qtbot = qtbot
        self.paths = paths
        self.clock = clock
        self.outbox = outbox
        self.opened: list[tuple[MainWindow, AppServices]] = []

    def services(self) -> AppServices:
        services = build_services(self.paths, self.clock)
        if not services.accounts.repo.all():
            services.accounts.add_outbox_account("Outbox", self.outbox, "x")
        return services

    def window(self, credentials: Callable[[], object] = lambda: None) -> MainWindow:
        services = self.services()
        tasks = TaskRunner()
        window = MainWindow(services, tasks, credentials)
        # Offscreen has no tray, so closing with posts scheduled would ask; the tests'
        # own closing quits (the question has its own test, which removes this).
        window.ask_before_closing = lambda: CloseChoice.QUIT  # type: ignore[method-assign]
        self.qtbot.addWidget(window)
        window.show()
        with self.qtbot.waitSignal(window.ready, timeout=30000):
            window.start()
        self.idle(window)
        self.opened.append((window, services))
        return window

    def idle(self, window: MainWindow) -> None:
        """Wait until every background task has reported back on the GUI thread."""
        self.qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=10000)

    def close(self, window: MainWindow) -> None:
        window.quit()
        window.tasks.wait()
        self.qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=10000)
        window.services.db.close()


@pytest.fixture
def harness(qtbot: QtBot, paths: AppPaths, clock: FakeClock, tmp_path: Path) -> Iterator[Harness]:
    harness = Harness(qtbot, paths, clock, tmp_path / "outbox")
    yield harness
    for window, services in harness.opened:
        window.scheduler.stop()
        window.tasks.wait()
        services.db.close()
