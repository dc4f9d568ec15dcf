"""The tray, the notices (tray or status bar) and start at login, on real widgets.

The offscreen platform has no system tray (``isSystemTrayAvailable()`` is False),
which is exactly the desktop where notices must reach the employee through the
window; the tray icon and its menu exist all the same and are checked directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.notices import sign_in_needed
from advocate_desktop.schedule.runner import Outcome
from advocate_desktop.schedule.states import PostState
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.employee.settings_dialog import SettingsDialog
from advocate_desktop.ui.employee.tray import menu_text
from tests.qt.conftest import Harness


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def opened() -> Iterator[list[QUrl]]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.opened
    QDesktopServices.unsetUrlHandler("file")


def schedule(harness: Harness, window: MainWindow, text: str, minutes: int) -> str:
    window.tabs.setCurrentIndex(0)
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.text.setPlainText(text)
    window.editor.run_check()
    window.editor.set_when(harness.clock.now() + timedelta(minutes=minutes))
    post_id = window.editor.draft.post.id  # type: ignore[union-attr]
    window.editor.schedule(now=False)
    harness.idle(window)
    return post_id


def autostart_file() -> Path:
    import os

    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "advocate-desktop.desktop"


def dismiss_offer(window: MainWindow) -> None:
    question = window.start_at_login.question
    if question is not None and question.isVisible():
        question.reject()


# -- the tray -------------------------------------------------------------------------


def test_offscreen_has_no_tray_and_the_window_stays_open_on_close(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    assert not QSystemTrayIcon.isSystemTrayAvailable()
    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    window = harness.window()
    assert not window.tray.available
    assert not window.tray.icon.isVisible()
    assert not window.tray.show_message("title", "text")
    window.close()  # no tray to live in: closing quits rather than hiding
    assert not window.scheduler.timer.isActive()


@pytest.mark.parametrize("answer", ["keep running", "quit", "cancel"])
def test_without_a_tray_closing_with_posts_scheduled_asks_first(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """It quit silently, and the scheduled posts with it."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    window = harness.window()
    del window.ask_before_closing  # the real question, not the harness's quiet one
    schedule(harness, window, "#pracujęwNordvik Later", 120)
    dismiss_offer(window)
    window.tray.refresh()
    harness.idle(window)
    assert window.tray.next_post is not None
    asked: list[str] = []

    def reply() -> None:
        box = window.close_question
        assert box is not None
        asked.append(box.text())
        wanted = {"keep running": "Keep running", "quit": "Quit, they will wait"}.get(answer)
        for button in box.buttons():
            if (wanted and button.text() == wanted) or (
                not wanted and box.standardButton(button) == QMessageBox.StandardButton.Cancel
            ):
                button.click()
                return

    QTimer.singleShot(0, reply)
    window.close()
    assert asked and "Posts are scheduled" in asked[0]
    if answer == "quit":
        assert quits and not window.scheduler.timer.isActive()
    else:
        assert not quits and window.scheduler.timer.isActive()
        assert window.isMinimized() == (answer == "keep running")
        assert window.isVisible()
        window.hide()  # the test's own teardown closes it without asking


def test_the_tray_shows_the_next_post_and_its_time(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    tray = window.tray
    assert tray.next_action.text() == "No posts scheduled"
    assert not tray.next_action.isEnabled()
    schedule(harness, window, "#pracujęwNordvik Later & later", 120)
    dismiss_offer(window)
    sooner = schedule(harness, window, "#pracujęwNordvik Sooner post, a long text that goes on", 30)
    tray.refresh()
    harness.idle(window)
    assert tray.next_post is not None and tray.next_post.post.id == sooner
    due = (harness.clock.now() + timedelta(minutes=30)).astimezone().strftime("%Y-%m-%d %H:%M")
    expected = f"Next post: {due} — #pracujęwNordvik Sooner post, a long te… (Outbox)"
    assert tray.next_action.text() == expected
    assert tray.icon.toolTip() == f"Advocate Desktop\n{expected}"
    assert not tray.next_action.isEnabled()
    assert len(tray.icon.toolTip()) < 128  # Windows cuts tooltips there

    # Once it went out, the later one is next; an ampersand is not a shortcut mark.
    harness.clock.advance(timedelta(minutes=31))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    assert tray.next_action.text().endswith("— #pracujęwNordvik Later && later (Outbox)")
    assert menu_text("R&D") == "R&&D"


def test_pause_and_resume_from_the_tray(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    tray = window.tray
    assert tray.pause_resume_action.text() == "Pause publishing"
    tray.pause_resume_action.trigger()
    harness.idle(window)
    assert window.services.settings.get("paused") is True
    assert window.pause_action.isChecked()
    assert tray.pause_resume_action.text() == "Resume publishing"
    assert tray.icon.toolTip().endswith("\nPublishing paused")
    assert window.paused_label.text() == "Publishing paused"
    tray.pause_resume_action.trigger()
    harness.idle(window)
    assert window.services.settings.get("paused") is False
    assert tray.pause_resume_action.text() == "Pause publishing"
    # Pausing from the window's menu shows in the tray too.
    window.pause_action.trigger()
    harness.idle(window)
    assert tray.pause_resume_action.text() == "Resume publishing"


def test_the_tray_opens_the_window_and_quits(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    window = harness.window()
    window.hide()
    window.tray.open_action.trigger()
    assert window.isVisible()
    window.hide()
    window.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    window.tray.quit_action.trigger()
    assert not window.isVisible()
    assert not window.scheduler.timer.isActive()


# -- notices --------------------------------------------------------------------------


def test_without_a_tray_a_published_post_is_told_in_the_window_with_its_link(
    harness: Harness, qtbot: QtBot, opened: list[QUrl]
) -> None:
    window = harness.window()
    schedule(harness, window, "#pracujęwNordvik Out it goes", 10)
    dismiss_offer(window)
    harness.clock.advance(timedelta(minutes=10))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    bar = window.notifier.bar
    assert bar.isVisible()
    assert bar.text() == "Post published: Your post is out."
    assert bar.action.text() == "Open post"
    bar.action.click()
    (written,) = harness.outbox.glob("*.json")
    assert [url.toLocalFile() for url in opened] == [str(written)]
    bar.dismiss.click()
    assert not bar.isVisible()


def test_a_click_on_the_desktop_notification_opens_the_post(
    harness: Harness, qtbot: QtBot, opened: list[QUrl], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window()
    shown: list[tuple[str, str]] = []

    def show_message(title: str, text: str) -> bool:
        shown.append((title, text))
        return True

    monkeypatch.setattr(window.tray, "show_message", show_message)
    schedule(harness, window, "#pracujęwNordvik Clicked", 10)
    dismiss_offer(window)
    harness.clock.advance(timedelta(minutes=10))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    assert shown == [("Post published", "Your post is out.")]
    window.tray.icon.messageClicked.emit()
    (written,) = harness.outbox.glob("*.json")
    assert [url.toLocalFile() for url in opened] == [str(written)]


def test_a_missed_post_is_told_and_its_action_opens_it_in_the_queue(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    post_id = schedule(harness, window, "#pracujęwNordvik Asleep", 5)
    dismiss_offer(window)
    harness.clock.advance(timedelta(hours=3))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    bar = window.notifier.bar
    assert bar.text() == (
        "A post missed its time: Publish it now, give it a new time, or cancel it."
    )
    assert bar.action.text() == "Open in the Queue"
    bar.action.click()
    harness.idle(window)
    assert window.tabs.currentWidget() is window.queue
    assert window.queue.selected().id == post_id  # type: ignore[union-attr]
    assert window.queue.confirm_button.isEnabled()


def test_a_failed_post_offers_the_fix_for_its_problem(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    schedule(harness, window, "#pracujęwNordvik Nowhere to go", 5)
    dismiss_offer(window)
    account = window.services.accounts.repo.all()[0]
    # The Outbox folder becomes a file: the account's settings are what needs fixing.
    harness.outbox.parent.mkdir(parents=True, exist_ok=True)
    harness.outbox.write_text("not a folder")
    window.services.accounts.repo.remove(account.id)
    harness.clock.advance(timedelta(minutes=5))
    with qtbot.waitSignal(window.scheduler.outcomes, timeout=5000):
        window.scheduler.tick()
    harness.idle(window)
    bar = window.notifier.bar
    assert bar.text() == (
        "A post was not published: The account for this post was removed. Pick another account."
    )
    assert bar.action.text() == "Open in the Queue"

    window.notifier.handle(
        [Outcome("p", PostState.NEEDS_ATTENTION, PostProblem("outbox_unwritable", "/x: denied"))]
    )
    harness.idle(window)
    assert bar.text() == "A post was not published: The outbox folder cannot be written: /x: denied"
    assert bar.action.text() == "Account settings"
    bar.action.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentIndex() == 1  # Accounts
    dialog.reject()


def test_sign_in_needed_is_a_notice_the_runner_can_raise(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    account = window.services.accounts.repo.all()[0]
    window.notifier.handle([sign_in_needed(account.id, detail="401 Unauthorized")])
    harness.idle(window)
    bar = window.notifier.bar
    assert bar.text().startswith("Sign-in needed: The network signed this account out.")
    assert bar.action.text() == "Sign in"
    bar.action.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.pages.currentIndex() == 1
    dialog.reject()


def test_fifty_missed_posts_make_one_notice_that_opens_the_missed_ones(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    outcomes = [Outcome(f"p{n}", PostState.MISSED) for n in range(50)]
    window.notifier.handle(outcomes)
    harness.idle(window)
    bar = window.notifier.bar
    assert bar.text() == (
        "50 posts missed their time: Publish it now, give it a new time, or cancel it."
    )
    bar.action.click()
    harness.idle(window)
    assert window.tabs.currentWidget() is window.queue
    assert window.queue.state_filter.currentData() == "missed"


def test_a_retry_is_a_quiet_status_line_not_a_notice(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.notifier.handle(
        [Outcome("p", PostState.RETRY_WAIT, PostProblem("outbox_unwritable", "/x: busy"))]
    )
    harness.idle(window)
    assert not window.notifier.bar.isVisible()
    assert window.statusBar().currentMessage() == (
        "Publishing failed; it will be retried: The outbox folder cannot be written: /x: busy"
    )


# -- start at login -------------------------------------------------------------------


def test_start_at_login_is_offered_once_after_the_first_scheduled_post(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    assert window.services.settings.get("start_at_login") is False
    assert not autostart_file().exists()
    schedule(harness, window, "#pracujęwNordvik First", 60)
    question = window.start_at_login.question
    assert question is not None and question.isVisible()
    assert not question.isModal()  # the employee may go on working
    assert window.services.settings.get("start_at_login_offered") is True
    window.start_at_login.yes_button.click()
    harness.idle(window)
    entry = autostart_file().read_text(encoding="utf-8")
    assert "Exec=" in entry and "--background" in entry
    assert window.services.settings.get("start_at_login") is True
    assert window.statusBar().currentMessage() == "Advocate Desktop will start when you log in."

    # Never asked again, here or after a restart.
    window.start_at_login.question = None
    schedule(harness, window, "#pracujęwNordvik Second", 90)
    assert window.start_at_login.question is None
    harness.close(window)
    again = harness.window()
    schedule(harness, again, "#pracujęwNordvik Third", 90)
    assert again.start_at_login.question is None


def test_declining_the_offer_writes_nothing_and_is_remembered(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    schedule(harness, window, "#pracujęwNordvik First", 60)
    question = window.start_at_login.question
    assert question is not None
    not_now = next(b for b in question.buttons() if b.text() == "Not now")
    not_now.click()
    harness.idle(window)
    assert not autostart_file().exists()
    assert window.services.settings.get("start_at_login") is False
    assert window.services.settings.get("start_at_login_offered") is True


def test_publish_now_does_not_ask(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.schedule(now=True)
    harness.idle(window)
    assert window.start_at_login.question is None
    assert window.services.settings.get("start_at_login_offered") is False


def test_the_settings_toggle_writes_and_removes_the_entry(harness: Harness, qtbot: QtBot) -> None:
    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    harness.idle(window)
    assert dialog.start_at_login.isEnabled()
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    harness.idle(window)
    assert autostart_file().is_file()
    assert window.services.settings.get("start_at_login") is True
    again = window.settings_dialog()
    qtbot.addWidget(again)
    harness.idle(window)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    harness.idle(window)
    assert not autostart_file().exists()
    assert autostart_file().parent.is_dir()  # the folder is the desktop's, not ours
    assert window.services.settings.get("start_at_login") is False


def test_a_failing_toggle_says_why_and_shows_the_real_state(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window()
    problems: list[str] = []
    monkeypatch.setattr(
        "advocate_desktop.ui.employee.settings_dialog.show_problem",
        lambda _parent, _title, text: problems.append(text),
    )
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    harness.idle(window)
    assert dialog.start_at_login.isEnabled()
    autostart_file().parent.parent.mkdir(parents=True, exist_ok=True)
    autostart_file().parent.write_text("a file where the autostart folder should be")
    dialog.start_at_login.click()
    harness.idle(window)
    assert problems and problems[0].startswith("Start at login could not be changed: cannot")
    assert not dialog.start_at_login.isChecked()
    assert not dialog.start_at_login.isEnabled()
    assert dialog.start_at_login.toolTip().startswith("Start at login cannot be read: cannot read")
    assert window.services.settings.get("start_at_login") is False


def test_it_can_lock_start_at_login_off(
    harness: Harness, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    managed = paths.config_dir.parent / "managed.json"
    managed.parent.mkdir(parents=True, exist_ok=True)
    managed.write_text(
        json.dumps({"settings": {"start_at_login": False}, "locked": ["start_at_login"]}),
        encoding="utf-8",
    )
    monkeypatch.setenv("ADVOCATE_MANAGED_CONFIG", str(managed))
    window = harness.window()
    schedule(harness, window, "#pracujęwNordvik Locked", 60)
    assert window.start_at_login.question is None
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    harness.idle(window)
    assert not dialog.start_at_login.isEnabled()
    assert dialog.start_at_login.toolTip() == "Set by your organization."


@pytest.mark.keyring
def test_removing_all_data_removes_the_login_entry(
    harness: Harness, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    from advocate_desktop.credentials import CredentialStore

    monkeypatch.setattr(QCoreApplication, "quit", lambda: None)
    window = harness.window(CredentialStore)
    window.services.profile.set_start_at_login(True)
    assert autostart_file().is_file()
    window.remove_all_data()
    assert not autostart_file().exists()


def test_markup_in_a_post_or_a_message_is_never_rendered(harness: Harness, qtbot: QtBot) -> None:
    from PySide6.QtGui import Qt

    from advocate_desktop.ui.employee.tray import never_markup

    hostile = '<img src="https://evil.example/x.png"><b>Bold</b>'
    assert never_markup(hostile).count("&lt;") == 3 and "<b>" not in never_markup(hostile)
    assert never_markup("Post published") == "Post published"
    window = harness.window()
    schedule(harness, window, f"#pracujęwNordvik {hostile}", 30)
    window.tray.refresh()
    harness.idle(window)
    tooltip = window.tray.icon.toolTip()
    assert "<b>" not in tooltip or not Qt.mightBeRichText(tooltip)
    window.notifier.handle(
        [Outcome("p", PostState.NEEDS_ATTENTION, PostProblem("account_broken", hostile))]
    )
    harness.idle(window)
    assert window.notifier.bar.label.textFormat() == Qt.TextFormat.PlainText
    assert hostile in window.notifier.bar.text()
