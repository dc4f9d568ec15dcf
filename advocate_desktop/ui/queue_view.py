"""The queue: every post with its state, and what the employee can do with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.schedule.errors import PostProblem
from advocate_desktop.schedule.states import PostState
from advocate_desktop.store.posts_repo import PostRow
from advocate_desktop.store.timestamps import from_db
from advocate_desktop.text.catalog import LABELS
from advocate_desktop.ui.messages import problem_text, state_label
from advocate_desktop.ui.plain import plain_tip
from advocate_desktop.ui.services import Services
from advocate_desktop.ui.tasks import TaskRunner
from advocate_desktop.ui.time_text import post_time_text

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QueueRow:
    post: PostRow
    account_name: str


class QueueModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        post = row.post
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(post.text)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            if post.due_at:  # the planned time; a second reading when the zone differs here
                return post_time_text(from_db(post.due_at), post.zone)
            return from_db(post.updated_at).astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return state_label(post.state)
        if column == 2:
            return row.account_name
        if column == 3:
            return LABELS.get(post.network, post.network)
        return " ".join(post.text.split())[:120]


class QueueView(QWidget):
    edit_requested = Signal(object)  # PostRow, back to draft
    changed = Signal()
    message = Signal(str)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        layout = QVBoxLayout(self)
        self.model = QueueModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Queue"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self._edit)
        self.confirm_button = QPushButton(self.tr("Publish now"))
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("Cancel post"))
        self.cancel_button.clicked.connect(self._cancel)
        self.show_button = QPushButton(self.tr("Show file"))
        self.show_button.clicked.connect(self._show)
        for button in (self.edit_button, self.confirm_button, self.cancel_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        services = self._services

        def work() -> list[QueueRow]:
            names = {a.id: a.display_name for a in services.accounts.all()}
            return [QueueRow(p, names.get(p.account_id or "", "—")) for p in services.posts.all()]

        self._tasks.run(work, self._show_rows)

    def _show_rows(self, rows: list[QueueRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for number, row in enumerate(rows):
                if row.post.id == selected.id:
                    self.table.selectRow(number)
        self._selection_changed()

    def selected(self) -> PostRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[indexes[0].row()].post

    def select_post(self, post_id: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.post.id == post_id:
                self.table.selectRow(number)

    def _selection_changed(self, *_: object) -> None:
        post = self.selected()
        state = PostState(post.state) if post else None
        self.edit_button.setEnabled(
            state
            in (PostState.DRAFT, PostState.SCHEDULED, PostState.MISSED, PostState.NEEDS_ATTENTION)
        )
        self.confirm_button.setEnabled(state in (PostState.MISSED, PostState.NEEDS_ATTENTION))
        self.cancel_button.setEnabled(
            state
            in (
                PostState.SCHEDULED,
                PostState.MISSED,
                PostState.RETRY_WAIT,
                PostState.NEEDS_ATTENTION,
            )
        )
        self.show_button.setEnabled(bool(post and post.remote_url))
        if post is None:
            self.detail.setText(self.tr("Select a post to see its details."))
            return
        lines = [state_label(post.state)]
        problem = problem_text(PostProblem.from_db(post.error))
        if problem:
            lines.append(problem)
        if post.remote_url:
            lines.append(self.tr("Receipt: %1").replace("%1", post.remote_id or post.remote_url))
        self.detail.setText("\n".join(lines))

    def _act(self, work: Any) -> None:
        self._tasks.run(
            work, lambda _: (self.changed.emit(), self.refresh()), self._failed, context=self
        )

    def _edit(self) -> None:
        post = self.selected()
        if post is None:
            return
        if post.state == PostState.DRAFT:
            self.edit_requested.emit(post)
            return
        service = self._services.post_service
        posts = self._services.posts

        def work() -> PostRow | None:
            service.unschedule(post.id)
            return posts.get(post.id)

        self._tasks.run(
            work,
            lambda row: (self.edit_requested.emit(row), self.refresh()),
            self._failed,
            context=self,
        )

    def _confirm(self) -> None:
        post = self.selected()
        if post is not None:
            service = self._services.post_service
            self._act(lambda: service.confirm(post.id))

    def _cancel(self) -> None:
        post = self.selected()
        if post is not None:
            service = self._services.post_service
            self._act(lambda: service.cancel(post.id))

    def _show(self) -> None:
        post = self.selected()
        if post is not None and post.remote_url:
            url = QUrl(post.remote_url)
            if url.isLocalFile():
                url = QUrl.fromLocalFile(
                    url.adjusted(QUrl.UrlFormattingOption.RemoveFilename).toLocalFile()
                )
            QDesktopServices.openUrl(url)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("The action failed: %1").replace("%1", str(error)))
        self.refresh()
