"""The schedule picker: DST edges shown in words, a traveller's two clocks, pace and tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from pytestqt.qtbot import QtBot

from advocate_desktop.schedule.states import PostState
from advocate_desktop.schedule.zones import resolve
from advocate_desktop.ui.employee.main_window import MainWindow
from advocate_desktop.ui.time_text import post_time_text
from tests.qt.conftest import Harness

WARSAW = "Europe/Warsaw"


def pick(window: MainWindow, zone: str, wall: datetime) -> None:
    picker = window.editor.picker
    picker.set_zone(zone)
    picker.when.setDateTime(
        QDateTime(
            QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
        )
    )


def opened(harness: Harness) -> MainWindow:
    window = harness.window()
    window.feed.open_row(0)
    harness.idle(window)
    return window


def test_the_skipped_spring_hour_is_explained_and_moved_forward(harness: Harness) -> None:
    window = opened(harness)
    pick(window, WARSAW, datetime(2026, 3, 29, 2, 30))
    picker = window.editor.picker
    assert "2026-03-29 02:30 does not exist in Europe/Warsaw" in picker.note.text()
    assert "go out at 2026-03-29 03:30" in picker.note.text()
    assert window.editor.chosen_when() == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert not picker.later.isVisible()


def test_the_repeated_autumn_hour_says_which_one_and_lets_the_employee_choose(
    harness: Harness,
) -> None:
    window = opened(harness)
    picker = window.editor.picker
    pick(window, WARSAW, datetime(2026, 10, 25, 2, 30))
    assert "happens twice" in picker.note.text() and "first time (UTC+02:00)" in picker.note.text()
    assert not picker.later.isHidden()
    assert window.editor.chosen_when() == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    picker.later.setChecked(True)
    assert "second time (UTC+01:00)" in picker.note.text()
    assert window.editor.chosen_when() == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    # Showing a stored instant of the second 02:30 ticks the box again.
    picker.later.setChecked(False)
    picker.set_when(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert picker.later.isChecked()


def test_planning_in_another_zone_shows_this_computers_clock_and_is_stored(
    harness: Harness, qtbot: QtBot
) -> None:
    window = opened(harness)
    wall = datetime(2026, 12, 1, 9, 0)
    pick(window, "Asia/Tokyo", wall)
    assert "On this computer's clock (Etc/UTC) that is 2026-12-01 00:00" in (
        window.editor.picker.note.text()
    )
    window.editor.schedule(now=False)
    harness.idle(window)
    [post] = window.services.posts.repo.in_states([PostState.SCHEDULED])
    assert post.zone == "Asia/Tokyo"
    assert post.due_at == "2026-12-01T00:00:00.000000+00:00"
    # The Queue shows the planned time and the time here.
    window.queue.refresh()
    harness.idle(window)
    shown = window.queue.model.data(window.queue.model.index(0, 0))
    assert shown == "2026-12-01 09:00 Asia/Tokyo · 00:00 here"
    assert post_time_text(resolve(wall, "Etc/UTC").instant, "Etc/UTC") == "2026-12-01 09:00"


def test_a_time_that_breaks_the_pace_is_explained_with_times_that_keep_it(
    harness: Harness, qtbot: QtBot
) -> None:
    window = opened(harness)
    window.services.settings.set("pacing_min_gap_minutes", 120)
    first = harness.clock.now() + timedelta(hours=1)
    window.editor.set_when(first)
    window.editor.schedule(now=False)
    harness.idle(window)
    window.feed.open_row(1)
    harness.idle(window)
    editor = window.editor
    editor.set_when(first + timedelta(minutes=30))
    qtbot.waitUntil(lambda: editor.picker.report is not None, timeout=5000)
    harness.idle(window)
    assert "keep 120 minutes between posts" in editor.picker.pace.text()
    assert not editor.schedule_button.isEnabled()
    assert "breaks the pace" in editor.reason.text()
    slot = editor.picker.slot_buttons[0]
    assert slot.isVisibleTo(editor) and slot.text() == "Use 2026-11-26 12:00"
    slot.click()
    qtbot.waitUntil(lambda: editor.picker.report is not None, timeout=5000)
    harness.idle(window)
    assert editor.chosen_when() == first + timedelta(hours=2)
    assert editor.picker.pace.text() == ""
    if editor.ack.isVisibleTo(editor):
        editor.ack.setChecked(True)
    assert editor.schedule_button.isEnabled()
    editor.schedule(now=False)
    harness.idle(window)
    assert len(window.services.posts.repo.in_states([PostState.SCHEDULED])) == 2


def test_the_pace_is_checked_again_when_scheduling(harness: Harness, qtbot: QtBot) -> None:
    """A clash that arises after the picker looked (another post scheduled meanwhile)."""
    window = opened(harness)
    window.services.settings.set("pacing_daily_cap", 1)
    editor = window.editor
    editor.set_when(harness.clock.now() + timedelta(hours=2))
    window.editor.schedule(now=False)  # scheduled before the picker's check came back
    harness.idle(window)
    window.feed.open_row(1)
    harness.idle(window)
    editor.set_when(harness.clock.now() + timedelta(hours=3))
    editor.schedule(now=False)  # whether or not the picker's own check came back yet
    harness.idle(window)
    assert "as many as a day allows" in editor.picker.pace.text()
    assert editor.reason.text()
    assert len(window.services.posts.repo.in_states([PostState.SCHEDULED])) == 1
    assert editor.draft is not None  # nothing moved, nothing lost


def test_a_token_expiring_before_the_post_is_flagged_in_the_picker(
    harness: Harness, qtbot: QtBot
) -> None:
    window = harness.window()
    account = window.services.accounts.repo.all()[0]
    expiry = harness.clock.now() + timedelta(hours=5)
    config = {**account.config, "token_expires_at": expiry.isoformat()}
    window.services.accounts.repo.remove(account.id)
    window.services.accounts.repo.add("outbox", "Expiring", config, harness.clock.now())
    window.editor.set_accounts(window.services.accounts.repo.all())
    window.feed.open_row(0)
    harness.idle(window)
    window.editor.set_when(harness.clock.now() + timedelta(hours=4))
    assert "expires" not in window.editor.picker.note.text()
    window.editor.set_when(harness.clock.now() + timedelta(hours=6))
    assert "The sign-in of this account expires on 2026-11-26 14:00" in (
        window.editor.picker.note.text()
    )
    assert window.editor.picker.token_warning()


def test_the_pace_settings_page_saves_only_good_values(harness: Harness, qtbot: QtBot) -> None:

    window = harness.window()
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    page = dialog.pace
    settings = window.services.settings
    harness.idle(window)  # the zone list comes from a worker
    assert page.zone.count() > 300 and page.zone.findData(WARSAW) > 0
    page.gap.setValue(45)
    page.cap.setValue(3)
    page.zone.setCurrentIndex(page.zone.findData(WARSAW))
    page.quiet.setText("22:00-7")
    page.quiet.editingFinished.emit()
    assert "HH:MM-HH:MM" in page.quiet_error.text()
    harness.idle(window)
    assert settings.get("pacing_quiet_hours") == ""
    page.quiet.setText("22:00-07:00")
    page.quiet.editingFinished.emit()
    harness.idle(window)
    assert page.quiet_error.text() == ""
    assert settings.get("pacing_min_gap_minutes") == 45
    assert settings.get("pacing_daily_cap") == 3
    assert settings.get("pacing_quiet_hours") == "22:00-07:00"
    assert settings.get("time_zone") == WARSAW
    # The editor now plans in the chosen zone.
    window.feed.open_row(0)
    harness.idle(window)
    assert window.editor.picker.current_zone() == WARSAW


def test_the_time_field_never_shows_2000_and_offers_a_time_in_whole_minutes(
    harness: Harness,
) -> None:
    """Before a post is opened the field read 2000-01-01; a new post got now + 1 hour to
    the second, and the hidden seconds went into its due time."""
    window = harness.window()
    picker = window.editor.picker
    assert picker.when.dateTime().date().year() >= 2026
    window.feed.open_row(0)
    harness.idle(window)
    chosen = picker.chosen_when()
    now = harness.clock.now()
    assert chosen.second == 0 and chosen.microsecond == 0 and chosen.minute % 15 == 0
    assert timedelta(hours=1) <= chosen - now < timedelta(hours=1, minutes=15)
