"""Settings: language, pause, accounts, and removing everything."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.text.catalog import LABELS
from advocate_desktop.ui.services import Services, default_outbox_folder
from advocate_desktop.ui.tasks import TaskRunner


class OutboxAccountDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an Outbox account"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "An Outbox account publishes each post as a JSON file into a folder. Use it to try"
                " the app, or to hand posts to another tool."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.name = QLineEdit(self.tr("Outbox"))
        form.addRow(self.tr("Name:"), self.name)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(default_outbox_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)
        self.network = QComboBox()
        for name, label in LABELS.items():
            self.network.addItem(label, name)
        self.network.setCurrentIndex(self.network.findData("linkedin"))
        form.addRow(self.tr("Write posts as for:"), self.network)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Outbox folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _accept(self) -> None:
        if self.name.text().strip() and self.folder.text().strip():
            self.accept()

    def values(self) -> tuple[str, Path, str]:
        return (
            self.name.text().strip(),
            Path(self.folder.text().strip()).expanduser(),
            str(self.network.currentData()),
        )


class SettingsDialog(QDialog):
    accounts_changed = Signal()
    paused_changed = Signal(bool)
    remove_all_requested = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        settings = services.settings

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Polski", "pl")
        self.language.setCurrentIndex(self.language.findData(settings.get("language")))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.grace = QSpinBox()
        self.grace.setRange(0, 24 * 60)
        self.grace.setSuffix(self.tr(" min"))
        self.grace.setValue(int(settings.get("grace_minutes")))
        self.grace.valueChanged.connect(self._grace_changed)
        self.grace.setToolTip(
            self.tr(
                "A post whose time passed while the computer was off goes out if it is at most this"
                " late; later than that it waits for your confirmation."
            )
        )
        form.addRow(self.tr("Publish late posts up to:"), self.grace)
        self.close_to_tray = QCheckBox(self.tr("Keep running in the tray when the window closes"))
        self.close_to_tray.setChecked(bool(settings.get("close_to_tray")))
        self.close_to_tray.toggled.connect(lambda on: self._save("close_to_tray", on))
        form.addRow("", self.close_to_tray)
        layout.addWidget(general)

        self.paused = QCheckBox(self.tr("Pause all scheduled posts"))
        self.paused.setChecked(bool(settings.get("paused")))
        self.paused.toggled.connect(self._paused_toggled)
        layout.addWidget(self.paused)

        for key, widget in (
            ("language", self.language),
            ("grace_minutes", self.grace),
            ("close_to_tray", self.close_to_tray),
            ("paused", self.paused),
        ):
            if settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your IT department."))

        accounts = QGroupBox(self.tr("Accounts"))
        accounts_layout = QVBoxLayout(accounts)
        self.accounts = QListWidget()
        accounts_layout.addWidget(self.accounts)
        row = QHBoxLayout()
        self.add_outbox = QPushButton(self.tr("Add Outbox account…"))
        self.add_outbox.clicked.connect(self._add_outbox)
        self.remove_account = QPushButton(self.tr("Remove account"))
        self.remove_account.clicked.connect(self._remove_account)
        row.addWidget(self.add_outbox)
        row.addWidget(self.remove_account)
        row.addStretch(1)
        accounts_layout.addLayout(row)
        layout.addWidget(accounts)

        danger = QGroupBox(self.tr("Your data"))
        danger_layout = QVBoxLayout(danger)
        danger_text = QLabel(
            self.tr(
                "Removes your drafts, the queue, the downloaded content, your settings and every"
                " credential this app stored in the keyring, then closes the app."
                " Files already written to an outbox folder stay."
            )
        )
        danger_text.setWordWrap(True)
        danger_layout.addWidget(danger_text)
        self.remove_all = QPushButton(self.tr("Remove all my data…"))
        self.remove_all.clicked.connect(self._remove_all)
        danger_layout.addWidget(self.remove_all)
        layout.addWidget(danger)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh_accounts()

    def _save(self, key: str, value: Any) -> None:
        settings = self._services.settings
        self._tasks.run(lambda: settings.set(key, value))

    def _language_changed(self) -> None:
        self._save("language", self.language.currentData())
        self.language_note.setText(self.tr("The new language applies after a restart."))

    def _grace_changed(self, value: int) -> None:
        self._save("grace_minutes", value)
        self._services.runner.grace = timedelta(minutes=value)

    def _paused_toggled(self, on: bool) -> None:
        self._save("paused", on)
        self.paused_changed.emit(on)

    def refresh_accounts(self) -> None:
        accounts = self._services.accounts
        self._tasks.run(accounts.all, self._show_accounts)

    def _show_accounts(self, rows: list[AccountRow]) -> None:
        self.accounts.clear()
        for account in rows:
            where = account.config.get("folder", "")
            item = QListWidgetItem(f"{account.display_name} — {where}")
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.accounts.addItem(item)

    def _add_outbox(self) -> None:
        dialog = OutboxAccountDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, folder, network = dialog.values()
        services = self._services
        self._tasks.run(
            lambda: services.add_outbox_account(name, folder, network),
            lambda _: (self.refresh_accounts(), self.accounts_changed.emit()),
            context=self,
        )

    def _remove_account(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        account_id = str(item.data(Qt.ItemDataRole.UserRole))
        services = self._services

        def work() -> None:
            services.accounts.remove(account_id)

        self._tasks.run(
            work, lambda _: (self.refresh_accounts(), self.accounts_changed.emit()), context=self
        )

    def _remove_all(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Remove all my data"),
            self.tr(
                "Remove all drafts, scheduled posts, settings and stored credentials from"
                " this computer? This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_all_requested.emit()
            self.accept()
