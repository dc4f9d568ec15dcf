"""The main window: feed and editor, queue, menus, tray and notifications."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop import APP_NAME, __version__
from advocate_desktop.feed.storage import media_file
from advocate_desktop.paths import resources_dir
from advocate_desktop.services.app_services import AppServices
from advocate_desktop.services.content import ContentService
from advocate_desktop.services.profile import Credentials, Removal
from advocate_desktop.store.connection import DamagedDatabase
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.text.status_summary import status_summary
from advocate_desktop.ui.colors import tint, tint_banner
from advocate_desktop.ui.contrast import Tone
from advocate_desktop.ui.employee.editor import EditorPanel, OpenDraft
from advocate_desktop.ui.employee.feed_list import THUMB, FeedEntry, FeedPanel
from advocate_desktop.ui.employee.limits_refresh import LimitsRefresher
from advocate_desktop.ui.employee.notifications import Notifier
from advocate_desktop.ui.employee.queue_view import QueueView
from advocate_desktop.ui.employee.scheduler import SchedulerController
from advocate_desktop.ui.employee.start_at_login import StartAtLogin
from advocate_desktop.ui.employee.sync import SyncController
from advocate_desktop.ui.employee.tray import Tray
from advocate_desktop.ui.i18n import ui_language
from advocate_desktop.ui.plain import (
    plain_label,
    plain_tip,
    show_problem,
    show_problem_later,
)
from advocate_desktop.ui.sizing import restore_geometry, save_geometry
from advocate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from advocate_desktop.data_flows import DataFlows
    from advocate_desktop.feed.sync import SyncResult
    from advocate_desktop.services.policy import PolicyInForce
    from advocate_desktop.ui.employee.settings_dialog import SettingsDialog
    from advocate_desktop.ui.studio.window import StudioWindow

log = logging.getLogger(__name__)
# Quitting waits this long for running work (a draft being saved); a download is cut
# at once, so only a stuck DNS lookup or disk could take longer.
QUIT_WAIT_MS = 1200


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "advocate-desktop.png"))


def load_entries(content: ContentService) -> list[FeedEntry]:
    """The list's entries (:meth:`ContentService.listed_items`); runs on a worker thread."""
    entries = [
        FeedEntry(
            listed.source_id,
            listed.item,
            listed.newest,
            None,
            expired=listed.expired,
            origin=listed.origin,
            signer=listed.signer,
        )
        for listed in content.listed_items()
    ]
    for entry in entries:
        _ = entry.haystack  # computed here, off the GUI thread
    return entries


def load_thumbnails(entries: list[FeedEntry], roots: list[Path]) -> list[QImage | None]:
    """Decode and scale the items' images; runs on a worker thread after the list is shown.

    Only plain files inside the app's media folders are read (see ``media_file``)."""
    thumbnails: list[QImage | None] = []
    for entry in entries:
        image = media_file(entry.item.image, roots)
        decoded = QImage(str(image)) if image is not None else QImage()
        thumbnails.append(
            None
            if decoded.isNull()
            else decoded.scaled(
                THUMB * 2,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    return thumbnails


class CloseChoice(Enum):
    KEEP_RUNNING = "keep_running"
    QUIT = "quit"
    CANCEL = "cancel"


def _unique_keys(keys: list[QKeySequence], *more: str) -> list[QKeySequence]:
    """``keys`` and ``more``, each once, in order (a platform may already bind one)."""
    found: list[QKeySequence] = []
    for key in [*keys, *(QKeySequence(m) for m in more)]:
        if not key.isEmpty() and key not in found:
            found.append(key)
    return found


class MainWindow(QMainWindow):
    ready = Signal(int)
    quit_requested = Signal()

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        credentials: Callable[[], Credentials],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._credentials = credentials
        self._quitting = False
        self._told_about_tray = False
        self.close_question: QMessageBox | None = None  # while asking before closing
        self._sync_started = False
        self._list_generation = 0
        self._pending_import: Path | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self.feed = FeedPanel()
        self.editor = EditorPanel(
            content=services.content,
            posts=services.posts,
            accounts=services.accounts,
            settings=services.settings,
            tasks=tasks,
        )
        self.queue = QueueView(services.posts, services.accounts, tasks)
        write = QSplitter(Qt.Orientation.Horizontal)
        write.addWidget(self.feed)
        write.addWidget(self.editor)
        write.setStretchFactor(0, 2)
        write.setStretchFactor(1, 5)
        write.setSizes([360, 840])
        self.tabs = QTabWidget()
        self.tabs.addTab(write, self.tr("Write"))
        self.tabs.addTab(self.queue, self.tr("Queue"))
        self.tabs.setAccessibleName(self.tr("Write and Queue"))
        self.policy_banner = plain_label()  # shown when IT's policy does not load
        self.policy_banner.setWordWrap(True)
        self.policy_banner.setMargin(8)
        self.policy_banner.setFrameShape(QFrame.Shape.Box)
        tint_banner(self.policy_banner)
        self.policy_banner.setAccessibleDescription(self.tr("Publishing is blocked"))
        self.policy_banner.setVisible(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.policy_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # Sized to this screen on the first start, then where the employee left it.
        restore_geometry(self, services.paths.config_dir)

        self.paused_label = plain_label()
        self.statusBar().addPermanentWidget(self.paused_label)
        # IT's configuration had values the app ignored: one click shows which and why.
        ignored = len(self.services.managed.problems)
        self.managed_button = QToolButton()
        self.managed_button.setAutoRaise(True)
        self.managed_button.setText(
            self.tr("Organization settings ignored: %1").replace("%1", str(ignored))
        )
        self.managed_button.clicked.connect(self.open_managed)
        self.managed_button.setVisible(bool(ignored))
        self.statusBar().addPermanentWidget(self.managed_button)
        # A message longer than the bar, or naming files: its whole text, one click away.
        self.message_details = ""
        self.details_button = QToolButton()
        self.details_button.setAutoRaise(True)
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setAccessibleDescription(self.tr("The whole message"))
        self.details_button.clicked.connect(self.show_message_details)
        self.details_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.details_button)
        self.statusBar().messageChanged.connect(self._status_message_changed)

        self.sync_progress = QProgressBar()
        self.sync_progress.setRange(0, 0)
        self.sync_progress.setMaximumWidth(120)
        self.sync_progress.setVisible(False)
        self.sync_progress.setAccessibleName(self.tr("Syncing content"))
        self.sync_label = plain_label()
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync = SyncController(services.content, tasks, self)
        self.sync.started.connect(lambda: self.sync_progress.setVisible(True))
        self.sync.finished.connect(self._synced)
        self.sync.folder_problems.connect(
            lambda problems: self.show_message(
                self.tr("A pack in the folder set by IT was refused: %1").replace("%1", problems[0])
            )
        )

        # The Mastodon servers' limits, read again daily; the editor counts with them.
        self.limits = LimitsRefresher(services.accounts, tasks, self)
        self.limits.changed.connect(self.refresh_accounts)

        self.scheduler_label = plain_label()
        tint(self.scheduler_label, Tone.ERROR)
        self.statusBar().addPermanentWidget(self.scheduler_label)
        self._told_storage_broken = False
        # The data file was found damaged: the next start checks it before anything runs.
        self.store_damaged = False
        self.scheduler = SchedulerController(services.posts, tasks, self)
        self.scheduler.broken.connect(self._scheduler_broken)
        self.scheduler.damaged.connect(self._store_found_damaged)
        self.scheduler.mended.connect(lambda: self.scheduler_label.setText(""))
        # A run that changed no post leaves the Queue as it is (with 10,000 posts a read
        # costs ~15 ms of CPU, every 15 s tick); one that failed may have changed some.
        self.scheduler.outcomes.connect(lambda _outcomes: self.queue.refresh())
        self.scheduler.broken.connect(lambda _error: self.queue.refresh())

        self.feed.opened.connect(self.editor.open_entry)
        self.editor.scheduled.connect(self._scheduled)
        self.editor.message.connect(self.show_message)
        self.editor.shared.connect(self._review_post)
        self.queue.edit_requested.connect(self._edit_post)
        self.queue.draft_deleted.connect(self.editor.forget)
        self.queue.message.connect(self.show_message)
        self.queue.changed.connect(self.scheduler.tick)

        self._build_menus()
        self._build_tray()
        self._update_paused()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes through the Write tab as the eye reads it: the content list, the
        post, its previews and time, the actions, then the policy check."""
        feed, editor, picker = self.feed, self.editor, self.editor.picker
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            feed.search,
            feed.campaign,
            feed.language,
            feed.network,
            feed.list,
            feed.clear_filters,
            editor.text,
            editor.previews.network,
            editor.account,
            picker.when,
            picker.zone,
            picker.later,
            *picker.slot_buttons,
            editor.ack,
            editor.publish_now_button,
            editor.schedule_button,
            editor.policy.list,
            editor.policy.fix_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- construction -----------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import content pack…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._choose_pack)
        file_menu.addAction(self.import_action)
        from_address = QAction(self.tr("Import content pack from &address…"), self)
        from_address.triggered.connect(self._subscribe_address)
        file_menu.addAction(from_address)
        self.sync_action = QAction(self.tr("S&ync content now"), self)
        self.sync_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.sync_action.triggered.connect(lambda: self.sync.sync(force=True))
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        # The communications team's window; made when first opened.
        self.studio: StudioWindow | None = None
        self.studio_action = QAction(self.tr("Pack s&tudio…"), self)
        self.studio_action.triggered.connect(self.open_studio)
        file_menu.addAction(self.studio_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        text = self.editor.text
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self._undo)
        text.undoAvailable.connect(lambda _: self._update_undo())
        self.queue.undo_available.connect(lambda _: self._update_undo())
        self.tabs.currentChanged.connect(lambda _: self._update_undo())
        edit_menu.addAction(self.undo_action)
        self.redo_action = QAction(self.tr("&Redo"), self)
        # Ctrl+Shift+Z where the platform says so, and Ctrl+Y as people also expect.
        self.redo_action.setShortcuts(
            _unique_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), "Ctrl+Y")
        )
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(text.redo)
        text.redoAvailable.connect(self.redo_action.setEnabled)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find content…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_content)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcuts(
            _unique_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), "Ctrl+,")
        )
        self.settings_action.triggered.connect(lambda: self.open_settings())
        edit_menu.addAction(self.settings_action)

        posts_menu = self.menuBar().addMenu(self.tr("&Posts"))
        self.schedule_action = QAction(self.tr("&Schedule"), self)
        self.schedule_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.schedule_action.triggered.connect(self.editor.schedule_button.click)
        posts_menu.addAction(self.schedule_action)
        self.publish_now_action = QAction(self.tr("Publish &now"), self)
        self.publish_now_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.publish_now_action.triggered.connect(self.editor.publish_now_button.click)
        posts_menu.addAction(self.publish_now_action)
        posts_menu.addSeparator()
        self.pause_action = QAction(self.tr("&Pause all scheduled posts"), self)
        self.pause_action.setCheckable(True)
        self.pause_action.setChecked(self.services.posts.paused())
        self.pause_action.setEnabled(not self.services.posts.pause_locked())
        self.pause_action.toggled.connect(self.set_paused)
        posts_menu.addAction(self.pause_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.policy_rules_action = QAction(self.tr("&Policy rules…"), self)
        self.policy_rules_action.triggered.connect(self.open_policy_rules)
        help_menu.addAction(self.policy_rules_action)
        self.managed_action = QAction(self.tr("&Managed by your organization…"), self)
        self.managed_action.triggered.connect(self.open_managed)
        help_menu.addAction(self.managed_action)
        self.data_flows_action = QAction(self.tr("&What my company can see…"), self)
        self.data_flows_action.triggered.connect(self.open_data_flows)
        help_menu.addAction(self.data_flows_action)
        about = QAction(self.tr("&About Advocate Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _undo_deletes_draft(self) -> bool:
        """In the Queue, Undo brings back the draft just deleted; elsewhere it undoes typing."""
        return self.tabs.currentWidget() is self.queue and self.queue.can_undo

    def _undo(self) -> None:
        if self._undo_deletes_draft():
            self.queue.undo_delete()
        else:
            self.editor.text.undo()

    def _update_undo(self) -> None:
        typing = self.editor.text.document().isUndoAvailable()
        self.undo_action.setEnabled(self._undo_deletes_draft() or typing)

    def find_content(self) -> None:
        """Ctrl+F: the search of the approved content, on the Write tab."""
        self.tabs.setCurrentIndex(0)
        self.feed.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.feed.search.selectAll()

    def _build_tray(self) -> None:
        """The tray, the notices (tray or status bar) and the offer to start at login."""
        self.tray = Tray(
            self.services.posts,
            self.services.accounts,
            self.tasks,
            self.pause_action,
            app_icon(),
            self,
        )
        self.tray.show_requested.connect(self.show_window)
        self.tray.quit_requested.connect(self.quit)
        self.scheduler.ran.connect(self.tray.refresh)
        self.queue.changed.connect(self.tray.refresh)
        self.notifier = Notifier(
            self.services.posts, self.services.accounts, self.tasks, self.tray, self
        )
        self.statusBar().addWidget(self.notifier.bar, 1)
        self.scheduler.outcomes.connect(self.notifier.handle)
        self.notifier.message.connect(self.show_message)
        self.notifier.open_post.connect(self.queue.open_remote)
        self.notifier.review_post.connect(self._review_post)
        self.notifier.review_state.connect(self._review_state)
        self.notifier.account_settings.connect(lambda: self.open_settings(page=1))
        self.notifier.sign_in_account.connect(self.sign_in_again)
        self.scheduler.ran.connect(self.notifier.check_sign_ins)
        self.start_at_login = StartAtLogin(self.services.profile, self.tasks, self)
        self.start_at_login.message.connect(self.show_message)
        self.start_at_login.failed.connect(self.show_message)

    def show_window(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _review_post(self, post_id: str) -> None:
        self.show_window()
        self.tabs.setCurrentWidget(self.queue)
        self.queue.select_post(post_id)

    def _review_state(self, state: str) -> None:
        self.show_window()
        self.tabs.setCurrentWidget(self.queue)
        self.queue.show_state(state or None)

    # -- start ------------------------------------------------------------
    def start(self, import_path: Path | None = None, *, check_store: bool = False) -> None:
        """Load the demo pack and stored items in the background, then start publishing.

        ``check_store``: the database's pages were not checked before the window was
        built (the last session quit cleanly); the scheduler checks them first.
        """
        services, content = self.services, self.services.content

        def load() -> list[FeedEntry]:
            try:
                content.import_demo_pack()
            except Exception:
                log.exception("the bundled demo pack did not load; showing stored items")
            return load_entries(content)

        self.show_message(self.tr("Loading content…"), timeout=0)
        self._pending_import = import_path
        generation = self._new_list_generation()
        self.tasks.run(
            load,
            lambda entries: self._entries_loaded(generation, entries),
            self._load_failed,
            context=self,
        )
        self.refresh_accounts()
        self.refresh_policy()
        self.queue.refresh()
        self.tasks.run(services.posts.repo.latest_draft, self._reopen_draft)
        # Copies of own images no post uses any more (last session's deleted drafts).
        self.tasks.run(services.posts.drafts.sweep_images)
        self.tray.refresh()
        self.scheduler.start(services.db.check_health if check_store else None)
        # Syncing imports the network stack; let the first paint happen before it.
        self.ready.connect(self._start_sync)

    def _new_list_generation(self) -> int:
        """Every list load gets a number; only the newest one's result is shown, so a
        slow, older read can never replace a newer list."""
        self._list_generation += 1
        return self._list_generation

    def _entries_loaded(self, generation: int, entries: list[FeedEntry]) -> None:
        if generation == self._list_generation:
            self.show_entries(entries)
        self.refresh_policy()  # the pack just stored may carry a newer policy
        self.show_message(self.tr("%n item(s) of approved content", "", len(entries)), timeout=5000)
        self.repaint()
        log.info("main window ready with %d feed items", len(entries))
        QTimer.singleShot(0, lambda: self.ready.emit(len(entries)))
        # A pack given on the command line is imported after the stored content is
        # shown, so the two never race for the list.
        if self._pending_import is not None:
            path, self._pending_import = self._pending_import, None
            self.import_pack(path)

    def show_entries(self, entries: list[FeedEntry]) -> None:
        """Show the list at once; thumbnails follow from a worker."""
        self.feed.set_entries(entries)
        content = self.services.content
        self.tasks.run(
            lambda: load_thumbnails(entries, content.media_roots()), self._thumbnails_loaded
        )

    def _thumbnails_loaded(self, thumbnails: list[QImage | None]) -> None:
        self.feed.model.set_thumbnails(thumbnails)

    def _start_sync(self, *_: object) -> None:
        if not self._sync_started:
            self._sync_started = True
            self.sync.start()
            self.limits.start()

    def reload_entries(self, then: Callable[[list[FeedEntry]], None] | None = None) -> None:
        """Read the list again after a change; stale reads are dropped."""
        generation = self._new_list_generation()
        content = self.services.content

        def loaded(entries: list[FeedEntry]) -> None:
            if generation != self._list_generation:
                return
            self.show_entries(entries)
            if then is not None:
                then(entries)

        self.tasks.run(lambda: load_entries(content), loaded, self._load_failed, context=self)

    def _synced(self, results: list[SyncResult]) -> None:
        self.sync_progress.setVisible(False)
        failed = [r for r in results if r.status == "failed"]
        if any(r.status == "updated" for r in results):
            self.reload_entries()
            self.refresh_policy()
        if failed:
            first = failed[0]
            when = first.next_attempt.astimezone().strftime("%H:%M") if first.next_attempt else ""
            self.sync_label.setText(self.tr("Sync failed; next try at %1").replace("%1", when))
            self.sync_label.setToolTip(plain_tip(first.problem))
            self.show_message(
                self.tr("Could not sync %1: %2. The content you had is still here.")
                .replace("%1", first.location)
                .replace("%2", first.problem)
            )
        elif any(r.status in ("updated", "not_modified") for r in results):
            now = self.services.clock.now().astimezone().strftime("%H:%M")
            self.sync_label.setText(self.tr("Last synced %1").replace("%1", now))
            self.sync_label.setToolTip("")

    def _subscribe_address(self) -> None:
        address, ok = QInputDialog.getText(
            self,
            self.tr("Import content pack from address"),
            self.tr("Address of a feed or content pack (https://…):"),
        )
        if not ok or not address.strip():
            return
        content = self.services.content

        def failed(error: BaseException) -> None:
            show_problem(self, self.tr("Not added"), str(error))

        self.tasks.run(
            lambda: content.subscribe(address),
            lambda _: self.sync.sync(force=True),
            failed,
            context=self,
        )

    def _load_failed(self, error: BaseException) -> None:
        self.show_message(self.tr("The content could not be loaded: %1").replace("%1", str(error)))

    def refresh_accounts(self) -> None:
        accounts = self.services.accounts.repo
        self.tasks.run(accounts.all, self.editor.set_accounts)
        self.tasks.run(accounts.all, self.queue.share.set_accounts)

    def refresh_policy(self) -> None:
        policy = self.services.policy
        policy.invalidate()
        self.tasks.run(policy.in_force, self._policy_ready)

    def _policy_ready(self, ready: PolicyInForce) -> None:
        it_problem = ready.it_problem
        self.editor.set_engine(ready.engine)
        self.editor.set_policy_problem(it_problem)
        self.policy_banner.setVisible(it_problem is not None)
        if it_problem is not None:
            self.policy_banner.setText(
                self.tr(
                    "Your IT department's policy could not be loaded, so nothing can be"
                    " published until IT fixes it. You can still read the content and write"
                    " drafts. Tell IT: %1"
                ).replace("%1", it_problem)
            )

    def _reopen_draft(self, post: PostRow | None) -> None:
        if post is not None and self.editor.draft is None:
            self._edit_post(post)

    # -- actions ----------------------------------------------------------
    def _choose_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import content pack"), "", self.tr("Content packs (*.zip)")
        )
        if path:
            self.import_pack(Path(path))

    def import_pack(self, path: Path) -> None:
        content = self.services.content

        def work() -> None:
            content.import_pack(path)

        def listed(entries: list[FeedEntry]) -> None:
            log.info("imported %s; %d items in the list", path, len(entries))

        def done(_: None) -> None:
            self.reload_entries(then=listed)
            self.refresh_policy()
            self.show_message(self.tr("Imported %1").replace("%1", path.name))

        def failed(error: BaseException) -> None:
            log.warning("pack import failed: %s", error)
            show_problem(
                self,
                self.tr("The content pack was not imported"),
                self.tr("%1\n\nNothing was changed; the content you had is still here.").replace(
                    "%1", str(error)
                ),
            )

        self.tasks.run(work, done, failed, context=self)

    def second_start(self, message: dict[str, object]) -> None:
        """Someone started the app again on this profile: come forward, import its pack."""
        if message.get("activate"):
            self.showNormal()
            self.raise_()
            self.activateWindow()
        path = message.get("import")
        if isinstance(path, str) and path:
            self.import_pack(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().endswith(".zip") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_pack(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _scheduled(self, post_id: str, now: bool) -> None:
        self.queue.refresh()
        self.tray.refresh()
        if now:
            self.scheduler.tick()
            self.show_message(self.tr("Publishing your post…"))
        else:
            self.show_message(self.tr("Scheduled. You can follow it in the Queue."))
            self.start_at_login.offer_once(self)

    def _edit_post(self, post: PostRow) -> None:
        content = self.services.content

        def work() -> OpenDraft:
            found = content.post_origin(post)
            return OpenDraft(post, found.item, found.origin, found.signer)

        def done(draft: OpenDraft) -> None:
            self.tabs.setCurrentIndex(0)
            self.editor.show_draft(draft)

        self.tasks.run(work, done, context=self)

    def _scheduler_broken(self, error: BaseException) -> None:
        """Scheduled posts stopped going out: say so where the employee looks, and how to
        mend it; never only in a log."""
        from advocate_desktop.store.connection import damaged_database

        self.scheduler_label.setText(self.tr("Scheduled posts are not being published"))
        self.scheduler_label.setToolTip(plain_tip(str(error)))
        if self._told_storage_broken:
            return
        self._told_storage_broken = True
        if damaged_database(error):
            self.store_damaged = True
            advice = self.tr(
                "Your data file is damaged, so scheduled posts cannot be published. Quit"
                " Advocate Desktop and start it again: it checks the file and lets you keep it"
                " aside.\n\n%1"
            )
        else:
            advice = self.tr(
                "Scheduled posts cannot be published because the app's data cannot be read or"
                " written (is the disk full, or the folder unavailable?). It keeps trying every"
                " few seconds.\n\n%1"
            )
        show_problem_later(self, self.tr("Publishing stopped"), advice.replace("%1", str(error)))

    def _store_found_damaged(self, error: DamagedDatabase) -> None:
        """The background page check found the file damaged: nothing was published.
        Say so and quit; the next start checks first and offers to keep it aside."""
        from advocate_desktop.ui.employee.damaged import tell_found_damaged

        self.store_damaged = True
        self.sync.stop()
        self.scheduler_label.setText(self.tr("Scheduled posts are not being published"))
        self.scheduler_label.setToolTip(plain_tip(str(error)))
        tell_found_damaged(self if self.isVisible() else None, error.path, error.reason)
        self.quit()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification, or a status bar message where there is none."""
        if not self.tray.show_message(title, text):
            self.show_message(f"{title}: {text}")

    def show_message(self, text: str, *, timeout: int | None = None) -> None:
        """A message in the status bar: its first line, paths shortened to file names;
        the whole text behind *Details…* when that leaves something out.  Every status
        message goes through here, so *Details…* never outlives its own message."""
        short, more = status_summary(text)
        if timeout is None:
            timeout = 30000 if more else 10000
        self.statusBar().showMessage(short, timeout)
        self.message_details = text.strip() if more else ""
        self.details_button.setVisible(more)

    def _status_message_changed(self, shown: str) -> None:
        if not shown:  # the message timed out or another took its place and went
            self.details_button.setVisible(False)

    def show_message_details(self) -> None:
        if self.message_details:
            QMessageBox.information(self, self.tr("Details"), self.message_details)

    def set_paused(self, paused: bool) -> None:
        posts = self.services.posts
        if posts.pause_locked():
            return
        self.tasks.run(
            lambda: posts.set_paused(paused), lambda _: self._update_paused(), context=self
        )
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(False)

    def _update_paused(self) -> None:
        paused = self.services.posts.paused()
        self.paused_label.setText(self.tr("Publishing paused") if paused else "")
        self.tray.show_state()
        if not paused:
            self.scheduler.tick()

    def sign_in_again(self, account_id: str) -> None:
        """Settings → Accounts with the account's sign-in open (a notice's action)."""
        self.open_settings(page=1).accounts_page.sign_in_again_for(account_id)

    def settings_dialog(self) -> SettingsDialog:
        """Settings, with the services its pages use, not yet shown nor connected."""
        from advocate_desktop.ui.employee.settings_dialog import SettingsDialog

        services = self.services
        return SettingsDialog(
            settings=services.settings,
            content=services.content,
            trust=services.trust,
            accounts=services.accounts,
            profile=services.profile,
            tasks=self.tasks,
            parent=self,
        )

    def open_settings(self, page: int = 0) -> SettingsDialog:
        dialog = self.settings_dialog()
        dialog.pages.setCurrentIndex(page)
        dialog.accounts_changed.connect(self.refresh_accounts)
        dialog.paused_changed.connect(self.set_paused)
        dialog.remove_all_requested.connect(self.remove_all_data)
        dialog.sources_changed.connect(self.reload_entries)
        dialog.sources_changed.connect(self.refresh_policy)
        dialog.sync_requested.connect(lambda: self.sync.sync(force=True))
        self.sync.finished.connect(dialog.refresh_sources)
        dialog.open()
        return dialog

    def remove_all_data(self) -> None:
        """Remove everything that can be removed, say what could not, and quit: the app
        never stays half-stopped with its data gone."""
        self.scheduler.stop()
        self.sync.stop()
        self.limits.stop()
        self.editor.close_draft()
        # Posts a server holds would still go out: take them back while the sign-ins exist.
        profile = self.services.profile
        self.tasks.run(profile.take_back_server_posts)
        self.tasks.wait()
        try:
            removal = profile.remove_all_data(self._credentials())
        except Exception as error:  # nothing was removed: carry on as before
            log.exception("removing all data failed")
            show_problem(
                self,
                self.tr("Nothing was removed"),
                self.tr("Your data could not be removed: %1").replace("%1", str(error)),
            )
            self.scheduler.start()
            self.sync.start()
            return
        self._quitting = True
        if removal.complete:
            log.info("all local data removed")
        else:
            log.warning("local data removed except: %s", removal)
            show_problem(self, self.tr("Not everything was removed"), self._removal_text(removal))
        self.quit_requested.emit()
        QApplication.quit()

    def _removal_text(self, removal: Removal) -> str:
        lines = [self.tr("Your drafts, queue, settings and downloaded content were removed.")]
        if removal.keyring_problem is not None:
            lines.append(
                self.tr(
                    "The system keyring did not answer (%1), so sign-ins stored there may"
                    " remain. Open your system's password manager and delete the entries"
                    " named “advocate-desktop”."
                ).replace("%1", removal.keyring_problem)
            )
        if removal.login_entry_problem is not None:
            lines.append(
                self.tr(
                    "The entry that starts the app at login could not be removed (%1)."
                    " Turn it off in your system's startup settings."
                ).replace("%1", removal.login_entry_problem)
            )
        if removal.server_posts_left:
            lines.append(
                self.tr(
                    "%n scheduled post(s) could not be taken back from the server that holds"
                    " them and may still be published. Delete them in your account's scheduled"
                    " posts on the server.",
                    "",
                    removal.server_posts_left,
                )
            )
        if removal.folders_left:
            lines.append(
                self.tr("These folders could not be removed completely; delete them by hand:")
            )
            lines.extend(removal.folders_left)
        return "\n\n".join(lines)

    def open_policy_rules(self) -> None:
        """The rules in force, built on a worker like the editor's engine."""

        def show(in_force: PolicyInForce) -> None:
            from advocate_desktop.ui.employee.policy_rules import PolicyRulesDialog

            self.policy_rules = PolicyRulesDialog(
                in_force.engine.policy.rules,
                managed_source=in_force.it_source,
                language=ui_language(),
                parent=self,
            )
            self.policy_rules.open()

        self.tasks.run(self.services.policy.in_force, show, context=self)

    def open_managed(self) -> None:
        """What IT set on this computer and every value that was ignored."""
        from advocate_desktop.ui.employee.managed_dialog import ManagedDialog

        self.managed_dialog = ManagedDialog(self.services.managed, self.tasks, self)
        self.managed_dialog.open()

    def open_data_flows(self) -> None:
        """What leaves this computer and to whom, read on a worker."""

        def show(flows: DataFlows) -> None:
            from advocate_desktop.ui.employee.data_flows_dialog import DataFlowsDialog

            self.data_flows_dialog = DataFlowsDialog(flows, self)
            self.data_flows_dialog.open()

        self.tasks.run(self.services.profile.data_flows, show, context=self)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Advocate Desktop"),
            self.tr(
                "Advocate Desktop %1\n\nShare your company's approved news in your own words,"
                " from your own accounts. Everything personal stays on this computer."
            ).replace("%1", __version__),
        )

    # -- closing ----------------------------------------------------------
    def _save_geometry(self) -> None:
        """Remember the window's size and place (written on a worker)."""
        geometry, folder = self.saveGeometry(), self.services.paths.config_dir
        self.tasks.run(lambda: save_geometry(folder, geometry))

    def quit(self) -> None:
        if self.studio is not None and self.studio.isVisible() and not self.studio.close():
            return  # the studio has unsaved edits and the team chose to stay
        self._quitting = True
        self.close()

    # -- the pack studio --------------------------------------------------
    def open_studio(self) -> StudioWindow:
        """The pack studio, which previews the packs it builds in this window."""
        from advocate_desktop.ui.studio.window import StudioWindow

        if self.studio is None:
            self.studio = StudioWindow(self.tasks, self.services.paths.config_dir, app=self)
        self.studio.show()
        self.studio.raise_()
        self.studio.activateWindow()
        return self.studio

    def preview_file(self, path: Path, public_line: str) -> None:
        """The studio built a pack signed with ``public_line``'s key: import it here, as an
        employee would (trusting that key first, when the team agrees)."""
        self.show_window()
        self._trusting(public_line, lambda: self.import_pack(path))

    def preview_address(self, url: str, public_line: str) -> None:
        """The studio serves a pack on loopback: subscribe to it here and sync."""
        self.show_window()
        services = self.services

        def failed(error: BaseException) -> None:
            show_problem(self, self.tr("Not added"), str(error))

        def subscribe() -> None:
            self.tasks.run(
                lambda: services.content.subscribe(url),
                lambda _: self.sync.sync(force=True),
                failed,
                context=self,
            )

        self._trusting(public_line, subscribe)

    def _trusting(self, public_line: str, then: Callable[[], None]) -> None:
        """The app accepts a signed pack only from a key it trusts: ask to trust the
        studio's key here, unless it is trusted already; ``then`` runs once it is."""
        from advocate_desktop.feed.signing import parse_public_key

        services = self.services
        key = parse_public_key(public_line)

        def trusted() -> bool:
            return services.trust.current().vouches_for(key.key_id, key.name or key.key_id)

        def answer(known: bool) -> None:
            if known:
                then()
                return
            choice = QMessageBox.question(
                self,
                self.tr("Trust the studio's key?"),
                self.tr(
                    "This app accepts signed packs only from keys it trusts. Trust key %1"
                    " (%2) here, so the pack built in the studio can be previewed?"
                )
                .replace("%1", key.key_id)
                .replace("%2", key.name or self.tr("no name")),
            )
            if choice == QMessageBox.StandardButton.Yes:
                self.tasks.run(
                    lambda: services.trust.add_trusted_key(public_line),
                    lambda _: then(),
                    context=self,
                )

        self.tasks.run(trusted, answer, context=self)

    def ask_before_closing(self) -> CloseChoice:
        """Posts are scheduled and there is no tray: keep running, quit, or stay."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr("Posts are scheduled. Keep the app running so they go out?"))
        box.setInformativeText(
            self.tr(
                "This desktop has no tray, so the app keeps running minimized. If you quit,"
                " scheduled posts wait until you start it again."
            )
        )
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(
            self.tr("Quit, they will wait"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        self.close_question = box
        box.exec()
        self.close_question = None
        clicked = box.clickedButton()
        if clicked is keep:
            return CloseChoice.KEEP_RUNNING
        if clicked is leave:
            return CloseChoice.QUIT
        return CloseChoice.CANCEL

    def closeEvent(self, event: QCloseEvent) -> None:
        keep = (
            not self._quitting
            and self.tray.available
            and bool(self.services.settings.get("close_to_tray"))
        )
        if keep:
            self.editor.save_now()
            self._save_geometry()
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.notify(
                    APP_NAME,
                    self.tr(
                        "Still running in the tray so scheduled posts go out. Use Quit to stop it."
                    ),
                )
            event.ignore()
            return
        if (
            not self._quitting
            and self.isVisible()
            and not self.tray.available
            and self.tray.next_post is not None
        ):
            # No tray to live in: closing would stop posts the employee scheduled.
            choice = self.ask_before_closing()
            if choice == CloseChoice.CANCEL:
                event.ignore()
                return
            if choice == CloseChoice.KEEP_RUNNING:
                self.editor.save_now()
                self.showMinimized()
                event.ignore()
                return
        if not self.store_damaged:  # nothing more is written to a damaged file
            self.editor.save_now()
        self._save_geometry()
        self.scheduler.stop()
        self.sync.stop()
        self.limits.stop()
        log.info("quitting: downloads stopped, waiting for background work")
        if not self.tasks.wait(QUIT_WAIT_MS):
            log.warning("background work is still running after %d ms", QUIT_WAIT_MS)
        event.accept()
        QApplication.quit()
