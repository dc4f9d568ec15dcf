"""Add an account (or sign one in again): the network, then its steps in plain words.

Mastodon: the server's address, then the browser opens at the server, where the
employee approves; this dialog waits (Cancel ends the wait and closes the
sign-in listener).  Bluesky: the handle and an app password.  Outbox: a folder.
A network signed in through the app the company registered there (LinkedIn, X,
Threads: ``AuthKind.OAUTH_APP``) has one page for all of them: "Sign in with
<network> in your browser"; without the company's app it is shown as not
available, with one sentence why.

All network work runs on the task runner; the newest attempt wins (an answer to
an attempt that was cancelled or replaced is dropped), and closing the dialog
cancels what is running.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.accounts import addable_networks
from advocate_desktop.networks.bluesky.spec import APP_PASSWORDS_URL
from advocate_desktop.networks.connect import SignInRequest
from advocate_desktop.networks.registry import (
    BLUESKY,
    DEFAULT_TEXT_TARGET,
    MASTODON,
    OUTBOX,
    label,
    spec_for,
    text_targets,
)
from advocate_desktop.networks.spec import AuthKind
from advocate_desktop.services.app_services import default_outbox_folder
from advocate_desktop.ui.colors import tint
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.messages import network_error_text
from advocate_desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from advocate_desktop.accounts import AccountManager, AccountStatus
    from advocate_desktop.services.accounts import AccountsService
    from advocate_desktop.store.accounts_repo import AccountRow
    from advocate_desktop.ui.tasks import TaskRunner

Opener = Callable[[str], object]


def network_label(network: str) -> str:
    """The network's name as the Accounts page shows it."""
    if network == OUTBOX:
        return QCoreApplication.translate("AddAccount", "Outbox folder")
    return label(network)  # a network's name is its brand: not translated


def signs_in_with_company_app(network: str) -> bool:
    """Whether the network's accounts sign in through an app the company registered."""
    return network in {n for n in addable_networks() if spec_for(n).auth is AuthKind.OAUTH_APP}


def no_company_app_text(network: str) -> str:
    """Why a network the company has not set up cannot be added, in one sentence."""
    return QCoreApplication.translate(
        "AddAccount",
        "Your organization has not set up %1 for this app; you can still share through"
        " %1's share page.",
    ).replace("%1", label(network))


def not_allowed_text(network: str) -> str:
    """Why IT's allowed_networks keeps ``network`` out, in one sentence."""
    return QCoreApplication.translate("AddAccount", "Your organization does not allow %1.").replace(
        "%1", network_label(network)
    )


def account_problem(code: str, detail: str = "", network: str = "") -> str:
    """What a failed sign-in means, in the employee's language (a network's own codes
    in its spec's words)."""
    if code == "no_company_app" and network:
        return no_company_app_text(network)
    if code == "not_allowed":
        return not_allowed_text(network or detail)

    messages = {
        "bad_address": QCoreApplication.translate(
            "AddAccount",
            "This is not a server address. Type your Mastodon server's address, for"
            " example mastodon.social.",
        ),
        "not_mastodon": QCoreApplication.translate(
            "AddAccount",
            "This address does not answer as a Mastodon server. Check the address of your"
            " server: it is in your profile, after the second @.",
        ),
        "timeout": QCoreApplication.translate(
            "AddAccount", "The server did not answer in time. Try again later."
        ),
        "server_unavailable": QCoreApplication.translate(
            "AddAccount",
            "The server cannot be reached or is not working right now. Check the address"
            " and your internet connection, or try again later.",
        ),
        "tls": QCoreApplication.translate(
            "AddAccount", "The secure connection to the server failed."
        ),
        "bad_response": QCoreApplication.translate(
            "AddAccount", "The server sent an answer that cannot be read. Try again later."
        ),
        "rate_limited": QCoreApplication.translate(
            "AddAccount", "The server asks to wait. Try again in a few minutes."
        ),
        "timed_out": QCoreApplication.translate(
            "AddAccount",
            "No approval came from the browser in time. Try again, and approve Advocate"
            " Desktop in the browser window that opens.",
        ),
        "denied": QCoreApplication.translate(
            "AddAccount", "The sign-in was refused in the browser."
        ),
        "state_mismatch": QCoreApplication.translate(
            "AddAccount",
            "The browser came back with an answer to another sign-in. Please try again.",
        ),
        "no_code": QCoreApplication.translate(
            "AddAccount", "The browser came back without an approval. Please try again."
        ),
        "browser_failed": QCoreApplication.translate(
            "AddAccount", "Your browser could not be opened."
        ),
        "token_refused": QCoreApplication.translate(
            "AddAccount", "The server refused the sign-in: %1"
        ),
        "rejected": QCoreApplication.translate("AddAccount", "The server refused: %1"),
        "forbidden": QCoreApplication.translate("AddAccount", "The server refused: %1"),
        "handle_not_found": QCoreApplication.translate(
            "AddAccount",
            "No account has this handle. Check the spelling, for example alice.bsky.social.",
        ),
        "wrong_password": QCoreApplication.translate(
            "AddAccount", "The handle or the app password is wrong."
        ),
        "main_password": QCoreApplication.translate(
            "AddAccount",
            "This is your account's main password. For your safety Advocate Desktop only"
            " accepts an app password: create one and paste it here.",
        ),
        "account_takendown": QCoreApplication.translate(
            "AddAccount", "The server has suspended this account."
        ),
        "not_bluesky": QCoreApplication.translate(
            "AddAccount", "This server does not answer as a Bluesky server."
        ),
        "already_added": QCoreApplication.translate(
            "AddAccount", "This account is connected already, as %1."
        ),
        "different_account": QCoreApplication.translate(
            "AddAccount",
            "You signed in as %1, which is another account. Sign in with the account you"
            " are signing in again.",
        ),
        "no_such_account": QCoreApplication.translate(
            "AddAccount", "The account was removed meanwhile."
        ),
        "keyring": QCoreApplication.translate(
            "AddAccount", "The system keyring did not store the sign-in: %1"
        ),
        "broken_account": QCoreApplication.translate(
            "AddAccount", "The account's stored settings cannot be read: %1"
        ),
        "cancelled": QCoreApplication.translate("AddAccount", "Cancelled."),
    }
    message = messages.get(code)
    if message is None and code:
        own = network_error_text(code, detail, network)
        if own is not None:
            return own
    message = message or QCoreApplication.translate(
        "AddAccount", "The account could not be connected: %1"
    )
    return message.replace("%1", detail or code)


class SystemBrowser(QObject):
    """Opens an address in the employee's browser (never an embedded view).

    Called from the sign-in worker: the call is carried to the GUI thread, where
    ``QDesktopServices`` must run, and raises when the system could not open it.
    """

    _requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opened = False
        self._requested.connect(self._open, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, url: str) -> None:
        if QThread.currentThread() is self.thread():
            self._open(url)
        else:
            self._requested.emit(url)  # returns once the GUI thread has opened it
        if not self._opened:
            raise OSError("the system did not open a browser")

    @Slot(str)
    def _open(self, url: str) -> None:
        self._opened = QDesktopServices.openUrl(QUrl(url))


class _Relay(QObject):
    """Tells the dialog, on the GUI thread, which address the browser was sent to."""

    opened = Signal(int, str)


class AddAccountDialog(QDialog):
    """Add an account, or (with ``again``) sign an existing one in again."""

    added = Signal(object)  # the AccountRow

    def __init__(
        self,
        accounts: AccountsService,
        tasks: TaskRunner,
        manager: Callable[[], AccountManager],
        opener: Opener | None = None,
        parent: QWidget | None = None,
        again: AccountStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self._manager = manager
        self._opener: Opener = opener if opener is not None else SystemBrowser(self)
        self._again = again
        self._attempt = 0
        self._cancel: threading.Event | None = None
        self._network = again.account.network if again else MASTODON
        self._relay = _Relay(self)
        self._relay.opened.connect(self._browser_opened)
        application = QCoreApplication.instance()
        if application is not None:
            # A sign-in waits minutes for the browser; the thread pool would hold the
            # app's exit for as long.
            application.aboutToQuit.connect(self._stop_attempt)
        self.setWindowTitle(self.tr("Sign in again") if again else self.tr("Add an account"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        tint(self.problem, Tone.ERROR)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()
        self.pages = QStackedWidget()
        self.choose_page = self._choose_page()
        self.mastodon_page = self._mastodon_page()
        self.bluesky_page = self._bluesky_page()
        self.outbox_page = self._outbox_page()
        self.oauth_app_page = self._oauth_app_page()
        self.waiting_page = self._waiting_page()
        # Whether IT configured each company-app network (None: not known yet).
        self.company_apps: dict[str, bool] | None = None
        for page in (
            self.choose_page,
            self.mastodon_page,
            self.bluesky_page,
            self.outbox_page,
            self.oauth_app_page,
            self.waiting_page,
        ):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(self._go_back)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel_clicked)
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next_clicked)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        if again is not None:
            self._show_form(again.account.network)
        else:
            self._show(self.choose_page)
        self._ask_company_apps()

    # -- pages ----------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Which network is the account on?")))
        self.network_buttons = QButtonGroup(page)
        descriptions = {
            MASTODON: self.tr("Your browser opens at your server, where you approve the app."),
            BLUESKY: self.tr("Sign in with your handle and an app password."),
            OUTBOX: self.tr(
                "Posts are written as files into a folder: to try the app, or to hand posts"
                " to another tool."
            ),
        }
        self.network_choice: dict[str, QRadioButton] = {}
        self.network_notes: dict[str, QLabel] = {}
        for network in addable_networks():
            button = QRadioButton(network_label(network))
            button.setProperty("network", network)
            self.network_buttons.addButton(button)
            self.network_choice[network] = button
            layout.addWidget(button)
            description = descriptions.get(network, "")
            if signs_in_with_company_app(network):
                description = self.tr(
                    "Your browser opens at %1, where you approve the app your organization set up."
                ).replace("%1", label(network))
            note = plain_label(description)
            self.network_notes[network] = note
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(note)
        # IT's allowed_networks: the others are shown, disabled, with the reason.
        allowed = self._accounts.allowed_networks(addable_networks())
        for network in addable_networks():
            if network not in allowed:
                self.network_choice[network].setEnabled(False)
                self.network_notes[network].setText(not_allowed_text(network))
        if allowed:
            self.network_choice[allowed[0]].setChecked(True)
        else:
            none = plain_label(
                self.tr("Your organization allows no network, so no account can be added.")
            )
            none.setWordWrap(True)
            tint(none, Tone.ERROR)
            layout.addWidget(none)
        layout.addStretch(1)
        return page

    def _mastodon_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mastodon_intro = plain_label(  # signing in again, it names the account
            self.tr(
                "Type the address of your Mastodon server. When you press Connect, your"
                " browser opens at your server: sign in there if it asks, and approve"
                " Advocate Desktop. Your password stays between you and your server."
            )
        )
        self.mastodon_intro.setWordWrap(True)
        layout.addWidget(self.mastodon_intro)
        form = QFormLayout()
        self.server = QLineEdit()
        self.server.setPlaceholderText("mastodon.social")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.returnPressed.connect(self._next_clicked)
        form.addRow(self.tr("Server:"), self.server)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _bluesky_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "An app password lets Advocate Desktop post for you without knowing your"
                " real password, and you can revoke it at any time. Create one in Bluesky"
                " under Settings → Privacy and security → App passwords, then paste it here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        link_text = html.escape(self.tr("Create an app password"))
        link = QLabel(f'<a href="{APP_PASSWORDS_URL}">{link_text}</a>')
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        link.setOpenExternalLinks(True)
        self.app_password_link = link
        layout.addWidget(link)
        form = QFormLayout()
        self.handle = QLineEdit()
        self.handle.setPlaceholderText("alice.bsky.social")
        self.handle.setAccessibleName(self.tr("Handle or e-mail"))
        form.addRow(self.tr("Handle or e-mail:"), self.handle)
        self.app_password = QLineEdit()
        self.app_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        self.app_password.setAccessibleName(self.tr("App password"))
        self.app_password.returnPressed.connect(self._next_clicked)
        form.addRow(self.tr("App password:"), self.app_password)
        self.bluesky_server = QLineEdit()
        self.bluesky_server.setPlaceholderText("bsky.social")
        self.bluesky_server.setAccessibleName(self.tr("Server"))
        self.bluesky_server.setToolTip(
            self.tr("Leave empty unless your account is hosted on another server.")
        )
        form.addRow(self.tr("Server (optional):"), self.bluesky_server)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _oauth_app_page(self) -> QWidget:
        """One page for every network signed in through the company's app there."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.oauth_app_title = plain_label()
        font = self.oauth_app_title.font()
        font.setBold(True)
        self.oauth_app_title.setFont(font)
        layout.addWidget(self.oauth_app_title)
        self.oauth_app_intro = plain_label()
        self.oauth_app_intro.setWordWrap(True)
        layout.addWidget(self.oauth_app_intro)
        self.oauth_app_unavailable = plain_label()
        self.oauth_app_unavailable.setWordWrap(True)
        self.oauth_app_unavailable.hide()
        layout.addWidget(self.oauth_app_unavailable)
        layout.addStretch(1)
        return page

    def _fill_oauth_app_page(self, network: str) -> None:
        name = label(network)
        self.oauth_app_title.setText(self.tr("Sign in with %1 in your browser").replace("%1", name))
        if self._again is not None:
            intro = self.tr(
                "Sign in again as %1. When you press Sign in, your browser opens at %2:"
                " sign in there if it asks, and allow the app your organization set up."
            ).replace("%1", self._again.account.display_name)
        else:
            intro = self.tr(
                "When you press Connect, your browser opens at %2: sign in there if it"
                " asks, and allow the app your organization set up. Your password stays"
                " between you and %2; Advocate Desktop keeps only a sign-in it can post"
                " with, in this computer's keyring."
            )
        self.oauth_app_intro.setText(intro.replace("%2", name))
        unavailable = self.company_apps is not None and not self.company_apps.get(network, False)
        self.oauth_app_unavailable.setText(no_company_app_text(network) if unavailable else "")
        self.oauth_app_unavailable.setVisible(unavailable)
        self.oauth_app_intro.setVisible(not unavailable)  # nothing to press, nothing to explain
        self.next.setEnabled(not unavailable)

    def _ask_company_apps(self) -> None:
        """Which company-app networks IT configured, read on a worker (the account
        manager loads the keyring); until the answer they are offered."""
        networks = [n for n in addable_networks() if signs_in_with_company_app(n)]
        if not networks:
            return
        manager = self._manager

        def read() -> dict[str, bool]:
            found = manager()
            return {n: found.company_app(n) is not None for n in networks}

        self._tasks.run(read, self._company_apps_known, lambda error: None, context=self)

    def _company_apps_known(self, known: dict[str, bool]) -> None:
        self.company_apps = known
        for network, configured in known.items():
            button = self.network_choice.get(network)
            if button is None or not button.isEnabled():  # not allowed: that says enough
                continue
            if not configured:
                label_text = self.tr("%1 — not available").replace("%1", network_label(network))
                button.setText(label_text)
                self.network_notes[network].setText(no_company_app_text(network))
        if self.pages.currentWidget() is self.oauth_app_page:
            self._fill_oauth_app_page(self._network)

    def _outbox_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel(
            self.tr(
                "An Outbox account publishes each post as a JSON file into a folder. Use it to"
                " try the app, or to hand posts to another tool."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.outbox_name = QLineEdit(self.tr("Outbox"))
        form.addRow(self.tr("Name:"), self.outbox_name)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(default_outbox_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)
        self.write_as = QComboBox()
        for name in text_targets():
            self.write_as.addItem(label(name), name)
        self.write_as.setCurrentIndex(self.write_as.findData(DEFAULT_TEXT_TARGET))
        form.addRow(self.tr("Write posts as for:"), self.write_as)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _waiting_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.waiting = plain_label()
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        layout.addWidget(busy)
        self.address_note = QLabel(
            self.tr("If no browser window opened, copy this address into your browser:")
        )
        self.address_note.setWordWrap(True)
        layout.addWidget(self.address_note)
        address_row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Sign-in address"))
        self.copy_address = QPushButton(self.tr("Copy"))
        self.copy_address.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.address.text())
        )
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_address)
        layout.addLayout(address_row)
        layout.addStretch(1)
        return page

    # -- navigation -----------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        waiting = page is self.waiting_page
        self.back.setVisible(page is not self.choose_page and self._again is None and not waiting)
        self.next.setVisible(not waiting)
        self.next.setText(self.tr("Next") if page is self.choose_page else self.tr("Connect"))
        if page is self.outbox_page:
            self.next.setText(self.tr("Add"))
        if self._again is not None and not waiting:
            self.next.setText(self.tr("Sign in"))
        in_browser = self._network == MASTODON or signs_in_with_company_app(self._network)
        for address_widget in (self.address_note, self.address, self.copy_address):
            address_widget.setVisible(waiting and in_browser)
        # On the first page, Next needs a network IT allows.
        self.next.setEnabled(
            page is not self.choose_page or self.network_buttons.checkedButton() is not None
        )
        if page is self.oauth_app_page:
            self._fill_oauth_app_page(self._network)

    def _show_form(self, network: str) -> None:
        self._network = network
        if signs_in_with_company_app(network):
            self._show(self.oauth_app_page)
            self.next.setFocus()
            return
        page = {
            MASTODON: self.mastodon_page,
            BLUESKY: self.bluesky_page,
            OUTBOX: self.outbox_page,
        }[network]
        if self._again is not None:
            handle = self._again.handle
            if network == MASTODON:
                self.server.setText(str(self._again.account.config.get("instance", "")))
                self.server.setReadOnly(True)
                self.mastodon_intro.setText(
                    self.tr(
                        "Sign in again as %1. When you press Sign in, your browser opens at"
                        " your server: sign in there if it asks, and approve Advocate Desktop."
                    ).replace("%1", handle)
                )
            elif network == BLUESKY:
                self.handle.setText(handle)
                self.handle.setReadOnly(True)
                self.bluesky_server.setText(
                    str(self._again.account.config.get("sign_in_service", ""))
                )
        self._show(page)
        focus = {MASTODON: self.server, BLUESKY: self.handle, OUTBOX: self.outbox_name}[network]
        if self._again is not None and network == BLUESKY:
            focus = self.app_password
        focus.setFocus()

    def _go_back(self) -> None:
        self._clear_problem()
        self._show(self.choose_page)

    def _next_clicked(self) -> None:
        current = self.pages.currentWidget()
        if current is self.choose_page:
            checked = self.network_buttons.checkedButton()
            if checked is not None:
                self._clear_problem()
                self._show_form(str(checked.property("network")))
        elif current is self.mastodon_page:
            self._connect_mastodon()
        elif current is self.bluesky_page:
            self._connect_bluesky()
        elif current is self.outbox_page:
            self._add_outbox()
        elif current is self.oauth_app_page:
            self._connect_oauth_app(self._network)

    def _cancel_clicked(self) -> None:
        if self.pages.currentWidget() is self.waiting_page:
            self._stop_attempt()
            self._show_form(self._network)
            self._say(account_problem("cancelled"))
        else:
            self.reject()

    def reject(self) -> None:
        self._stop_attempt()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_attempt()
        super().closeEvent(event)

    def _stop_attempt(self) -> None:
        """The running attempt is cancelled and its answer will be dropped."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        self._attempt += 1

    # -- the work -------------------------------------------------------------
    def _start(self, work: Callable[[threading.Event, int], Any], waiting_text: str) -> None:
        self._stop_attempt()
        attempt = self._attempt
        cancel = threading.Event()
        self._cancel = cancel
        self._clear_problem()
        self.waiting.setText(waiting_text)
        self.address.clear()
        self._show(self.waiting_page)
        self._tasks.run(
            lambda: work(cancel, attempt),
            lambda row: self._succeeded(attempt, row),
            lambda error: self._failed(attempt, error),
            context=self,
        )

    def _opener_for(self, attempt: int) -> Opener:
        opener, relay = self._opener, self._relay

        def open_browser(url: str) -> object:
            relay.opened.emit(attempt, url)
            return opener(url)

        return open_browser

    def _browser_opened(self, attempt: int, url: str) -> None:
        if attempt == self._attempt:
            self.address.setText(url)
            self.address.setCursorPosition(0)
            if signs_in_with_company_app(self._network):
                self.waiting.setText(
                    self.tr(
                        "Your browser opened at %1. Sign in there and allow the app, then"
                        " come back here. This window waits for the approval."
                    ).replace("%1", label(self._network))
                )
                return
            self.waiting.setText(
                self.tr(
                    "Your browser opened at your server. Approve Advocate Desktop there, then"
                    " come back here. This window waits for the approval."
                )
            )

    def _callback_pages(self) -> Any:
        from advocate_desktop.networks.oauth import CallbackPages

        return CallbackPages(
            signed_in=self.tr(
                "You are signed in. You can close this tab and return to Advocate Desktop."
            ),
            failed=self.tr(
                "The sign-in did not complete. Return to Advocate Desktop and try again."
            ),
        )

    def _connect_mastodon(self) -> None:
        address = self.server.text().strip()
        if not address:
            self._say(account_problem("bad_address"))
            self.server.setFocus()
            return
        manager, pages = self._manager, self._callback_pages()
        again = self._again

        def work(cancel: threading.Event, attempt: int) -> AccountRow:
            opener = self._opener_for(attempt)
            if again is not None:
                return manager().sign_in_again(
                    again.account.id, open_browser=opener, cancel=cancel, pages=pages
                )
            return manager().add_mastodon(address, open_browser=opener, cancel=cancel, pages=pages)

        self._start(work, self.tr("Checking the server and opening your browser…"))

    def _connect_oauth_app(self, network: str) -> None:
        if self.company_apps is not None and not self.company_apps.get(network, False):
            self._say(no_company_app_text(network))
            return
        manager, pages, again = self._manager, self._callback_pages(), self._again

        def work(cancel: threading.Event, attempt: int) -> AccountRow:
            opener = self._opener_for(attempt)
            if again is not None:
                return manager().sign_in_again(
                    again.account.id, open_browser=opener, cancel=cancel, pages=pages
                )
            request = SignInRequest(open_browser=opener, pages=pages, cancel=cancel)
            return manager().add(network, request)

        self._start(work, self.tr("Opening %1 in your browser…").replace("%1", label(network)))

    def _connect_bluesky(self) -> None:
        identifier = self.handle.text().strip()
        password = self.app_password.text()
        service = self.bluesky_server.text().strip()
        if not identifier:
            self._say(
                self.tr("Type your handle, for example alice.bsky.social, or your e-mail address.")
            )
            self.handle.setFocus()
            return
        if not password:
            self._say(self.tr("Paste the app password you created for Advocate Desktop."))
            self.app_password.setFocus()
            return
        manager, again = self._manager, self._again

        def work(cancel: threading.Event, attempt: int) -> AccountRow:
            if again is not None:
                return manager().sign_in_again(
                    again.account.id, app_password=password, cancel=cancel
                )
            return manager().add_bluesky(identifier, password, service=service, cancel=cancel)

        self._start(work, self.tr("Signing in to Bluesky…"))

    def _add_outbox(self) -> None:
        name = self.outbox_name.text().strip()
        folder_text = self.folder.text().strip()
        if not name or not folder_text:
            self._say(self.tr("Give the account a name and a folder."))
            return
        folder = Path(folder_text).expanduser()
        network = str(self.write_as.currentData())
        accounts = self._accounts

        def work(cancel: threading.Event, attempt: int) -> AccountRow:
            return accounts.add_outbox_account(name, folder, network)

        self._start(work, self.tr("Adding the account…"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Outbox folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _succeeded(self, attempt: int, row: AccountRow) -> None:
        self.added.emit(row)  # even a replaced attempt's account is real: the list shows it
        if attempt != self._attempt:
            return
        self._cancel = None
        self.app_password.clear()  # never kept longer than the sign-in
        self.accept()

    def _failed(self, attempt: int, error: BaseException) -> None:
        if attempt != self._attempt:
            return
        self._cancel = None
        self._show_form(self._network)
        code = getattr(error, "code", "")
        detail = getattr(error, "detail", "")
        if code:
            self._say(account_problem(str(code), str(detail), self._network))
        else:
            self._say(account_problem("", str(error)))

    # -- messages -------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()
