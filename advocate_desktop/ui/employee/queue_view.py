"""The Queue: every post, its history, and what the employee can do with it.

Ten thousand posts scroll smoothly because the model never holds them all: it
knows how many rows the filters let through and asks a worker for pages of light
rows as the view reaches them (the SQL does the filtering, not a proxy model
calling back into Python per row).  Until a page arrives its rows show "…".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.networks.registry import label as network_label
from advocate_desktop.schedule.actions import QueueAction, available_actions
from advocate_desktop.schedule.drafts import RemovedPost
from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.service import SHARED_BY_EMPLOYEE, StillOnServer
from advocate_desktop.schedule.states import PostState
from advocate_desktop.services.accounts import AccountsService
from advocate_desktop.services.posts import PostsService, queue_actions
from advocate_desktop.store.posts_repo import (
    PostEvent,
    PostRow,
    QueueFacets,
    QueueFilter,
    QueueLine,
)
from advocate_desktop.store.timestamps import from_db, to_db
from advocate_desktop.ui.employee.share_flow import ShareChoice, ShareFlow
from advocate_desktop.ui.messages import network_error_text, problem_text, state_label
from advocate_desktop.ui.plain import plain_tip
from advocate_desktop.ui.tasks import TaskRunner
from advocate_desktop.ui.time_text import post_time_text, system_zone

log = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
OPENABLE_SCHEMES = frozenset({"https", "http", "file"})
LineRole = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def local_time(stamp: str) -> str:
    return from_db(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass
class ShownLine:
    """A Queue row with its cells formatted once, not on every paint.

    The worker formats the time and the text; the model adds the translated state
    and the account's name when the page arrives (``cells``).
    """

    line: QueueLine
    when: str
    text: str
    cells: tuple[str, ...] = ()


SHOWN_CHARS = 120  # more than the column holds; eliding a longer text costs paint time


def _when(line: QueueLine, computer_zone: str) -> str:
    """The planned time, with a second reading when the post was planned in another zone."""
    if line.due_at:
        return post_time_text(from_db(line.due_at), line.zone, computer_zone)
    return local_time(line.updated_at)


def _shown(lines: list[QueueLine]) -> list[ShownLine]:
    here = system_zone()  # once per page: asking Qt per row was half a page's cost
    return [
        ShownLine(line, _when(line, here), " ".join(line.snippet.split())[:SHOWN_CHARS])
        for line in lines
    ]


@dataclass
class Snapshot:
    """One background read of the Queue: how many rows, some pages, and the filters' values."""

    version: int
    where: QueueFilter
    count: int
    pages: dict[int, list[ShownLine]]
    facets: QueueFacets
    names: dict[str, str]
    selected_id: str | None = None
    selected_row: int | None = None


@dataclass
class Detail:
    post: PostRow
    events: list[PostEvent]
    account: str
    when: str = ""
    history: list[tuple[str, str, str]] = field(default_factory=list)
    expired_at: datetime | None = None  # the item it shares expired: it cannot go out
    images: int = 0
    actions: frozenset[QueueAction] = frozenset()  # what the employee may do now


class QueueModel(QAbstractTableModel):
    """Rows are read page by page; ``page_wanted`` asks for one the view needs."""

    page_wanted = Signal(int, int)  # version, page

    def __init__(self) -> None:
        super().__init__()
        self.version = 0
        self._count = 0
        self._pages: dict[int, list[ShownLine]] = {}
        self._requested: set[int] = set()
        self.names: dict[str, str] = {}
        self._labels: dict[str, str] = {}

    # -- loading ------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Replace everything; keeps the rows (and so the selection) when only data moved.

        Pages asked for before this read and not in it are asked for again: their
        answers belong to the older read and will be dropped.
        """
        self.names = snapshot.names
        for lines in snapshot.pages.values():
            self._label(lines)
        waiting = self._requested - set(snapshot.pages)
        if snapshot.count == self._count:
            self._pages = dict(snapshot.pages)
            self._requested = set(snapshot.pages)
            if self._count:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
                )
        else:
            self.beginResetModel()
            self._count = snapshot.count
            self._pages = dict(snapshot.pages)
            self._requested = set(snapshot.pages)
            self.endResetModel()
        for page in sorted(waiting):
            if page * PAGE_ROWS < self._count:
                self._requested.add(page)
                self.page_wanted.emit(self.version, page)

    def add_page(self, version: int, page: int, lines: list[ShownLine]) -> None:
        if version != self.version:
            return  # read before the filters or the data changed; a new read is on its way
        self._pages[page] = self._label(lines)
        first = page * PAGE_ROWS
        last = min(first + PAGE_ROWS, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def forget_request(self, page: int) -> None:
        self._requested.discard(page)

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def shown(self, row: int) -> ShownLine | None:
        """The row if its page is here; else None, and the page is asked for."""
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_ROWS
        lines = self._pages.get(page)
        if lines is None:
            if page not in self._requested:
                self._requested.add(page)
                self.page_wanted.emit(self.version, page)
            return None
        offset = row % PAGE_ROWS
        return lines[offset] if offset < len(lines) else None

    def line(self, row: int) -> QueueLine | None:
        shown = self.shown(row)
        return None if shown is None else shown.line

    def row_of(self, post_id: str) -> int | None:
        for page, lines in self._pages.items():
            for offset, shown in enumerate(lines):
                if shown.line.id == post_id:
                    return page * PAGE_ROWS + offset
        return None

    def loaded_lines(self) -> list[QueueLine]:
        """The rows read so far, in order (all of them for a short Queue)."""
        return [s.line for page in sorted(self._pages) for s in self._pages[page]]

    # -- the model ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("When"),
            self.tr("State"),
            self.tr("Account"),
            self.tr("Network"),
            self.tr("Text"),
        ][section]

    def state_text(self, state: str) -> str:
        label = self._labels.get(state)
        if label is None:
            label = self._labels[state] = state_label(state)
        return label

    def account_text(self, account_id: str | None) -> str:
        if not account_id:
            return "—"
        return self.names.get(account_id) or self.tr("Removed account")

    def _label(self, lines: list[ShownLine]) -> list[ShownLine]:
        for shown in lines:
            line = shown.line
            shown.cells = (
                shown.when,
                self.state_text(line.state),
                self.account_text(line.account_id),
                network_label(line.network),
                shown.text,
            )
        return lines

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Called about a thousand times per paint: the common case first, nothing more.
        if role == DISPLAY:
            shown = self.shown(index.row())
            if shown is None:
                return "…" if index.column() == 0 else None
            return shown.cells[index.column()]
        if role == TOOLTIP and index.column() == 4:
            shown = self.shown(index.row())
            return None if shown is None else plain_tip(shown.line.snippet)
        if role == LineRole:
            shown = self.shown(index.row())
            return None if shown is None else shown.line
        return None


class RescheduleDialog(QDialog):
    """A new time for one post, in the computer's time zone."""

    def __init__(self, now: datetime, current: datetime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule post"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Publish this post at:")))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        # PySide6 converts a datetime to a QDateTime; its type stubs do not list that.
        self.when.setMinimumDateTime(QDateTime(now.astimezone()))  # type: ignore[call-overload]
        start = current if current is not None and current > now else now + timedelta(hours=1)
        self.when.setDateTime(QDateTime(start.astimezone()))  # type: ignore[call-overload]
        self.when.setAccessibleName(self.tr("New time"))
        layout.addWidget(self.when)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone(UTC)  # a naive value is the computer's local time


class QueueView(QWidget):
    edit_requested = Signal(object)  # PostRow, to open in the editor
    draft_deleted = Signal(str)  # post id: the editor closes it if open
    undo_available = Signal(bool)  # a deleted draft can be brought back
    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        posts: PostsService,
        accounts: AccountsService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._posts = posts
        self._accounts = accounts
        self._tasks = tasks
        self._selected_id: str | None = None
        self._detail: Detail | None = None
        self._reading = False
        self._read_again = False
        self._filling = False
        self._first_read = True
        self._scroll_to_selection = False
        self.reschedule_dialog: RescheduleDialog | None = None
        self._deleted: RemovedPost | None = None  # the last draft deleted, for Undo

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show posts in state"))
        self.account_filter = QComboBox()
        self.account_filter.setAccessibleName(self.tr("Show posts of account"))
        self.network_filter = QComboBox()
        self.network_filter.setAccessibleName(self.tr("Show posts for network"))
        for combo in (self.state_filter, self.account_filter, self.network_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filters_changed)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.total = QLabel()
        filters.addWidget(self.total)
        layout.addLayout(filters)

        self.model = QueueModel()
        self.model.page_wanted.connect(self._load_page)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Queue"))
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed heights and widths: sizing to contents would read all 10,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance
        widest_state = max(width(self.model.state_text(s)) for s in PostState)
        for column, pixels in enumerate(
            (width("2026-12-31 23:59"), widest_state, width("Outbox (demo)"), width("LinkedIn"))
        ):
            header.resizeSection(column, pixels + 28)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_post())

        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        side.addWidget(self.heading)
        self.post_text = QPlainTextEdit()
        self.post_text.setReadOnly(True)
        self.post_text.setAccessibleName(self.tr("Post text"))
        self.post_text.setMaximumHeight(140)
        side.addWidget(self.post_text)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.detail)
        side.addWidget(QLabel(self.tr("History:")))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Change"), self.tr("Why")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.history.setWordWrap(False)
        self.history.setAccessibleName(self.tr("History"))
        side.addWidget(self.history, 1)
        buttons = QGridLayout()
        self.confirm_button = QPushButton(self.tr("Publish now"))
        self.confirm_button.clicked.connect(self._publish_now)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.reschedule_button.clicked.connect(self._reschedule)
        self.cancel_button = QPushButton(self.tr("Cancel post"))
        self.cancel_button.clicked.connect(self._cancel)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self._edit)
        self.open_button = QPushButton(self.tr("Open post"))
        self.open_button.clicked.connect(self._open_post)
        # A draft, a missed post or one that needs attention, posted by hand (ui/share_flow).
        self.share = ShareFlow(posts, tasks, self)
        self.share.menu.chosen.connect(self._share)
        self.share.message.connect(self.message)
        self.share.handed_off.connect(self._changed)
        self.share_button = QPushButton(self.tr("Share on…"))
        self.share_button.setMenu(self.share.menu)
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self.delete_draft)
        self._buttons = {
            QueueAction.PUBLISH_NOW: self.confirm_button,
            QueueAction.RESCHEDULE: self.reschedule_button,
            QueueAction.CANCEL: self.cancel_button,
            QueueAction.EDIT: self.edit_button,
            QueueAction.OPEN: self.open_button,
            QueueAction.SHARE: self.share_button,
            QueueAction.DELETE: self.delete_button,
        }
        # Two rows of at most four: seven buttons in one row made the window wider than
        # a 1024-pixel screen in longer languages.
        for index, button in enumerate(self._buttons.values()):
            buttons.addWidget(button, index // 4, index % 4)
        buttons.setColumnStretch(4, 1)
        side.addLayout(buttons)

        # After a draft is deleted: what went, and Undo (Ctrl+Z in the Queue too).
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        undo_row.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the deleted draft back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        layout.addWidget(self.undo_bar)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_draft)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        layout.addWidget(split, 1)
        self._fill_filters(QueueFacets({}, (), ()), {})
        self._show_detail(None)

    # -- reading ------------------------------------------------------------------
    def current_filter(self) -> QueueFilter:
        return QueueFilter(
            self.state_filter.currentData(),
            self.account_filter.currentData(),
            self.network_filter.currentData(),
        )

    def refresh(self) -> None:
        """Read the count, the pages on screen and the filters' values again, on a worker."""
        if self._reading:
            self._read_again = True  # one more read after this one; never two at once
            return
        self._reading = True
        self.model.version += 1
        version = self.model.version
        where = self.current_filter()
        wanted = set(self._pages_on_screen())
        selected = self._selected_id
        posts = self._posts.repo
        accounts = self._accounts.repo

        def read() -> Snapshot:
            count = posts.queue_count(where)
            row = posts.queue_position(where, selected) if selected else None
            if row is not None:
                wanted.add(row // PAGE_ROWS)
            pages = {
                page: _shown(posts.queue_page(where, page * PAGE_ROWS, PAGE_ROWS))
                for page in sorted(wanted)
                if page * PAGE_ROWS < max(count, 1)
            }
            names = {a.id: a.display_name for a in accounts.all()}
            return Snapshot(
                version, where, count, pages, posts.queue_facets(), names, selected, row
            )

        self._tasks.run(read, self._read, self._read_failed, context=self)

    def _pages_on_screen(self) -> list[int]:
        if self.model.rowCount() == 0:
            return [0]
        top = max(self.table.rowAt(0), 0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        bottom = self.model.rowCount() - 1 if bottom < 0 else bottom
        return sorted({top // PAGE_ROWS, bottom // PAGE_ROWS})

    def _read(self, snapshot: Snapshot) -> None:
        self._reading = False
        if snapshot.version == self.model.version and snapshot.where == self.current_filter():
            self._apply(snapshot)
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _read_failed(self, error: BaseException) -> None:
        self._reading = False
        self._tell_unreadable(error)

    def _tell_unreadable(self, error: BaseException) -> None:
        log.warning("the queue could not be read: %r", error)
        self.message.emit(self.tr("The queue could not be read: %1").replace("%1", str(error)))

    def _apply(self, snapshot: Snapshot) -> None:
        scroll = self.table.verticalScrollBar().value()
        self._fill_filters(snapshot.facets, snapshot.names)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.show_snapshot(snapshot)
        self.table.clearSelection()
        row = snapshot.selected_row
        if snapshot.selected_id != self._selected_id:
            # Another post was chosen while this read ran; the next read places it.
            row = self.model.row_of(self._selected_id) if self._selected_id else None
        elif row is None:
            self._selected_id = None  # gone, or hidden by the filters
        if row is not None:
            self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.doItemsLayout()  # the scroll bar's range follows the new row count now
        self.table.verticalScrollBar().setValue(scroll)
        if row is not None and self._scroll_to_selection:
            self._scroll_to_selection = False
            self.table.scrollTo(self.model.index(row, 0))
        self.total.setText(self.tr("%n post(s)", "", snapshot.count))
        if self._first_read:
            self._first_read = False
            log.info("queue ready with %d posts", snapshot.count)
        self._load_detail()

    def _load_page(self, version: int, page: int) -> None:
        posts = self._posts.repo
        where = self.current_filter()
        self._tasks.run(
            lambda: _shown(posts.queue_page(where, page * PAGE_ROWS, PAGE_ROWS)),
            lambda lines: self.model.add_page(version, page, lines),
            lambda error: self._page_failed(page, error),
            context=self,
        )

    def _page_failed(self, page: int, error: BaseException) -> None:
        self.model.forget_request(page)  # asked again when the view next needs it
        self._tell_unreadable(error)

    def _fill_filters(self, facets: QueueFacets, names: dict[str, str]) -> None:
        self._filling = True
        total = sum(facets.states.values())
        self._fill(
            self.state_filter,
            self.tr("All states (%1)").replace("%1", str(total)),
            [
                (f"{self.model.state_text(s)} ({facets.states[s]})", str(s))
                for s in PostState
                if s in facets.states
            ],
        )
        self._fill(
            self.account_filter,
            self.tr("All accounts"),
            [(names.get(a) or self.tr("Removed account"), a) for a in facets.account_ids],
        )
        self._fill(
            self.network_filter,
            self.tr("All networks"),
            [(network_label(n), n) for n in facets.networks],
        )
        self._filling = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, values: list[tuple[str, str]]) -> None:
        items = [(everything, None), *values]
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
            return  # unchanged: leave an open drop-down alone
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in values:
            combo.addItem(label, value)
        found = combo.findData(current)
        if found < 0 and current is not None:
            # Keep a chosen filter even when no post matches it any more.
            combo.addItem(current, current)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _filters_changed(self, *_: object) -> None:
        if not self._filling:
            self.table.scrollToTop()
            self.refresh()

    def show_state(self, state: str | None) -> None:
        """Filter on one state (a notice about missed posts opens the missed ones)."""
        found = self.state_filter.findData(state)
        if found < 0 and state is not None:
            self.state_filter.addItem(self.model.state_text(state), state)
            found = self.state_filter.count() - 1
        self.state_filter.setCurrentIndex(max(found, 0))

    def select_post(self, post_id: str) -> None:
        """Select a post, clearing filters that hide it; its page is read if needed."""
        self._selected_id = post_id
        self._scroll_to_selection = True
        row = self.model.row_of(post_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._scroll_to_selection = False
        for combo in (self.state_filter, self.account_filter, self.network_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    # -- the selected post --------------------------------------------------------
    def selected(self) -> QueueLine | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.line(indexes[0].row())

    def _selection_changed(self, *_: object) -> None:
        line = self.selected()
        self._selected_id = line.id if line is not None else None
        # The row's state enables the buttons at once; the detail read refines them.
        self._enable(available_actions(line.state, line.remote_url) if line else frozenset())
        self._load_detail()

    def _load_detail(self) -> None:
        post_id = self._selected_id
        if post_id is None:
            self._show_detail(None)
            return
        service = self._posts
        posts = service.repo
        accounts = self._accounts.repo
        media = service.media

        def read() -> Detail | None:
            post = posts.get(post_id)
            if post is None:
                return None
            account = accounts.get(post.account_id or "")
            detail = Detail(post, posts.events(post_id), account.display_name if account else "")
            detail.when = post_time_text(from_db(post.due_at), post.zone) if post.due_at else ""
            detail.history = [
                (local_time(e.at), e.from_state or "", e.to_state) for e in detail.events
            ]
            detail.expired_at = service.expired_item(post)
            detail.actions = queue_actions(post, detail.expired_at)
            detail.images = media.image_count(post_id)
            return detail

        def done(detail: Detail | None) -> None:
            if post_id == self._selected_id:
                self._show_detail(detail)

        self._tasks.run(read, done, self._tell_unreadable, context=self)

    def _show_detail(self, detail: Detail | None) -> None:
        self._detail = detail
        self._enable(detail.actions if detail is not None else frozenset())
        if detail is None:
            self.heading.setText(self.tr("Select a post to see its details and history."))
            self.post_text.setPlainText("")
            self.detail.setText("")
            self.history.setRowCount(0)
            return
        post = detail.post
        network = network_label(post.network)
        account = detail.account or self.model.account_text(post.account_id)
        heading = f"{self.model.state_text(post.state)} · {account} · {network}"
        if detail.when:
            heading += f" · {detail.when}"
        self.heading.setText(heading)
        self.post_text.setPlainText(post.text)
        lines = []
        problem = problem_text(PostProblem.from_db(post.error))
        if problem:
            lines.append(problem)
        if detail.expired_at is not None and post.state != "published":
            lines.append(
                self.tr(
                    "The content it shares expired on %1: it can no longer be published."
                ).replace("%1", local_time(to_db(detail.expired_at)))
            )
        if detail.images:
            lines.append(self.tr("Images: %1").replace("%1", str(detail.images)))
        if post.remote_url:
            lines.append(self.tr("Published at: %1").replace("%1", post.remote_url))
        self.detail.setText("\n".join(lines))
        self.history.setRowCount(len(detail.events))
        for row, (event, (at, before, after)) in enumerate(
            zip(detail.events, detail.history, strict=True)
        ):
            change = self.model.state_text(after)
            if before and before != after:
                change = f"{self.model.state_text(before)} → {change}"
            for column, text in enumerate((at, change, self.reason(event.detail))):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                self.history.setItem(row, column, item)

    def _enable(self, actions: frozenset[QueueAction]) -> None:
        for action, button in self._buttons.items():
            button.setEnabled(action in actions)

    def reason(self, detail: str) -> str:
        """The history's reasons, which the core writes in English, in the employee's language."""
        reasons = {
            "": self.tr("Created"),
            "scheduled by the employee": self.tr("You scheduled it"),
            "rescheduled by the employee": self.tr("You changed its time"),
            "confirmed by the employee": self.tr("You confirmed it"),
            "cancelled by the employee": self.tr("You cancelled it"),
            "back to draft": self.tr("Back to the editor"),
            "checked before publishing": self.tr("Stopped by the checks before publishing"),
            "published": self.tr("Published"),
            "found after restart": self.tr("Found published after a restart"),
            "interrupted": self.tr("Interrupted: the app stopped while publishing"),
            "overdue": self.tr("Its time passed while the app was not running"),
            # A post flagged or left to retry records its problem's code.
            "unknown_outcome": self.tr("Not known whether it went out"),
            "retries_exhausted": self.tr("Gave up after several attempts"),
            "policy_blocked": self.tr("Blocked by the policy in force"),
            "account_missing": self.tr("Its account was removed"),
            "account_broken": self.tr("Its account's settings are incomplete"),
            "outbox_unwritable": self.tr("The outbox folder could not be written"),
            "item_expired": self.tr("The content it shares expired"),
            "unexpected_error": self.tr("An unexpected error"),
            # A post handed to the server's own scheduling (schedule/handoff.py).
            "handing over to the server": self.tr("Checked and handed to the server"),
            "held by the server": self.tr("The server will publish it at its time"),
            "found on the server after an interruption": self.tr(
                "Found on the server after an interruption"
            ),
            "found published": self.tr("Found published"),
            "not on the server: kept in the app": self.tr(
                "Not on the server: the app publishes it"
            ),
            "time changed on the server": self.tr("Its time was changed on the server"),
            "changed by the employee": self.tr("You changed it; the server's copy follows"),
            "re-timed on the server": self.tr("Its time was changed on the server too"),
            "withdrawn from the server": self.tr("Taken back from the server"),
            "no longer on the server": self.tr("It was no longer on the server"),
            "published by the server": self.tr("Published by the server"),
            "published by the server at once": self.tr("Published by the server at once"),
            "published before the change": self.tr(
                "It had already been published when you changed it"
            ),
            "server scheduling turned off": self.tr("Server scheduling turned off"),
            "publishing paused": self.tr("Publishing paused"),
            "account removed": self.tr("Its account is being removed"),
            "server_copy_gone": self.tr("Gone from the server without being published"),
            SHARED_BY_EMPLOYEE: self.tr("You posted it on its share page"),
        }
        if detail in reasons:
            return reasons[detail]
        if detail.startswith("kept in the app: "):
            return self.tr("The server did not take it (%1): the app publishes it").replace(
                "%1", detail.removeprefix("kept in the app: ")
            )
        if detail.startswith("attempt "):
            return self.tr("Attempt %1").replace("%1", detail.removeprefix("attempt "))
        return network_error_text(detail) or detail

    # -- actions ------------------------------------------------------------------
    def _changed(self, *_: object) -> None:
        """A post changed here: the window hears it, and the list is read again."""
        self.changed.emit()
        self.refresh()

    def _act(self, work: Callable[[], object]) -> None:
        self._tasks.run(work, self._changed, self._failed, context=self)

    def _publish_now(self) -> None:
        post = self.selected()
        if post is not None:
            service = self._posts.post_service
            self._act(lambda: service.publish_now(post.id))

    def _reschedule(self) -> None:
        detail = self._detail
        if detail is None:
            return
        now = self._posts.clock.now()
        current = from_db(detail.post.due_at) if detail.post.due_at else None
        dialog = RescheduleDialog(now, current, self)
        self.reschedule_dialog = dialog
        post_id = detail.post.id
        service = self._posts.post_service

        def chosen() -> None:
            moment = dialog.chosen()
            self._act(lambda: service.reschedule(post_id, moment))

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _cancel(self) -> None:
        post = self.selected()
        if post is not None:
            service = self._posts.post_service
            self._act(lambda: service.cancel(post.id))

    def _edit(self) -> None:
        """Open the post in the editor.  A scheduled (missed, troubled) post stays as it
        is until the employee changes it there; a post a server holds is taken back
        from the server first."""
        post = self.selected()
        if post is None:
            return
        service, post_id, state = self._posts, post.id, post.state
        if state != PostState.HELD_BY_SERVER:
            self._tasks.run(
                lambda: service.open_for_editing(post_id, state), self._open_in_editor, context=self
            )
            return
        self._tasks.run(
            lambda: service.open_for_editing(post_id, state),
            self._taken_back,
            self._failed,
            context=self,
        )

    def _share(self, choice: ShareChoice) -> None:
        detail = self._detail
        if detail is not None and detail.post.id == self._selected_id:
            self.share.start(detail.post.id, detail.post.text, choice)

    def _taken_back(self, post: PostRow | None) -> None:
        """A post its server held is back here as a draft: into the editor."""
        self.edit_requested.emit(post)
        self.refresh()

    def _open_in_editor(self, post: PostRow | None) -> None:
        if post is not None:
            self.edit_requested.emit(post)

    # -- deleting drafts, with an undo --------------------------------------------
    def delete_draft(self) -> None:
        """Delete the selected draft; Undo (or Ctrl+Z) brings it back with its images."""
        post = self.selected()
        if post is None or post.state != PostState.DRAFT:
            return
        drafts = self._posts.drafts
        snippet = " ".join(post.snippet.split())[:60]
        self.draft_deleted.emit(post.id)  # the editor lets go of it before it goes

        def done(removed: RemovedPost) -> None:
            self._deleted = removed
            self.undo_label.setText(
                self.tr("Draft deleted: “%1”").replace("%1", snippet or self.tr("(empty)"))
            )
            self.undo_bar.setVisible(True)
            self.undo_available.emit(True)
            self.changed.emit()
            self.refresh()

        self._tasks.run(lambda: drafts.delete(post.id), done, self._failed, context=self)

    @property
    def can_undo(self) -> bool:
        return self._deleted is not None

    def undo_delete(self) -> None:
        """Put the last deleted draft back, as it was, and select it."""
        removed, self._deleted = self._deleted, None
        self.undo_bar.setVisible(False)
        self.undo_available.emit(False)
        if removed is None:
            return
        drafts = self._posts.drafts

        def done(_: None) -> None:
            self.message.emit(self.tr("The draft is back."))
            self.changed.emit()
            self.select_post(removed.post_id)

        self._tasks.run(lambda: drafts.restore(removed), done, self._failed, context=self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) and self.can_undo:
            self.undo_delete()
            event.accept()
            return
        super().keyPressEvent(event)

    def _open_post(self) -> None:
        post = self.selected()
        if post is not None and post.remote_url:
            self.open_remote(post.remote_url)

    def open_remote(self, address: str) -> bool:
        """Open a published post; only web and file addresses, never another scheme."""
        url = QUrl(address)
        if not url.isValid() or url.scheme().lower() not in OPENABLE_SCHEMES:
            self.message.emit(
                self.tr("Not opened: %1 is not a web or file address.").replace("%1", address)
            )
            return False
        if not QDesktopServices.openUrl(url):
            self.message.emit(self.tr("Could not open %1").replace("%1", address))
            return False
        return True

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, StillOnServer):
            self.message.emit(
                self.tr(
                    "The server holding this post cannot be reached now. The app takes it back"
                    " as soon as it can; the post then shows as a draft to edit."
                )
            )
        else:
            self.message.emit(self.tr("The action failed: %1").replace("%1", str(error)))
        self.refresh()
