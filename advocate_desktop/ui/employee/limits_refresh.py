"""Reads the Mastodon servers' limits again once a day, and keeps signed in the
accounts whose tokens expire unless refreshed (Threads), on a worker.

The timer only asks; :meth:`AccountsService.refresh_server_limits` decides which accounts
are due (limits a day old or more) and reads them off the GUI thread.  When any
account's limits changed, ``changed`` tells the window to reload the accounts, so
the editor counts with the new ones.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.server_limits import LimitsRefresh

log = logging.getLogger(__name__)
#: How often to look for accounts whose limits are due; a day passes between reads.
CHECK_MS = 60 * 60 * 1000


class LimitsRefresher(QObject):
    changed = Signal()  # some account's limits changed: reload the accounts
    finished = Signal(list)  # list[LimitsRefresh]

    def __init__(self, accounts: AccountsService, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self.busy = False
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Look now (limits due since the app last ran), then every hour."""
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self.busy:
            return
        self.busy = True
        self._tasks.run(self._both, self._done, self._failed, self)

    def _both(self) -> tuple[list[LimitsRefresh], bool]:
        """On the worker: the limits, then the sign-ins (whether any account changed)."""
        results = self._accounts.refresh_server_limits()
        try:
            refreshed = self._accounts.keep_accounts_signed_in()
        except Exception as error:  # the keyring away: the limits are still worth having
            log.error("keeping the accounts signed in failed: %r", error)
            refreshed = []
        return results, any(r.changed for r in refreshed)

    def _done(self, outcome: tuple[list[LimitsRefresh], bool]) -> None:
        self.busy = False
        results, signed_in_changed = outcome
        if signed_in_changed or any(r.changed for r in results):
            self.changed.emit()
        self.finished.emit(results)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        log.error("refreshing the servers' limits failed: %r", error)
        self.finished.emit([])
