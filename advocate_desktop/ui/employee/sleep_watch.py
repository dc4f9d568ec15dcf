"""Sleep and resume, from every source the platform offers, as two Qt signals.

* Linux: systemd-logind's ``PrepareForSleep(bool)`` on the system bus (true just
  before suspend, false on resume).
* Windows: ``WM_POWERBROADCAST`` (suspend, resume) through a native event filter.
* Everywhere, and where neither exists (macOS, a desktop without logind): the
  clock-gap watchdog of :mod:`advocate_desktop.schedule.wake`.

The scheduler holds new publishes between ``sleeping`` and ``resumed`` and looks
at what became due as soon as ``resumed`` arrives.  Overdue posts beyond the
grace window then become ``missed`` in the core runner.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection

from advocate_desktop.schedule.clock import Clock
from advocate_desktop.schedule.wake import GapWatch

log = logging.getLogger(__name__)

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"
GAP_CHECK_MS = 30_000
# A sleep announced but never entered (suspend refused, the resume signal lost) must
# not hold the scheduler for good: after this long awake, the watchdog lets go.
STUCK_ASLEEP = timedelta(minutes=3)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012


class WindowsMessage(ctypes.Structure):
    """The head of Win32's MSG; the rest is not needed."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class _PowerBroadcastFilter(QAbstractNativeEventFilter):
    def __init__(self, watch: SleepWatch) -> None:
        super().__init__()
        self._watch = watch

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind == b"windows_generic_MSG" and message:
            msg = WindowsMessage.from_address(int(message))
            if msg.message == WM_POWERBROADCAST:
                if msg.wParam == PBT_APMSUSPEND:
                    self._watch.going_to_sleep("windows")
                elif msg.wParam in (PBT_APMRESUMESUSPEND, PBT_APMRESUMEAUTOMATIC):
                    self._watch.woke("windows")
        return False, 0


class SleepWatch(QObject):
    sleeping = Signal(str)  # the source: "logind", "windows"
    resumed = Signal(str)  # the source: "logind", "windows", "clock"

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
        gap_check_ms: int = GAP_CHECK_MS,
        logind_service: str = LOGIND_SERVICE,
    ) -> None:
        """``bus``: where logind lives (the system bus by default; tests pass a session bus)."""
        super().__init__(parent)
        self.asleep = False
        self._clock = clock
        self._asleep_since = clock.now()
        self._gaps = GapWatch(clock, timedelta(milliseconds=gap_check_ms))
        self.timer = QTimer(self, interval=gap_check_ms)
        self.timer.timeout.connect(self._check_gap)
        self.logind = False
        if bus is None and sys.platform.startswith("linux"):
            bus = QDBusConnection.systemBus()
        if bus is not None and bus.isConnected():
            self.logind = bus.connect(  # type: ignore[call-overload]  # the stub wants bytes
                logind_service,
                LOGIND_PATH,
                LOGIND_INTERFACE,
                "PrepareForSleep",
                self,
                SLOT("_prepare_for_sleep(bool)"),
            )
        if not self.logind:
            log.info("no logind sleep signal; relying on the clock-gap watchdog")
        self._filter: _PowerBroadcastFilter | None = None
        application = QCoreApplication.instance()
        if sys.platform == "win32" and application is not None:
            self._filter = _PowerBroadcastFilter(self)
            application.installNativeEventFilter(self._filter)

    def start(self) -> None:
        self._gaps.reset()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        application = QCoreApplication.instance()
        if self._filter is not None and application is not None:
            application.removeNativeEventFilter(self._filter)
            self._filter = None

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.going_to_sleep("logind")
        else:
            self.woke("logind")

    def going_to_sleep(self, source: str) -> None:
        log.info("the computer is going to sleep (%s)", source)
        self.asleep = True
        self._asleep_since = self._clock.now()
        self.sleeping.emit(source)

    def woke(self, source: str) -> None:
        log.info("the computer woke up (%s)", source)
        self.asleep = False
        self._gaps.reset()  # the gap is reported already; the watchdog need not repeat it
        self.resumed.emit(source)

    def _check_gap(self) -> None:
        gap = self._gaps.check()
        if gap is not None:
            log.info("the clock jumped by %s; looking at what is due", gap.missing)
            self.woke("clock")
        elif self.asleep and self._clock.now() - self._asleep_since > STUCK_ASLEEP:
            log.warning("a sleep was announced but never came; publishing again")
            self.woke("clock")
