"""The editor's policy check runs off the GUI thread; the newest text wins; a text too
long to check says so and cannot be scheduled."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from advocate_desktop.policy.engine import CheckResult, PolicyEngine
from advocate_desktop.policy.model import Finding
from advocate_desktop.schedule.states import PostState
from tests.qt.conftest import Harness


class HeldEngine(PolicyEngine):
    """The real engine, except that a check of ``held`` waits until released: a check
    as slow as we like, without timing anything."""

    def __init__(self, engine: PolicyEngine, held: str) -> None:
        super().__init__(engine.policy)
        self.held = held
        self.release = threading.Event()
        self.entered = threading.Event()
        self.checked: list[str] = []

    def check(self, text: str, **options: Any) -> CheckResult:
        self.checked.append(text)
        if text == self.held:
            self.entered.set()
            assert self.release.wait(10)
        return super().check(text, **options)


def test_a_slow_check_leaves_the_window_responsive_and_its_stale_result_is_dropped(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    slow = "Spotkanie z Orbisem"
    engine = HeldEngine(window.services.policy.engine(), held=slow)
    editor.set_engine(engine)
    harness.idle(window)
    shown: list[tuple[Finding, ...]] = []
    original = editor.policy.show_findings
    editor.policy.show_findings = lambda findings: (shown.append(findings), original(findings))  # type: ignore[method-assign]

    editor.text.setPlainText(slow)
    editor.run_check()
    assert engine.entered.wait(10)  # the check is running, on a worker
    # The GUI thread goes on: timers fire, the employee types and asks to schedule.
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    newest = "#pracujęwNordvik Spotkanie w biurze"
    editor.text.setPlainText(newest)
    editor.run_check()
    assert editor.check_pending
    editor.set_when(harness.clock.now() + timedelta(hours=2))
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    assert editor.reason.text() == "Checking the post…"
    assert engine.checked[-1] == slow  # one check at a time: the newest waits its turn
    post_id = editor.draft.post.id  # type: ignore[union-attr]

    engine.release.set()
    harness.idle(window)
    assert engine.checked[-2:] == [slow, newest]
    assert all(not any(f.text == "Orbisem" for f in findings) for findings in shown)
    # The schedule asked for while checking went out with the text that was checked.
    post = window.services.posts.repo.get(post_id)
    assert post is not None and post.state == PostState.SCHEDULED
    assert post.text == newest


def test_an_edit_after_schedule_was_asked_for_cancels_it(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    slow = "#pracujęwNordvik Wersja pierwsza"
    engine = HeldEngine(window.services.policy.engine(), held=slow)
    editor.set_engine(engine)
    harness.idle(window)
    editor.text.setPlainText(slow)
    editor.run_check()
    assert engine.entered.wait(10)
    editor.set_when(harness.clock.now() + timedelta(hours=2))
    qtbot.mouseClick(editor.schedule_button, Qt.MouseButton.LeftButton)
    editor.text.setPlainText("#pracujęwNordvik Wersja druga, jeszcze nie gotowa")
    engine.release.set()
    harness.idle(window)
    editor.save_now()
    harness.idle(window)
    post = window.services.posts.repo.get(editor.draft.post.id)  # type: ignore[union-attr]
    assert post is not None and post.state == PostState.DRAFT


def test_a_text_too_long_to_check_says_so_and_blocks(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    # Words and lines: Qt itself needs seconds to lay out one 100,000-letter word.
    editor.text.setPlainText("#pracujęwNordvik " + "Dzień dobry, piszę dalej.\n" * 40_000)
    editor.run_check()
    harness.idle(window)
    expected = (
        "This text is too long to check: 1,040,017 characters, and the check takes at most"
        " 100,000. Shorten it; no network takes a post this long."
    )
    assert editor.policy.summary.text() == expected
    assert editor.policy.list.count() == 0
    assert editor.reason.text() == expected
    assert editor.previews.network.itemText(0) == "X" and editor._preview_labels["x"].text() == ""
    assert not editor.schedule_button.isEnabled()
    assert not editor.publish_now_button.isEnabled()
    editor.text.setPlainText("#pracujęwNordvik Krótko.")
    editor.run_check()
    harness.idle(window)
    assert editor.schedule_button.isEnabled()
    assert editor.policy.summary.text() == "No findings: the post follows the policy."


def test_previews_of_a_long_text_are_cut_to_what_a_network_could_show(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    editor = window.editor
    window.feed.open_row(0)
    harness.idle(window)
    editor.text.setPlainText("#pracujęwNordvik " + "słowo " * 15_000)
    editor.run_check()
    harness.idle(window)
    assert editor.previews.network.itemText(0) == "X 90017/280 (too long)"
    assert len(editor._preview_labels["x"].text()) == 561  # twice the limit and "…"
