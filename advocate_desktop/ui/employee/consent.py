"""The first-run screen: what the app does and never does, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Advocate Desktop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Share your company's news, in your own words, if you want to."))
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        does = [
            self.tr("Shows the posts your communications team approved."),
            self.tr(
                "Lets you rewrite them and checks them against the company's social-media"
                " policy, here on this computer."
            ),
            self.tr("Publishes a post only when you schedule it, to the accounts you add."),
        ]
        never = [
            self.tr("Never posts anything you did not schedule."),
            self.tr(
                "Never reports to your employer what you share or write. There is no telemetry."
            ),
            self.tr(
                "Never sends your passwords or tokens anywhere: they stay in this"
                " computer's keyring."
            ),
            self.tr(
                "Never hides that you work for the company: a post made from its content, or"
                " naming it or its products, goes out only when it says at the start that you"
                " work there."
            ),
        ]
        layout.addWidget(self._section(self.tr("What this app does"), does))
        layout.addWidget(self._section(self.tr("What it never does"), never))
        stop = QLabel(
            self.tr(
                "You can stop at any time: pause all scheduled posts, or remove all your data and"
                " credentials, from Settings. If you decline now, the app closes and keeps nothing."
            )
        )
        stop.setWordWrap(True)
        layout.addWidget(stop)
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("I agree, start"))
        self.accept_button.setDefault(True)
        self.decline_button = QPushButton(self.tr("No thanks, quit"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _section(self, title: str, lines: list[str]) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setText(title + "\n" + "\n".join(f"  •  {line}" for line in lines))
        return label
