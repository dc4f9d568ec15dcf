"""How the main window fits small and scaled screens, and comes back where it was.

On first start the window takes its preferred size, shrunk to the screen's
available area (at 200 % a 2560×1440 screen is 1280×720 for the layout) and
centred.  Its geometry is kept in ``window.ini`` in the config folder (removed
with all data); a saved geometry that no longer fits a screen (a monitor was
unplugged, the scale changed) is shrunk and moved onto the screen it is on.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger(__name__)
PREFERRED_SIZE = QSize(1200, 760)
# Room left for the window's title bar and borders, which the window system adds
# around the geometry Qt sets.
FRAME_ALLOWANCE = QSize(16, 48)
GEOMETRY_KEY = "main_window/geometry"


def fitted_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """``preferred``, shrunk to fit ``available`` with its frame, centred on it."""
    width = max(1, min(preferred.width(), available.width() - FRAME_ALLOWANCE.width()))
    height = max(1, min(preferred.height(), available.height() - FRAME_ALLOWANCE.height()))
    rect = QRect(QPoint(0, 0), QSize(width, height))
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME_ALLOWANCE.height() - 8, rect.top()))
    return rect


def kept_on_screen(geometry: QRect, screens: list[QRect]) -> QRect:
    """``geometry`` moved (and shrunk) onto the available area it overlaps most, or the
    first one when it is on none of them any more."""
    if not screens:
        return geometry
    best = max(screens, key=lambda area: _overlap(area, geometry))
    if _overlap(best, geometry) == 0:
        best = screens[0]
    room = best.size() - FRAME_ALLOWANCE
    size = geometry.size().boundedTo(room).expandedTo(QSize(1, 1))
    rect = QRect(geometry.topLeft(), size)
    # Inside the area, title bar included.
    left = min(max(rect.left(), best.left()), best.right() - size.width() + 1)
    top_min = best.top() + FRAME_ALLOWANCE.height() - 8
    top = min(max(rect.top(), top_min), best.bottom() - size.height() + 1)
    rect.moveTopLeft(QPoint(left, max(top, best.top())))
    return rect


def _overlap(first: QRect, second: QRect) -> int:
    common = first.intersected(second)
    return 0 if common.isEmpty() else common.width() * common.height()


def available_areas() -> list[QRect]:
    primary = QGuiApplication.primaryScreen()
    screens = [primary, *(s for s in QGuiApplication.screens() if s is not primary)]
    return [screen.availableGeometry() for screen in screens if screen is not None]


def window_settings(config_dir: Path) -> QSettings:
    return QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, config_dir: Path) -> bool:
    """Put ``window`` where it was last time, on a screen; else size it to fit the
    screen.  Returns whether a saved geometry was used."""
    saved = window_settings(config_dir).value(GEOMETRY_KEY)
    restored = isinstance(saved, QByteArray) and not saved.isEmpty()
    if restored:
        assert isinstance(saved, QByteArray)
        restored = window.restoreGeometry(saved)
        if not restored:
            log.warning("the saved window geometry was not readable; sizing to the screen")
    areas = available_areas()
    if not restored:
        window.setGeometry(fitted_geometry(areas[0] if areas else QRect(0, 0, 1200, 760)))
        return False
    maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
    if not maximized:
        window.setGeometry(kept_on_screen(window.geometry(), areas))
    return True


def save_geometry(config_dir: Path, geometry: QByteArray) -> None:
    """Write the window's geometry (worker side); never creates a removed profile."""
    if not config_dir.is_dir():
        return
    settings = window_settings(config_dir)
    settings.setValue(GEOMETRY_KEY, geometry)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        log.warning("the window's size and place could not be saved in %s", config_dir)


def least_height(layout: QLayout, width: int) -> int:
    """The least height at which a column lays out ``width`` pixels wide without
    squeezing anything.

    A vertical box with word-wrapping labels holds each such item at its height for
    the width (not at its minimum), and the others at their minimum; Qt's own
    ``totalMinimumHeightForWidth`` counts minimums only and comes out short."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    spacing = max(layout.spacing(), 0)
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        if item.hasHeightForWidth():
            heights.append(max(item.heightForWidth(inner), item.minimumSize().height()))
        else:
            heights.append(item.minimumSize().height())
    gaps = spacing * max(len(heights) - 1, 0)
    return sum(heights) + gaps + margins.top() + margins.bottom()


class MinimumScrollArea(QScrollArea):
    """A scroll area that gives its widget all the room there is, and scrolls only when
    that is less than the widget's *minimum* height.

    ``widgetResizable`` sizes a widget with word-wrapping labels to its preferred
    height instead, so a text field that could shrink pushes the rest out of sight."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(False)
        # The column reads as part of the window, not as a box of its own.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit)
        content.installEventFilter(self)

    def fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        layout = content.layout()
        room = self.viewport().size()
        width = max(room.width(), content.minimumSizeHint().width())
        needed = content.minimumSizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            needed = max(needed, least_height(layout, width))
        size = QSize(width, max(room.height(), needed))
        if content.size() != size:
            content.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._refit.start()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return content.sizeHint() + QSize(frame, frame)


def scrolling_column(content: QWidget, bottom: QLayout) -> QWidget:
    """``content`` in a scroll area that only scrolls when the window is too small for
    it, with ``bottom`` (the actions) always in sight below."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    scroll = MinimumScrollArea(content)
    scroll.setObjectName("scrollingColumn")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    column.addWidget(scroll, 1)
    column.addLayout(bottom)
    return holder
