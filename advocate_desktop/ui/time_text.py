"""A post's time as the employee reads it: as planned, and here when they travelled."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimeZone

from advocate_desktop.schedule.zones import is_zone, shown_times


def system_zone() -> str:
    """The computer's IANA zone as Qt reports it; UTC when Python's tz database lacks it."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_zone(name) else "UTC"


def post_time_text(
    instant: datetime, planned_zone: str | None, computer_zone: str | None = None
) -> str:
    """``2026-04-01 09:00`` at home; ``2026-04-01 09:00 Europe/Warsaw · 03:00 here`` abroad.

    ``computer_zone`` (default: :func:`system_zone`) lets a page of rows ask Qt once.
    """
    shown = shown_times(instant, planned_zone, computer_zone or system_zone())
    if shown.here is None:
        return shown.planned_text()
    here = shown.here.strftime(
        "%H:%M" if shown.here.date() == shown.planned.date() else "%Y-%m-%d %H:%M"
    )
    return (
        QCoreApplication.translate("Time", "%1 %2 · %3 here")
        .replace("%1", shown.planned_text())
        .replace("%2", shown.planned_zone)
        .replace("%3", here)
    )
