"""Run blocking work (disk, network) on a thread pool and get the result back on the GUI thread."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
GIL_SWITCH_SECONDS = 0.001
Result = TypeVar("Result")


def prefer_gui_thread() -> None:
    """Let the GUI thread take the GIL back within 1 ms rather than Python's 5 ms.

    With a sync, the list loader and the policy engine busy on workers, the GUI
    thread lost the GIL handoff to another worker several times in a row and
    stalled up to 100 ms; at 1 ms the longest stall measured ~30 ms, with the
    same total sync time (benchmarks/gui_during_sync.py).
    """
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[BaseException], object] | None,
        context: QObject | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._context = context
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._done)
        self.failed.connect(self._error)

    def _context_gone(self) -> bool:
        """The widget that asked was deleted meanwhile (a closed dialog): drop the answer."""
        return self._context is not None and not shiboken6.isValid(self._context)

    @Slot(object)
    def _done(self, value: Any) -> None:
        self._runner._finished(self)
        if self._on_done is not None and not self._context_gone():
            self._on_done(value)

    @Slot(object)
    def _error(self, error: BaseException) -> None:
        self._runner._finished(self)
        if self._context_gone():
            log.warning("a background task failed after its window closed: %r", error)
        elif self._on_error is not None:
            self._on_error(error)
        else:
            log.error("background task failed: %r", error, exc_info=error)


class _Job:
    """A task as a plain callable for ``QThreadPool.start``.

    Not a QRunnable subclass: PySide kept the Python wrapper of most such runnables
    alive after the pool deleted them (with the task's closure, its relay and the
    result it carried), about 90 a simulated day in tests/qt/test_soak.py.  A plain
    callable is released with the runnable Qt makes for it.
    """

    __slots__ = ("_function", "_relay")

    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        self._function: Callable[[], Any] | None = function
        self._relay: _Relay | None = relay

    def __call__(self) -> None:
        function, relay = self._function, self._relay
        self._function = self._relay = None  # nothing outlives the task through the job
        assert function is not None and relay is not None, "a job runs once"
        try:
            value = function()
        except BaseException as error:  # reported on the GUI thread, never lost
            relay.failed.emit(error)
        else:
            relay.succeeded.emit(value)


class TaskRunner(QObject):
    """Owns a thread pool; ``pending`` lets tests and shutdown wait for quiet."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        function: Callable[[], Result],
        on_done: Callable[[Result], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        context: QObject | None = None,
    ) -> None:
        """Run ``function`` on the pool; ``on_done``/``on_error`` run on the GUI thread.

        ``on_done`` gets exactly what ``function`` returned (the type checker holds the
        two together); what either callback returns is ignored.

        ``context`` is the QObject the answer is for; it defaults to the object
        whose bound method ``on_done`` is, and no callback runs once it is deleted.
        """
        if context is None:
            owner = getattr(on_done, "__self__", None)
            context = owner if isinstance(owner, QObject) else None
        relay = _Relay(self, on_done, on_error, context)
        self._relays.add(relay)
        self._pool.start(_Job(function, relay))

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def wait(self, milliseconds: int = 30000) -> bool:
        return bool(self._pool.waitForDone(milliseconds))
