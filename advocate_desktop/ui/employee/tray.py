"""The tray icon: the next post and its time, pause and resume, the window, quit.

The icon and its menu are built even where the desktop has no tray (they are then
never shown), so the rest of the window can always talk to one object; whoever
shows a notification asks :meth:`Tray.show_message` and falls back to the window
when it answers False.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon, Qt
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from advocate_desktop import APP_NAME
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.posts import PostsService
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.ui.plain import plain_tip
from advocate_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SNIPPET = 40  # Windows cuts a tray tooltip at 127 characters
MESSAGE_MS = 10_000


@dataclass(frozen=True)
class NextPost:
    post: PostRow
    account: str

    @property
    def due(self) -> str:
        stamp = self.post.next_attempt_at if self.post.state == "retry_wait" else None
        stamp = stamp or self.post.due_at
        return from_db(stamp).astimezone().strftime("%Y-%m-%d %H:%M") if stamp else ""

    @property
    def snippet(self) -> str:
        text = " ".join(self.post.text.split())
        return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"


def menu_text(text: str) -> str:
    """Text for a menu entry: an ampersand is shown, never taken as a shortcut mark."""
    return text.replace("&", "&&")


def never_markup(text: str) -> str:
    """Tooltips and notification balloons render text that looks like HTML as HTML;
    a post's text or a server's message is shown as typed (escaped only then)."""
    return plain_tip(text) if Qt.mightBeRichText(text) else text


class Tray(QObject):
    show_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(
        self,
        posts: PostsService,
        accounts: AccountsService,
        tasks: TaskRunner,
        pause_action: QAction,
        icon: QIcon,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._posts = posts
        self._accounts = accounts
        self._tasks = tasks
        self._pause_action = pause_action
        self._next: NextPost | None = None
        self._reading = False
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu(parent)
        self.next_action = QAction(self.menu)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self.open_action = QAction(self.tr("Open %1").replace("%1", APP_NAME), self.menu)
        self.open_action.triggered.connect(self.show_requested)
        self.menu.addAction(self.open_action)
        self.pause_resume_action = QAction(self.menu)
        self.pause_resume_action.triggered.connect(self._toggle_pause)
        self.menu.addAction(self.pause_resume_action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        pause_action.toggled.connect(lambda _on: self.show_state())
        pause_action.changed.connect(self.show_state)
        self.show_state()
        if self.available:
            self.icon.show()
            log.info("tray icon shown")

    def refresh(self) -> None:
        """Read the next post on a worker; the tooltip and menu follow."""
        if self._reading:
            return
        self._reading = True
        posts = self._posts.repo
        accounts = self._accounts.repo

        def read() -> NextPost | None:
            post = posts.next_out()  # held by a server or not
            if post is None:
                return None
            account = accounts.get(post.account_id or "")
            return NextPost(post, account.display_name if account else "")

        def done(found: NextPost | None) -> None:
            self._reading = False
            self._next = found
            self.show_state()

        def failed(error: BaseException) -> None:
            self._reading = False

        self._tasks.run(read, done, failed, context=self)

    @property
    def next_post(self) -> NextPost | None:
        return self._next

    def next_line(self) -> str:
        found = self._next
        if found is None:
            return self.tr("No posts scheduled")
        line = self.tr("Next post: %1 — %2").replace("%1", found.due).replace("%2", found.snippet)
        return f"{line} ({found.account})" if found.account else line

    def show_state(self) -> None:
        """Show the next post and the paused state (after either changed)."""
        paused = self._pause_action.isChecked()
        self.next_action.setText(menu_text(self.next_line()))
        self.pause_resume_action.setText(
            self.tr("Resume publishing") if paused else self.tr("Pause publishing")
        )
        self.pause_resume_action.setEnabled(self._pause_action.isEnabled())
        lines = [APP_NAME, self.next_line()]
        if paused:
            lines.append(self.tr("Publishing paused"))
        self.icon.setToolTip(never_markup("\n".join(lines)))

    def _toggle_pause(self) -> None:
        self._pause_action.setChecked(not self._pause_action.isChecked())

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def show_message(self, title: str, text: str) -> bool:
        """A desktop notification; False when this desktop cannot show one."""
        if not (self.available and self.icon.isVisible() and self.icon.supportsMessages()):
            return False
        self.icon.showMessage(
            never_markup(title),
            never_markup(text),
            QSystemTrayIcon.MessageIcon.Information,
            MESSAGE_MS,
        )
        return True
