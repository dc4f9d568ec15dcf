from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.store.connection import (
    DamagedDatabase,
    Database,
    StoreError,
    clean_exit_mark,
    mark_clean_exit,
    set_aside,
    take_clean_exit,
)
from advocate_desktop.store.migrations import SCHEMA_VERSION
from advocate_desktop.store.posts_repo import PostRepository
from advocate_desktop.store.settings_repo import SettingsRepository


def test_new_database_is_migrated_to_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.sqlite3")
    connection = db.connection()
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert {"posts", "post_events", "items", "feed_sources", "accounts", "settings"} <= tables
    db.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        Database(path)


def test_a_corrupt_file_gives_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabase, match="damaged"):
        Database(path)
    assert path.read_bytes() == b"this is not a database" * 100  # never written over


def _filled(path: Path, rows: int = 3000) -> None:
    db = Database(path)
    settings = SettingsRepository(db)
    for index in range(rows):
        settings.save(f"key{index}", "x" * 200)
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_a_database_damaged_mid_file_stops_the_start_instead_of_the_scheduler(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mid.sqlite3"
    _filled(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096  # one page in the middle, scribbled
    path.write_bytes(bytes(data))
    db = Database(path)  # the header is fine: the page check runs beside the window
    with pytest.raises(DamagedDatabase) as caught:
        db.check_health_in_background()()
    assert caught.value.path == path
    db.close()
    Database(tmp_path / "fine.sqlite3").check_health_in_background()()  # a sound one passes


def test_only_a_clean_quit_with_the_file_as_it_left_it_defers_the_page_check(
    tmp_path: Path,
) -> None:
    path = tmp_path / "profile.sqlite3"
    assert not take_clean_exit(path)  # a first start: nothing to go by
    _filled(path, rows=50)
    assert not take_clean_exit(path)  # no mark: the last session did not quit cleanly

    mark_clean_exit(path)
    assert take_clean_exit(path)
    assert not clean_exit_mark(path).exists()  # taken: a crash now leaves none
    assert not take_clean_exit(path)  # this session has not quit yet

    mark_clean_exit(path)
    with path.open("ab") as changed:  # written while the app was closed
        changed.write(b"\xa5" * 4096)
    assert not take_clean_exit(path)

    mark_clean_exit(path)
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp, stamp - 10**9))  # the same size, copied over from a backup
    assert not take_clean_exit(path)

    mark_clean_exit(path)
    path.with_name(path.name + "-wal").write_bytes(b"")  # a clean close removes the WAL
    assert not take_clean_exit(path)
    path.with_name(path.name + "-wal").unlink()

    mark_clean_exit(path)
    clean_exit_mark(path).write_text("{not json", encoding="ascii")
    assert not take_clean_exit(path)
    assert not clean_exit_mark(path).exists()


def test_no_clean_exit_mark_is_left_for_a_removed_database(tmp_path: Path) -> None:
    mark_clean_exit(tmp_path / "gone.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_where_data_was_is_damage_not_a_fresh_start(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(DamagedDatabase, match="empty"):
        Database(path, expect_existing=True)
    assert path.stat().st_size == 0
    Database(tmp_path / "new.sqlite3", expect_existing=True).close()  # no file: a first start


def test_a_damaged_database_is_set_aside_with_its_companions(tmp_path: Path) -> None:
    path = tmp_path / "advocate.sqlite3"
    path.write_bytes(b"bad")
    path.with_name(path.name + "-wal").write_bytes(b"wal")
    kept = set_aside(path, "20261130-101500")
    assert kept.read_bytes() == b"bad"
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal"
    assert not path.exists()
    Database(path, expect_existing=False).close()  # a fresh one can start in its place


def test_thousands_of_short_lived_threads_keep_connections_and_files_bounded(
    tmp_path: Path,
) -> None:
    """Each worker task had its own connection, never closed: 240 an hour from the tray."""
    import os
    import threading

    db = Database(tmp_path / "pool.sqlite3")
    settings = SettingsRepository(db)

    def task(index: int) -> None:
        settings.save("k", str(index))
        assert db.connection().execute("SELECT value FROM settings").fetchone() is not None

    def open_files() -> int:
        return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0

    task(-1)
    files_before = open_files()
    for batch in range(50):
        threads = [threading.Thread(target=task, args=(batch * 40 + i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for i in range(36):  # and one after the other, as a pool's tasks run
            thread = threading.Thread(target=task, args=(i,))
            thread.start()
            thread.join()
    assert db.open_connections <= 1 + 4 + Database.MAX_IDLE
    if files_before:
        assert open_files() <= files_before + 3 * (4 + Database.MAX_IDLE)
    db.close()
    assert db.open_connections == 0


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    db = Database(path)
    SettingsRepository(db).save("language", "pl")
    db.close()
    assert SettingsRepository(Database(path)).load() == {"language": "pl"}


def test_a_transition_only_moves_a_post_from_the_expected_state(
    tmp_path: Path, clock: FakeClock
) -> None:
    posts = PostRepository(Database(tmp_path / "e.sqlite3"))
    post = posts.create(
        state="draft",
        source_id=None,
        item_id=None,
        account_id=None,
        network="x",
        language="en",
        text="hi",
        now=clock.now(),
    )
    assert posts.transition(post.id, ["draft"], "scheduled", clock.now(), due_at="x")
    assert not posts.transition(post.id, ["draft"], "scheduled", clock.now())
    assert [e.to_state for e in posts.events(post.id)] == ["draft", "scheduled"]
    with pytest.raises(ValueError, match="mutable"):
        posts.transition(post.id, ["scheduled"], "draft", clock.now(), state="x")


def test_a_successful_sync_stores_its_validators_and_clears_a_failure(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from advocate_desktop.store.feed_repo import FeedRepository, ItemRow

    db = Database(tmp_path / "a.db")
    feeds = FeedRepository(db)
    first = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    item = ItemRow(1, "a", "A", "pl", "", None, None, 0, "{}")

    def store(now: datetime, etag: str) -> int:
        return feeds.replace_source(
            kind="url",
            location="https://news.example/feed.json",
            title="News",
            signer=None,
            policy_json=None,
            items=[item],
            now=now,
            etag=etag,
            last_modified="Wed, 25 Nov 2026 10:00:00 GMT",
            next_attempt=now + timedelta(minutes=30),
        )

    source_id = store(first, '"v1"')
    row = feeds.source(source_id)
    assert row is not None and row.etag == '"v1"' and row.failures == 0
    assert row.last_modified == "Wed, 25 Nov 2026 10:00:00 GMT"
    assert row.next_attempt_at is not None and row.last_attempt_at == row.last_synced_at

    seen = feeds.items()[0].first_seen_at
    assert seen
    feeds.record_error("https://news.example/feed.json", "timed out", first, first)
    feeds.record_error("https://news.example/feed.json", "timed out", first, first)
    failed = feeds.source(source_id)
    assert failed is not None and failed.failures == 2 and failed.last_error == "timed out"

    later = first + timedelta(hours=1)
    assert store(later, '"v2"') == source_id
    again = feeds.source(source_id)
    assert again is not None
    assert (again.etag, again.failures, again.last_error) == ('"v2"', 0, None)
    assert again.last_synced_at is not None and again.last_synced_at > row.last_synced_at
    assert feeds.items()[0].first_seen_at == seen  # a known item keeps when it was first seen
    db.close()
