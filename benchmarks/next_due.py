"""Finding the next due post, and a tick with nothing due, with 10,000 posts queued.

The queue also holds 10,000 published posts and some retries, as months of use
would.  Goal (issue 8): the next due post in at most 1 ms.

Usage: python benchmarks/next_due.py [--queued N] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.timestamps import to_db

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def fill(db: Database, account_id: str, queued: int) -> None:
    """``queued`` scheduled posts over the coming year, as many published, 50 retries."""
    rows = []
    for number in range(queued):
        due = START + timedelta(minutes=30 + number * 53)
        rows.append((str(uuid.uuid4()), "scheduled", to_db(due), None))
        past = START - timedelta(minutes=30 + number * 53)
        rows.append((str(uuid.uuid4()), "published", to_db(past), None))
    for number in range(50):
        later = START + timedelta(hours=2, minutes=number)
        rows.append((str(uuid.uuid4()), "retry_wait", to_db(START), to_db(later)))
    stamp = to_db(START)
    with db.transaction() as tx:
        tx.executemany(
            "INSERT INTO posts (id, account_id, network, language, text, state, due_at,"
            " next_attempt_at, created_at, updated_at) VALUES (?, ?, 'x', 'en', 'Hello', ?, ?,"
            " ?, ?, ?)",
            [(i, account_id, s, d, n, stamp, stamp) for i, s, d, n in rows],
        )


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    work()  # warm the page cache and the statement cache
    timings = []
    for _ in range(repeat):
        begin = time.perf_counter()
        work()
        timings.append((time.perf_counter() - begin) * 1000)
    return sorted(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queued", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite3")
        clock = FakeClock(START)
        accounts = AccountRepository(db)
        account = accounts.add("outbox", "Bench", {"folder": folder}, START)
        fill(db, account.id, arguments.queued)
        posts = PostRepository(db)
        runner = Runner(posts, accounts, lambda _a: None, clock)  # type: ignore[arg-type,return-value]
        found = runner.next_due()
        assert found is not None and found.state == "scheduled"
        print(f"{arguments.queued} scheduled + {arguments.queued} published + 50 retries")
        for name, work in (
            ("next due post", runner.next_due),
            ("tick, nothing due", runner.run_due),
        ):
            timings = timed(work, arguments.repeat)
            print(
                f"{name:<18} median {statistics.median(timings):6.3f} ms"
                f"  p95 {timings[int(len(timings) * 0.95)]:6.3f} ms"
                f"  max {timings[-1]:6.3f} ms  ({arguments.repeat} runs)"
            )
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
