"""Settings: general, accounts, content sources and trust, and removing everything."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.feed.signing import TrustedKey
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.content import ContentService
from advocate_desktop.services.profile import ProfileService
from advocate_desktop.services.trust import TrustService
from advocate_desktop.settings.definitions import SETTINGS
from advocate_desktop.settings.service import SettingsService
from advocate_desktop.settings.setting import Page
from advocate_desktop.store.feed_repo import SourceRow
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.ui.employee.accounts_page import AccountsPage
from advocate_desktop.ui.employee.pace_settings import PaceSettingsPage
from advocate_desktop.ui.employee.referral_setting import ReferralSetting
from advocate_desktop.ui.employee.setting_controls import add_controls, lock_if_managed, table_text
from advocate_desktop.ui.employee.start_at_login import StartAtLogin
from advocate_desktop.ui.plain import plain_label, show_problem
from advocate_desktop.ui.tasks import TaskRunner

IdRole = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    accounts_changed = Signal()
    paused_changed = Signal(bool)
    remove_all_requested = Signal()
    sources_changed = Signal()
    sync_requested = Signal()

    def __init__(
        self,
        *,
        settings: SettingsService,
        content: ContentService,
        trust: TrustService,
        accounts: AccountsService,
        profile: ProfileService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._settings = settings
        self._content = content
        self._trust = trust
        self._accounts = accounts
        self._profile = profile
        self._tasks = tasks
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.addTab(self._general_page(), self.tr("General"))
        self.accounts_page = AccountsPage(accounts, tasks)
        self.accounts_page.accounts_changed.connect(self.accounts_changed)
        self.pages.addTab(self.accounts_page, self.tr("Accounts"))
        self.pace = PaceSettingsPage(settings, tasks)
        self.pages.addTab(self.pace, self.tr("Posting pace"))
        self.pages.addTab(self._content_page(), self.tr("Content"))
        self.pages.addTab(self._data_page(), self.tr("Your data"))
        self.pages.setAccessibleName(self.tr("Settings pages"))
        layout.addWidget(self.pages)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._lock_managed()
        self.refresh_accounts()
        self.refresh_sources()
        self.refresh_keys()

    # -- pages --------------------------------------------------------------
    def _general_page(self) -> QWidget:
        settings = self._settings
        page = QWidget()
        form = QFormLayout(page)
        save = self._table_save
        controls = add_controls(form, Page.GENERAL, settings, save, only=("language",))
        self.language = cast(QComboBox, controls["language"])
        self.language_note = plain_label()
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        controls = add_controls(
            form, Page.GENERAL, settings, save, only=("grace_minutes", "close_to_tray")
        )
        self.grace = cast(QSpinBox, controls["grace_minutes"])
        self.close_to_tray = cast(QCheckBox, controls["close_to_tray"])
        self.start_at_login = QCheckBox(table_text(SETTINGS["start_at_login"].label))
        self.start_at_login.setEnabled(False)  # until the current state is read
        self.start_at_login.toggled.connect(self._start_at_login_toggled)
        form.addRow("", self.start_at_login)
        self._login = StartAtLogin(self._profile, self._tasks, self)
        self._login.failed.connect(self._start_at_login_failed)
        self._read_start_at_login()
        controls = add_controls(form, Page.GENERAL, settings, save, only=("paused",))
        self.paused = cast(QCheckBox, controls["paused"])
        self.referral = ReferralSetting(self._settings, self._tasks)
        form.addRow(self.tr("Job offers:"), self.referral)
        return page

    def _content_page(self) -> QWidget:
        settings = self._settings
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Feeds and content packs this computer follows:")))
        self.sources = QListWidget()
        self.sources.setWordWrap(True)
        self.sources.setAccessibleName(self.tr("Content sources"))
        layout.addWidget(self.sources, 1)
        row = QHBoxLayout()
        self.add_source = QPushButton(self.tr("Add address…"))
        self.add_source.clicked.connect(self._add_source)
        self.remove_source = QPushButton(self.tr("Remove"))
        self.remove_source.clicked.connect(self._remove_source)
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.clicked.connect(self.sync_requested.emit)
        for button in (self.add_source, self.remove_source, self.sync_now):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        controls = add_controls(form, Page.CONTENT, settings, self._table_save)
        self.sync_minutes = cast(QSpinBox, controls["sync_minutes"])
        self.require_signed = cast(QComboBox, controls["require_signed"])
        layout.addLayout(form)
        layout.addWidget(QLabel(table_text(SETTINGS["trusted_keys"].label)))
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Trusted signers"))
        layout.addWidget(self.keys)
        keys_row = QHBoxLayout()
        self.add_key = QPushButton(self.tr("Trust a signer…"))
        self.add_key.clicked.connect(self._add_key)
        self.remove_key = QPushButton(self.tr("Stop trusting"))
        self.remove_key.clicked.connect(self._remove_key)
        keys_row.addWidget(self.add_key)
        keys_row.addWidget(self.remove_key)
        keys_row.addStretch(1)
        layout.addLayout(keys_row)
        return page

    def _data_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        danger_text = QLabel(
            self.tr(
                "Removes your drafts, the queue, the downloaded content, your settings and every"
                " credential this app stored in the keyring, then closes the app."
                " Files already written to an outbox folder stay."
            )
        )
        danger_text.setWordWrap(True)
        layout.addWidget(danger_text)
        self.remove_all = QPushButton(self.tr("Remove all my data…"))
        self.remove_all.clicked.connect(self._remove_all)
        layout.addWidget(self.remove_all)
        layout.addStretch(1)
        return page

    def _lock_managed(self) -> None:
        """The table's controls lock themselves; here the custom ones."""
        lock_if_managed(self._settings, "trusted_keys", self.add_key)

    # -- general ------------------------------------------------------------
    def _save(self, key: str, value: Any) -> None:
        settings = self._settings
        self._tasks.run(lambda: settings.set(key, value))

    def _table_save(self, key: str, value: Any) -> None:
        """A table control changed (the runner and the sync read the settings anew)."""
        self._save(key, value)
        if key == "language":
            self.language_note.setText(self.tr("The new language applies after a restart."))
        elif key == "paused":
            self.paused_changed.emit(bool(value))

    def _read_start_at_login(self) -> None:
        self._tasks.run(
            self._profile.starts_at_login,
            self._show_start_at_login,
            self._start_at_login_unreadable,
            context=self,
        )

    def _start_at_login_unreadable(self, error: BaseException) -> None:
        self.start_at_login.blockSignals(True)
        self.start_at_login.setChecked(False)
        self.start_at_login.blockSignals(False)
        self.start_at_login.setEnabled(False)
        self.start_at_login.setToolTip(
            self.tr("Start at login cannot be read: %1").replace("%1", str(error))
        )

    def _show_start_at_login(self, on: bool) -> None:
        self.start_at_login.blockSignals(True)
        self.start_at_login.setChecked(on)
        self.start_at_login.blockSignals(False)
        self.start_at_login.setEnabled(True)
        lock_if_managed(self._settings, "start_at_login", self.start_at_login)

    def _start_at_login_toggled(self, on: bool) -> None:
        self._login.set(on)

    def _start_at_login_failed(self, problem: str) -> None:
        self._read_start_at_login()
        show_problem(self, self.tr("Start at login"), problem)

    # -- accounts -------------------------------------------------------------
    def refresh_accounts(self) -> None:
        self.accounts_page.refresh()

    # -- content --------------------------------------------------------------
    def refresh_sources(self) -> None:
        self._tasks.run(self._content.content_sources, self._show_sources)

    def _show_sources(self, rows: list[SourceRow]) -> None:
        self.sources.clear()
        for source in rows:
            item = QListWidgetItem(self._describe(source))
            item.setData(IdRole, source.id)
            item.setData(IdRole + 1, self._content.removable(source))
            self.sources.addItem(item)

    def _describe(self, source: SourceRow) -> str:
        name = source.title or source.location
        if source.kind == "demo":
            lines = [name, self.tr("Bundled demo content")]
        else:
            lines = [name if name == source.location else f"{name} — {source.location}"]
        if source.managed:
            lines.append(self.tr("Set by your organization."))
        lines.append(
            self.tr("Signed by %1").replace("%1", source.signer)
            if source.signer
            else self.tr("Not signed")
        )
        if source.signer and source.pack_version:
            lines.append(self.tr("Version %1").replace("%1", str(source.pack_version)))
        if source.signer and source.signature_expires_at:
            until = from_db(source.signature_expires_at)
            when = until.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(
                self.tr("Signature expired on %1: its content can no longer be shared").replace(
                    "%1", when
                )
                if self._trust.signature_expired(source)
                else self.tr("Signature valid until %1").replace("%1", when)
            )
        refused = [r for r in source.refused.splitlines() if r]
        if refused:
            lines.append(
                self.tr("%1 item(s) left out: %2")
                .replace("%1", str(len(refused)))
                .replace("%2", refused[0])
            )
        if source.last_error:
            lines.append(self.tr("Last sync failed: %1").replace("%1", source.last_error))
            if source.next_attempt_at:
                when = from_db(source.next_attempt_at).astimezone().strftime("%Y-%m-%d %H:%M")
                lines.append(self.tr("Next try at %1").replace("%1", when))
        elif source.last_synced_at:
            when = from_db(source.last_synced_at).astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(self.tr("Last synced %1").replace("%1", when))
        else:
            lines.append(self.tr("Not synced yet"))
        return "\n".join(lines)

    def _add_source(self) -> None:
        address, ok = QInputDialog.getText(
            self,
            self.tr("Add a content source"),
            self.tr("Address of a feed or content pack (https://…):"),
        )
        if not ok or not address.strip():
            return
        content = self._content

        def added(_: object) -> None:
            self.refresh_sources()
            self.sources_changed.emit()
            self.sync_requested.emit()

        self._tasks.run(lambda: content.subscribe(address), added, self._refused, context=self)

    def _refused(self, error: BaseException) -> None:
        show_problem(self, self.tr("Not added"), str(error))

    def _remove_source(self) -> None:
        item = self.sources.currentItem()
        if item is None:
            return
        if not item.data(IdRole + 1):
            QMessageBox.information(
                self,
                self.tr("Cannot remove"),
                self.tr("This source is bundled with the app or set by your IT department."),
            )
            return
        source_id = int(item.data(IdRole))
        content = self._content
        self._tasks.run(
            lambda: content.remove_source(source_id),
            self._source_removed,
            context=self,
        )

    def _source_removed(self, _: object) -> None:
        self.refresh_sources()
        self.sources_changed.emit()

    def refresh_keys(self) -> None:
        self.keys.clear()
        for listed in self._trust.listed_keys():
            key = listed.key
            if not listed.set_by_it:
                item = QListWidgetItem(
                    self.tr("%1 (key %2)").replace("%1", key.name).replace("%2", key.key_id)
                )
                item.setData(IdRole, key.key_id)
                self.keys.addItem(item)
                continue
            text = (
                self.tr("%1 (key %2) — set by your organization")
                .replace("%1", key.name)
                .replace("%2", key.key_id)
            )
            if key.expires_at is not None:
                when = key.expires_at.astimezone().strftime("%Y-%m-%d")
                text += "\n" + (
                    self.tr("Trust ended on %1").replace("%1", when)
                    if listed.trust_ended
                    else self.tr("Trusted until %1").replace("%1", when)
                )
            item = QListWidgetItem(text)
            item.setData(IdRole, None)
            self.keys.addItem(item)

    def _add_key(self) -> None:
        line, ok = QInputDialog.getText(
            self,
            self.tr("Trust a signer"),
            self.tr(
                "Paste the signer's public key line (advocate-ed25519 …). Trust only keys"
                " you received from your communications team through a channel you trust."
            ),
        )
        if not ok or not line.strip():
            return
        trust = self._trust

        def added(key: TrustedKey) -> None:
            self.refresh_keys()
            self.refresh_sources()
            self.sources_changed.emit()

        self._tasks.run(lambda: trust.add_trusted_key(line), added, self._refused, context=self)

    def _remove_key(self) -> None:
        item = self.keys.currentItem()
        if item is None or item.data(IdRole) is None:
            return
        key_id = str(item.data(IdRole))
        trust = self._trust

        def removed(_: object) -> None:
            # What the key signed is checked again: no longer shown as signed, and
            # hidden when only signed content is accepted.
            self.refresh_keys()
            self.refresh_sources()
            self.sources_changed.emit()

        self._tasks.run(lambda: trust.remove_trusted_key(key_id), removed, context=self)

    # -- data -----------------------------------------------------------------
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
