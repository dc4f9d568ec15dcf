"""Notices about posts, shown as desktop notifications and always in the window.

The core says what happened (:mod:`advocate_desktop.schedule.notices`); this
module words it in the employee's language and offers the one action that deals
with it.  A notice goes to the tray when the desktop has one, and to a bar in
the window's status bar in every case, so it reaches the employee even where no
tray or notification service exists; the bar keeps it until it is dismissed or
replaced.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from advocate_desktop.networks.registry import label
from advocate_desktop.schedule.notices import (
    Fix,
    Notice,
    NoticeKind,
    notice_for,
    sign_in_expires,
    summarize,
)
from advocate_desktop.schedule.runner import Outcome
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.posts import PostsService
from advocate_desktop.ui.employee.tray import Tray
from advocate_desktop.ui.messages import problem_text
from advocate_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
# How often the sign-ins' expiry is looked at (each account is told once a day).
SIGN_IN_CHECK_SECONDS = 3600.0


class NoticeBar(QWidget):
    """The last notice, in the status bar, with its action and a close button."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleDescription(self.tr("Notification"))
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.setFlat(True)
        self.action.clicked.connect(self.activated)
        layout.addWidget(self.action)
        self.dismiss = QToolButton()
        self.dismiss.setText("×")
        self.dismiss.setAccessibleName(self.tr("Dismiss notification"))
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_notice(self, title: str, text: str, action: str) -> None:
        self.label.setText(f"{title}: {text}" if text else title)
        self.label.setToolTip(self.label.text())
        self.action.setText(action)
        self.show()

    def text(self) -> str:
        return self.label.text()


class Notifier(QObject):
    """Turns the runner's outcomes into notices, shows them, and carries out their fix."""

    open_post = Signal(str)  # the published post's address
    review_post = Signal(str)  # a post id: the Queue, on that post
    review_state = Signal(str)  # a state: the Queue, filtered on it
    account_settings = Signal()  # the account's settings (and, later, its sign-in)
    message = Signal(str)  # a quiet line for the status bar
    sign_in_account = Signal(str)  # an account id: its sign-in, at once

    def __init__(
        self,
        posts: PostsService,
        accounts: AccountsService,
        tasks: TaskRunner,
        tray: Tray,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._posts = posts
        self._accounts = accounts
        self._tasks = tasks
        self._tray = tray
        self._tray_notice: Notice | None = None
        self._bar_notice: Notice | None = None
        self._sign_ins_checked: float | None = None
        self.bar = NoticeBar()
        self.bar.activated.connect(lambda: self.activate(self._bar_notice))
        tray.message_clicked.connect(lambda: self.activate(self._tray_notice))

    @property
    def last(self) -> Notice | None:
        return self._bar_notice

    def handle(self, items: Sequence[Outcome | Notice]) -> None:
        """The runner's outcomes (and any notice raised beside them), read and shown."""
        for item in items:
            if not isinstance(item, Outcome) or item.problem is None:
                continue  # a post put back in line after a crash needs no word
            if item.state is PostState.RETRY_WAIT:
                self.message.emit(
                    self.tr("Publishing failed; it will be retried: %1").replace(
                        "%1", problem_text(item.problem)
                    )
                )
            elif item.state is PostState.SCHEDULED:  # a warning: the sign-in runs out first
                self.message.emit(
                    self.tr("Sign in again soon: %1").replace("%1", problem_text(item.problem))
                )
        posts = self._posts.repo

        def read() -> list[Notice]:
            notices: list[Notice] = []
            for item in items:
                if isinstance(item, Notice):
                    notices.append(item)
                    continue
                post = posts.get(item.post_id)
                notice = notice_for(
                    item.post_id,
                    item.state,
                    item.problem,
                    account_id=post.account_id if post else None,
                    url=post.remote_url if post else None,
                )
                if notice is not None:
                    notices.append(notice)
            return summarize(notices)

        self._tasks.run(read, self._show_all, context=self)

    def check_sign_ins(self) -> None:
        """Tell, once a day per account, of sign-ins that run out within a week (at
        most once an hour it is looked at: the scheduler's every tick calls this)."""
        moment = time.monotonic()
        checked = self._sign_ins_checked
        if checked is not None and moment - checked < SIGN_IN_CHECK_SECONDS:
            return
        self._sign_ins_checked = moment
        accounts = self._accounts

        def read() -> list[Notice]:
            return summarize(
                sign_in_expires(s.account_id, s.account_name, s.network, s.days_left)
                for s in accounts.sign_ins_expiring()
            )

        self._tasks.run(read, self._show_all, lambda error: None, context=self)

    def _show_all(self, notices: list[Notice]) -> None:
        for notice in notices:
            self.show(notice)

    def show(self, notice: Notice) -> None:
        title, text = self.describe(notice)
        self._bar_notice = notice
        self.bar.show_notice(title, text, self.fix_label(notice))
        if self._tray.show_message(title, text):
            self._tray_notice = notice
        log.info("notice: %s (%s)", notice.kind, notice.post_id or notice.account_id or "")

    def describe(self, notice: Notice) -> tuple[str, str]:
        """The notice's title and text, in the employee's language."""
        count = notice.count
        if notice.kind is NoticeKind.PUBLISHED:
            if count > 1:
                return self.tr("%n post(s) published", "", count), ""
            return self.tr("Post published"), self.tr("Your post is out.")
        if notice.kind is NoticeKind.MISSED:
            text = self.tr("Publish it now, give it a new time, or cancel it.")
            if count > 1:
                return self.tr("%n post(s) missed their time", "", count), text
            return self.tr("A post missed its time"), text
        if notice.kind is NoticeKind.SIGN_IN_NEEDED:
            text = self.tr(
                "The network signed this account out. Its posts wait until you sign in again."
            )
            return self.tr("Sign-in needed"), text
        if notice.kind is NoticeKind.SIGN_IN_EXPIRES:
            if count > 1:
                return self.tr("%n sign-in(s) expire soon", "", count), self.tr(
                    "Sign in again so their posts keep going out."
                )
            name = f"{notice.account_name} ({label(notice.network)})"
            if not notice.days_left:
                return self.tr("Sign-in expired"), self.tr(
                    "The sign-in of %1 has expired. Its posts wait until you sign in again."
                ).replace("%1", name)
            return self.tr("Sign-in expires soon"), self.tr(
                "The sign-in of %1 expires in %n day(s). Sign in again so its posts keep going"
                " out.",
                "",
                notice.days_left,
            ).replace("%1", name)
        if count > 1:
            return self.tr("%n post(s) need your attention", "", count), self.tr(
                "They were not published."
            )
        return self.tr("A post was not published"), problem_text(notice.problem)

    def fix_label(self, notice: Notice) -> str:
        labels = {
            Fix.OPEN_POST: self.tr("Open post"),
            Fix.REVIEW_IN_QUEUE: self.tr("Open in the Queue"),
            Fix.ACCOUNT_SETTINGS: self.tr("Account settings"),
            Fix.SIGN_IN: self.tr("Sign in"),
        }
        if notice.fix is Fix.OPEN_POST and not notice.url:
            return labels[Fix.REVIEW_IN_QUEUE]
        return labels[notice.fix]

    def activate(self, notice: Notice | None) -> None:
        """Carry out the notice's fix (its button, or a click on the desktop notification)."""
        if notice is None:
            return
        if notice.fix is Fix.OPEN_POST and notice.url:
            self.open_post.emit(notice.url)
        elif notice.kind is NoticeKind.SIGN_IN_EXPIRES and notice.account_id:
            self.sign_in_account.emit(notice.account_id)
        elif notice.fix in (Fix.ACCOUNT_SETTINGS, Fix.SIGN_IN):
            self.account_settings.emit()
        elif notice.count > 1:
            state = {
                NoticeKind.MISSED: PostState.MISSED,
                NoticeKind.FAILED: PostState.NEEDS_ATTENTION,
                NoticeKind.PUBLISHED: PostState.PUBLISHED,
            }.get(notice.kind)
            self.review_state.emit(str(state) if state else "")
        elif notice.post_id:
            self.review_post.emit(notice.post_id)
