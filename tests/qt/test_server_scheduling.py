"""The server-scheduling option in Settings → Accounts, and how the Queue shows such posts."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from advocate_desktop.schedule.handoff import OPTION
from advocate_desktop.schedule.states import PostState
from tests.qt.conftest import Harness
from tests.qt.test_queue import add_posts, queue_window, select

MASTODON_CONFIG = {
    # A server nobody answers on: nothing here may reach a network.
    "instance": "http://127.0.0.1:9",
    "remote_account_id": "1",
    "username": "alice",
}


def test_the_option_is_offered_for_mastodon_accounts_only_and_stored(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    services = window.services
    mastodon = services.accounts.repo.add("mastodon", "alice", MASTODON_CONFIG, harness.clock.now())
    settings = window.settings_dialog()
    qtbot.addWidget(settings)
    harness.idle(window)
    dialog = settings.accounts_page
    rows = {
        dialog.accounts.item(i).text().split(" — ")[0]: i for i in range(dialog.accounts.count())
    }
    dialog.accounts.setCurrentRow(rows["Outbox"])
    assert not dialog.server_scheduling.isEnabled()
    assert "policy check runs when a post is handed to the server" in (
        dialog.server_scheduling_note.text()
    )
    dialog.accounts.setCurrentRow(rows["alice"])
    assert dialog.server_scheduling.isEnabled() and not dialog.server_scheduling.isChecked()
    dialog.server_scheduling.click()
    harness.idle(window)
    stored = services.accounts.repo.get(mastodon.id)
    assert stored is not None and stored.config[OPTION] is True
    assert dialog.server_scheduling.isChecked() and dialog.server_scheduling.isEnabled()
    dialog.server_scheduling.click()
    harness.idle(window)
    stored = services.accounts.repo.get(mastodon.id)
    assert stored is not None and stored.config[OPTION] is False


def test_the_queue_shows_a_post_held_by_the_server_and_a_change_waiting_for_it(
    harness: Harness, qtbot: QtBot
) -> None:
    services = harness.services()
    account = services.accounts.repo.add("mastodon", "alice", MASTODON_CONFIG, harness.clock.now())
    services.db.close()
    start = harness.clock.now() + timedelta(hours=2)
    (post_id,) = add_posts(
        harness.paths.database,
        1,
        start=start,
        account_id=account.id,
        state=PostState.HELD_BY_SERVER,
        network="mastodon",
    )
    window, queue = queue_window(harness)
    select(harness, window, post_id)
    row = queue.model.row_of(post_id)
    assert row is not None
    assert queue.model.index(row, 1).data() == "Held by the server"
    assert queue.cancel_button.isEnabled() and queue.edit_button.isEnabled()
    assert queue.reschedule_button.isEnabled()
    # The server cannot be reached: the cancel is written and waits for it.
    queue.cancel_button.click()
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None
    assert (post.state, post.server_change) == (PostState.UPDATING_SERVER, "cancelled")
    select(harness, window, post_id)
    row = queue.model.row_of(post_id)
    assert row is not None
    assert queue.model.index(row, 1).data() == "Changing on the server…"
    assert not queue.cancel_button.isEnabled() and not queue.edit_button.isEnabled()


def test_pausing_takes_back_what_the_server_holds(harness: Harness, qtbot: QtBot) -> None:
    services = harness.services()
    account = services.accounts.repo.add("mastodon", "alice", MASTODON_CONFIG, harness.clock.now())
    services.db.close()
    (post_id,) = add_posts(
        harness.paths.database,
        1,
        start=harness.clock.now() + timedelta(hours=2),
        account_id=account.id,
        state=PostState.HELD_BY_SERVER,
        network="mastodon",
    )
    window = harness.window()
    window.set_paused(True)
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None
    # Its server cannot be reached here: the withdrawal is written and waits for it.
    assert (post.state, post.server_change) == (PostState.UPDATING_SERVER, "scheduled")
    assert window.services.posts.repo.events(post_id)[-1].detail == "publishing paused"


def test_a_mastodon_accounts_visibility_is_chosen_on_the_accounts_page(
    harness: Harness, qtbot: QtBot
) -> None:
    """Posts went out "public" with no way to change it."""
    window = harness.window()
    services = window.services
    mastodon = services.accounts.repo.add("mastodon", "alice", MASTODON_CONFIG, harness.clock.now())
    settings = window.settings_dialog()
    qtbot.addWidget(settings)
    harness.idle(window)
    page = settings.accounts_page
    rows = {page.accounts.item(i).text().split(" — ")[0]: i for i in range(page.accounts.count())}
    page.accounts.setCurrentRow(rows["Outbox"])
    assert not page.visibility.isEnabled()
    page.accounts.setCurrentRow(rows["alice"])
    assert page.visibility.isEnabled() and page.visibility.currentData() == "public"
    page.visibility.setCurrentIndex(page.visibility.findData("private"))
    harness.idle(window)
    stored = services.accounts.repo.get(mastodon.id)
    assert stored is not None and stored.config["visibility"] == "private"
    from advocate_desktop.networks.mastodon.publisher import MastodonPublisher

    publisher = MastodonPublisher.from_config(stored.config, secrets=None)  # type: ignore[arg-type]
    assert publisher.visibility == "private"
