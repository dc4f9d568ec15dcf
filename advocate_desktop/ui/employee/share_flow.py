"""Share on…: a post on a network's own share page, in the employee's browser.

The no-API path, for every network (networks/share.py builds the pages).  The checks
that run before publishing run first, on a worker (``PostsService.prepare_share``): a post
they block never reaches a share page.  Then the text goes to the clipboard where the
page cannot take it, the system browser opens the page, and a dialog asks whether the
post went out.  "Yes" records it as ``handed_off`` with the time; "No" leaves it as it
was.  The app never sees the network's answer: the record is the employee's word.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.networks.registry import MASTODON
from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.networks.share import SHARE_NETWORKS, Placement, ShareError, SharePage
from advocate_desktop.schedule import errors
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.services.posts import PostsService
from advocate_desktop.store.accounts_repo import AccountRow
from advocate_desktop.ui.messages import problem_text
from advocate_desktop.ui.plain import plain_label
from advocate_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Opens an address in the system browser; tests pass their own.
OpenUrl = Callable[[QUrl], bool]


@dataclass(frozen=True)
class ShareChoice:
    """A network to share on, and for Mastodon the account whose server's page to use
    (None: the employee names the server)."""

    network: str
    account: AccountRow | None = None


class ShareMenu(QMenu):
    """Every network's share page; Mastodon once per Mastodon account, and once for a
    server the employee types."""

    chosen = Signal(object)  # ShareChoice

    def __init__(
        self, parent: QWidget | None = None, allowed: Callable[[str], bool] = lambda _n: True
    ) -> None:
        super().__init__(parent)
        self._allowed = allowed  # IT's allowed_networks: the others are not offered
        self.set_accounts([])

    def set_accounts(self, accounts: list[AccountRow]) -> None:
        self.clear()
        mastodon = [a for a in accounts if a.network == MASTODON]
        for network in filter(self._allowed, SHARE_NETWORKS):
            if network != MASTODON:
                self._add(network_label(network), ShareChoice(network))
                continue
            for account in mastodon:
                self._add(
                    self.tr("Mastodon (%1)").replace("%1", account.display_name),
                    ShareChoice(network, account),
                )
            self._add(
                self.tr("Mastodon on another server…") if mastodon else self.tr("Mastodon…"),
                ShareChoice(network),
            )

    def _add(self, text: str, choice: ShareChoice) -> None:
        action = self.addAction(text)
        action.setData(choice)
        action.triggered.connect(lambda _checked=False, c=choice: self.chosen.emit(c))

    def choices(self) -> list[tuple[str, ShareChoice]]:
        return [(a.text(), a.data()) for a in self.actions()]


class AskPostedDialog(QDialog):
    """After the page opened: where the text is, and whether the employee posted it."""

    def __init__(self, page: SharePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        name = network_label(page.network)
        self.setWindowTitle(self.tr("Share on %1").replace("%1", name))
        layout = QVBoxLayout(self)
        heading = plain_label(
            self.tr("The share page of %1 is open in your browser.").replace("%1", name)
            if page.placement is not Placement.NO_SHARE_PAGE
            else self.tr("Instagram is open in your browser.")
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.where = plain_label(self.where_text())
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.copy_button: QPushButton | None = None
        if page.clipboard is not None:
            # Beside what it is about, apart from the answers.
            self.copy_button = QPushButton(self.tr("Copy the text again"))
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self._copy_again)
            row = QHBoxLayout()
            row.addWidget(self.copy_button)
            row.addStretch(1)
            layout.addLayout(row)
        self.question = plain_label(
            self.tr(
                "Did you post it? The app cannot see what you do there: your answer is what it"
                " records."
            )
        )
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        buttons = QDialogButtonBox()
        self.yes_button = buttons.addButton(
            self.tr("Yes, I posted it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.no_button = buttons.addButton(
            self.tr("No, not posted"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.yes_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def where_text(self) -> str:
        page = self.page
        name = network_label(page.network)
        paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        if page.placement is Placement.IN_ADDRESS:
            return self.tr("Your text is filled in there: check it, then post it.")
        if page.placement is Placement.LINK_ONLY:
            return (
                self.tr(
                    "%1 takes only the link from the app. Your text is on the clipboard:"
                    " paste it into the post (%2)."
                )
                .replace("%1", name)
                .replace("%2", paste)
            )
        if page.placement is Placement.TOO_LONG:
            return (
                self.tr(
                    "Your text is longer than %1 takes (%2 of %3), so it is on the clipboard"
                    " instead: paste it there (%4) and shorten it."
                )
                .replace("%1", name)
                .replace("%2", str(page.length))
                .replace("%3", str(page.limit))
                .replace("%4", paste)
            )
        if page.placement is Placement.ADDRESS_TOO_LONG:
            return self.tr(
                "Your text is too long to fill in from here, so it is on the clipboard:"
                " paste it into the post (%1)."
            ).replace("%1", paste)
        return self.tr(
            "Instagram has no share page. Make a post with an image there and paste your"
            " text from the clipboard as its caption (%1)."
        ).replace("%1", paste)

    def _copy_again(self) -> None:
        if self.page.clipboard is not None:
            QGuiApplication.clipboard().setText(self.page.clipboard)


class ShareFlow(QObject):
    """Checks, opens and records one share at a time for the widget that owns it."""

    handed_off = Signal(str)  # post id, now handed_off
    message = Signal(str)

    def __init__(
        self,
        posts: PostsService,
        tasks: TaskRunner,
        parent: QWidget,
        open_url: OpenUrl = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._posts = posts
        self._tasks = tasks
        self._parent = parent
        self.open_url = open_url  # replaceable: tests record the address instead
        self._last_instance = ""
        self._busy = False
        self.menu = ShareMenu(parent, posts.may_share_on)
        self.instance_dialog: QInputDialog | None = None
        self.dialog: AskPostedDialog | None = None

    @property
    def busy(self) -> bool:
        """A share is being checked, or its question is open."""
        return self._busy

    def set_accounts(self, accounts: list[AccountRow]) -> None:
        self.menu.set_accounts(accounts)

    def start(self, post_id: str, text: str, choice: ShareChoice) -> None:
        """Share ``text`` (the post's, as the employee has it now) on ``choice``'s page."""
        if self._busy:
            self.message.emit(self.tr("Finish the share that is open first."))
            return
        if choice.network == MASTODON and choice.account is None:
            self._ask_instance(post_id, text, choice)
            return
        self._check(post_id, text, choice, None)

    def _ask_instance(self, post_id: str, text: str, choice: ShareChoice) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Share on Mastodon"))
        dialog.setLabelText(
            self.tr("Your Mastodon server's address (for example mastodon.social):")
        )
        dialog.setTextValue(self._last_instance)
        dialog.textValueSelected.connect(
            lambda value: self._check(post_id, text, choice, value.strip())
        )
        dialog.finished.connect(dialog.deleteLater)
        self.instance_dialog = dialog
        dialog.open()

    def _check(self, post_id: str, text: str, choice: ShareChoice, instance: str | None) -> None:
        self.instance_dialog = None
        if instance is not None:
            self._last_instance = instance
        self._busy = True
        posts = self._posts
        account_id = choice.account.id if choice.account else None

        def work() -> SharePage | PostProblem:
            return posts.prepare_share(
                post_id, text, choice.network, account_id=account_id, instance=instance
            )

        self._tasks.run(
            work,
            lambda result: self._checked(post_id, choice, result),
            lambda error: self._failed(error, instance),
            context=self,
        )

    def _checked(self, post_id: str, choice: ShareChoice, result: SharePage | PostProblem) -> None:
        if isinstance(result, PostProblem):
            self._busy = False
            self.message.emit(self.blocked_text(result, choice.network))
            return
        page = result
        if page.clipboard is not None:
            QGuiApplication.clipboard().setText(page.clipboard)
        if not self.open_url(QUrl.fromEncoded(page.address.encode("ascii"))):
            self._busy = False
            self.message.emit(
                self.tr("Your browser could not be opened at %1").replace("%1", page.address)
            )
            return
        dialog = AskPostedDialog(page, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._posted(post_id, choice, page))
        dialog.rejected.connect(self._not_posted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _posted(self, post_id: str, choice: ShareChoice, page: SharePage) -> None:
        self.dialog = None
        service = self._posts.post_service
        account_id = choice.account.id if choice.account else None

        def done(_row: object) -> None:
            self._busy = False
            self.message.emit(
                self.tr("Recorded: you posted it on %1.").replace("%1", network_label(page.network))
            )
            self.handed_off.emit(post_id)

        self._tasks.run(
            # The text as the network got it: with the link its page added.
            lambda: service.hand_off(
                post_id, text=page.text, network=page.network, account_id=account_id
            ),
            done,
            lambda error: self._failed(error, None),
            context=self,
        )

    def _not_posted(self) -> None:
        self.dialog = None
        self._busy = False
        self.message.emit(self.tr("Not recorded as posted: the post stays as it was."))

    def _failed(self, error: BaseException, instance: str | None) -> None:
        self._busy = False
        if isinstance(error, ShareError) and instance is not None:
            self.message.emit(
                self.tr(
                    "%1 is not the address of a Mastodon server. Type it like mastodon.social."
                ).replace("%1", instance or "…")
            )
            return
        log.error("sharing failed: %r", error)
        self.message.emit(self.tr("Sharing failed: %1").replace("%1", str(error)))

    def blocked_text(self, problem: PostProblem, network: str) -> str:
        """Why the share page did not open, in the employee's language."""
        name = network_label(network)
        if problem.code == errors.POLICY_BLOCKED:
            return (
                self.tr("Not opened: the policy blocks this post on %1 (%2). Edit it first.")
                .replace("%1", name)
                .replace("%2", problem.detail)
            )
        if problem.code == errors.NETWORK_NOT_ALLOWED:
            return self.tr("Not opened: your organization does not allow %1.").replace("%1", name)
        if problem.code == errors.POLICY_UNAVAILABLE:
            return self.tr(
                "Not opened: your IT department's policy could not be loaded, so nothing may be"
                " posted. Your draft is kept."
            )
        return self.tr("Not opened: %1").replace("%1", problem_text(problem) or problem.code)
