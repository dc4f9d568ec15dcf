"""The whole path a person takes, with a fake clock, then a restart on the same data."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from advocate_desktop.schedule.states import PostState
from tests.qt.conftest import Harness


def test_from_the_feed_to_a_published_file_exactly_once(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    assert window.feed.model.rowCount() >= 8
    editor = window.editor

    # Open an item: a draft with the suggested text for X.
    window.feed.open_row(0)
    harness.idle(window)
    assert editor.draft is not None
    item = editor.draft.item
    assert item is not None and item.id == "2026-launch-nordvikpay"
    # The feed's campaign parameters are on the link to its site, in plain sight.
    suggested = item.suggested_text("x", "pl")
    link = "https://nordvik.example/nordvikpay"
    assert link in suggested
    assert editor.text.toPlainText() == suggested.replace(
        link,
        link + "?utm_source=advocate-desktop&utm_medium=employee-advocacy"
        "&utm_campaign=nordvikpay-launch",
    )

    # Write a confidential name: a blocking finding, highlighted, scheduling off.
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " Dzieki Orbisowi!")
    qtbot.waitUntil(lambda: editor.policy.list.count() == 1, timeout=3000)
    assert "Orbisowi" in editor.policy.list.item(0).text()
    assert editor.text.extraSelections()
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()
    assert "Orbisowi" in editor.reason.text()

    # Click the finding: its span is selected; delete it and the block goes.
    editor.policy.list.setCurrentRow(0)
    assert editor.text.textCursor().selectedText() == "Orbisowi"
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: editor.policy.list.count() == 0, timeout=3000)
    assert editor.schedule_button.isEnabled()

    # Schedule for an hour from now.
    due = harness.clock.now() + timedelta(hours=1)
    editor.set_when(due)
    post_id = editor.draft.post.id
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert editor.draft is None
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.SCHEDULED
    assert post.text.endswith("Dzieki !")

    # Not yet: nothing is written.
    window.scheduler.tick()
    harness.idle(window)
    assert not harness.outbox.exists() or not list(harness.outbox.iterdir())

    # At the due time: published, one file, the queue says so.
    harness.clock.advance(timedelta(hours=1))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    assert window.notifier.bar.text() == "Post published: Your post is out."
    files = list(harness.outbox.iterdir())
    assert len(files) == 1
    written = json.loads(files[0].read_text(encoding="utf-8"))
    assert written["text"] == post.text
    assert written["network"] == "x"
    assert written["source_item_id"] == item.id
    assert window.services.posts.repo.get(post_id).state == PostState.PUBLISHED  # type: ignore[union-attr]
    states = [line.state for line in window.queue.model.loaded_lines()]
    assert states == [PostState.PUBLISHED]
    assert window.queue.model.index(0, 1).data() == "Published"

    # Restart on the same data folder: the queue survives, nothing is written twice.
    harness.close(window)
    again = harness.window()
    harness.clock.advance(timedelta(hours=1))
    again.scheduler.tick()
    harness.idle(again)
    assert len(list(harness.outbox.iterdir())) == 1
    assert [line.state for line in again.queue.model.loaded_lines()] == [PostState.PUBLISHED]


def test_publish_now_goes_out_at_once(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(2)
    harness.idle(window)
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        qtbot.mouseClick(window.editor.publish_now_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert len(list(harness.outbox.iterdir())) == 1


def test_a_warning_needs_an_acknowledgement_that_is_stored(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(1)
    harness.idle(window)
    editor.text.setPlainText(
        "#IWorkAtNordvik NordvikPay is out! Questions: jan.kowalski@example.com"
    )
    editor.run_check()
    harness.idle(window)
    assert editor.ack.isVisible()
    assert not editor.schedule_button.isEnabled()
    editor.ack.setChecked(True)
    assert editor.schedule_button.isEnabled()
    post_id = editor.draft.post.id  # type: ignore[union-attr]
    editor.set_when(harness.clock.now() + timedelta(hours=2))
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.acknowledged == ("builtin.pii.contact",)


def test_the_fix_button_inserts_the_disclosure_at_the_start(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(1)
    harness.idle(window)
    editor.text.setPlainText("NordvikPay is out!")
    editor.run_check()
    harness.idle(window)
    assert not editor.schedule_button.isEnabled()  # made from company content: it blocks
    editor.policy.list.setCurrentRow(0)
    assert editor.policy.fix_button.isEnabled()
    qtbot.mouseClick(editor.policy.fix_button, Qt.MouseButton.LeftButton)
    assert editor.text.toPlainText() == "#IWorkAtNordvik NordvikPay is out!"
    harness.idle(window)
    assert editor.policy.list.count() == 0
    assert editor.schedule_button.isEnabled()


def test_a_time_in_the_past_is_refused(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() - timedelta(hours=3))
    qtbot.mouseClick(window.editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    assert window.editor.draft is not None
    assert "future" in window.editor.reason.text()


def test_a_missed_post_waits_for_confirmation_in_the_queue(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() + timedelta(minutes=5))
    qtbot.mouseClick(window.editor.schedule_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    harness.clock.advance(timedelta(hours=3))  # the laptop was asleep
    window.scheduler.tick()
    harness.idle(window)
    assert [line.state for line in window.queue.model.loaded_lines()] == [PostState.MISSED]
    assert not harness.outbox.exists()
    window.queue.table.selectRow(0)
    assert window.queue.confirm_button.isEnabled()
    qtbot.mouseClick(window.queue.confirm_button, Qt.MouseButton.LeftButton)
    harness.idle(window)
    qtbot.waitUntil(lambda: len(list(harness.outbox.glob("*.json"))) == 1, timeout=5000)


def test_the_preview_shows_each_networks_count_and_link_display(
    harness: Harness, qtbot: QtBot
) -> None:

    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    editor = window.editor
    link = "https://www.nordvik.example/news/2026/nordvikpay-launch-for-small-businesses"
    editor.text.setPlainText(f"#pracujęwNordvik Czytaj: {link}")
    editor.run_check()
    harness.idle(window)
    chooser = editor.previews.network
    titles = [chooser.itemText(i) for i in range(chooser.count())]
    assert titles[0] == "X 48/280" and titles[1].startswith("LinkedIn ")
    mastodon = editor._preview_labels["mastodon"].text()
    assert mastodon == "#pracujęwNordvik Czytaj: nordvik.example/news/2026/nord…"
    editor.text.setPlainText("a" * 400)
    editor.run_check()
    harness.idle(window)
    # Said in words, not by colour alone: X is over (400 > 280), Mastodon is not.
    assert chooser.itemText(0) == "X 400/280 (too long)"
    assert chooser.itemText(2) == "Mastodon 400/500"
    assert editor.previews.too_long.text().startswith("Too long for: X")
    assert "Mastodon" not in editor.previews.too_long.text()


def test_a_pasted_link_to_the_site_gets_the_campaign_with_one_click(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText("#pracujęwNordvik Więcej: https://nordvik.example/cennik")
    editor.run_check()
    harness.idle(window)
    assert editor.policy.list.count() == 1
    assert "utm_campaign" in editor.policy.list.item(0).text()
    assert editor.schedule_button.isEnabled()  # advice, not a block
    editor.policy.list.setCurrentRow(0)
    qtbot.mouseClick(editor.policy.fix_button, Qt.MouseButton.LeftButton)
    assert editor.text.toPlainText() == (
        "#pracujęwNordvik Więcej: https://nordvik.example/cennik?utm_source=advocate-desktop"
        "&utm_medium=employee-advocacy&utm_campaign=nordvikpay-launch"
    )
    harness.idle(window)
    assert editor.policy.list.count() == 0
