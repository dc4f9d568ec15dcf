"""Publish one post with one image to the local reference PDS: median time, and our share.

Usage: python benchmarks/publish_bluesky.py [--repeat N] [--photo WxH]

Starts the AT Protocol PDS from tests/peers/pds on loopback (install it with
scripts/install-test-peers.sh), signs in with an app password and publishes N
posts, each with a link, a hashtag and one photo (a noise JPEG, so it does not
compress away).  "Server" is the time spent inside HTTP requests (sending and
waiting for the answers, measured around every ``requests`` send); "ours" is
the rest: composing the text and facets, preparing the image, building the
record.  Secrets live in memory here so the keyring's D-Bus round trips, which
the app pays only when a token is refreshed, do not blur the figure.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from advocate_desktop.networks.base import OutgoingPost  # noqa: E402
from advocate_desktop.networks.bluesky.images import PostImage  # noqa: E402
from advocate_desktop.networks.bluesky.publisher import BlueskyPublisher  # noqa: E402
from advocate_desktop.networks.bluesky.session import sign_in  # noqa: E402
from tests.peers.bluesky import LocalPds  # noqa: E402


class MemorySecrets:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class TimedSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.in_http = 0.0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        started = time.perf_counter()
        try:
            return super().send(request, **kwargs)
        finally:
            self.in_http += time.perf_counter() - started


def photo(path: Path, size: tuple[int, int]) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--photo", default="1600x1067")
    args = parser.parse_args()
    width, height = (int(n) for n in args.photo.split("x"))
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        started = time.perf_counter()
        pds = LocalPds(scratch / "pds")
        print(f"PDS and PLC started in {time.perf_counter() - started:.1f} s")
        try:
            person = pds.create_account()
            secrets = MemorySecrets()
            account = sign_in(pds.url, person.handle, pds.create_app_password(person), secrets)
            session = TimedSession()
            publisher = BlueskyPublisher(account, secrets, session=session)
            image = photo(scratch / "photo.jpg", (width, height))
            print(f"photo {width}x{height}, {image.stat().st_size / 1e6:.2f} MB")
            # One warm-up publish: imports Pillow and opens the connection.
            publisher.publish(outgoing("warm-up"), images=[PostImage(image, "warm-up")])
            totals, servers = [], []
            for number in range(args.repeat):
                post = outgoing(f"Post {number}: https://example.com/news/{number} #bench")
                session.in_http = 0.0
                begun = time.perf_counter()
                publisher.publish(post, images=[PostImage(image, "A photo from the event")])
                totals.append(time.perf_counter() - begun)
                servers.append(session.in_http)
        finally:
            pds.stop()
    total, server = statistics.median(totals), statistics.median(servers)
    ours = [t - s for t, s in zip(totals, servers, strict=True)]
    print(f"publish with one image, median of {args.repeat}: {total * 1000:.0f} ms")
    print(f"  in HTTP (server + loopback): {server * 1000:.0f} ms")
    print(
        f"  ours: {statistics.median(ours) * 1000:.0f} ms "
        f"({statistics.median(o / t for o, t in zip(ours, totals, strict=True)):.0%})"
    )


def outgoing(text: str) -> OutgoingPost:
    return OutgoingPost(
        post_id=str(uuid.uuid4()),
        account_id="bench",
        network="bluesky",
        language="en",
        text=text,
        item_id=None,
        due_at=datetime.now(UTC),
    )


if __name__ == "__main__":
    main()
