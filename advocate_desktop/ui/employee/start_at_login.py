"""Start at login, offered once after the first scheduled post, and switched in Settings.

The question is not modal: the employee may ignore it and go on working, and it
is asked only once either way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from advocate_desktop import APP_NAME
from advocate_desktop.services.profile import ProfileService
from advocate_desktop.ui.tasks import TaskRunner


class StartAtLogin(QObject):
    changed = Signal(bool)  # the entry is now on / off
    failed = Signal(str)
    message = Signal(str)

    def __init__(self, profile: ProfileService, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self.question: QMessageBox | None = None

    def set(self, on: bool) -> None:
        profile = self._profile

        def done(_: None) -> None:
            self.changed.emit(on)
            self.message.emit(
                self.tr("%1 will start when you log in.").replace("%1", APP_NAME)
                if on
                else self.tr("%1 will no longer start when you log in.").replace("%1", APP_NAME)
            )

        def failed(error: BaseException) -> None:
            self.failed.emit(
                self.tr("Start at login could not be changed: %1").replace("%1", str(error))
            )

        self._tasks.run(lambda: profile.set_start_at_login(on), done, failed, context=self)

    def offer_once(self, parent: QWidget) -> None:
        """After a post was scheduled: ask, once ever, whether to start at login."""
        self._tasks.run(
            self._profile.should_offer_start_at_login,
            lambda ask: self._ask(parent) if ask else None,
            context=self,
        )

    def _ask(self, parent: QWidget) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Start at login?"),
            self.tr(
                "Your post goes out only while %1 is running. Start it in the tray when you"
                " log in? You can change this in Settings at any time."
            ).replace("%1", APP_NAME),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.yes_button = box.addButton(self.tr("Start at login"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.NoRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.buttonClicked.connect(
            lambda button: self.set(True) if button is self.yes_button else None
        )
        box.finished.connect(box.deleteLater)
        self.question = box
        box.show()
