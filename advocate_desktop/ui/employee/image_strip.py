"""The post's images as a strip: add, remove, reorder, and each one's alt text.

Thumbnails are decoded on a worker (a camera's photo takes tens of milliseconds);
until one arrives its place shows the file's name.  The strip only edits the list:
checking and copying a file the employee adds is the editor's work, on a worker
(``add_requested`` and ``files_dropped`` hand the paths on).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocate_desktop.store.post_media_repo import ImageSpec
from advocate_desktop.ui.plain import plain_tip
from advocate_desktop.ui.tasks import TaskRunner

THUMB_SIZE = QSize(96, 64)
ImageRole = Qt.ItemDataRole.UserRole + 1


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files being dragged, other than content packs (the window imports those)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if not paths or len(paths) != len(urls):
        return []
    if any(p.suffix.lower() == ".zip" for p in paths):
        return []
    return paths


def decode_thumbnails(paths: Sequence[str]) -> dict[str, QImage]:
    """Worker side: each file's thumbnail (files that do not decode are left out)."""
    found: dict[str, QImage] = {}
    for path in paths:
        image = QImage(path)
        if not image.isNull():
            found[path] = image.scaled(
                THUMB_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return found


class ImageStrip(QWidget):
    changed = Signal()  # the employee added, removed, moved an image or edited an alt text
    add_requested = Signal()  # "Add image…": the editor asks for files
    files_dropped = Signal(list)  # list[Path] dropped on the strip

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._thumbnails: dict[str, QImage] = {}
        self._limit: int | None = None
        self._filling = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One cell per image, the same for all: a long label wraps, never widens its cell.
        line = self.fontMetrics().height()
        self.list.setGridSize(QSize(THUMB_SIZE.width() + 40, THUMB_SIZE.height() + 2 * line + 12))
        self.list.setWordWrap(True)
        self.list.setFixedHeight(self.list.gridSize().height() + line + 14)
        self.list.setAccessibleName(self.tr("Images of the post"))
        self.list.currentRowChanged.connect(self._selection_changed)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add image…"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Remove image"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button = QPushButton(self.tr("Move earlier"))
        self.left_button.clicked.connect(lambda: self.move_selected(-1))
        self.right_button = QPushButton(self.tr("Move later"))
        self.right_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.add_button, self.remove_button, self.left_button, self.right_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)

        alt_row = QHBoxLayout()
        self.alt_label = QLabel(self.tr("Alt text:"))
        alt_row.addWidget(self.alt_label)
        self.alt = QLineEdit()
        self.alt.setPlaceholderText(self.tr("Describe the image for people who cannot see it"))
        self.alt.setAccessibleName(self.tr("Alt text of the selected image"))
        self.alt_label.setBuddy(self.alt)
        self.alt.textEdited.connect(self._alt_edited)
        alt_row.addWidget(self.alt, 1)
        layout.addLayout(alt_row)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(self.tr("About the images"))
        layout.addWidget(self.note)
        self._update()

    # -- the list -------------------------------------------------------------
    def set_images(self, images: Sequence[ImageSpec]) -> None:
        """Show ``images`` (a draft opened); does not count as the employee's change."""
        self._filling = True
        self.list.clear()
        for image in images:
            self._append(image)
        self._filling = False
        if images:
            self.list.setCurrentRow(0)
        self._update()
        self._load_thumbnails()

    def images(self) -> tuple[ImageSpec, ...]:
        return tuple(self.list.item(n).data(ImageRole) for n in range(self.list.count()))

    def add_images(self, images: Sequence[ImageSpec]) -> None:
        """Images the employee added (checked and copied by then); selects the first new
        one, whose alt text is to be written."""
        first = self.list.count()
        for image in images:
            self._append(image)
        if images:
            self.list.setCurrentRow(first)
        self._update()
        self._load_thumbnails()
        self.changed.emit()

    def set_limit(self, limit: int | None) -> None:
        """How many images the chosen account takes (None: no account chosen)."""
        self._limit = limit
        self._update()

    def room(self) -> int | None:
        """How many more images may be added, or None when nothing limits it yet."""
        return None if self._limit is None else max(self._limit - self.list.count(), 0)

    def missing_alt(self) -> int | None:
        """The position (from 0) of the first image without alt text, or None."""
        for n, image in enumerate(self.images()):
            if not image.alt_text.strip():
                return n
        return None

    def select(self, position: int) -> None:
        self.list.setCurrentRow(position)
        self.alt.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._relabel()
        self._update()
        self.changed.emit()

    def _append(self, image: ImageSpec) -> None:
        item = QListWidgetItem()
        item.setData(ImageRole, image)
        item.setSizeHint(self.list.gridSize())
        self.list.addItem(item)
        self._label(item, self.list.count() - 1)

    def _label(self, item: QListWidgetItem, position: int) -> None:
        image: ImageSpec = item.data(ImageRole)
        number = str(position + 1)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if image.alt_text.strip():
            item.setText(number)
            item.setForeground(self.palette().text())
            item.setToolTip(plain_tip(image.alt_text))
        else:
            item.setText(self.tr("%1 · no alt text").replace("%1", number))
            item.setForeground(Qt.GlobalColor.red)
            item.setToolTip(self.tr("This image has no alt text yet."))
        thumbnail = self._thumbnails.get(image.path)
        if thumbnail is not None:
            item.setIcon(QIcon(QPixmap.fromImage(thumbnail)))
        else:
            item.setIcon(QIcon())
        item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(position, image))

    def _spoken(self, position: int, image: ImageSpec) -> str:
        if image.alt_text.strip():
            return (
                self.tr("Image %1: %2")
                .replace("%1", str(position + 1))
                .replace("%2", image.alt_text.strip())
            )
        return self.tr("Image %1, no alt text").replace("%1", str(position + 1))

    def _relabel(self) -> None:
        for n in range(self.list.count()):
            self._label(self.list.item(n), n)

    def _load_thumbnails(self) -> None:
        wanted = [i.path for i in self.images() if i.path not in self._thumbnails]
        if not wanted:
            return
        self._tasks.run(lambda: decode_thumbnails(wanted), self._thumbnails_ready, context=self)

    def _thumbnails_ready(self, found: dict[str, QImage]) -> None:
        self._thumbnails.update(found)
        self._relabel()

    # -- the selected image's alt text -----------------------------------------
    def _selection_changed(self, row: int) -> None:
        image = self.list.item(row).data(ImageRole) if row >= 0 else None
        self.alt.setText(image.alt_text if image is not None else "")
        self._update()

    def _alt_edited(self, text: str) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.item(row)
        image: ImageSpec = item.data(ImageRole)
        item.setData(ImageRole, ImageSpec(image.path, text))
        self._label(item, row)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        chosen = row >= 0
        self.remove_button.setEnabled(chosen)
        self.left_button.setEnabled(chosen and row > 0)
        self.right_button.setEnabled(chosen and row < count - 1)
        self.alt.setEnabled(chosen)
        self.add_button.setEnabled(self.isEnabled() and (self.room() is None or self.room() != 0))
        self.list.setVisible(count > 0)
        self.alt_label.setVisible(count > 0)
        self.alt.setVisible(count > 0)
        if self._limit is not None and count > self._limit:
            note = self.tr("Image limit per post for this account: %1. Remove %2 to publish.")
            note = note.replace("%1", str(self._limit)).replace("%2", str(count - self._limit))
        elif self._limit == 0:
            note = self.tr("This account's network takes no images.")
        elif self._limit is not None and count:
            note = (
                self.tr("%1 of at most %2 images")
                .replace("%1", str(count))
                .replace("%2", str(self._limit))
            )
        elif not count:
            note = self.tr("No images. Add one, or drop image files here.")
        else:
            note = ""
        self.note.setText(note)

    # -- drag and drop -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()
