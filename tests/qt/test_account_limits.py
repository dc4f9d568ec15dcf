"""The editor counts with the chosen account's limits (its Mastodon server's), shows
Bluesky links as the official app stores them, and learns new limits from the daily
refresh without reopening anything."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from advocate_desktop.networks.mastodon.limits import InstanceLimits
from advocate_desktop.server_limits import limits_config
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.text.bluesky import server_length, short_url
from advocate_desktop.ui.employee.editor import EditorPanel
from tests.peers.mastodon_instance import InstanceServer
from tests.qt.conftest import Harness

DISCLOSURE = "#pracujęwNordvik "
PLAIN = "Nowa aplikacja dla małych firm. "
LINK = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses"
# Nothing listens here: an account whose limits are not due is never read.
UNREAD = "http://127.0.0.1:9"


def text_of(length: int) -> str:
    body = (PLAIN * (length // len(PLAIN) + 1))[: length - len(DISCLOSURE)]
    return DISCLOSURE + body


def add_accounts(harness: Harness, *rows: tuple[str, str, dict[str, object]]) -> list[str]:
    services = harness.services()
    ids = [services.accounts.repo.add(n, name, c, harness.clock.now()).id for n, name, c in rows]
    services.db.close()
    return ids


def mastodon(
    limit: int, now: datetime, base_url: str = UNREAD, checked_days_ago: float = 0
) -> dict[str, object]:
    """A Mastodon account's configuration, its server's limits read ``checked_days_ago``."""
    checked = now - timedelta(days=checked_days_ago)
    return {
        "instance": base_url,
        "remote_account_id": "1",
        **limits_config(InstanceLimits(max_characters=limit), checked),
    }


def choose(editor: EditorPanel, account_id: str) -> None:
    for index in range(editor.account.count()):
        data = editor.account.itemData(index)
        if isinstance(data, AccountRow) and data.id == account_id:
            editor.account.setCurrentIndex(index)
            return
    raise AssertionError(f"no account {account_id} in the editor")


def test_switching_accounts_changes_the_limit_the_counter_shows(
    harness: Harness, qtbot: QtBot
) -> None:
    small, big = add_accounts(
        harness,
        ("mastodon", "Small server", mastodon(500, harness.clock.now())),
        ("mastodon", "Big server", mastodon(5000, harness.clock.now())),
    )
    window = harness.window()
    editor = window.editor
    choose(editor, small)
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText(text_of(1200))
    editor.run_check()
    harness.idle(window)
    assert editor.counts.text() == "Mastodon: 1200 of 500"
    assert editor.previews.network.itemText(2) == "Mastodon 1200/500 (too long)"
    assert not editor.schedule_button.isEnabled()
    assert editor.reason.text() == (
        "Publishing is blocked until you fix: Too long for Mastodon: 1200 of 500 characters"
        " (700 over). Shorten the highlighted end."
    )

    choose(editor, big)
    harness.idle(window)
    assert editor.counts.text() == "Mastodon: 1200 of 5000"
    assert editor.previews.network.itemText(2) == "Mastodon 1200/5000"
    assert editor.reason.text() == "", editor.reason.text()
    assert editor.schedule_button.isEnabled()

    choose(editor, small)
    harness.idle(window)
    assert editor.counts.text() == "Mastodon: 1200 of 500"
    assert not editor.schedule_button.isEnabled()


def test_the_bluesky_preview_shows_links_as_the_official_app_stores_them(
    harness: Harness, qtbot: QtBot
) -> None:
    [account] = add_accounts(
        harness,
        ("bluesky", "Bluesky", {"service": UNREAD, "did": "did:plc:abc", "handle": "a.test"}),
    )
    window = harness.window()
    editor = window.editor
    choose(editor, account)
    window.feed.open_row(0)
    harness.idle(window)
    # 330 characters as typed, 285 as Bluesky stores and counts them.
    text = DISCLOSURE + "ż" * 200 + " Czytaj: " + LINK
    editor.text.setPlainText(text)
    editor.run_check()
    harness.idle(window)
    shown = short_url(LINK)
    assert shown == "www.nordvik.example/news/2026/no..."
    assert editor._preview_labels["bluesky"].text().endswith("Czytaj: " + shown)
    counted = server_length(text)
    assert counted <= 300 < len(text)
    assert editor.counts.text() == f"Bluesky: {counted} of 300"
    assert editor.previews.network.itemText(3) == f"Bluesky {counted}/300"
    assert editor.schedule_button.isEnabled(), editor.reason.text()
    # One grapheme more than the server takes is stopped by our own counter.
    editor.text.setPlainText(DISCLOSURE + "ż" * (300 - counted + 200 + 1) + " Czytaj: " + LINK)
    editor.run_check()
    harness.idle(window)
    assert editor.counts.text() == "Bluesky: 301 of 300"
    assert not editor.schedule_button.isEnabled()


def test_the_daily_refresh_brings_the_servers_new_limit_to_the_open_editor(
    harness: Harness, qtbot: QtBot
) -> None:
    server = InstanceServer(max_characters=5000)
    try:
        [account] = add_accounts(
            harness,
            (
                "mastodon",
                "Server",
                mastodon(500, harness.clock.now(), server.base_url, checked_days_ago=2),
            ),
        )
        window = harness.window()  # the refresh runs once the window is ready
        editor = window.editor
        choose(editor, account)
        qtbot.waitUntil(
            lambda: (rules := editor.current_rules()) is not None and rules.limit == 5000,
            timeout=10000,
        )
        assert server.requests_to("/api/v2/instance") == 1
        window.feed.open_row(0)
        harness.idle(window)
        editor.text.setPlainText(text_of(1200))
        editor.run_check()
        harness.idle(window)
        assert editor.counts.text() == "Mastodon: 1200 of 5000"
        # Within the day nothing is read again, however often the timer asks.
        window.limits.refresh()
        harness.idle(window)
        assert server.requests_to("/api/v2/instance") == 1
    finally:
        server.stop()


@pytest.mark.allow_log_errors  # the editor logs the failed check it reports
def test_an_account_for_a_network_without_rules_is_reported_not_crashed_on(
    harness: Harness, qtbot: QtBot
) -> None:
    [account] = add_accounts(
        harness, ("outbox", "Damaged", {"folder": "/nowhere", "network": "myspace"})
    )
    window = harness.window()
    editor = window.editor
    choose(editor, account)
    assert editor.current_rules() is None
    window.feed.open_row(0)
    with qtbot.waitSignal(editor.message, timeout=10000) as told:
        harness.idle(window)
    assert told.args == ["Something went wrong: 'myspace'"]
    assert not editor.schedule_button.isEnabled()


def test_the_hourly_check_also_keeps_accounts_signed_in_and_reloads_them(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Threads' token lives 60 days only if refreshed: the refresher that reads the
    servers' limits asks the accounts service to keep every account signed in, on a worker,
    and a new expiry reloads the accounts (the Accounts page counts it down)."""
    import threading

    from advocate_desktop.sign_in_refresh import Refreshed

    window = harness.window()
    harness.idle(window)
    calls: list[bool] = []

    def keep(self: object) -> list[Refreshed]:
        calls.append(threading.current_thread() is threading.main_thread())
        return [Refreshed("acct", changed={"token_expires_at": "2027-01-29T09:00:00+00:00"})]

    monkeypatch.setattr(type(window.services.accounts), "keep_accounts_signed_in", keep)
    with qtbot.waitSignal(window.limits.changed, timeout=10000):
        window.limits.refresh()
    assert calls == [False]  # once, and never on the GUI thread
