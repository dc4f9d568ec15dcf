"""Settings → Accounts: every account with its network, name, handle and state.

Add account…, Sign in again and Remove; all the work (the keyring, the network,
the database) runs on the task runner, and the list is read anew after each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.accounts import AccountState, AccountStatus
from advocate_desktop.services.accounts import sign_in_expires_soon
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.employee.add_account import AddAccountDialog, Opener, network_label
from advocate_desktop.ui.plain import plain_label, plain_tip

if TYPE_CHECKING:
    from advocate_desktop.accounts import AccountManager, Removed
    from advocate_desktop.services.accounts import AccountsService
    from advocate_desktop.ui.tasks import TaskRunner

StatusRole = Qt.ItemDataRole.UserRole
ICON_SIZE = 36
#: One colour per network for its letter badge (the networks' own brand colours).
BADGE_COLOURS = {
    "mastodon": "#6364ff",
    "bluesky": "#1185fe",
    "linkedin": "#0a66c2",
    "outbox": "#6b7280",
}


def network_badge(network: str, size: int = ICON_SIZE) -> QIcon:
    """A round badge with the network's initial (the same in every language): cheap, and
    never fetched from anywhere, unlike an avatar."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(BADGE_COLOURS.get(network, "#6b7280")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, network[:1].upper())
    painter.end()
    return QIcon(pixmap)


class AccountsPage(QWidget):
    accounts_changed = Signal()

    def __init__(
        self,
        accounts: AccountsService,
        tasks: TaskRunner,
        manager: Callable[[], AccountManager] | None = None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = accounts
        self._tasks = tasks
        self._manager = manager or accounts.account_manager
        self._opener = opener
        self._refresh_generation = 0
        self._removing: set[str] = set()
        self._sign_in_when_listed: str | None = None
        self.dialog: AddAccountDialog | None = None
        layout = QVBoxLayout(self)
        # A sign-in about to run out: said above the list, signed in again in two
        # clicks (this button, then Sign in).
        self.expiry_row = QWidget()
        expiry_layout = QHBoxLayout(self.expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        self.expiry_note = plain_label()
        self.expiry_note.setWordWrap(True)
        tint(self.expiry_note, Tone.WARNING)
        expiry_layout.addWidget(self.expiry_note, 1)
        self.expiry_sign_in = QPushButton(self.tr("Sign in again…"))
        self.expiry_sign_in.clicked.connect(self._sign_in_expiring)
        expiry_layout.addWidget(self.expiry_sign_in)
        self.expiry_row.hide()
        self.expiring: AccountStatus | None = None
        layout.addWidget(self.expiry_row)
        self.accounts = QListWidget()
        self.accounts.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.accounts.setSpacing(2)
        self.accounts.setAccessibleName(self.tr("Accounts"))
        self.accounts.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.accounts, 1)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_account = QPushButton(self.tr("Add account…"))
        self.add_account.clicked.connect(self.start_adding)
        self.sign_in_again = QPushButton(self.tr("Sign in again…"))
        self.sign_in_again.clicked.connect(self.start_sign_in_again)
        self.remove_account = QPushButton(self.tr("Remove"))
        self.remove_account.clicked.connect(self.remove_current)
        for button in (self.add_account, self.sign_in_again, self.remove_account):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # For the selected Mastodon account: who sees its posts (public unless changed).
        visibility_row = QHBoxLayout()
        self.visibility_label = QLabel(self.tr("Who sees this account's posts:"))
        self.visibility = QComboBox()
        for value, text in (
            ("public", self.tr("Everyone (public)")),
            ("unlisted", self.tr("Everyone, but kept out of public timelines (unlisted)")),
            ("private", self.tr("Followers only")),
        ):
            self.visibility.addItem(text, value)
        self.visibility.setAccessibleName(self.tr("Who sees this account's posts"))
        self.visibility_label.setBuddy(self.visibility)
        self.visibility.currentIndexChanged.connect(self._visibility_chosen)
        visibility_row.addWidget(self.visibility_label)
        visibility_row.addWidget(self.visibility, 1)
        layout.addLayout(visibility_row)
        # For the selected Mastodon account: the server publishes its posts itself.
        self.server_scheduling = QCheckBox(
            self.tr("Let the Mastodon server publish this account's scheduled posts")
        )
        self.server_scheduling.toggled.connect(self._server_scheduling_toggled)
        layout.addWidget(self.server_scheduling)
        self.server_scheduling_note = plain_label(
            self.tr(
                "Posts then go out even while this computer is off, but the policy check"
                " runs when a post is handed to the server, not at its time."
            )
        )
        self.server_scheduling_note.setWordWrap(True)
        layout.addWidget(self.server_scheduling_note)
        self._update_buttons()

    # -- the list -------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_generation += 1
        generation, manager = self._refresh_generation, self._manager
        self._tasks.run(
            lambda: manager().statuses(),
            lambda statuses: self._show(generation, statuses),
            lambda error: self._unreadable(generation, error),
            context=self,
        )

    def _show(self, generation: int, statuses: list[AccountStatus]) -> None:
        if generation != self._refresh_generation:
            return  # a newer read is on its way
        current = self.current_status()
        selected = current.account.id if current else None
        self.accounts.clear()
        for status in statuses:
            item = QListWidgetItem(network_badge(status.account.network), self.describe(status))
            item.setData(StatusRole, status)
            item.setToolTip(plain_tip(self.state_text(status)))
            self.accounts.addItem(item)
            if status.account.id == selected:
                self.accounts.setCurrentItem(item)
        self._show_expiring(statuses)
        self._update_buttons()
        wanted = self._sign_in_when_listed
        if wanted is not None:
            self._sign_in_when_listed = None
            self.sign_in_again_for(wanted)

    def _show_expiring(self, statuses: list[AccountStatus]) -> None:
        """The first account whose sign-in runs out within a week (or ran out)."""
        soon = [s for s in statuses if sign_in_expires_soon(s) and s.can_sign_in]
        self.expiring = min(soon, key=lambda s: s.days_left or 0) if soon else None
        if self.expiring is None:
            self.expiry_row.hide()
            return
        status = self.expiring
        if status.state == AccountState.SIGN_IN_NEEDED:
            text = self.tr(
                "The sign-in of %1 (%2) has expired: its posts wait until you sign in again."
            )
        else:
            text = self.tr(
                "The sign-in of %1 (%2) expires in %n day(s). Sign in again so its posts"
                " keep going out.",
                "",
                status.days_left or 0,
            )
        self.expiry_note.setText(
            text.replace("%1", status.account.display_name).replace(
                "%2", network_label(status.account.network)
            )
        )
        self.expiry_row.show()

    def _sign_in_expiring(self) -> None:
        if self.expiring is not None:
            self._open_dialog(self.expiring)

    def sign_in_again_for(self, account_id: str) -> AddAccountDialog | None:
        """Open the sign-in of one account (a notice's action); once the list is read
        when it is not yet."""
        for row in range(self.accounts.count()):
            status = self.accounts.item(row).data(StatusRole)
            if isinstance(status, AccountStatus) and status.account.id == account_id:
                self.accounts.setCurrentRow(row)
                return self.start_sign_in_again()
        self._sign_in_when_listed = account_id
        return None

    def _unreadable(self, generation: int, error: BaseException) -> None:
        if generation == self._refresh_generation:
            self._say(self.tr("The accounts cannot be read: %1").replace("%1", str(error)))

    def describe(self, status: AccountStatus) -> str:
        account = status.account
        first = f"{account.display_name} — {network_label(account.network)}"
        second = status.handle if status.handle != account.display_name else ""
        state = self.state_text(status)
        if account.id in self._removing:
            state = self.tr("Removing…")
        return "\n".join(line for line in (first, second, state) if line)

    def state_text(self, status: AccountStatus) -> str:
        if not self._service.network_allowed(status.account.network):
            return self.tr("Not allowed by your organization: nothing is published with it")
        if status.state == AccountState.SIGN_IN_NEEDED:
            return self.tr("Needs sign-in: its posts wait until you sign in again")
        if status.state == AccountState.EXPIRES:
            days = status.days_left or 0
            if sign_in_expires_soon(status):
                return self.tr("Sign in again: the sign-in expires in %n day(s)", "", days)
            return self.tr("Connected; the sign-in expires in %n day(s)", "", days)
        if status.state == AccountState.UNKNOWN:
            return self.tr("State unknown: %1").replace("%1", status.detail)
        if status.account.network == "outbox":
            return self.tr("Ready")
        return self.tr("Connected")

    def current_status(self) -> AccountStatus | None:
        item = self.accounts.currentItem()
        if item is None:
            return None
        status = item.data(StatusRole)
        return status if isinstance(status, AccountStatus) else None

    def _update_buttons(self) -> None:
        status = self.current_status()
        busy = status is not None and status.account.id in self._removing
        self.sign_in_again.setEnabled(status is not None and status.can_sign_in and not busy)
        self.remove_account.setEnabled(status is not None and not busy)
        scheduling = self._service.server_scheduling(status.account) if status else None
        offered = scheduling is not None and scheduling.offered and not busy
        self.server_scheduling.blockSignals(True)
        self.server_scheduling.setChecked(offered and scheduling is not None and scheduling.on)
        self.server_scheduling.blockSignals(False)
        self.server_scheduling.setEnabled(offered)
        self.server_scheduling_note.setEnabled(offered)
        mastodon = (
            status is not None and not busy and self._service.has_visibility_choice(status.account)
        )
        chosen = str(status.account.config.get("visibility", "public")) if status else "public"
        self.visibility.blockSignals(True)
        found = self.visibility.findData(chosen)
        self.visibility.setCurrentIndex(found if found >= 0 else 0)
        self.visibility.blockSignals(False)
        self.visibility.setEnabled(mastodon)
        self.visibility_label.setEnabled(mastodon)

    def _visibility_chosen(self, _index: int) -> None:
        status = self.current_status()
        if status is None or not self._service.has_visibility_choice(status.account):
            return
        account_id, value = status.account.id, str(self.visibility.currentData())
        accounts = self._service.repo
        self._tasks.run(
            lambda: accounts.merge_config(account_id, {"visibility": value}),
            lambda _: self.refresh(),
            lambda error: self._say(
                self.tr("The choice could not be saved: %1").replace("%1", str(error))
            ),
            context=self,
        )

    def _server_scheduling_toggled(self, on: bool) -> None:
        status = self.current_status()
        if status is None:
            return
        account_id, service = status.account.id, self._service
        self.server_scheduling.setEnabled(False)  # until the change is stored
        self._tasks.run(
            lambda: service.set_server_scheduling(account_id, on),
            self._server_scheduling_changed,
            self._server_scheduling_failed,
            context=self,
        )

    def _server_scheduling_changed(self, _account: object) -> None:
        self.refresh()
        self.accounts_changed.emit()

    def _server_scheduling_failed(self, error: BaseException) -> None:
        self.refresh()
        self._say(
            self.tr("The server's scheduling could not be changed: %1").replace("%1", str(error))
        )

    # -- adding and signing in ------------------------------------------------
    def start_adding(self) -> AddAccountDialog:
        return self._open_dialog(None)

    def start_sign_in_again(self) -> AddAccountDialog | None:
        status = self.current_status()
        if status is None or not status.can_sign_in:
            return None
        return self._open_dialog(status)

    def _open_dialog(self, again: AccountStatus | None) -> AddAccountDialog:
        if self.dialog is not None:
            self.dialog.close()  # cancels what it was doing
            self.dialog.deleteLater()
        dialog = AddAccountDialog(
            self._service, self._tasks, self._manager, self._opener, self, again=again
        )
        dialog.added.connect(self._added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, row: object) -> None:
        self._clear_message()
        self.refresh()
        self.accounts_changed.emit()

    # -- removing -------------------------------------------------------------
    def confirm_removal(self, status: AccountStatus) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove account"),
            self.tr(
                "Remove %1 from this computer? Its sign-in is ended on the network where"
                " possible, and its scheduled posts will not be published."
            ).replace("%1", status.account.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the network
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def remove_current(self) -> None:
        status = self.current_status()
        if status is None or status.account.id in self._removing:
            return
        if not self.confirm_removal(status):
            return
        account_id, manager = status.account.id, self._manager
        self._removing.add(account_id)
        item = self.accounts.currentItem()
        if item is not None:
            item.setText(self.describe(status))
        self._update_buttons()
        service = self._service
        self._tasks.run(
            # The posts its server holds come back first, while the sign-in still exists.
            lambda: service.remove(account_id, manager),
            lambda removed: self._removed(account_id, removed),
            lambda error: self._not_removed(account_id, error),
            context=self,
        )

    def _removed(self, account_id: str, removed: Removed) -> None:
        self._removing.discard(account_id)
        name = removed.account.display_name
        lines = [self.tr("%1 was removed.").replace("%1", name)]
        if removed.revoked is False:
            lines.append(
                self.tr(
                    "The sign-in could not be ended on the network (it did not answer), so it"
                    " may still be valid there: end it in the network's settings, under"
                    " authorized apps or app passwords."
                )
            )
        if removed.keyring_problem:
            lines.append(
                self.tr("Its sign-in could not be deleted from the keyring: %1").replace(
                    "%1", removed.keyring_problem
                )
            )
        self._say(" ".join(lines))
        self.refresh()
        self.accounts_changed.emit()

    def _not_removed(self, account_id: str, error: BaseException) -> None:
        self._removing.discard(account_id)
        self._say(self.tr("The account was not removed: %1").replace("%1", str(error)))
        self.refresh()

    # -- messages -------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
