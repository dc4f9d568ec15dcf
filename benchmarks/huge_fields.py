"""A feed with one 50 MB summary among ordinary items: parse, store, read back.

Usage: python benchmarks/huge_fields.py [--megabytes N] [--items N]
Before the field caps the item was stored (a 66 MB database) and the window took
30 s to open; now it is left out with its pointer. Prints the times and sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advocate_desktop.feed.pack import LoadedPack  # noqa: E402
from advocate_desktop.feed.parse import parse_json_feed  # noqa: E402
from advocate_desktop.feed.storage import save_pack, stored_items  # noqa: E402
from advocate_desktop.store.connection import Database  # noqa: E402
from advocate_desktop.store.feed_repo import FeedRepository  # noqa: E402


def hostile_feed(megabytes: int, count: int) -> bytes:
    items = [
        {"id": f"item-{n}", "title": f"News {n}", "summary": "An ordinary summary. " * 5}
        for n in range(count)
    ]
    items.insert(count // 2, {"id": "huge", "title": "Huge", "summary": "A" * (megabytes << 20)})
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Hostile", "items": items}
    return json.dumps(feed).encode()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--megabytes", type=int, default=50)
    options.add_argument("--items", type=int, default=100)
    arguments = options.parse_args()
    data = hostile_feed(arguments.megabytes, arguments.items)
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "db.sqlite3"
        repo = FeedRepository(Database(database))
        started = time.perf_counter()
        feed = parse_json_feed(data, "https://hostile.example/feed.json")
        parsed = time.perf_counter()
        save_pack(
            repo,
            LoadedPack("https://hostile.example/feed.json", feed, None, Path(scratch)),
            "url",
            datetime.now(UTC),
        )
        stored = time.perf_counter()
        items = stored_items(repo)
        read = time.perf_counter()
        print(f"feed: {len(data) / 1e6:.1f} MB, {arguments.items + 1} items")
        print(
            f"parse {parsed - started:.3f} s, store {stored - parsed:.3f} s,"
            f" read back {read - stored:.4f} s ({len(items)} items)"
        )
        size = sum(p.stat().st_size for p in database.parent.glob(database.name + "*"))
        print(f"database with its write-ahead log: {size / 1e6:.2f} MB")
        print("left out:", *feed.refused, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
