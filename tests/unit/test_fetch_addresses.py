"""Which addresses a download may use, decided on urllib3's reading of them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from advocate_desktop.feed.fetch import Fetched, FetchError, check_url
from advocate_desktop.feed.pack import Trust
from advocate_desktop.feed.sync import sync_source
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.store.connection import Database
from advocate_desktop.store.feed_repo import FeedRepository


@pytest.mark.parametrize(
    "url",
    [
        "https://feeds.example/feed.json",
        "http://127.0.0.1:8765/feed.json",
        "http://[::1]:8765/feed.json",
        "http://localhost/feed.json",
        "HTTPS://Feeds.Example/feed.json",
    ],
)
def test_accepted_addresses(url: str) -> None:
    check_url(url)


@pytest.mark.parametrize(
    ("url", "code", "words"),
    [
        ("http://remote.example\\@127.0.0.1:8765/feed.json", "bad_url", "backslash"),
        ("https://feeds.example\\@127.0.0.1/feed.json", "bad_url", "backslash"),
        ("http://remote.example@127.0.0.1:8765/feed.json", "bad_url", "user name"),
        ("https://user:secret@feeds.example/feed.json", "bad_url", "user name"),
        ("http://127.0.0.1:8765/feed.json\r\nHost: x", "bad_url", "control"),
        ("http://127.0.0.1 /feed.json", "bad_url", "spaces"),
        ("http://127.1/feed.json", "insecure_url", "plain HTTP"),  # only canonical loopback
        ("http://feeds.example/feed.json", "insecure_url", "plain HTTP"),
        ("ftp://feeds.example/feed.json", "bad_url", "https://"),
        ("feed.json", "bad_url", "https://"),
    ],
)
def test_refused_addresses(url: str, code: str, words: str) -> None:
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert caught.value.code == code and words in caught.value.message


@pytest.mark.parametrize(
    "error",
    [
        RecursionError(),
        MemoryError(),
        RuntimeError("boom"),
        UnicodeEncodeError("utf-8", "\ud800", 0, 1, "x"),
        OSError(36, "File name too long"),
    ],
)
def test_any_failure_of_one_source_is_recorded_as_its_error(
    error: BaseException, tmp_path: Path, clock: FakeClock
) -> None:
    repo = FeedRepository(Database(tmp_path / "db.sqlite3"))
    source = repo.subscribe("https://feeds.example/feed.json", clock.now())

    def fetcher(url: str, etag: str | None, modified: str | None) -> Fetched:
        raise error

    result = sync_source(
        repo,
        source,
        fetcher,
        now=clock.now(),
        interval=timedelta(minutes=30),
        trust=Trust(),
        cache=tmp_path / "cache",
        check_policy=lambda text, origin: None,
    )
    assert result.status == "failed" and result.problem.startswith(source.location)
    assert result.next_attempt == clock.now() + timedelta(minutes=1)
    row = repo.sources()[0]
    assert row.last_error == result.problem and row.next_attempt_at is not None
