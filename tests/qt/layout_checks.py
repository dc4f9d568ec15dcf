"""Finds what a person could not see or reach in a laid-out window, from widget geometry
and font metrics (never from pixels).

Used by tests/qt/test_layout.py in the test process and by tests/qt/layout_probe.py in
a subprocess started at 200 % on a 2560×1440 screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    name = widget.objectName() or type(widget).__name__
    return f"{name}({text[:60]!r})" if text else name


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible()


def visible_rect(widget: QWidget, top: QWidget) -> tuple[QRect, bool]:
    """The part of ``widget`` (in ``top``'s coordinates) that its ancestors let show, and
    whether a scroll area is among them (what it clips is reachable by scrolling)."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    scrolled = False
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(top, QPoint(0, 0)) if parent is not top else QPoint(0, 0)
        rect = rect.intersected(QRect(origin, parent.size()))
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            scrolled = True
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect, scrolled


def problems(top: QWidget, always_in_sight: Iterable[QWidget] = ()) -> list[str]:
    """What is clipped, elided or out of the window in ``top`` as it is laid out now."""
    found: list[str] = []
    window = QRect(QPoint(0, 0), top.size())
    for widget in always_in_sight:
        if not _shown(widget, top):
            found.append(f"{describe(widget)} is not shown")
            continue
        full = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        seen, _ = visible_rect(widget, top)
        if seen != full or not window.contains(full):
            found.append(f"{describe(widget)} is not wholly in sight: {seen} of {full}")
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        full = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if isinstance(widget, (QAbstractButton, QLabel)):
            seen, scrolled = visible_rect(widget, top)
            if not scrolled and seen != full and not seen.isEmpty():
                found.append(f"{describe(widget)} is cut by its container: {seen} of {full}")
            if not window.intersects(full) and not scrolled:
                found.append(f"{describe(widget)} lies outside the window")
        if isinstance(widget, (QPushButton, QCheckBox)) and widget.text():
            hint = widget.sizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                found.append(f"{describe(widget)} is smaller than its text: {widget.size()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found.extend(_label_problems(widget))
        elif isinstance(widget, QTabBar):
            bar = QRect(QPoint(0, 0), widget.size())
            for index in range(widget.count()):
                if not bar.contains(widget.tabRect(index)):
                    found.append(
                        f"tab {widget.tabText(index)!r} is hidden behind the tab bar's arrows"
                    )
    return found


def _label_problems(label: QLabel) -> list[str]:
    contents = label.contentsRect()
    margin = 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return [f"{describe(label)} is cut: needs {needed} px of height, has {label.height()}"]
        return []
    if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(label.text()):
        widest = label.minimumSizeHint().width() - margin
    else:
        metrics = label.fontMetrics()
        text = label.text()
        if label.buddy() is not None:  # "&Title:" shows as "Title:", its T underlined
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest + margin > contents.width():
        return [f"{describe(label)} is clipped: needs {widest} px of width, has {contents.width()}"]
    return []
