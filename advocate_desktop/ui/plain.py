"""Showing untrusted text (feeds, servers, the employee's own posts) as plain text.

Qt renders a tooltip or a message box as rich text whenever the string *looks*
like HTML (``Qt.mightBeRichText``), so a feed summary with tags would be
rendered there.  Everything shown through these helpers is escaped first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tip(text: str | None) -> str:
    """Tooltip text that Qt will never interpret as HTML."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning whose text is shown exactly as given."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_problem_later(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning that does not block the caller (it opens window-modal and returns)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
