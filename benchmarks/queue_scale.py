"""A Queue of 10,000 posts: its cost at start-up, its reads, and scrolling through it.

1. start-up: the real program (a fresh process, offscreen) on a profile with no
   posts and on one with 10,000 scheduled posts; the clock stops when the main
   window is ready *and* the Queue has shown its first page.  The package is
   byte-compiled first and PYTHONDONTWRITEBYTECODE unset, so both profiles start
   from .pyc files as an installed app does.  Measured after a clean quit (the
   usual start: the database's page check runs in the background) and after a
   crash (the check runs before anything else).
2. reads: the Queue's SQL (count, pages near the start, middle and end, a post's
   position, the filters' values), finding the next due post, and a runner tick
   when nothing is due.
3. scrolling: the Queue view offscreen, scrolled a screenful at a time from top to
   bottom; the GUI thread's time per step (scroll + paint) and how long pages take
   to arrive from the worker.

Usage: python benchmarks/queue_scale.py [--posts N] [--runs N] [--part startup|reads|scroll]
       [--after quit|crash|both]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
MARKERS = ("main window ready", "queue ready with")


def fill_queue(database: Path, account_id: str, count: int) -> None:
    """``count`` scheduled posts, a minute apart from tomorrow on, written as the app does."""
    from advocate_desktop.store.timestamps import to_db

    start = datetime.now(UTC) + timedelta(days=1)
    now = to_db(datetime.now(UTC))
    rows = []
    for n in range(count):
        rows.append(
            (
                str(uuid.uuid4()),
                account_id,
                "linkedin" if n % 3 else "x",
                f"#IWorkAtNordvik Queued post {n}: NordvikPay grows in Gdańsk. " * 3,
                to_db(start + timedelta(minutes=n)),
                now,
            )
        )
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(
            "INSERT INTO posts (id, account_id, network, language, text, state, due_at,"
            " created_at, updated_at) VALUES (?, ?, ?, 'en', ?, 'scheduled', ?, ?, ?)",
            [(i, a, n, t, due, c, c) for i, a, n, t, due, c in rows],
        )
        connection.executemany(
            "INSERT INTO post_events (post_id, at, from_state, to_state, detail)"
            " VALUES (?, ?, 'draft', 'scheduled', 'scheduled by the employee')",
            [(r[0], r[5]) for r in rows],
        )
    connection.close()


def environment(home: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_DIRS=str(home / "site"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    config = home / "config" / "advocate-desktop"
    config.mkdir(parents=True, exist_ok=True)
    (config / "consent.json").write_text(json.dumps({"version": 1, "agreed_at": "bench"}))
    return env


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_once(env: dict[str, str], crash: bool = False) -> tuple[float, float]:
    """Wall-clock and CPU seconds until the program logged both markers.

    Then the program quits as the Quit menu does (SIGTERM), so the next start on the
    profile follows a clean exit, as most starts do; ``crash`` kills it instead, so
    the next start follows a crash and checks the database's pages before it runs.
    """
    command = [str(BIN / "advocate-desktop")]
    begin = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    seen: set[str] = set()
    try:
        for line in process.stderr:
            seen.update(m for m in MARKERS if m in line)
            if len(seen) == len(MARKERS):
                return time.perf_counter() - begin, cpu_seconds(process.pid)
        raise RuntimeError(f"the program exited without {set(MARKERS) - seen}")
    finally:
        if crash:
            process.kill()
        else:
            process.terminate()
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def make_profile(home: Path, posts: int) -> dict[str, str]:
    env = environment(home)
    start_once(env)  # the first start creates the database and imports the demo pack
    # Both profiles get the same Outbox account; only the posts differ.
    database = home / "data" / "advocate-desktop" / "advocate.sqlite3"
    account_id = str(uuid.uuid4())
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "INSERT INTO accounts (id, network, display_name, config, created_at)"
            " VALUES (?, 'outbox', 'Outbox', ?, ?)",
            (account_id, json.dumps({"folder": str(home / "outbox")}), "2026-01-01"),
        )
    connection.close()
    if posts:
        fill_queue(database, account_id, posts)
    return env


def startup(posts: int, runs: int, crash: bool) -> None:
    compileall.compile_dir(str(ROOT / "advocate_desktop"), quiet=1)
    scratch = Path(tempfile.mkdtemp(prefix="advocate-queue-bench-"))
    empty = make_profile(scratch / "empty", 0)
    full = make_profile(scratch / "full", posts)
    start_once(empty, crash), start_once(full, crash)  # warm the OS file cache
    pairs = [(start_once(empty, crash), start_once(full, crash)) for _ in range(runs)]
    after = "a crash (SIGKILL)" if crash else "a clean quit"
    print(
        f"start-up after {after}, until the window and the Queue are ready"
        f" ({runs} runs each, offscreen):"
    )
    for index, label in ((0, "wall clock"), (1, "CPU time (all threads)")):
        base = [pair[0][index] * 1000 for pair in pairs]
        more = [pair[1][index] * 1000 for pair in pairs]
        added = [b - a for a, b in zip(base, more, strict=True)]
        print(
            f"  {label}: no posts median {statistics.median(base):.0f} ms"
            f" (min {min(base):.0f}); {posts:,} posts median {statistics.median(more):.0f} ms"
            f" (min {min(more):.0f}); added, median of pairs {statistics.median(added):+.0f} ms"
        )
    load = os.getloadavg()[0]
    print(f"  (load average {load:.1f} on {os.cpu_count()} CPUs while measuring)")


def timed(function: Callable[[], object], repeat: int = 200) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        begin = time.perf_counter()
        function()
        samples.append(time.perf_counter() - begin)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.95)] * 1000


def reads(posts: int) -> None:
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.schedule.runner import Runner
    from advocate_desktop.store.accounts_repo import AccountRepository
    from advocate_desktop.store.connection import Database
    from advocate_desktop.store.posts_repo import PostRepository, QueueFilter

    scratch = Path(tempfile.mkdtemp(prefix="advocate-queue-reads-"))
    db = Database(scratch / "db.sqlite3")
    accounts = AccountRepository(db)
    account = accounts.add("outbox", "Bench", {"folder": str(scratch)}, datetime.now(UTC))
    fill_queue(db.path, account.id, posts)
    repo = PostRepository(db)
    everything = QueueFilter()
    one_network = QueueFilter(network="x")
    middle = repo.queue_page(everything, posts // 2, 1)[0].id
    runner = Runner(repo, accounts, lambda a: None, SystemClock())  # type: ignore[arg-type,return-value]
    print(f"Queue reads with {posts:,} posts (median / p95 of 200 runs):")
    for label, function in (
        ("count, all", lambda: repo.queue_count(everything)),
        ("count, one network", lambda: repo.queue_count(one_network)),
        ("page of 200 at row 0", lambda: repo.queue_page(everything, 0, 200)),
        (f"page of 200 at row {posts // 2}", lambda: repo.queue_page(everything, posts // 2, 200)),
        (
            f"page of 200 at row {posts - 200}",
            lambda: repo.queue_page(everything, posts - 200, 200),
        ),
        ("page of 200, one network, end", lambda: repo.queue_page(one_network, posts // 3, 200)),
        ("position of the middle post", lambda: repo.queue_position(everything, middle)),
        ("filters' values (facets)", repo.queue_facets),
        ("next due post (next_waiting)", repo.next_waiting),
        ("runner tick, nothing due (run_due)", runner.run_due),
    ):
        median, p95 = timed(function)
        print(f"  {label:<34} {median:8.2f} ms  p95 {p95:8.2f} ms")
    db.close()


def scroll(posts: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from advocate_desktop.paths import AppPaths
    from advocate_desktop.schedule.clock import SystemClock
    from advocate_desktop.services.app_services import build_services
    from advocate_desktop.ui.employee.queue_view import QueueView
    from advocate_desktop.ui.gc_guard import GarbageCollector
    from advocate_desktop.ui.tasks import TaskRunner, prefer_gui_thread

    app = QApplication(sys.argv[:1])
    collector = GarbageCollector(app)
    prefer_gui_thread()
    base = Path(tempfile.mkdtemp(prefix="advocate-queue-scroll-"))
    services = build_services(AppPaths(base / "d", base / "c", base / "k", ()), SystemClock())
    account = services.accounts.add_outbox_account("Bench", base / "outbox", "linkedin")
    fill_queue(services.paths.database, account.id, posts)
    tasks = TaskRunner()
    view = QueueView(services.posts, services.accounts, tasks)
    view.resize(1200, 700)
    view.show()

    def settle() -> None:
        while tasks.pending:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QCoreApplication.processEvents()

    began = time.perf_counter()
    view.refresh()
    settle()
    first = (time.perf_counter() - began) * 1000
    table = view.table
    bar = table.verticalScrollBar()

    # First pass: pages are read as the view reaches them.
    waits: list[float] = []
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()
        begin = time.perf_counter()
        settle()
        table.viewport().repaint()
        waits.append((time.perf_counter() - begin) * 1000)
    loaded = len(view.model.loaded_pages())

    # Second pass, step by step beside a C++ model holding the same strings, so the
    # machine's load falls on both alike: what the Python model adds to Qt's own cost.
    other = _same_cells_in_cpp(view)
    ours: list[float] = []
    theirs: list[float] = []
    bar.setValue(0)
    while bar.value() < bar.maximum():
        ours.append(_step(table))
        if other.verticalScrollBar().value() >= other.verticalScrollBar().maximum():
            other.verticalScrollBar().setValue(0)
        theirs.append(_step(other))
    other.close()

    def spread(values: list[float]) -> str:
        values = sorted(values)
        return (
            f"median {statistics.median(values):.2f} ms, p95"
            f" {values[int(len(values) * 0.95)]:.2f} ms, max {values[-1]:.2f} ms"
        )

    print(f"scrolling {posts:,} posts a screenful at a time ({len(ours)} steps, offscreen):")
    print(f"  first page shown after refresh: {first:.1f} ms")
    print(
        f"  a page read on a worker and painted after the view reached it: max"
        f" {max(waits):.1f} ms; pages read: {loaded} of {-(-posts // 200)}"
    )
    print(f"  GUI thread per step (scroll + paint), the Queue: {spread(ours)}")
    print(f"  the same cells in Qt's QStandardItemModel (C++):  {spread(theirs)}")
    QTimer.singleShot(0, app.quit)
    tasks.wait()
    services.db.close()
    del collector


def _step(table: Any) -> float:
    bar = table.verticalScrollBar()
    begin = time.perf_counter()
    bar.setValue(bar.value() + bar.pageStep())
    table.viewport().repaint()
    return (time.perf_counter() - begin) * 1000


def _same_cells_in_cpp(view: Any) -> Any:
    """A plain QTableView on a C++ model with the Queue's first 2,000 rows' strings."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    queue = view.model
    rows = [queue.shown(row) for row in range(min(queue.rowCount(), 2_000))]
    model = QStandardItemModel(len(rows), 5)
    for number, shown in enumerate(rows):
        for column, text in enumerate(shown.cells):
            model.setItem(number, column, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    ours = view.table
    table.resize(ours.size())
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ours.verticalHeader().defaultSectionSize())
    for column in range(5):
        table.horizontalHeader().resizeSection(column, ours.horizontalHeader().sectionSize(column))
    table.show()
    QCoreApplication.processEvents()
    table.model_ = model  # keep it alive with the view
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--part", choices=("startup", "reads", "scroll"), action="append")
    parser.add_argument(
        "--after",
        choices=("quit", "crash", "both"),
        default="both",
        help="start-up: how the previous run ended (a crash makes the start check the pages)",
    )
    arguments = parser.parse_args()
    parts = arguments.part or ["reads", "scroll", "startup"]
    if "reads" in parts:
        reads(arguments.posts)
    if "scroll" in parts:
        scroll(arguments.posts)
    if "startup" in parts:
        if arguments.after in ("quit", "both"):
            startup(arguments.posts, arguments.runs, crash=False)
        if arguments.after in ("crash", "both"):
            startup(arguments.posts, arguments.runs, crash=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
