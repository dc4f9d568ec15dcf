"""Showing untrusted text (feeds, packs, policies, servers, posts) as plain text.

Qt renders a label, a tooltip or a message box as rich text whenever the string
*looks* like HTML (``Qt.mightBeRichText``), so a policy message with a heading
and a link would be rendered there, link and all.  Labels that can show such
text are made with :func:`plain_label`; tooltips and notifications are escaped;
message boxes are plain.  Item views draw their text plain already.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text exactly as given, never as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_notification(text: str) -> str:
    """A desktop notification's body: notification servers may render markup."""
    return html.escape(text, quote=False)


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
