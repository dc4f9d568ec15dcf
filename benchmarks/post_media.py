"""What a post's images cost the runner and the Queue, with 20,000 posts of 2 images each.

Per publish the runner reads the post's images (with this account's upload ids) and its
link card; the Queue's detail pane counts the images of the selected post.  Both should
stay far below a millisecond whatever the number of posts.

Usage: python benchmarks/post_media.py [--posts N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.runner import Runner
from advocate_desktop.store.accounts_repo import AccountRepository
from advocate_desktop.store.connection import Database
from advocate_desktop.store.post_media_repo import PostMediaRepository
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.timestamps import to_db

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def fill(db: Database, account_id: str, posts: int) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(posts)]
    stamp = to_db(START)
    with db.transaction() as tx:
        tx.executemany(
            "INSERT INTO posts (id, account_id, network, language, text, state, due_at,"
            " created_at, updated_at, media_attached_at)"
            " VALUES (?, ?, 'mastodon', 'en', 'Hello', 'scheduled', ?, ?, ?, ?)",
            [(i, account_id, stamp, stamp, stamp, stamp) for i in ids],
        )
        tx.executemany(
            "INSERT INTO post_images (post_id, position, path, alt_text) VALUES (?, ?, ?, ?)",
            [(i, n, f"/media/{i}-{n}.png", "An office by the river") for i in ids for n in (0, 1)],
        )
        tx.executemany(
            "INSERT INTO post_image_uploads (post_id, position, account_id, media_id,"
            " uploaded_at) VALUES (?, 0, ?, ?, ?)",
            [(i, account_id, f"m-{i}", stamp) for i in ids[::2]],
        )
        tx.executemany(
            "INSERT INTO post_links (post_id, url, title, description) VALUES (?, ?, ?, ?)",
            [(i, "https://example.com/news", "News", "What is new") for i in ids],
        )
    return ids


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    work()
    timings = []
    for _ in range(repeat):
        begin = time.perf_counter()
        work()
        timings.append((time.perf_counter() - begin) * 1000)
    return sorted(timings)


def report(name: str, timings: list[float]) -> None:
    median = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{name:<44} median {median:.3f} ms, p95 {p95:.3f} ms")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite3")
        posts = PostRepository(db)
        accounts = AccountRepository(db)
        account = accounts.add("mastodon", "bench", {}, START)
        ids = fill(db, account.id, args.posts)
        clock = FakeClock(START)
        runner = Runner(posts, accounts, lambda _a: None, clock)  # type: ignore[arg-type,return-value]
        media = PostMediaRepository(db)
        rng = random.Random(1)
        rows = [posts.get(rng.choice(ids)) for _ in range(64)]
        picks = [r for r in rows if r is not None]
        print(f"{args.posts:,} posts, 2 images each, half of them uploaded once")
        report(
            "runner: a post's images, ids and link card",
            timed(lambda: runner._outgoing(rng.choice(picks), record_uploads=True), args.repeat),
        )
        report(
            "queue detail: count a post's images",
            timed(lambda: media.image_count(rng.choice(ids)), args.repeat),
        )
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
