"""The Queue: pages read as the view scrolls, filters, history, and its actions."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from advocate_desktop.schedule.actions import QueueAction, available_actions
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.timestamps import to_db
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.employee.queue_view import PAGE_ROWS, QueueView
from tests.qt.conftest import Harness


def add_posts(
    database: Path,
    count: int,
    *,
    start: datetime,
    account_id: str,
    state: str = "scheduled",
    network: str = "x",
    text: str = "Queued post number {n}",
) -> list[str]:
    """Many posts at once, one minute apart (row 0 is the latest), as the runner stores them."""
    ids = [str(uuid.uuid4()) for _ in range(count)]
    rows = [
        (
            ids[n],
            account_id,
            network,
            text.format(n=n),
            state,
            to_db(start + timedelta(minutes=n)),
            to_db(start),
            to_db(start),
        )
        for n in range(count)
    ]
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(
            "INSERT INTO posts (id, account_id, network, language, text, state, due_at,"
            " created_at, updated_at) VALUES (?, ?, ?, 'en', ?, ?, ?, ?, ?)",
            rows,
        )
        connection.executemany(
            "INSERT INTO post_events (post_id, at, from_state, to_state, detail)"
            " VALUES (?, ?, 'draft', ?, 'scheduled by the employee')",
            [(r[0], r[7], state) for r in rows],
        )
    connection.close()
    return ids


class UrlCatcher(QObject):
    """Stands in for the desktop's browser and file manager: QDesktopServices calls it."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def opened() -> Iterator[list[QUrl]]:
    catcher = UrlCatcher()
    for scheme in ("file", "https", "http"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher.opened
    for scheme in ("file", "https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)


def queue_window(harness: Harness) -> tuple[MainWindow, QueueView]:
    window = harness.window()
    window.tabs.setCurrentWidget(window.queue)
    window.queue.refresh()
    harness.idle(window)
    return window, window.queue


def test_ten_thousand_posts_are_read_a_page_at_a_time(
    harness: Harness, qtbot: QtBot, paths: object
) -> None:
    services = harness.services()
    account = services.accounts.repo.all()[0]
    services.db.close()
    ids = add_posts(
        harness.paths.database,
        10_000,
        start=harness.clock.now() + timedelta(hours=1),
        account_id=account.id,
    )
    window, queue = queue_window(harness)
    model = queue.model
    assert model.rowCount() == 10_000
    assert model.loaded_pages() == [0]  # only what the view shows was read
    assert model.index(0, 4).data() == "Queued post number 9999"
    assert queue.total.text() == "10000 posts"

    # A row not read yet says so, and asks for its page.
    assert model.index(9_999, 0).data() == "…"
    harness.idle(window)
    assert model.index(9_999, 4).data() == "Queued post number 0"
    assert model.line(9_999).id == ids[0]  # type: ignore[union-attr]

    # Scrolling to the middle reads that page only.
    queue.table.scrollTo(model.index(5_000, 0))
    qtbot.waitUntil(lambda: 5_000 // PAGE_ROWS in model.loaded_pages(), timeout=5000)
    harness.idle(window)
    assert len(model.loaded_pages()) <= 4
    assert model.index(5_000, 4).data() == "Queued post number 4999"


def test_filters_by_state_account_and_network(harness: Harness, qtbot: QtBot) -> None:
    services = harness.services()
    first = services.accounts.repo.all()[0]
    second = services.accounts.add_outbox_account("Second", harness.outbox, "linkedin")
    services.db.close()
    start = harness.clock.now() + timedelta(hours=1)
    add_posts(harness.paths.database, 30, start=start, account_id=first.id, network="x")
    add_posts(harness.paths.database, 20, start=start, account_id=second.id, network="linkedin")
    add_posts(harness.paths.database, 5, start=start, account_id=first.id, state="missed")
    window, queue = queue_window(harness)
    assert queue.model.rowCount() == 55
    states = [queue.state_filter.itemText(i) for i in range(queue.state_filter.count())]
    assert states == ["All states (55)", "Scheduled (50)", "Missed – confirm to publish (5)"]
    accounts = [queue.account_filter.itemText(i) for i in range(queue.account_filter.count())]
    assert sorted(accounts) == sorted(["All accounts", "Outbox", "Second"])

    queue.state_filter.setCurrentIndex(queue.state_filter.findData("missed"))
    harness.idle(window)
    assert queue.model.rowCount() == 5
    assert {line.state for line in queue.model.loaded_lines()} == {"missed"}

    queue.state_filter.setCurrentIndex(0)
    queue.account_filter.setCurrentIndex(queue.account_filter.findData(second.id))
    harness.idle(window)
    assert queue.model.rowCount() == 20
    assert {line.account_id for line in queue.model.loaded_lines()} == {second.id}
    assert queue.model.index(0, 2).data() == "Second"

    queue.account_filter.setCurrentIndex(0)
    queue.network_filter.setCurrentIndex(queue.network_filter.findData("x"))
    harness.idle(window)
    assert queue.model.rowCount() == 35
    assert queue.model.index(0, 3).data() == "X"


def schedule_one(harness: Harness, window: MainWindow, hours: int = 1) -> str:
    window.tabs.setCurrentIndex(0)
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() + timedelta(hours=hours))
    post_id = window.editor.draft.post.id  # type: ignore[union-attr]
    window.editor.schedule(now=False)
    harness.idle(window)
    window.tabs.setCurrentWidget(window.queue)
    harness.idle(window)
    return post_id


def select(harness: Harness, window: MainWindow, post_id: str) -> None:
    window.queue.select_post(post_id)
    harness.idle(window)
    selected = window.queue.selected()
    assert selected is not None and selected.id == post_id


def test_the_detail_pane_shows_the_text_and_every_change_with_its_reason(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    post_id = schedule_one(harness, window)
    harness.clock.advance(timedelta(minutes=5))
    window.services.posts.post_service.reschedule(post_id, harness.clock.now() + timedelta(hours=3))
    window.queue.refresh()
    select(harness, window, post_id)
    queue = window.queue
    history = [
        tuple(queue.history.item(row, column).text() for column in (1, 2))
        for row in range(queue.history.rowCount())
    ]
    assert history == [
        ("Draft", "Created"),
        ("Draft → Scheduled", "You scheduled it"),
        ("Scheduled", "You changed its time"),
    ]
    post = window.services.posts.repo.get(post_id)
    assert post is not None
    assert queue.post_text.toPlainText() == post.text
    assert queue.heading.text().startswith("Scheduled · Outbox · X · ")


def test_buttons_follow_the_state_machine_for_every_state(harness: Harness, qtbot: QtBot) -> None:
    services = harness.services()
    account = services.accounts.repo.all()[0]
    services.db.close()
    start = harness.clock.now() + timedelta(hours=1)
    posts = {
        state: add_posts(
            harness.paths.database, 1, start=start, account_id=account.id, state=state
        )[0]
        for state in PostState
    }
    window, queue = queue_window(harness)
    for state, post_id in posts.items():
        select(harness, window, post_id)
        enabled = {action for action, button in queue._buttons.items() if button.isEnabled()}
        now = window.services.posts.repo.get(post_id)
        assert now is not None
        if state is PostState.PUBLISHING:
            # A post left 'publishing' is what a crash leaves: the start settles it first
            # (the Outbox has no file for it, so it goes back in line).
            assert now.state != PostState.PUBLISHING
        assert enabled == set(available_actions(now.state)), state


def test_publish_now_sends_a_scheduled_post_at_once(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    post_id = schedule_one(harness, window, hours=5)
    select(harness, window, post_id)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.queue.confirm_button.click()
    harness.idle(window)
    assert len(list(harness.outbox.glob("*.json"))) == 1
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.PUBLISHED


def test_reschedule_moves_the_time_and_the_history_says_so(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    post_id = schedule_one(harness, window)
    select(harness, window, post_id)
    window.queue.reschedule_button.click()
    dialog = window.queue.reschedule_dialog
    assert dialog is not None and dialog.isVisible()
    later = (harness.clock.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    from PySide6.QtCore import QDateTime

    dialog.when.setDateTime(QDateTime(later.astimezone()))
    dialog.accept()
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.due_at == to_db(later)
    assert window.services.posts.repo.events(post_id)[-1].detail == "rescheduled by the employee"
    assert window.queue.history.item(window.queue.history.rowCount() - 1, 2).text() == (
        "You changed its time"
    )


def test_cancel_and_then_nothing_but_history(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    post_id = schedule_one(harness, window)
    select(harness, window, post_id)
    window.queue.cancel_button.click()
    harness.idle(window)
    assert not any(b.isEnabled() for b in window.queue._buttons.values())
    assert window.queue.model.line(0).state == "cancelled"  # type: ignore[union-attr]


def test_open_post_opens_the_outbox_file_and_refuses_other_schemes(
    harness: Harness, qtbot: QtBot, opened: list[QUrl]
) -> None:
    window = harness.window()
    post_id = schedule_one(harness, window)
    select(harness, window, post_id)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.queue.confirm_button.click()
    harness.idle(window)
    select(harness, window, post_id)
    assert window.queue.open_button.isEnabled()
    window.queue.open_button.click()
    (written,) = harness.outbox.glob("*.json")
    assert [url.toLocalFile() for url in opened] == [str(written)]

    messages: list[str] = []
    window.queue.message.connect(messages.append)
    assert not window.queue.open_remote("javascript:alert(1)")
    assert not window.queue.open_remote("smb://server/share")
    assert len(opened) == 1
    assert messages[0].startswith("Not opened: javascript:alert(1)")
    assert window.queue.open_remote("https://social.example/@me/1")
    assert opened[-1].toString() == "https://social.example/@me/1"


def test_select_post_finds_a_post_deep_in_the_queue_behind_a_filter(
    harness: Harness, qtbot: QtBot
) -> None:
    services = harness.services()
    account = services.accounts.repo.all()[0]
    services.db.close()
    ids = add_posts(
        harness.paths.database,
        3_000,
        start=harness.clock.now() + timedelta(hours=1),
        account_id=account.id,
    )
    add_posts(
        harness.paths.database, 1, start=harness.clock.now(), account_id=account.id, state="missed"
    )
    window, queue = queue_window(harness)
    queue.show_state("missed")
    harness.idle(window)
    assert queue.model.rowCount() == 1
    select(harness, window, ids[10])  # the 2,990th row of all 3,001
    assert queue.state_filter.currentData() is None  # the filter that hid it is gone
    row = queue.model.row_of(ids[10])
    assert row == 2_989
    shown = queue.table.visualRect(queue.model.index(row, 0))
    assert queue.table.viewport().rect().contains(shown.center())  # scrolled into view


def test_a_refresh_keeps_the_selection_and_the_scroll_position(
    harness: Harness, qtbot: QtBot
) -> None:
    services = harness.services()
    account = services.accounts.repo.all()[0]
    services.db.close()
    ids = add_posts(
        harness.paths.database,
        1_000,
        start=harness.clock.now() + timedelta(hours=1),
        account_id=account.id,
    )
    window, queue = queue_window(harness)
    select(harness, window, ids[500])
    position = queue.table.verticalScrollBar().value()
    assert position > 0
    window.services.posts.post_service.cancel(ids[900])
    queue.refresh()
    harness.idle(window)
    assert queue.selected().id == ids[500]  # type: ignore[union-attr]
    assert queue.table.verticalScrollBar().value() == position
    assert queue.model.line(99).state == "cancelled"  # type: ignore[union-attr]
    assert QueueAction.CANCEL not in available_actions("cancelled")


def test_a_page_that_fails_to_read_is_told_and_read_again_later(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advocate_desktop.store.connection import StoreError

    services = harness.services()
    account = services.accounts.repo.all()[0]
    services.db.close()
    start = harness.clock.now() + timedelta(hours=1)
    add_posts(harness.paths.database, 1_000, start=start, account_id=account.id)
    window, queue = queue_window(harness)
    posts = window.services.posts.repo
    real = posts.queue_page
    failures = [StoreError("disk I/O error")]

    def flaky(*args: object) -> object:
        if failures:
            raise failures.pop()
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(posts, "queue_page", flaky)
    messages: list[str] = []
    queue.message.connect(messages.append)
    assert queue.model.index(999, 4).data() is None
    harness.idle(window)
    assert messages == ["The queue could not be read: disk I/O error"]
    assert queue.model.index(999, 4).data() is None  # asked again, now it works
    harness.idle(window)
    assert queue.model.index(999, 4).data() == "Queued post number 0"
    queue.refresh()  # the refresh guard was not left stuck by the failure
    harness.idle(window)
    assert queue.model.rowCount() == 1_000
