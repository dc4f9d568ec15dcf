"""Meaningful colours from the palette in force, following the system's light or dark mode.

Qt (6.5+) changes the application palette when the system switches between light
and dark (``QStyleHints.colorScheme``); every widget then gets a palette change.
:func:`tint` colours a label's text by its meaning and colours it again on each
change, so no hard-coded light colour is left on a dark background.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from advocate_desktop.policy.model import Severity
from advocate_desktop.ui.contrast import BANNER, TONES, Tone, is_dark_colour

log = logging.getLogger(__name__)
# A dark palette for a style that has none of its own (window, text, base, button, ...).
DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#3d7ac6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Mid: "#4a4a4a",
}
DARK_DISABLED_TEXT = "#7f7f7f"
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
                pairs: tuple[tuple[QPalette.ColorRole, QColor], ...] = (
                    (QPalette.ColorRole.Window, background),
                )
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


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_DISABLED_TEXT))
    return palette


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make the palette match the system's light or dark choice.

    Most styles change the palette themselves (Fusion, Breeze, macOS, Windows 11);
    where the style keeps a light palette in dark mode (the classic Windows style),
    the app switches to Fusion, and gives it a dark palette if it has none."""
    if scheme == Qt.ColorScheme.Unknown:
        return
    dark = scheme == Qt.ColorScheme.Dark
    if is_dark(app.palette()) == dark:
        return
    log.info("the system prefers a %s look; the style did not follow", "dark" if dark else "light")
    fusion = QStyleFactory.create("Fusion")
    if fusion is None:
        return
    app.setStyle(fusion)
    palette = fusion.standardPalette()
    if is_dark(palette) != dark:
        palette = dark_palette() if dark else QPalette()
    app.setPalette(palette)


def follow_color_scheme(app: QApplication) -> None:
    """Follow the system's light or dark mode, now and whenever it changes (Qt 6.5+)."""
    hints = app.styleHints()
    apply_color_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))
