"""The longest GUI stall while hostile sources sync, and how fast quitting cuts a held sync.

Every hostile input of tests/integration/test_hostile_sources.py is served (JSON a
million deep, a lone surrogate, clashing and unwritable zip members, a million-deep
policy, headers trickled a byte at a time, addresses that try to slip plain HTTP
past the loopback rule), followed by a good feed (the demo pack's ten items, so the
figure is the hostile inputs' and not a big feed's: benchmarks/gui_during_sync.py
measures that).  A 5 ms QTimer records when it fires; the figure is the longest gap
between ticks from the start of the sync until it has finished and the list shows
the good feed.  Target: under 50 ms.  The same timer on the idle window gives the
machine's own noise floor, printed beside it.

Then a sync held by trickled headers (with the normal 120 s deadline) is stopped as
quitting stops it; the figure is the time from the stop to the sync's end.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/gui_during_hostile_sync.py
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from advocate_desktop.feed.fetch import FetchLimits  # noqa: E402
from advocate_desktop.paths import AppPaths  # noqa: E402
from advocate_desktop.schedule.clock import SystemClock  # noqa: E402
from advocate_desktop.services.app_services import build_services  # noqa: E402
from advocate_desktop.ui.employee.main_window import MainWindow  # noqa: E402
from advocate_desktop.ui.gc_guard import GarbageCollector  # noqa: E402
from advocate_desktop.ui.tasks import TaskRunner, prefer_gui_thread  # noqa: E402
from tests.integration.test_hostile_sources import (  # noqa: E402
    deep_json,
    demo_feed,
    pack,
    surrogate_feed,
)
from tests.peers.nginx import Nginx  # noqa: E402
from tests.peers.raw_http import TrickleServer  # noqa: E402

GOOD_ITEMS = 10


def serve(www: Path) -> list[str]:
    """The hostile files; the addresses are made once the servers are up."""
    (www / "good.json").write_bytes(json.dumps(demo_feed()).encode())
    (www / "deep.json").write_bytes(deep_json())
    (www / "surrogate.json").write_bytes(surrogate_feed())
    (www / "case-clash.zip").write_bytes(pack({"media/A.png": b"1", "media/a.png": b"2"}))
    (www / "file-folder.zip").write_bytes(pack({"media/x": b"1", "media/x/y.png": b"2"}))
    (www / "long-name.zip").write_bytes(pack({"media/" + "n" * 300 + ".png": b"1"}))
    deep_policy = b'{"rules": ' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}"
    (www / "deep-policy.zip").write_bytes(pack({"policy.json": deep_policy}))
    return [
        "deep.json",
        "surrogate.json",
        "case-clash.zip",
        "file-folder.zip",
        "long-name.zip",
        "deep-policy.zip",
    ]


def window_on(base: Path) -> tuple[MainWindow, TaskRunner]:
    services = build_services(AppPaths(base / "d", base / "c", base / "k", ()), SystemClock())
    tasks = TaskRunner()
    window = MainWindow(services, tasks, lambda: None)
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.start()
    loop.exec()
    return window, tasks


def close(window: MainWindow, tasks: TaskRunner) -> None:
    window.scheduler.stop()
    window.sync.stop()
    tasks.wait()
    window.hide()  # not close(): its closeEvent quits the application, ending later loops
    window.deleteLater()
    window.services.db.close()


def longest_gap(ticks: list[float]) -> float:
    """The longest gap between timer ticks; a sync over before two ticks stalled nothing
    a 5 ms timer could see (on a quiet machine the good feed syncs in ~20 ms)."""
    if len(ticks) < 2:
        return 0.0
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def idle_gap(seconds: float) -> float:
    """The longest gap of the same timer while nothing runs: the machine's noise."""
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    return longest_gap(ticks)


def measure(base: Path, hostile: list[str], good: str) -> tuple[float, float, int]:
    """(longest gap in ms, seconds until synced and listed, failed sources) of one sync."""
    window, tasks = window_on(base)
    services = window.services
    services.content.fetch_limits = FetchLimits(total_timeout=3.0)
    settle(tasks)  # the start-up sync and policy engine first, unmeasured
    now = services.clock.now()
    for url in hostile:
        services.content.repo.subscribe(url, now, managed=True)
    services.content.repo.subscribe(good, now)
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    done = QEventLoop()
    state = {"synced": False, "listed": False}
    outcome: list[object] = []

    def check() -> None:
        if state["synced"] and state["listed"]:
            done.quit()

    def synced(results: list[object]) -> None:
        outcome.extend(results)
        state["synced"] = True
        check()

    def listed(*_: object) -> None:
        if window.feed.model.rowCount() >= 2 * GOOD_ITEMS:  # the demo's and the good feed's
            state["listed"] = True
            check()

    window.sync.finished.connect(synced)
    window.feed.model.modelReset.connect(listed)
    began = time.perf_counter()
    window.sync.sync(force=True)
    QTimer.singleShot(120_000, done.quit)
    done.exec()
    elapsed = time.perf_counter() - began
    timer.stop()
    failed = sum(1 for r in outcome if getattr(r, "status", "") == "failed")
    close(window, tasks)
    return longest_gap(ticks), elapsed, failed


def stop_held_sync(base: Path, url: str) -> float:
    """Milliseconds from stopping a sync held by trickled headers (120 s deadline) to its end."""
    window, tasks = window_on(base)
    settle(tasks)
    window.services.content.repo.subscribe(url, window.services.clock.now())
    ended = QEventLoop()
    window.sync.finished.connect(lambda *_: ended.quit())
    window.sync.sync(force=True)
    pause = QEventLoop()
    QTimer.singleShot(1500, pause.quit)
    pause.exec()
    stopped = time.perf_counter()
    window.sync.stop()
    QTimer.singleShot(60_000, ended.quit)
    ended.exec()
    elapsed = (time.perf_counter() - stopped) * 1000
    close(window, tasks)
    return elapsed


def settle(tasks: TaskRunner) -> None:
    """Let start-up work (the first sync, the policy engine) finish before measuring."""
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: loop.quit() if tasks.pending == 0 else None)
    timer.start()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    timer.stop()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as app.main does: a closed window ends no loop
    collector = GarbageCollector(app)
    prefer_gui_thread()  # as app.main does
    scratch = Path(tempfile.mkdtemp(prefix="advocate-hostile-bench-"))
    www = scratch / "www"
    www.mkdir()
    names = serve(www)
    nginx = Nginx(www, scratch / "nginx")
    trickle = TrickleServer(b"HTTP/1.1 200 OK\r\nX-Slow: ", interval=0.05)
    hostile = [nginx.url(name) for name in names] + [
        trickle.url(),
        f"http://remote.example\\@127.0.0.1:{nginx.port}/good.json",
        f"http://remote.example@127.0.0.1:{nginx.port}/good.json",
    ]
    gaps: list[float] = []
    control: list[float] = []
    idle: list[float] = []
    stops: list[float] = []
    try:
        for run in range(3):
            base = scratch / f"run-{run}"
            control.append(measure(base / "control", [], nginx.url("good.json"))[0])
            gap, elapsed, failed = measure(base / "hostile", hostile, nginx.url("good.json"))
            gaps.append(gap)
            idle.append(idle_gap(elapsed))
            print(
                f"run {run + 1}: {len(hostile)} hostile sources refused ({failed} failed), good"
                f" feed listed in {elapsed * 1000:.0f} ms; longest event-loop gap {gap:.1f} ms"
                f" (the good feed alone: {control[-1]:.1f} ms; idle window: {idle[-1]:.1f} ms)"
            )
            stops.append(stop_held_sync(base / "held", trickle.url()))
            print(
                f"run {run + 1}: a sync held by trickled headers ended"
                f" {stops[-1]:.0f} ms after the stop"
            )
    finally:
        nginx.stop()
        trickle.stop()
    print(
        f"longest gap, median of runs: {statistics.median(gaps):.1f} ms (target < 50 ms);"
        f" the good feed alone: {statistics.median(control):.1f} ms;"
        f" idle window: {statistics.median(idle):.1f} ms"
    )
    print(f"held sync stopped, median of runs: {statistics.median(stops):.0f} ms")
    del collector
    return 0


if __name__ == "__main__":
    sys.exit(main())
