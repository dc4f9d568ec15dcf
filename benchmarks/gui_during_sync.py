"""The longest stall of the GUI event loop while a 10,000-item feed syncs and is shown.

A 5 ms QTimer records when it fires; the benchmark reports the longest gap between
ticks from the start of the sync until the list shows the new items.

Usage: xvfb-run -a python benchmarks/gui_during_sync.py   (or with QT_QPA_PLATFORM=offscreen)
"""

from __future__ import annotations

import itertools
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

from advocate_desktop.paths import AppPaths  # noqa: E402
from advocate_desktop.schedule.clock import SystemClock  # noqa: E402
from advocate_desktop.services.app_services import build_services  # noqa: E402
from advocate_desktop.ui.employee.main_window import MainWindow  # noqa: E402
from advocate_desktop.ui.gc_guard import GarbageCollector  # noqa: E402
from advocate_desktop.ui.tasks import TaskRunner, prefer_gui_thread  # noqa: E402
from benchmarks.feed_scale import big_feed, start_server  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    collector = GarbageCollector(app)
    prefer_gui_thread()  # as app.main does
    scratch = Path(tempfile.mkdtemp(prefix="advocate-gui-bench-"))
    www = scratch / "www"
    www.mkdir()
    (www / "feed.json").write_bytes(big_feed(10_000))
    url, stop = start_server(www, scratch / "server")
    gaps_per_run = []
    try:
        for run in range(3):
            base = scratch / f"run-{run}"
            services = build_services(
                AppPaths(base / "d", base / "c", base / "k", ()), SystemClock()
            )
            tasks = TaskRunner()
            window = MainWindow(services, tasks, lambda: None)
            window.show()
            loop = QEventLoop()
            window.ready.connect(loop.quit)
            window.start()
            loop.exec()
            services.content.subscribe(url)
            ticks: list[float] = []
            timer = QTimer(interval=5)
            timer.timeout.connect(lambda t=ticks: t.append(time.perf_counter()))
            timer.start()
            done = QEventLoop()

            def shown(*_: object, loop: QEventLoop = done, window: MainWindow = window) -> None:
                if window.feed.model.rowCount() > 10_000:
                    loop.quit()

            window.feed.model.modelReset.connect(shown)
            began = time.perf_counter()
            window.sync.sync(force=True)
            QTimer.singleShot(60_000, done.quit)
            done.exec()
            elapsed = time.perf_counter() - began
            timer.stop()
            gap = max(b - a for a, b in itertools.pairwise(ticks)) * 1000
            gaps_per_run.append(gap)
            print(
                f"run {run + 1}: sync and show took {elapsed * 1000:.0f} ms; "
                f"longest event-loop gap {gap:.1f} ms over {len(ticks)} ticks; "
                f"{window.feed.model.rowCount()} items listed"
            )
            window.sync.stop()
            window.scheduler.stop()
            tasks.wait()
            window.close()
            services.db.close()
    finally:
        stop()  # type: ignore[operator]
    print(f"longest gap, median of runs: {statistics.median(gaps_per_run):.1f} ms")
    del collector
    return 0


if __name__ == "__main__":
    sys.exit(main())
