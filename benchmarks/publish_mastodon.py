"""Publish one post with one image to a Mastodon server on loopback (mastodon_mock).

Usage: python benchmarks/publish_mastodon.py [--repeat N] [--image-kb K]

Prints the median time of a whole ``MastodonPublisher.publish`` (image checks and
upload, then the status) and what share of it is ours: the time outside
``Session.send`` (which covers connecting, sending, and reading each answer whole).
The token comes from an in-memory handle, so a keyring read (a D-Bus round trip in
the app) is not in the figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from advocate_desktop.http import new_session  # noqa: E402
from advocate_desktop.networks.base import OutgoingPost  # noqa: E402
from advocate_desktop.networks.mastodon.media import PostImage  # noqa: E402
from advocate_desktop.networks.mastodon.publisher import MastodonPublisher  # noqa: E402
from tests.peers.images import png  # noqa: E402
from tests.peers.mastodon import MastodonMock  # noqa: E402


class MemorySecrets:
    def __init__(self, token: str) -> None:
        self.values = {"access_token": token}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> bool:
        return self.values.pop(name, None) is not None


class TimedSession(requests.Session):
    """Adds up the time spent in round trips."""

    def __init__(self) -> None:
        super().__init__()
        self.in_http = 0.0
        self.round_trips = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        started = time.perf_counter()
        try:
            return super().send(request, **kwargs)
        finally:
            self.in_http += time.perf_counter() - started
            self.round_trips += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--image-kb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        server = MastodonMock(folder / "server")
        try:
            user = server.add_user("bench")
            picture = folder / "picture.png"
            picture.write_bytes(png() + b"\0" * (args.image_kb * 1024))
            session = TimedSession()
            prepared = new_session()
            session.headers.update(prepared.headers)
            session.adapters = prepared.adapters
            publisher = MastodonPublisher(
                server.base_url,
                str(user["id"]),
                MemorySecrets(user["access_token"]),
                session=session,
            )
            publisher.limits  # noqa: B018 - read once, as the account's stored limits would be
            totals, ours = [], []
            for number in range(args.repeat + 3):
                post = OutgoingPost(
                    f"bench-{number}",
                    "account",
                    "mastodon",
                    "pl",
                    f"Post {number}: https://example.com/news/{number} #praca",
                    None,
                    datetime.now(UTC),
                )
                session.in_http, session.round_trips = 0.0, 0
                started = time.perf_counter()
                publisher.publish(post, [PostImage(picture, "A red square")])
                total = time.perf_counter() - started
                if number >= 3:  # the first few warm the connection pool and the server
                    totals.append(total)
                    ours.append(total - session.in_http)
            median = statistics.median(totals)
            mine = statistics.median(ours)
            print(
                f"publish, 1 image of {args.image_kb} KB, {session.round_trips} round trips, "
                f"{args.repeat} runs: median {median * 1000:.1f} ms; ours {mine * 1000:.2f} ms "
                f"({mine / median:.1%}), the rest in HTTP round trips and the server"
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
