"""Meaningful colours from the palette in force, following the system's light or dark mode.

Qt (6.5+) changes the application palette when the system switches between light
and dark (``QStyleHints.colorScheme``); every widget then gets a palette change.
:func:`tint` colours a label's text by its meaning and colours it again on each
change, so no hard-coded light colour is left on a dark background.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from advocate_desktop.policy.model import Severity
from advocate_desktop.ui.contrast import BANNER, TONES, Tone, is_dark_colour

SEVERITY_TONES = {
    Severity.BLOCK: Tone.ERROR,
    Severity.WARN: Tone.WARNING,
    Severity.SUGGEST: Tone.SUGGESTION,
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) is a dark one."""
    palette = palette or QGuiApplication.palette()
    return is_dark_colour(palette.color(QPalette.ColorRole.Window).name())


def tone_color(tone: Tone, palette: QPalette | None = None) -> QColor:
    return QColor(TONES[is_dark(palette)][tone])


def severity_color(severity: Severity, palette: QPalette | None = None) -> QColor:
    return tone_color(SEVERITY_TONES[severity], palette)


class _Follower(QObject):
    """Colours its widget again whenever the palette changes."""

    def __init__(self, widget: QWidget, tone: Tone | None) -> None:
        super().__init__(widget)
        self._tone = tone
        self._applying = False

    def apply(self, widget: QWidget) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            palette = widget.palette()
            dark = is_dark()
            changed = False
            if self._tone is None:  # the banner: its own background and text
                background, text = (QColor(c) for c in BANNER[dark])
                pairs = ((QPalette.ColorRole.Window, background),)
            else:
                text = QColor(TONES[dark][self._tone])
                pairs = ()
            for role, colour in (
                *pairs,
                (QPalette.ColorRole.WindowText, text),
                (QPalette.ColorRole.Text, text),
            ):
                if palette.color(role) != colour:
                    palette.setColor(role, colour)
                    changed = True
            if changed:
                widget.setPalette(palette)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.StyleChange,
        ):
            self.apply(watched)
        return False


def tint(widget: QWidget, tone: Tone) -> None:
    """Colour ``widget``'s text by ``tone``, in the light or dark variant, from now on."""
    follower = _Follower(widget, tone)
    follower.apply(widget)
    widget.installEventFilter(follower)


def tint_banner(widget: QWidget) -> None:
    """A warning banner: its own background and text colour, light or dark."""
    widget.setAutoFillBackground(True)
    follower = _Follower(widget, None)
    follower.apply(widget)
    widget.installEventFilter(follower)
