"""Sleep and resume reach the scheduler: logind over a real D-Bus, Windows messages, clock gaps."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from advocate_desktop.paths import AppPaths
from advocate_desktop.schedule.clock import FakeClock
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.app_services import build_services
from advocate_desktop.ui.employee.scheduler import SchedulerController
from advocate_desktop.ui.employee.sleep_watch import (
    LOGIND_INTERFACE,
    LOGIND_PATH,
    LOGIND_SERVICE,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    SleepWatch,
    WindowsMessage,
    _PowerBroadcastFilter,
)
from advocate_desktop.ui.tasks import TaskRunner


@pytest.fixture
def fake_logind() -> Iterator[QDBusConnection]:
    """A second connection to the test session bus that owns logind's name, as logind would."""
    session = QDBusConnection.sessionBus()
    if not session.isConnected():
        pytest.fail("no D-Bus session bus: run the tests with scripts/run-tests.sh")
    connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "fake-logind")
    assert connection.registerService(LOGIND_SERVICE)
    yield connection
    connection.unregisterService(LOGIND_SERVICE)
    QDBusConnection.disconnectFromBus("fake-logind")


def prepare_for_sleep(connection: QDBusConnection, going: bool) -> None:
    message = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep")
    message.setArguments([going])
    assert connection.send(message)


def test_loginds_prepare_for_sleep_over_dbus(
    qtbot: QtBot, clock: FakeClock, fake_logind: QDBusConnection
) -> None:
    watch = SleepWatch(clock, bus=QDBusConnection.sessionBus())
    assert watch.logind
    with qtbot.waitSignal(watch.sleeping, timeout=5000) as sleeping:
        prepare_for_sleep(fake_logind, True)
    assert sleeping.args == ["logind"] and watch.asleep
    with qtbot.waitSignal(watch.resumed, timeout=5000) as resumed:
        prepare_for_sleep(fake_logind, False)
    assert resumed.args == ["logind"] and not watch.asleep
    watch.stop()


def test_only_logind_itself_is_believed(qtbot: QtBot, clock: FakeClock) -> None:
    """A signal from any other sender on the bus (no one owns logind's name) is ignored."""
    impostor = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "impostor")
    try:
        watch = SleepWatch(clock, bus=QDBusConnection.sessionBus())
        with qtbot.assertNotEmitted(watch.sleeping, wait=500):
            prepare_for_sleep(impostor, True)
        assert not watch.asleep
    finally:
        QDBusConnection.disconnectFromBus("impostor")


def test_without_a_bus_the_clock_gap_watchdog_reports_the_resume(
    qtbot: QtBot, clock: FakeClock
) -> None:
    watch = SleepWatch(clock, bus=QDBusConnection("not-connected"), gap_check_ms=50)
    assert not watch.logind
    watch.start()
    with qtbot.assertNotEmitted(watch.resumed, wait=200):
        pass  # the fake clock stands still: no gap
    clock.advance(timedelta(hours=3))
    with qtbot.waitSignal(watch.resumed, timeout=2000) as resumed:
        pass
    assert resumed.args == ["clock"]
    watch.stop()


def test_windows_power_broadcasts_are_decoded(qtbot: QtBot, clock: FakeClock) -> None:
    watch = SleepWatch(clock, bus=QDBusConnection("not-connected"))
    event_filter = _PowerBroadcastFilter(watch)
    kind = QByteArray(b"windows_generic_MSG")
    suspend = WindowsMessage(None, WM_POWERBROADCAST, PBT_APMSUSPEND, 0)
    resume = WindowsMessage(None, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, 0)
    other = WindowsMessage(None, 0x0010, PBT_APMSUSPEND, 0)  # WM_CLOSE: not ours
    with qtbot.waitSignal(watch.sleeping, timeout=1000) as sleeping:
        assert event_filter.nativeEventFilter(kind, ctypes.addressof(suspend)) == (False, 0)
    assert sleeping.args == ["windows"]
    with qtbot.assertNotEmitted(watch.resumed, wait=50):
        event_filter.nativeEventFilter(kind, ctypes.addressof(other))
        event_filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(resume))
    with qtbot.waitSignal(watch.resumed, timeout=1000) as resumed:
        event_filter.nativeEventFilter(kind, ctypes.addressof(resume))
    assert resumed.args == ["windows"]


def test_after_resume_overdue_posts_are_missed_and_the_rest_go_out(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    tmp_path: Path,
    fake_logind: QDBusConnection,
) -> None:
    services = build_services(paths, clock)
    outbox = tmp_path / "outbox"
    account = services.accounts.add_outbox_account("Outbox", outbox, "x")
    grace = timedelta(minutes=int(services.settings.get("grace_minutes")))

    def scheduled(delay: timedelta) -> str:
        draft = services.posts.post_service.open_draft(
            source_id=None,
            item_id=None,
            network="x",
            language="en",
            suggested_text="Hello",
            account_id=account.id,
        )
        services.posts.post_service.schedule(
            draft.id, text="Hello", account_id=account.id, network="x", due_at=clock.now() + delay
        )
        return draft.id

    stale = scheduled(timedelta(minutes=10))
    fresh = scheduled(timedelta(hours=3) - grace / 2)
    tasks = TaskRunner()
    watch = SleepWatch(clock, bus=QDBusConnection.sessionBus())
    controller = SchedulerController(services.posts, tasks, sleep_watch=watch)
    try:
        with qtbot.waitSignal(controller.ran, timeout=5000):
            controller.start()
        # The start reconciles, then publishes what is due at once: let both finish.
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
        with qtbot.waitSignal(watch.sleeping, timeout=5000):
            prepare_for_sleep(fake_logind, True)
        clock.advance(timedelta(hours=3))
        controller.tick()  # a timer that fires while the lid closes starts nothing
        assert tasks.pending == 0
        with qtbot.waitSignal(controller.outcomes, timeout=5000) as reported:
            prepare_for_sleep(fake_logind, False)
        states = {o.post_id: o.state for o in reported.args[0]}
        assert states == {stale: PostState.MISSED, fresh: PostState.PUBLISHED}
        assert [p.name for p in outbox.iterdir()] == [f"post-{fresh}.json"]
    finally:
        controller.stop()
        tasks.wait()
        services.db.close()


def test_a_sleep_that_never_comes_does_not_hold_the_scheduler_for_good(
    qtbot: QtBot, clock: FakeClock
) -> None:
    watch = SleepWatch(clock, bus=QDBusConnection("not-connected"), gap_check_ms=30_000)
    watch.start()
    watch.going_to_sleep("logind")  # e.g. suspend refused, and no PrepareForSleep(false)
    for _ in range(6):  # ticks 30 s apart: no gap, the computer stayed awake
        clock.advance(timedelta(seconds=30))
        watch._check_gap()
    assert watch.asleep
    with qtbot.waitSignal(watch.resumed, timeout=1000) as resumed:
        clock.advance(timedelta(seconds=30))
        watch._check_gap()
    assert resumed.args == ["clock"] and not watch.asleep
    watch.stop()
