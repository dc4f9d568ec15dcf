"""Settings → Posting pace: the employee's own limits and planning zone.

These only tighten: a pack's policy or IT may set stricter limits, and the
strictest of all applies (see :mod:`advocate_desktop.schedule.pacing`).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from advocate_desktop.schedule.pacing import QuietHours
from advocate_desktop.schedule.zones import zone_names
from advocate_desktop.settings.definitions import SETTINGS
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.settings.setting import Page
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.employee.setting_controls import add_controls, lock_if_managed, table_text
from advocate_desktop.ui.tasks import TaskRunner


class PaceSettingsPage(QWidget):
    def __init__(self, settings: SettingsService, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Limits that keep your accounts from looking like spam. Your content packs or"
                " your IT department may set stricter ones; the strictest limit always applies."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.zone = QComboBox()
        self.zone.addItem(self.tr("This computer's time zone"), "system")
        chosen = str(settings.get("time_zone"))
        if chosen != "system":
            self.zone.addItem(chosen, chosen)
            self.zone.setCurrentIndex(1)
        self.zone.currentIndexChanged.connect(
            lambda _i: self._save("time_zone", self.zone.currentData())
        )
        # The full list reads the zone database from disk: a worker fetches it.
        tasks.run(zone_names, self._fill_zones, context=self)
        form.addRow(table_text(SETTINGS["time_zone"].label), self.zone)
        controls = add_controls(form, Page.PACE, settings, self._table_save)
        self.gap = cast(QSpinBox, controls["pacing_min_gap_minutes"])
        self.cap = cast(QSpinBox, controls["pacing_daily_cap"])
        self.quiet = cast(QLineEdit, controls["pacing_quiet_hours"])
        self.quiet.setPlaceholderText(self.tr("e.g. 22:00-07:00"))
        self.quiet_error = QLabel()
        tint(self.quiet_error, Tone.ERROR)
        form.addRow("", self.quiet_error)
        lock_if_managed(settings, "time_zone", self.zone)

    def _fill_zones(self, names: tuple[str, ...]) -> None:
        current = self.zone.currentData()
        self.zone.blockSignals(True)
        while self.zone.count() > 1:
            self.zone.removeItem(1)
        for name in names:
            self.zone.addItem(name, name)
        self.zone.setCurrentIndex(max(self.zone.findData(current), 0))
        self.zone.blockSignals(False)

    def _table_save(self, key: str, value: Any) -> None:
        if key == "pacing_quiet_hours":
            self._quiet_edited(str(value))
        else:
            self._save(key, value)

    def _quiet_edited(self, text: str) -> None:
        if text:
            try:
                QuietHours.parse(text)
            except ValueError:
                self.quiet_error.setText(
                    self.tr("Write quiet hours as HH:MM-HH:MM, e.g. 22:00-07:00.")
                )
                return
        self.quiet_error.clear()
        self._save("pacing_quiet_hours", text)

    def _save(self, key: str, value: Any) -> None:
        settings = self._settings
        self._tasks.run(lambda: settings.set(key, value))
