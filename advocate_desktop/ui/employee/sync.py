"""Syncs subscribed feeds in the background: at start, every minute when due, on request."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from advocate_desktop.services.content import ContentService
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.feed.sync import SyncResult

log = logging.getLogger(__name__)
CHECK_MS = 60_000


class SyncController(QObject):
    started = Signal()
    finished = Signal(list)  # list[SyncResult]
    folder_problems = Signal(list)  # list[str]

    def __init__(self, content: ContentService, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._content = content
        self._tasks = tasks
        self.busy = False
        self._forced_again = False
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(lambda: self.sync(force=False))

    def start(self) -> None:
        content = self._content

        def prepare() -> list[str]:
            content.subscribe_managed_feeds()
            return content.import_it_folder()

        self._tasks.run(prepare, self._prepared, self._failed)
        self.timer.start()

    def stop(self) -> None:
        """No more syncs, and the running one ends now (its download is cut)."""
        self.timer.stop()
        self._forced_again = False
        self._content.stop_downloads()

    def _prepared(self, problems: list[str]) -> None:
        if problems:
            self.folder_problems.emit(problems)
        self.sync(force=False)

    def sync(self, *, force: bool) -> None:
        """Sync due sources (all with ``force``); one sync at a time."""
        if self.busy:
            self._forced_again = self._forced_again or force
            return
        self.busy = True
        self.started.emit()
        content = self._content
        self._tasks.run(lambda: content.sync(force=force), self._done, self._failed)

    def _done(self, results: list[SyncResult]) -> None:
        self.busy = False
        for result in results:
            if result.status == "failed":
                log.warning("sync of %s failed: %s", result.location, result.problem)
        self.finished.emit(results)
        if self._forced_again:
            self._forced_again = False
            self.sync(force=True)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        log.error("the sync failed unexpectedly: %r", error)
        self.finished.emit([])
