"""Parse and store a 10,000-item feed, and a sync answered by 304, end to end.

Usage: python benchmarks/feed_scale.py [--items N] [--repeat N]
Uses Debian's nginx when installed (as the tests do), else `advocate-pack serve`'s
http.server, which also answers If-Modified-Since with 304.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advocate_desktop.feed.fetch import fetch, new_session  # noqa: E402
from advocate_desktop.feed.pack import LoadedPack, Trust  # noqa: E402
from advocate_desktop.feed.parse import parse_json_feed  # noqa: E402
from advocate_desktop.feed.storage import save_pack  # noqa: E402
from advocate_desktop.feed.sync import sync_source  # noqa: E402
from advocate_desktop.store.connection import Database  # noqa: E402
from advocate_desktop.store.feed_repo import FeedRepository  # noqa: E402


def big_feed(count: int) -> bytes:
    items = []
    for number in range(count):
        language = "pl" if number % 2 else "en"
        items.append(
            {
                "id": f"item-{number}",
                "url": f"https://nordvik.example/news/{number}",
                "title": f"Nordvik news number {number}: NordvikPay grows in Gdańsk",
                "summary": "A longer summary of the news item, as communications teams write it. "
                * 3,
                "language": language,
                "_advocacy": {
                    "campaign": f"Campaign {number % 20}",
                    "hashtags": ["NordvikPay", "fintech"],
                    "suggested": {
                        "default": {
                            language: f"#pracujęwNordvik News {number} https://nordvik.example/n"
                        },
                        "x": {language: f"Short news {number}"},
                    },
                    "expires_at": "2027-12-31T23:59:59+01:00",
                },
            }
        )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Scale test",
        "_advocacy": {"format": 1},
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False).encode()


def start_server(root: Path, scratch: Path) -> tuple[str, object]:
    if shutil.which("nginx") or Path("/usr/sbin/nginx").exists():
        from tests.peers.nginx import Nginx

        server = Nginx(root, scratch)
        return server.url("feed.json"), server.stop
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "advocate_desktop.pack_cli",
            "serve",
            "--json",
            str(root),
            "--port",
            "8791",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    url = json.loads(
        process.stdout.readline()
        + process.stdout.readline()
        + process.stdout.readline()
        + process.stdout.readline()
    )["url"]
    return url, process.terminate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="advocate-feed-bench-"))
    data = big_feed(arguments.items)
    print(f"feed: {arguments.items} items, {len(data) / 1e6:.1f} MB")

    timings = []
    for run in range(arguments.repeat):
        repo = FeedRepository(Database(scratch / f"db-{run}.sqlite3"))
        begin = time.perf_counter()
        feed = parse_json_feed(data, "bench")
        save_pack(repo, LoadedPack("bench", feed, None, scratch), "url", datetime.now(UTC))
        timings.append(time.perf_counter() - begin)
    print(
        f"parse + store: median {statistics.median(timings) * 1000:.0f} ms "
        f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f}; {len(timings)} runs)"
    )

    root = scratch / "www"
    root.mkdir()
    (root / "feed.json").write_bytes(data)
    url, stop = start_server(root, scratch / "server")
    try:
        repo = FeedRepository(Database(scratch / "sync.sqlite3"))
        source = repo.subscribe(url, datetime.now(UTC))
        session = new_session()

        def once() -> tuple[float, str]:
            current = next(s for s in repo.sources() if s.id == source.id)
            begin = time.perf_counter()
            result = sync_source(
                repo,
                current,
                lambda u, e, m: fetch(u, etag=e, last_modified=m, session=session),
                now=datetime.now(UTC),
                interval=timedelta(minutes=30),
                trust=Trust(),
                cache=scratch / "cache",
                check_policy=lambda text, origin: None,
            )
            return time.perf_counter() - begin, result.status

        first, status = once()
        print(f"first sync (200, {arguments.items} items): {first * 1000:.0f} ms, {status}")
        answers = [once() for _ in range(50)]
        assert all(s == "not_modified" for _, s in answers), answers[:3]
        values = sorted(t for t, _ in answers)
        print(
            f"sync answered by 304: median {statistics.median(values) * 1000:.1f} ms, "
            f"p95 {values[int(len(values) * 0.95)] * 1000:.1f} ms (50 runs)"
        )
        session.close()
    finally:
        stop()  # type: ignore[operator]
    return 0


if __name__ == "__main__":
    sys.exit(main())
