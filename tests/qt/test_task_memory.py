"""A finished background task keeps nothing alive: its work, its callbacks, its result.

The app runs thousands of tasks a day (a scheduler tick every 15 s, syncs, Queue
pages); whatever one of them holds after it finished is memory the app never gets
back.  PySide kept most QRunnable subclasses' Python wrappers alive after the pool
deleted them, with the closure and the result they held (tests/qt/test_soak.py saw
the app grow by about a megabyte a simulated day).
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from advocate_desktop.ui.tasks import TaskRunner


class _Payload:
    """Stands for what a task reads (a page of the Queue, a feed)."""


def test_finished_tasks_release_their_work_callbacks_and_results(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    alive: list[weakref.ref[_Payload]] = []
    answers: list[int] = []

    def submit(index: int) -> None:
        work_data, result, callback_data = _Payload(), _Payload(), _Payload()
        alive.extend(weakref.ref(p) for p in (work_data, result, callback_data))

        def work() -> _Payload:
            assert work_data is not None
            return result

        def done(value: _Payload) -> None:
            assert callback_data is not None and value is result
            answers.append(index)

        def fail(error: BaseException) -> None:
            assert callback_data is not None
            answers.append(index)

        def broken() -> _Payload:
            assert work_data is not None
            raise ValueError("the disk went away")

        tasks.run(broken if index % 3 == 0 else work, done, fail)

    for index in range(300):
        submit(index)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=30000)
    assert tasks.wait(10000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert sorted(answers) == list(range(300))
    still = sum(ref() is not None for ref in alive)
    assert still == 0, f"{still} of {len(alive)} objects outlived their tasks"
