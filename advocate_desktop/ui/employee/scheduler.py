"""Drives the core runner with a timer; all work happens on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from advocate_desktop.schedule.runner import Outcome
from advocate_desktop.services.posts import PostsService
from advocate_desktop.store.connection import DamagedDatabase
from advocate_desktop.ui.employee.sleep_watch import SleepWatch
from advocate_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
TICK_MS = 15_000


class SchedulerController(QObject):
    outcomes = Signal(list)  # list[Outcome]
    ran = Signal()
    #: A run failed as a whole (the database, the disk): the employee must hear it, since
    #: no scheduled post goes out until it is mended.  Carries the error.
    broken = Signal(object)
    #: A run succeeded after one had failed.
    mended = Signal()
    #: The database's page check (the first task after a clean quit) found it damaged;
    #: the scheduler has stopped and never ran.  Carries the DamagedDatabase.
    damaged = Signal(object)

    def __init__(
        self,
        posts: PostsService,
        tasks: TaskRunner,
        parent: QObject | None = None,
        sleep_watch: SleepWatch | None = None,
    ):
        super().__init__(parent)
        self._posts = posts
        self._tasks = tasks
        self._busy = False
        self._again = False
        self._started = False
        self._failing = False
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        # Nothing new starts while the computer goes to sleep; on resume, what became
        # due meanwhile is looked at at once (overdue beyond the grace window: missed).
        self.sleep_watch = sleep_watch or SleepWatch(posts.clock, self)
        self.sleep_watch.resumed.connect(lambda _source: self.tick())

    def start(self, check_first: Callable[[], None] | None = None) -> None:
        """Settle what a crash left behind first, then check every tick.

        Ticks asked for before this (the window updating its paused state while it is
        built) do nothing: the first work of every run is the reconcile, even when
        publishing is paused.  The runner also reconciles before its first publish.
        ``check_first`` (the database's page check) runs in the same task before the
        reconcile; when it raises DamagedDatabase nothing runs and ``damaged`` is sent.
        """
        if self._started:
            return
        self._started = True
        reconcile = self._posts.runner.reconcile
        if check_first is None:
            self._run(reconcile)
        else:

            def checked_then_reconciled() -> list[Outcome]:
                check_first()
                return reconcile()

            self._run(checked_then_reconciled)
        self._again = True  # then publish what is due at once, not a tick later
        self.timer.start()
        self.sleep_watch.start()

    def stop(self) -> None:
        self._started = False
        self.timer.stop()
        self.sleep_watch.stop()

    def tick(self) -> None:
        if not self._started or self._posts.paused() or self.sleep_watch.asleep:
            return
        self._run(self._posts.runner.run_due)

    def _run(self, work: Callable[[], list[Outcome]]) -> None:
        if self._busy:
            self._again = True  # one more pass after this one; never two at once
            return
        self._busy = True
        self._tasks.run(work, self._finished, self._failed)

    def _finished(self, outcomes: list[Outcome]) -> None:
        self._busy = False
        log.info("scheduler run done: %s", _summary(outcomes))
        if self._failing:
            self._failing = False
            self.mended.emit()
        if outcomes:
            self.outcomes.emit(outcomes)
        self.ran.emit()
        if self._again:
            self._again = False
            self.tick()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, DamagedDatabase):
            log.error("the database is damaged: %s", error)
            self._again = False
            self.stop()  # no tick may write to it
            self.damaged.emit(error)
            self.ran.emit()
            return
        log.error("the scheduler run failed: %r", error)
        self._failing = True
        self.broken.emit(error)
        self.ran.emit()


def _summary(outcomes: list[Outcome]) -> str:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[str(outcome.state)] = counts.get(str(outcome.state), 0) + 1
    return ", ".join(f"{count} {state}" for state, count in sorted(counts.items())) or "nothing"
