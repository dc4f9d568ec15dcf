"""The editor's own-words meter: shown for a draft of an item, updated as the employee
types (on a worker), and never in the way of publishing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from advocate_desktop.ui.employee.editor import EditorPanel
from tests.qt.conftest import Harness


def _meter_settled(editor: EditorPanel) -> bool:
    meter = editor.own_words
    return not meter._running and not meter._timer.isActive()


def test_the_meter_follows_the_text_and_never_blocks(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    meter = editor.own_words
    qtbot.waitUntil(lambda: meter.result is not None, timeout=5000)
    assert not meter.isHidden()
    assert meter.result is not None and meter.result.copied_share == 1.0
    assert meter.bar.value() == 100
    assert "word for word" in meter.label.text()

    suggested = editor.text.toPlainText()
    editor.text.setPlainText(
        "Honestly the best team I have worked with, and they are growing. " + suggested
    )
    qtbot.waitUntil(lambda: _meter_settled(editor) and meter.result is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: meter.result is not None and meter.result.copied_share < 0.9, timeout=5000
    )
    share = round(meter.result.copied_share * 100)
    assert f"{share} %" in meter.label.text()
    assert meter.bar.value() == share
    assert meter.bar.accessibleName() == "Share of the post that is still the suggested text"
    assert meter.bar.accessibleDescription() == meter.label.text()

    # Word for word or not, publishing is decided by the policy check alone.
    editor.text.setPlainText(suggested)
    qtbot.waitUntil(
        lambda: meter.result is not None and meter.result.copied_share == 1.0, timeout=5000
    )
    harness.idle(window)
    assert editor.blocking_reason() in ("", "Tick the box to confirm you have read the warnings.")

    editor.text.setPlainText("Entirely my own words about something else.")
    qtbot.waitUntil(lambda: meter.result is not None and meter.result.copied == 0, timeout=5000)
    assert "own words" in meter.label.text()

    editor.close_draft()
    assert meter.isHidden() and meter.result is None


def test_a_stale_comparison_is_dropped(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    meter = editor.own_words
    qtbot.waitUntil(lambda: meter.result is not None, timeout=5000)
    suggested = editor.text.toPlainText()
    # Two edits in a row: only the newest text's share is shown.
    editor.text.setPlainText("Nothing of the suggestion at all here.")
    editor.text.setPlainText(suggested)
    qtbot.waitUntil(lambda: _meter_settled(editor), timeout=5000)
    harness.idle(window)
    assert meter.result is not None and meter.result.copied_share == 1.0
