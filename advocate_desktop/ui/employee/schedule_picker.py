"""The editor's time picker: a wall time in a chosen zone, what it resolves to, and the pace.

The date-time field holds a wall-clock reading with no zone of its own (it is kept
in UTC so Qt never shifts a time that the computer's zone skips); the zone box
says where that reading applies.  Below them the picker says, in words, what a
skipped or repeated time became, what the time reads here when the zones differ,
whether the account's token will have expired by then, and why a time breaks the
pace, with buttons for the next times that keep it.  The pace check reads the
queue, so it runs on a worker.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.networks.registry import label
from advocate_desktop.schedule.clock import suggested_time
from advocate_desktop.schedule.pacing import Breach, PaceProblem, PaceReport
from advocate_desktop.schedule.tokens import TokenExpiryError, expired_by
from advocate_desktop.schedule.zones import (
    Resolution,
    WallTime,
    is_zone,
    resolve,
    zone_info,
    zone_names,
)
from advocate_desktop.services.posts import PostsService
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.tasks import TaskRunner
from advocate_desktop.ui.time_text import system_zone

log = logging.getLogger(__name__)
PACE_DELAY_MS = 150
SLOT_BUTTONS = 3
FORMAT = "%Y-%m-%d %H:%M"


def _short(moment: datetime) -> str:
    return moment.strftime(FORMAT)


class SchedulePicker(QWidget):
    changed = Signal()  # the time, the zone or the pace verdict changed

    def __init__(
        self,
        posts: PostsService,
        settings: SettingsService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._posts = posts
        self._settings = settings
        self._tasks = tasks
        self._account: AccountRow | None = None
        self._network = ""
        self._post_id = ""
        self._report: PaceReport | None = None
        self._asked = 0  # numbers pace requests, so a late answer is ignored

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setAccessibleName(self.tr("Date and time"))
        row.addWidget(self.when, 1)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.zone.setToolTip(self.tr("The time zone in which this time applies"))
        row.addWidget(self.zone)
        column.addLayout(row)
        self.later = QCheckBox(self.tr("The second time (after the clocks go back)"))
        self.later.setVisible(False)
        column.addWidget(self.later)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(self.tr("What this time means"))
        column.addWidget(self.note)
        self.pace = QLabel()
        self.pace.setWordWrap(True)
        tint(self.pace, Tone.ERROR)
        self.pace.setAccessibleDescription(self.tr("Pacing"))
        column.addWidget(self.pace)
        slots = QHBoxLayout()
        self.slot_buttons: list[QPushButton] = []
        for _ in range(SLOT_BUTTONS):
            button = QPushButton()
            button.setVisible(False)
            button.clicked.connect(self._slot_clicked)
            slots.addWidget(button)
            self.slot_buttons.append(button)
        slots.addStretch(1)
        column.addLayout(slots)

        self._pace_timer = QTimer(self, singleShot=True, interval=PACE_DELAY_MS)
        self._pace_timer.timeout.connect(self.check_pace)
        self.set_zone(self.default_zone())
        # Never an empty field reading 2000-01-01: a sensible time until a post sets one.
        self.set_when(suggested_time(posts.clock.now()))
        # The full list reads the zone database from disk: a worker fetches it.
        tasks.run(zone_names, self._fill_zones, self._failed, context=self)
        self.when.dateTimeChanged.connect(self._moved)
        self.zone.currentTextChanged.connect(self._moved)
        self.later.toggled.connect(self._moved)

    def hideEvent(self, event: QHideEvent) -> None:
        self._pace_timer.stop()
        super().hideEvent(event)

    # -- inputs -----------------------------------------------------------
    def default_zone(self) -> str:
        """The zone from Settings (in memory, no disk), else the computer's."""
        chosen = str(self._settings.get("time_zone"))
        return chosen if chosen != "system" and is_zone(chosen) else system_zone()

    def _fill_zones(self, names: tuple[str, ...]) -> None:
        current = self.zone.currentText()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItems(list(names))
        if self.zone.findText(current) < 0:
            self.zone.addItem(current)
        self.zone.setCurrentText(current)
        self.zone.blockSignals(False)

    def set_zone(self, name: str) -> None:
        if self.zone.findText(name) < 0:
            self.zone.addItem(name)
        self.zone.setCurrentText(name)

    def current_zone(self) -> str:
        name = self.zone.currentText().strip()
        return name if is_zone(name) else ""

    def set_context(self, account: AccountRow | None, network: str, post_id: str) -> None:
        """Whose post this is, for the token and the pace."""
        self._account, self._network, self._post_id = account, network, post_id
        self._moved()

    def set_when(self, moment: datetime) -> None:
        """Show ``moment`` as the wall time in the chosen zone."""
        zone = self.current_zone() or system_zone()
        local = moment.astimezone(zone_info(zone))
        self.later.setChecked(bool(local.fold))
        self.when.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def wall_time(self) -> datetime:
        value = self.when.dateTime()
        date, time = value.date(), value.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def resolution(self) -> Resolution | None:
        zone = self.current_zone()
        if not zone:
            return None
        return resolve(self.wall_time(), zone, later=self.later.isChecked())

    def chosen_when(self) -> datetime:
        found = self.resolution()
        if found is None:
            return self.wall_time().replace(tzinfo=UTC)
        return found.instant

    # -- what the employee reads -----------------------------------------
    def blocking_reason(self) -> str:
        if not self.current_zone():
            return self.tr("Pick a time zone from the list.")
        if self._report is not None and self._report.problems:
            return self.tr("This time breaks the pace of posting; pick one of the times offered.")
        return ""

    def _moved(self, *_: object) -> None:
        self._show_note()
        self._report = None
        self._show_pace()
        self._pace_timer.start()
        self.changed.emit()

    def _show_note(self) -> None:
        found = self.resolution()
        self.later.setVisible(found is not None and found.kind is WallTime.REPEATED)
        if found is None:
            self.note.setText(
                self.tr("“%1” is not a time zone.").replace("%1", self.zone.currentText())
            )
            return
        lines = []
        wall = _short(found.wall)
        if found.kind is WallTime.SKIPPED:
            lines.append(
                self.tr(
                    "%1 does not exist in %2: the clocks jump forward that night."
                    " The post will go out at %3."
                )
                .replace("%1", wall)
                .replace("%2", found.zone)
                .replace("%3", _short(found.local))
            )
        elif found.kind is WallTime.REPEATED:
            offset = found.local.strftime("%z")
            template = (
                self.tr(
                    "%1 happens twice in %2: the clocks go back that night. The post will go"
                    " out the second time (UTC%3)."
                )
                if self.later.isChecked()
                else self.tr(
                    "%1 happens twice in %2: the clocks go back that night. The post"
                    " will go out the first time (UTC%3)."
                )
            )
            lines.append(
                template.replace("%1", wall)
                .replace("%2", found.zone)
                .replace("%3", f"{offset[:3]}:{offset[3:]}")
            )
        here = system_zone()
        if here != found.zone:
            local_here = found.instant.astimezone(zone_info(here))
            if local_here.replace(tzinfo=None) != found.local.replace(tzinfo=None):
                lines.append(
                    self.tr("On this computer's clock (%1) that is %2.")
                    .replace("%1", here)
                    .replace("%2", _short(local_here))
                )
        expiry = self._token_expiry(found.instant)
        if expiry is not None:
            lines.append(
                self.tr(
                    "The sign-in of this account expires on %1, before this post's time."
                    " Sign in again before then, or the post will not go out."
                ).replace("%1", _short(expiry.astimezone(zone_info(found.zone))))
            )
        self.note.setText("\n".join(lines))

    def _token_expiry(self, at: datetime) -> datetime | None:
        if self._account is None:
            return None
        try:
            return expired_by(self._account, at)
        except TokenExpiryError as error:
            log.warning("account %s: %s", self._account.id, error)
            return None

    def token_warning(self) -> bool:
        """True when the account's token will have expired by the chosen time."""
        found = self.resolution()
        return found is not None and self._token_expiry(found.instant) is not None

    # -- pacing -----------------------------------------------------------
    def check_pace(self) -> None:
        self._pace_timer.stop()
        zone = self.current_zone()
        account = self._account
        if not zone or account is None or not self.isVisible():
            return  # a closed window asks nothing of the queue (it may be shut already)
        self._asked += 1
        asked = self._asked
        posts, network, post_id = self._posts, self._network, self._post_id
        at = self.chosen_when()

        def work() -> PaceReport:
            return posts.pace_report(
                post_id=post_id, account_id=account.id, network=network, at=at, zone=zone
            )

        def done(report: PaceReport) -> None:
            if asked == self._asked:
                self._report = report
                self._show_pace()
                self.changed.emit()

        self._tasks.run(work, done, self._failed, context=self)

    @property
    def report(self) -> PaceReport | None:
        return self._report

    def show_report(self, report: PaceReport) -> None:
        """A verdict found elsewhere (the final check before scheduling)."""
        self._asked += 1
        self._report = report
        self._show_pace()
        self.changed.emit()

    def _show_pace(self) -> None:
        report = self._report
        problems = report.problems if report else ()
        self.pace.setText("\n".join(self.explain(p) for p in problems))
        self.pace.setVisible(bool(problems))
        slots = report.slots if report and problems else ()
        zone = self.current_zone() or "UTC"
        for index, button in enumerate(self.slot_buttons):
            if index < len(slots):
                local = slots[index].astimezone(zone_info(zone))
                button.setText(self.tr("Use %1").replace("%1", _short(local)))
                button.setProperty("slot", slots[index].isoformat())
                button.setVisible(True)
            else:
                button.setVisible(False)

    def explain(self, problem: PaceProblem) -> str:
        zone = zone_info(self.current_zone() or "UTC")
        if problem.breach is Breach.TOO_CLOSE and problem.other is not None and problem.gap:
            return (
                self.tr(
                    "Another post of this account goes out at %1; keep %2 minutes between posts."
                )
                .replace("%1", _short(problem.other.astimezone(zone)))
                .replace("%2", str(int(problem.gap.total_seconds() // 60)))
            )
        if problem.breach is Breach.DAILY_CAP and problem.cap is not None and problem.day:
            return (
                self.tr("%1 already has %2 posts planned on %3, as many as a day allows.")
                .replace("%1", self._network_name())
                .replace("%2", str(problem.cap))
                .replace("%3", problem.day.isoformat())
            )
        if problem.window is not None:
            return (
                self.tr("%1 is in the quiet hours (%2), when nothing is posted.")
                .replace("%1", _short(self.chosen_when().astimezone(zone)))
                .replace("%2", problem.window.text())
            )
        return ""

    def _network_name(self) -> str:
        return label(self._network)

    def _slot_clicked(self) -> None:
        button = self.sender()
        value = button.property("slot") if isinstance(button, QPushButton) else None
        if isinstance(value, str):
            self.set_when(datetime.fromisoformat(value))

    def _failed(self, error: BaseException) -> None:
        log.error("the pace check failed: %r", error)
        self.pace.setText(self.tr("The pace could not be checked: %1").replace("%1", str(error)))
        self.pace.setVisible(True)
